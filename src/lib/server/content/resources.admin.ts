/** The editorial desk's resources: list, create, edit (with a file), publish, delete, restore. */
import { and, count, desc, eq, ilike, or } from 'drizzle-orm';
import { db } from '../db/client';
import { resources } from './schema';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { slugify } from './slug';
import { withWorkingCopy } from './working-copy';
import {
	applyIntent,
	assertAltTexts,
	claimPath,
	deleteEditable,
	freeSlug,
	namedLock,
	recordMove,
	restoreEditable,
	saveEditable,
	scheduleFrom,
	snapNullable,
	snapText,
	snapshotDate,
	type EditableSpec,
	type PublishIntent
} from './editing';
import { assertFileExists, insertFile, type PreparedUpload } from './media.admin';
import { isResourceKind, type ResourceKind } from './resources.service';
import type { ResourceInput } from '$lib/forms/content';
import { seoFromSnapshot, seoToForm, seoValues } from './seo';

export type ResourceRow = typeof resources.$inferSelect;

const RESOURCES: EditableSpec<typeof resources> = {
	table: resources,
	type: 'ressurs',
	name: (row) => row.title,
	// Two new resources with the same title get different slugs, not a unique-key error.
	lock: namedLock('content.resources.slug')
};

/** Resources per page of /admin/ressurser. */
export const RESOURCES_ADMIN_PAGE_SIZE = 50;

