/** The editorial desk's news use cases: list, create, edit, publish, schedule, delete, restore. */
import { and, desc, eq, ilike, or } from 'drizzle-orm';
import { db } from '../db/client';
import { newsArticles } from './schema';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../accounts/audit';
import { invalidatePublic } from '../cache/public-cache';
import { ServiceError } from '../errors';
import { imagesWithoutAlt } from './markdown';
import { slugify } from './slug';
import {
	NotFoundError,
	applyIntent,
	assertVersion,
	claimPath,
	freeSlug,
	getVersion,
	recordMove,
	saveVersion,
	snapshotDate,
	type PublishIntent
} from './editing';
import { parseOsloLocal } from '$lib/i18n';
import { now } from '../clock';
import type { NewsInput } from '$lib/forms/content';

export type NewsRow = typeof newsArticles.$inferSelect;

export async function listNewsAdmin(filter: { q?: string; status?: string } = {}) {
	const q = filter.q?.trim();
	return db
		.select({
			id: newsArticles.id,
			title: newsArticles.title,
			slug: newsArticles.slug,
			status: newsArticles.status,
			publishedAt: newsArticles.publishedAt,
			publishAt: newsArticles.publishAt,
			updatedAt: newsArticles.updatedAt
		})
		.from(newsArticles)
		.where(
			and(
				q ? or(ilike(newsArticles.title, `%${q}%`), ilike(newsArticles.lead, `%${q}%`)) : undefined,
				filter.status === 'draft' || filter.status === 'published'
					? eq(newsArticles.status, filter.status)
					: undefined
			)
		)
		.orderBy(desc(newsArticles.updatedAt));
}

export async function getNews(id: number) {
	const [row] = await db.select().from(newsArticles).where(eq(newsArticles.id, id));
	return row ?? null;
}

export function newsToForm(row: NewsRow | null): Partial<NewsInput> {
	if (!row) return { version: 0 };
	return {
		title: row.title,
		slug: row.slug,
		lead: row.lead,
		body: row.body,
		dateline: row.dateline ?? '',
		tags: row.tags.join(', '),
		readMoreUrl: row.readMoreUrl ?? '',
		readMoreLabel: row.readMoreLabel ?? '',
		version: row.version,
		publishAt: '',
		intent: 'lagre'
	};
}

function validateBody(input: NewsInput) {
	const missing = imagesWithoutAlt(input.body);
	if (missing.length)
		throw new ServiceError(
			'alt',
			`Alle bilder trenger alternativ tekst. Mangler for: ${missing.join(', ')}`,
			'body'
		);
}

