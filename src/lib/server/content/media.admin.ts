/**
 * Files on the editorial desk: upload into PostgreSQL (type judged from the content, see
 * files.ts), list with where each file is used, delete while nothing uses it.
 */
import { createHash } from 'node:crypto';
import { and, count, desc, eq, ilike, inArray, like, sql } from 'drizzle-orm';
import { db, type DbOrTx } from '../db/client';
import { faqEntries, mediaFiles, newsArticles, pages, resources } from './schema';
import { users } from '../accounts/schema';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { recordAudit, storedText } from '../accounts/audit';
import { invalidatePublic } from '../cache/public-cache';
import { InvalidError, FieldError, NotFoundError } from '../errors';
import { now } from '../clock';

import { MAX_UPLOAD_BYTES, checkUpload, fileHref, megabytes, type FileKind } from './files';
import { mimeLabel } from './media.service';
import { mainImageUses } from './image-uses';
import { isImageBytes } from './images';
import { insertImage, prepareImage } from './image-store';
import { m } from '$lib/i18n';

export interface PreparedUpload {
	name: string;
	kind: FileKind;
	bytes: Buffer;
	sha256: string;
}

/**
 * Reads and checks an uploaded file before any transaction starts. Throws a ServiceError
 * (beside `field`) with a Norwegian reason when the file is refused.
 */
export async function prepareUpload(file: File, field = 'fil'): Promise<PreparedUpload> {
	if (file.size > MAX_UPLOAD_BYTES)
		throw new FieldError(field, 'problems.content.fileTooLarge', { size: megabytes(file.size) });
	const bytes = Buffer.from(await file.arrayBuffer());
	const checked = checkUpload(bytes, file.name);
	if (!checked.ok) throw new FieldError(field, checked.reason.key, checked.reason.values);
	return {
		name: checked.name,
		kind: checked.kind,
		bytes,
		sha256: createHash('sha256').update(bytes).digest('hex')
	};
}

/** Stores a prepared upload in the caller's transaction; returns its id. */
export async function insertFile(tx: DbOrTx, actor: Actor, upload: PreparedUpload) {
	authorize(actor, can.editContent, 'fil.last-opp');
	const [row] = await tx
		.insert(mediaFiles)
		.values({
			name: upload.name,
			mime: upload.kind.mime,
			size: upload.bytes.length,
			sha256: upload.sha256,
			data: upload.bytes,
			createdAt: now(),
			createdBy: actor.id
		})
		.returning({ id: mediaFiles.id });
	await recordAudit(tx, actor, {
		action: 'fil.lastet-opp',
		entityType: 'fil',
		entityId: row.id,
		summary: storedText('admin.auditLog.uploaded', {
			name: upload.name,
			kind: upload.kind.labelKey ? storedText(upload.kind.labelKey) : upload.kind.label,
			size: megabytes(upload.bytes.length)
		}),
		after: { id: row.id, name: upload.name, mime: upload.kind.mime, size: upload.bytes.length }
	});
	return row.id;
}

/** Uploads a file on its own (the Files page); returns its id. */
export async function uploadFile(actor: Actor, file: File): Promise<number> {
	authorize(actor, can.editContent, 'fil.last-opp');
	const upload = await prepareUpload(file);
	// An image is cleaned and resized like one uploaded to the media library (no alt text yet).
	if (isImageBytes(upload.bytes)) {
		const image = await prepareImage(file);
		return db.transaction((tx) => insertImage(tx, actor, image, ''));
	}
	return db.transaction((tx) => insertFile(tx, actor, upload));
}

export type FileUse = {
	label: string;
	href: string;
	title: string;
	asFile: boolean;
	/** Shown as the item's main image. */
	asImage?: boolean;
};

const markdownSources = [
	{
		table: pages,
		text: pages.body,
		title: pages.title,
		what: () => m.admin.files.usedPage,
		href: 'sider'
	},
	{
		table: newsArticles,
		text: newsArticles.body,
		title: newsArticles.title,
		what: () => m.admin.files.usedNews,
		href: 'nyheter'
	},
	{
		table: resources,
		text: resources.description,
		title: resources.title,
		what: () => m.admin.files.usedResource,
		href: 'ressurser'
	},
	{
		table: faqEntries,
		text: faqEntries.answer,
		title: faqEntries.question,
		what: () => m.admin.files.usedQuestion,
		href: 'sporsmal'
	}
] as const;