/** A page of resources, last changed first, filtered in the database, with the total that matched. */
export async function listResourcesAdmin(
	actor: Actor,
	filter: { q?: string; kind?: string; status?: string; page?: number }
) {
	authorize(actor, can.writeContent, 'ressurs.liste');
	const q = filter.q?.trim();
	const like = q && `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
	const where = and(
		like ? or(ilike(resources.title, like), ilike(resources.description, like)) : undefined,
		filter.kind && isResourceKind(filter.kind) ? eq(resources.kind, filter.kind) : undefined,
		filter.status === 'draft' || filter.status === 'published'
			? eq(resources.status, filter.status)
			: undefined
	);
	const [{ total }] = await db.select({ total: count() }).from(resources).where(where);
	const pages = Math.max(1, Math.ceil(total / RESOURCES_ADMIN_PAGE_SIZE));
	const page = Math.min(Math.max(1, filter.page ?? 1), pages);
	const items = await db
		.select({
			id: resources.id,
			title: resources.title,
			kind: resources.kind,
			year: resources.year,
			featured: resources.featured,
			status: resources.status,
			publishAt: resources.publishAt,
			publishedAt: resources.publishedAt,
			updatedAt: resources.updatedAt
		})
		.from(resources)
		.where(where)
		.orderBy(desc(resources.updatedAt), desc(resources.id))
		.limit(RESOURCES_ADMIN_PAGE_SIZE)
		.offset((page - 1) * RESOURCES_ADMIN_PAGE_SIZE);
	return { items, total, page, pages };
}

export async function getResource(actor: Actor, id: number): Promise<ResourceRow | null> {
	authorize(actor, can.writeContent, 'ressurs.les', id);
	const [row] = await db.select().from(resources).where(eq(resources.id, id));
	// The editors' view: with the working copy's unpublished changes.
	return withWorkingCopy('ressurs', row ?? null);
}

/** 170 → '2:50'; 3725 → '1:02:05'. */
export function formatDuration(seconds: number | null): string {
	if (seconds === null) return '';
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = String(seconds % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** '2:50' → 170, '1:02:05' → 3725, '170' → 170, '' → null (the form has checked the shape). */
export function parseDuration(value: string): number | null {
	if (!value) return null;
	return value
		.split(':')
		.map(Number)
		.reduce((total, part) => total * 60 + part, 0);
}

export function resourceToForm(row: ResourceRow | null): Partial<ResourceInput> {
	if (!row) return { version: 0, kind: '', intent: 'lagre' };
	return {
		kind: row.kind,
		title: row.title,
		slug: row.slug,
		description: row.description,
		year: row.year === null ? '' : String(row.year),
		url: row.url ?? '',
		fileId: row.fileId === null ? '' : String(row.fileId),
		videoUrl: row.videoUrl ?? '',
		videoUrlSubtitled: row.videoUrlSubtitled ?? '',
		duration: formatDuration(row.durationSeconds),
		transcript: row.transcript ?? '',
		featured: row.featured,
		...seoToForm(row),
		version: row.version,
		publishAt: '',
		intent: 'lagre'
	};
}

/**
 * Creates (id null) or updates a resource; returns its id. A new upload (checked beforehand
 * with `prepareUpload`) is stored in the same transaction and becomes the resource's file.
 */
export async function saveResource(
	actor: Actor,
	id: number | null,
	input: ResourceInput,
	upload: PreparedUpload | null = null
): Promise<number> {
	authorize(actor, can.writeContent, 'ressurs.lagre', id);
	assertAltTexts(input.description, 'description');
	assertAltTexts(input.transcript, 'transcript');
	const scheduleAt = scheduleFrom(input.publishAt);
	const intent = input.intent as PublishIntent;
	const fields = {
		kind: input.kind as ResourceKind,
		title: input.title,
		description: input.description,
		year: input.year ? Number(input.year) : null,
		url: input.url || null,
		videoUrl: input.videoUrl || null,
		videoUrlSubtitled: input.videoUrlSubtitled || null,
		durationSeconds: parseDuration(input.duration),
		transcript: input.transcript || null,
		featured: input.featured,
		...seoValues(input)
	};
	return saveEditable(actor, RESOURCES, id, {
		version: input.version,
		scheduleAt,
		intent,
		values: async (tx, before, at) => {
			let fileId: number | null = input.fileId ? Number(input.fileId) : null;
			if (upload) fileId = await insertFile(tx, actor, upload);
			else if (fileId !== null && fileId !== before?.fileId) await assertFileExists(tx, fileId);
			const wanted = input.slug || before?.slug || slugify(input.title);
			const slug =
				wanted === before?.slug
					? before.slug
					: await freeSlug(tx, resources, resources.slug, resources.id, wanted, id);
			return { ...fields, fileId, slug, ...applyIntent(before, intent, scheduleAt, at) };
		},
		after: async (tx, before, row) => {
			if (!before) await claimPath(tx, `/ressurser/${row.slug}`);
			else if (row.slug !== before.slug)
				await recordMove(tx, `/ressurser/${before.slug}`, `/ressurser/${row.slug}`);
		}
	});
}

export async function deleteResource(actor: Actor, id: number, version: number) {
	authorize(actor, can.editContent, 'ressurs.slett', id);
	await deleteEditable(actor, RESOURCES, id, version);
}

/** Brings back an earlier version's content as a new version (status, address and file stay). */
export async function restoreResource(actor: Actor, id: number, version: number) {
	authorize(actor, can.editContent, 'ressurs.gjenopprett', id);
	await restoreEditable(actor, RESOURCES, id, version, (d, before) => ({
		kind: typeof d.kind === 'string' && isResourceKind(d.kind) ? d.kind : before.kind,
		title: snapText(d, 'title', before.title),
		description: snapText(d, 'description'),
		year: typeof d.year === 'number' ? d.year : null,
		url: snapNullable(d, 'url'),
		videoUrl: snapNullable(d, 'videoUrl'),
		videoUrlSubtitled: snapNullable(d, 'videoUrlSubtitled'),
		durationSeconds: typeof d.durationSeconds === 'number' ? d.durationSeconds : null,
		transcript: snapNullable(d, 'transcript'),
		featured: typeof d.featured === 'boolean' ? d.featured : before.featured,
		...seoFromSnapshot(d),
		publishedAt: before.publishedAt ?? snapshotDate(d.publishedAt)
	}));
}