/** Creates (id null) or updates a news article; returns its id. */
export async function saveNews(actor: Actor, id: number | null, input: NewsInput): Promise<number> {
	validateBody(input);
	const scheduleAt = input.publishAt ? parseOsloLocal(input.publishAt) : null;
	if (input.publishAt && !scheduleAt)
		throw new ServiceError('date', 'Skriv dato og klokkeslett som 24.12.2026 09:00', 'publishAt');
	const fields = {
		title: input.title,
		lead: input.lead,
		body: input.body,
		dateline: input.dateline ? input.dateline.toUpperCase() : null,
		tags: [
			...new Set(
				input.tags
					.split(',')
					.map((t) => t.trim().toLowerCase())
					.filter(Boolean)
			)
		].slice(0, 10),
		readMoreUrl: input.readMoreUrl || null,
		readMoreLabel: input.readMoreLabel || null
	};
	const savedId = await db.transaction(async (tx) => {
		const at = now();
		if (id === null) {
			const slug = await freeSlug(
				tx,
				newsArticles,
				newsArticles.slug,
				newsArticles.id,
				input.slug || slugify(input.title),
				null
			);
			const publish = applyIntent(null, input.intent as PublishIntent, scheduleAt, at);
			const [row] = await tx
				.insert(newsArticles)
				.values({ ...fields, slug, ...publish, createdAt: at, updatedAt: at })
				.returning();
			await claimPath(tx, `/nyheter/${slug}`);
			await saveVersion(tx, 'nyhet', row, actor, 'Opprettet');
			await recordAudit(tx, actor, {
				action: 'nyhet.opprettet',
				entityType: 'nyhet',
				entityId: row.id,
				summary: `Opprettet «${row.title}»`,
				after: row
			});
			return row.id;
		}
		const [before] = await tx
			.select()
			.from(newsArticles)
			.where(eq(newsArticles.id, id))
			.for('update');
		if (!before) throw new NotFoundError();
		assertVersion(before, input.version);
		const wanted = input.slug || before.slug;
		const slug =
			wanted === before.slug
				? before.slug
				: await freeSlug(tx, newsArticles, newsArticles.slug, newsArticles.id, wanted, id);
		const publish = applyIntent(before, input.intent as PublishIntent, scheduleAt, at);
		const [after] = await tx
			.update(newsArticles)
			.set({ ...fields, slug, ...publish, updatedAt: at, version: before.version + 1 })
			.where(eq(newsArticles.id, id))
			.returning();
		if (slug !== before.slug) {
			await recordMove(tx, `/nyheter/${before.slug}`, `/nyheter/${slug}`);
		}
		await saveVersion(tx, 'nyhet', after, actor, intentNote(input.intent as PublishIntent));
		await recordAudit(tx, actor, {
			action: `nyhet.${input.intent}`,
			entityType: 'nyhet',
			entityId: id,
			summary: `${intentNote(input.intent as PublishIntent)}: «${after.title}»`,
			before,
			after
		});
		return id;
	});
	invalidatePublic();
	return savedId;
}

export function intentNote(intent: PublishIntent): string {
	return {
		lagre: 'Lagret',
		publiser: 'Publisert',
		planlegg: 'Planlagt publisering',
		avpubliser: 'Avpublisert'
	}[intent];
}

export async function deleteNews(actor: Actor, id: number, version: number) {
	await db.transaction(async (tx) => {
		const [before] = await tx
			.select()
			.from(newsArticles)
			.where(eq(newsArticles.id, id))
			.for('update');
		if (!before) throw new NotFoundError();
		assertVersion(before, version);
		await tx.delete(newsArticles).where(eq(newsArticles.id, id));
		await recordAudit(tx, actor, {
			action: 'nyhet.slettet',
			entityType: 'nyhet',
			entityId: id,
			summary: `Slettet «${before.title}»`,
			before
		});
	});
	invalidatePublic();
}

/** Brings back an earlier version's text as a new version (status and address stay as they are). */
export async function restoreNews(actor: Actor, id: number, version: number) {
	const old = await getVersion('nyhet', id, version);
	if (!old) throw new NotFoundError('Fant ikke den versjonen.');
	const d = old.data;
	await db.transaction(async (tx) => {
		const [before] = await tx
			.select()
			.from(newsArticles)
			.where(eq(newsArticles.id, id))
			.for('update');
		if (!before) throw new NotFoundError();
		const [after] = await tx
			.update(newsArticles)
			.set({
				title: String(d.title ?? before.title),
				lead: String(d.lead ?? ''),
				body: String(d.body ?? ''),
				dateline: (d.dateline as string | null) ?? null,
				tags: Array.isArray(d.tags) ? (d.tags as string[]) : [],
				readMoreUrl: (d.readMoreUrl as string | null) ?? null,
				readMoreLabel: (d.readMoreLabel as string | null) ?? null,
				publishedAt: before.publishedAt ?? snapshotDate(d.publishedAt),
				updatedAt: now(),
				version: before.version + 1
			})
			.where(eq(newsArticles.id, id))
			.returning();
		await saveVersion(tx, 'nyhet', after, actor, `Gjenopprettet fra versjon ${version}`);
		await recordAudit(tx, actor, {
			action: 'nyhet.gjenopprettet',
			entityType: 'nyhet',
			entityId: id,
			summary: `Gjenopprettet «${after.title}» fra versjon ${version}`,
			before,
			after
		});
	});
	invalidatePublic();
}