/** Where files are used: as a resource's file, or linked or shown in a text (by their /filer/<id>/ address). */
export async function fileUses(ids: number[], tx: DbOrTx = db): Promise<Map<number, FileUse[]>> {
	const uses = new Map<number, FileUse[]>(ids.map((id) => [id, []]));
	if (ids.length === 0) return uses;
	const add = (id: number, use: FileUse) => {
		const list = uses.get(id);
		if (list && !list.some((u) => u.href === use.href)) list.push(use);
	};
	const linked = await tx
		.select({ id: resources.id, title: resources.title, fileId: resources.fileId })
		.from(resources)
		.where(inArray(resources.fileId, ids));
	for (const r of linked)
		add(r.fileId!, {
			label: `${m.admin.files.usedResource}: ${r.title}`,
			title: r.title,
			href: `/admin/ressurser/${r.id}`,
			asFile: true
		});
	for (const s of markdownSources) {
		const rows = await tx
			.select({ id: s.table.id, title: s.title, text: s.text })
			.from(s.table)
			// Only the texts that link one of these files: a lookup in the text's GIN index of the
			// files it links (fk_file_refs, migration 0010), not a scan of every text.
			.where(sql`fk_file_refs(${s.text}) && ${`{${ids.join(',')}}`}::integer[]`);
		for (const row of rows)
			for (const m of row.text.matchAll(/\/filer\/(\d{1,9})\//g))
				add(Number(m[1]), {
					label: `${s.what()}: ${row.title}`,
					title: row.title,
					href: `/admin/${s.href}/${row.id}`,
					asFile: false
				});
	}
	for (const [id, list] of await mainImageUses(ids, tx))
		for (const u of list) add(id, { ...u, asFile: false, asImage: true });
	return uses;
}

export const FILE_TYPE_FILTERS = {
	pdf: { label: () => 'PDF', where: () => eq(mediaFiles.mime, 'application/pdf') },
	bilde: { label: () => m.admin.files.typeImages, where: () => like(mediaFiles.mime, 'image/%') },
	office: {
		label: () => m.admin.files.typeOffice,
		where: () => like(mediaFiles.mime, 'application/vnd.openxmlformats-%')
	},
	tekst: { label: () => m.admin.files.typeText, where: () => like(mediaFiles.mime, 'text/%') }
} as const;
export type FileTypeFilter = keyof typeof FILE_TYPE_FILTERS;

/** Files per page of /admin/filer. */
export const FILES_PAGE_SIZE = 50;

/** A page of files, newest first, filtered by name and type in the database, with where each is used. */
export async function listFiles(
	actor: Actor,
	filter: { q?: string; type?: string; page?: number } = {}
) {
	authorize(actor, can.editContent, 'fil.liste');
	const q = filter.q?.trim();
	const type =
		filter.type && filter.type in FILE_TYPE_FILTERS ? (filter.type as FileTypeFilter) : null;
	const where = and(
		q ? ilike(mediaFiles.name, `%${q}%`) : undefined,
		type ? FILE_TYPE_FILTERS[type].where() : undefined
	);
	const [{ total }] = await db.select({ total: count() }).from(mediaFiles).where(where);
	const pages = Math.max(1, Math.ceil(total / FILES_PAGE_SIZE));
	const page = Math.min(Math.max(1, filter.page ?? 1), pages);
	const rows = await db
		.select({
			id: mediaFiles.id,
			name: mediaFiles.name,
			mime: mediaFiles.mime,
			size: mediaFiles.size,
			createdAt: mediaFiles.createdAt,
			uploader: users.name
		})
		.from(mediaFiles)
		.leftJoin(users, eq(users.id, mediaFiles.createdBy))
		.where(where)
		.orderBy(desc(mediaFiles.createdAt), desc(mediaFiles.id))
		.limit(FILES_PAGE_SIZE)
		.offset((page - 1) * FILES_PAGE_SIZE);
	const uses = await fileUses(rows.map((r) => r.id));
	const files = rows.map((r) => ({
		...r,
		label: mimeLabel(r.mime),
		href: fileHref(r.id, r.name),
		uses: uses.get(r.id) ?? []
	}));
	return { files, total, page, pages };
}

/** Files to choose from in a resource's form, newest first. */
export async function fileChoices(actor: Actor) {
	authorize(actor, can.editContent, 'fil.valg');
	const rows = await db
		.select({ id: mediaFiles.id, name: mediaFiles.name, mime: mediaFiles.mime })
		.from(mediaFiles)
		.orderBy(desc(mediaFiles.createdAt), desc(mediaFiles.id));
	return rows.map((r) => ({ id: r.id, name: r.name, label: mimeLabel(r.mime) }));
}

/** Deletes a file nothing uses: a resource's file or a text that links to it must change first. */
export async function deleteFile(actor: Actor, id: number) {
	authorize(actor, can.editContent, 'fil.slett', id);
	await db.transaction(async (tx) => {
		const [row] = await tx
			.select({
				id: mediaFiles.id,
				name: mediaFiles.name,
				mime: mediaFiles.mime,
				size: mediaFiles.size
			})
			.from(mediaFiles)
			.where(eq(mediaFiles.id, id))
			.for('update');
		if (!row) throw new NotFoundError('problems.content.fileNotFound');
		// Resources point at files by key: lock them so none starts using this file meanwhile.
		await tx
			.select({ id: resources.id })
			.from(resources)
			.where(eq(resources.fileId, id))
			.for('update');
		const named = ((await fileUses([id], tx)).get(id) ?? []).map((u) =>
			u.asImage ? u.label : u.asFile ? `ressursen «${u.title}»` : `teksten i «${u.title}»`
		);
		if (named.length > 0)
			throw new InvalidError('problems.content.fileInUse', {
				name: row.name,
				users: named.join(', ')
			});
		await tx.delete(mediaFiles).where(eq(mediaFiles.id, id));
		await recordAudit(tx, actor, {
			action: 'fil.slettet',
			entityType: 'fil',
			entityId: id,
			summary: storedText('admin.auditLog.fileDeleted', { name: row.name }),
			before: row
		});
	});
	invalidatePublic();
}

/**
 * Raises unless file `id` exists, and keeps it from being deleted until the caller's
 * transaction ends (for a resource that starts using it).
 */
export async function assertFileExists(tx: DbOrTx, id: number, field = 'fileId') {
	const [row] = await tx
		.select({ id: mediaFiles.id })
		.from(mediaFiles)
		.where(eq(mediaFiles.id, id))
		.for('share');
	if (!row) throw new FieldError(field, 'problems.content.fileChoose');
}
