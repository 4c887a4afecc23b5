/**
 * Experience stories: a coordinator writes one (title, text, photo with alt text) and sends
 * it to the editors; an editor approves it for /erfaringer or sends it back with a note.
 */
import { createHash } from 'node:crypto';
import { and, desc, eq, inArray, or } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { stories } from './schema';
import { mediaFiles } from '../content/schema';
import { municipalities } from '../geo/schema';
import { municipalityMembers, users } from '../accounts/schema';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { recordAudit, storedText } from '../accounts/audit';
import { invalidatePublic } from '../cache/public-cache';
import { InvalidError, FieldError } from '../errors';
import { freeSlug } from '../content/editing';
import { slugify } from '../content/slug';
import { imagesWithoutAlt } from '../content/markdown';
import { now } from '../clock';
import { kickMail, sendMail } from '../mail/send';
import { assertCoordinator, assertRead, notFound } from './guards';
import { ensureWorkspace, municipalityName } from './workspace.service';
import { EditConflict } from './pictures.service';
import { fremtidsbildeMail } from './mail';
import { PHOTO_EXTENSION, PHOTO_MAX_BYTES, sniffImage } from './images';
import type { StoryInput, StoryReviewInput } from '$lib/forms/fremtidsbilde';
import type { SitemapEntry } from '../content/feeds';
import {
	itemLanguages,
	joinTranslation,
	listText,
	listTranslated,
	markFallbacks,
	type ItemLanguages
} from '../content/translations';
import { currentLang, type Lang } from '$lib/i18n';

type StoryRow = typeof stories.$inferSelect;

const photoMeta = {
	id: mediaFiles.id,
	name: mediaFiles.name,
	mime: mediaFiles.mime,
	size: mediaFiles.size
};

export async function listStoriesFor(actor: Actor | null, nr: string) {
	assertRead(actor, nr);
	return db
		.select()
		.from(stories)
		.where(eq(stories.municipalityNumber, nr))
		.orderBy(desc(stories.updatedAt));
}

export async function getStory(actor: Actor | null, nr: string, id: number) {
	assertRead(actor, nr);
	const [row] = await db
		.select({ story: stories, photo: photoMeta })
		.from(stories)
		.leftJoin(mediaFiles, eq(mediaFiles.id, stories.photoId))
		.where(and(eq(stories.id, id), eq(stories.municipalityNumber, nr)));
	if (!row) notFound('problems.fremtidsbilde.storyNotFound');
	return row;
}

async function lockStory(tx: Tx, nr: string, id: number) {
	const [row] = await tx
		.select()
		.from(stories)
		.where(and(eq(stories.id, id), eq(stories.municipalityNumber, nr)))
		.for('update');
	if (!row) notFound('problems.fremtidsbilde.storyNotFound');
	return row;
}

function assertEditable(row: StoryRow) {
	if (row.status === 'publisert') throw new InvalidError('problems.fremtidsbilde.storyPublished');
	if (row.status === 'foreslatt') throw new InvalidError('problems.fremtidsbilde.storyProposed');
}

function validateBody(body: string) {
	if (imagesWithoutAlt(body).length)
		throw new FieldError('body', 'problems.fremtidsbilde.storyAlt');
}

export async function saveStory(actor: Actor, nr: string, id: number | null, input: StoryInput) {
	assertCoordinator(actor, nr);
	validateBody(input.body);
	return db.transaction(async (tx) => {
		await ensureWorkspace(tx, nr);
		const at = now();
		if (id === null) {
			const slug = await freeSlug(
				tx,
				stories,
				stories.slug,
				stories.id,
				slugify(input.title),
				null
			);
			const [row] = await tx
				.insert(stories)
				.values({
					municipalityNumber: nr,
					slug,
					title: input.title,
					body: input.body,
					photoAlt: input.photoAlt,
					createdById: actor.id,
					createdAt: at,
					updatedAt: at
				})
				.returning({ id: stories.id });
			return row.id;
		}
		const before = await lockStory(tx, nr, id);
		assertEditable(before);
		if (before.version !== input.version) throw new EditConflict(before.body, before.version);
		const slug =
			before.title === input.title
				? before.slug
				: await freeSlug(tx, stories, stories.slug, stories.id, slugify(input.title), id);
		await tx
			.update(stories)
			.set({
				title: input.title,
				body: input.body,
				photoAlt: input.photoAlt,
				slug,
				updatedAt: at,
				version: before.version + 1
			})
			.where(eq(stories.id, id));
		return id;
	});
}

/** Stores the photo after checking from its content that it is a JPEG, PNG or WebP. */
export async function setStoryPhoto(
	actor: Actor,
	nr: string,
	id: number,
	file: { name: string; bytes: Uint8Array }
) {
	assertCoordinator(actor, nr);
	if (file.bytes.length === 0) throw new FieldError('photo', 'problems.fremtidsbilde.photoMissing');
	if (file.bytes.length > PHOTO_MAX_BYTES)
		throw new FieldError('photo', 'problems.fremtidsbilde.photoTooLarge', {
			max: PHOTO_MAX_BYTES / 1024 / 1024
		});
	const mime = sniffImage(file.bytes);
	if (!mime) throw new FieldError('photo', 'problems.fremtidsbilde.photoType');
	const data = Buffer.from(file.bytes);
	const base = slugify(file.name.replace(/\.[a-z0-9]{1,5}$/i, '')) || 'bilde';
	await db.transaction(async (tx) => {
		const before = await lockStory(tx, nr, id);
		assertEditable(before);
		const [media] = await tx
			.insert(mediaFiles)
			.values({
				name: `${base}.${PHOTO_EXTENSION[mime]}`,
				mime,
				size: data.length,
				sha256: createHash('sha256').update(data).digest('hex'),
				data,
				createdAt: now(),
				createdBy: actor.id
			})
			.returning({ id: mediaFiles.id });
		await tx
			.update(stories)
			.set({ photoId: media.id, updatedAt: now(), version: before.version + 1 })
			.where(eq(stories.id, id));
		if (before.photoId) await tx.delete(mediaFiles).where(eq(mediaFiles.id, before.photoId));
	});
}

export async function removeStoryPhoto(actor: Actor, nr: string, id: number) {
	assertCoordinator(actor, nr);
	await db.transaction(async (tx) => {
		const before = await lockStory(tx, nr, id);
		assertEditable(before);
		await tx
			.update(stories)
			.set({ photoId: null, updatedAt: now(), version: before.version + 1 })
			.where(eq(stories.id, id));
		if (before.photoId) await tx.delete(mediaFiles).where(eq(mediaFiles.id, before.photoId));
	});
}

/** Sends the story to the editors (admins and redaktører are told by e-mail). */
export async function proposeStory(actor: Actor, nr: string, id: number) {
	assertCoordinator(actor, nr);
	const name = (await municipalityName(nr))!;
	await db.transaction(async (tx) => {
		const before = await lockStory(tx, nr, id);
		assertEditable(before);
		if (!before.body.trim()) throw new FieldError('body', 'problems.fremtidsbilde.storyBody');
		if (before.photoId && !before.photoAlt.trim())
			throw new FieldError('photoAlt', 'problems.fremtidsbilde.storyPhotoAlt');
		await tx
			.update(stories)
			.set({
				status: 'foreslatt',
				proposedAt: now(),
				updatedAt: now(),
				version: before.version + 1
			})
			.where(eq(stories.id, id));
		const editors = await tx
			.select({ email: users.email, name: users.name, lang: users.lang })
			.from(users)
			.where(
				and(
					eq(users.isActive, true),
					or(eq(users.globalRole, 'admin'), eq(users.globalRole, 'redaktor'))
				)
			);
		for (const e of editors)
			await sendMail(tx, {
				to: e.email,
				template: 'erfaringForeslatt',
				idempotencyKey: `historie-${id}-${before.version}-${e.email}`,
				content: fremtidsbildeMail.storyProposed({
					name: e.name,
					lang: e.lang,
					municipality: name,
					title: before.title,
					path: `/admin/erfaringer/${id}`
				})
			});
		await recordAudit(tx, actor, {
			action: 'erfaring.foreslatt',
			entityType: 'erfaring',
			entityId: id,
			summary: storedText('admin.auditLog.storyProposed', { title: before.title, name })
		});
	});
	await kickMail();
}

export async function withdrawStory(actor: Actor, nr: string, id: number) {
	assertCoordinator(actor, nr);
	await db.transaction(async (tx) => {
		const before = await lockStory(tx, nr, id);
		if (before.status !== 'foreslatt')
			throw new InvalidError('problems.fremtidsbilde.storyNotProposed');
		await tx
			.update(stories)
			.set({ status: 'utkast', updatedAt: now(), version: before.version + 1 })
			.where(eq(stories.id, id));
	});
}

export async function deleteStory(actor: Actor, nr: string, id: number) {
	assertCoordinator(actor, nr);
	await db.transaction(async (tx) => {
		const before = await lockStory(tx, nr, id);
		if (before.status === 'publisert')
			throw new InvalidError('problems.fremtidsbilde.storyDeletePublished');
		await tx.delete(stories).where(eq(stories.id, id));
		if (before.photoId) await tx.delete(mediaFiles).where(eq(mediaFiles.id, before.photoId));
	});
}

/** The photo of a story: public once published, otherwise for those who may read the workspace. */
export async function storyPhoto(id: number) {
	const [row] = await db
		.select({
			status: stories.status,
			municipalityNumber: stories.municipalityNumber,
			name: mediaFiles.name,
			mime: mediaFiles.mime,
			data: mediaFiles.data
		})
		.from(stories)
		.innerJoin(mediaFiles, eq(mediaFiles.id, stories.photoId))
		.where(eq(stories.id, id));
	return row ?? null;
}

// ——— The editors ———

export async function listStoriesAdmin(actor: Actor) {
	authorize(actor, can.editContent, 'erfaring.liste');
	return db
		.select({
			id: stories.id,
			title: stories.title,
			status: stories.status,
			municipality: municipalities.name,
			proposedAt: stories.proposedAt,
			publishedAt: stories.publishedAt,
			updatedAt: stories.updatedAt
		})
		.from(stories)
		.innerJoin(municipalities, eq(municipalities.number, stories.municipalityNumber))
		.where(inArray(stories.status, ['foreslatt', 'publisert']))
		.orderBy(desc(stories.proposedAt));
}

export async function getStoryAdmin(actor: Actor, id: number) {
	authorize(actor, can.editContent, 'erfaring.les', id);
	const [row] = await db
		.select({ story: stories, photo: photoMeta, municipality: municipalities.name })
		.from(stories)
		.innerJoin(municipalities, eq(municipalities.number, stories.municipalityNumber))
		.leftJoin(mediaFiles, eq(mediaFiles.id, stories.photoId))
		.where(and(eq(stories.id, id), inArray(stories.status, ['foreslatt', 'publisert'])));
	return row ?? null;
}

/** An editor saves, publishes, sends back or unpublishes a proposed story. */
export async function reviewStory(actor: Actor, id: number, input: StoryReviewInput) {
	authorize(actor, can.editContent, 'erfaring.vurder', id);
	validateBody(input.body);
	const result = await db.transaction(async (tx) => {
		const [before] = await tx.select().from(stories).where(eq(stories.id, id)).for('update');
		if (!before || before.status === 'utkast') notFound('problems.fremtidsbilde.storyNotFound');
		if (before.version !== input.version) throw new EditConflict(before.body, before.version);
		if (input.intent === 'publiser' && before.photoId && !input.photoAlt)
			throw new FieldError('photoAlt', 'problems.fremtidsbilde.storyPublishAlt');
		if (input.intent === 'send_tilbake' && !input.reviewNote)
			throw new FieldError('reviewNote', 'problems.fremtidsbilde.storyReviewNote');
		const at = now();
		const status =
			input.intent === 'publiser'
				? 'publisert'
				: input.intent === 'send_tilbake'
					? 'utkast'
					: input.intent === 'avpubliser'
						? 'foreslatt'
						: before.status;
		const [after] = await tx
			.update(stories)
			.set({
				title: input.title,
				body: input.body,
				photoAlt: input.photoAlt,
				reviewNote: input.reviewNote,
				status,
				publishedAt: status === 'publisert' ? (before.publishedAt ?? at) : before.publishedAt,
				updatedAt: at,
				version: before.version + 1
			})
			.where(eq(stories.id, id))
			.returning();
		if (input.intent === 'publiser' || input.intent === 'send_tilbake') {
			const coordinators = await tx
				.select({ email: users.email, name: users.name, lang: users.lang })
				.from(municipalityMembers)
				.innerJoin(users, eq(users.id, municipalityMembers.userId))
				.where(
					and(
						eq(municipalityMembers.municipalityNumber, before.municipalityNumber),
						eq(municipalityMembers.role, 'koordinator'),
						eq(users.isActive, true)
					)
				);
			for (const c of coordinators)
				await sendMail(tx, {
					to: c.email,
					template: 'erfaringVurdert',
					content: fremtidsbildeMail.storyReviewed({
						name: c.name,
						lang: c.lang,
						title: after.title,
						published: status === 'publisert',
						note: input.reviewNote,
						path:
							status === 'publisert'
								? `/erfaringer/${after.slug}`
								: `/kommuner/${before.municipalityNumber}/fremtidsbilde/deling/historier/${id}`
					})
				});
		}
		await recordAudit(tx, actor, {
			action: `erfaring.${input.intent}`,
			entityType: 'erfaring',
			entityId: id,
			summary: storedText(
				(
					{
						lagre: 'admin.auditLog.storySaved',
						publiser: 'admin.auditLog.storyPublished',
						send_tilbake: 'admin.auditLog.storyReturned',
						avpubliser: 'admin.auditLog.storyUnpublished'
					} as const
				)[input.intent],
				{ title: after.title }
			),
			before,
			after
		});
		return after;
	});
	if (input.intent !== 'send_tilbake') invalidatePublic();
	await kickMail();
	return result;
}

// ——— The public site ———

/**
 * Published stories, newest first, in `lang` (bokmål unless asked): each one's published
 * translation where there is one (one join; none in bokmål), `textLang` 'nb' on the others.
 */
export async function publishedStories(slug?: string, lang: Lang = 'nb') {
	const rows = await joinTranslation(
		db
			.select({
				id: stories.id,
				slug: stories.slug,
				title: listText(lang, 'title', stories.title),
				body: listText(lang, 'body', stories.body),
				publishedAt: stories.publishedAt,
				updatedAt: stories.updatedAt,
				municipality: municipalities.name,
				photoId: stories.photoId,
				photoAlt: stories.photoAlt,
				translated: listTranslated(lang)
			})
			.from(stories)
			.innerJoin(municipalities, eq(municipalities.number, stories.municipalityNumber))
			.$dynamic(),
		'erfaring',
		stories.id,
		lang
	)
		.where(and(eq(stories.status, 'publisert'), slug ? eq(stories.slug, slug) : undefined))
		.orderBy(desc(stories.publishedAt));
	return markFallbacks(rows, lang);
}

/** /erfaringer: the published stories in the visitor's language (or bokmål, marked). */
export const storyList = () => publishedStories(undefined, currentLang());

/** One published story, in bokmål (its page localizes it). */
export async function publishedStory(slug: string) {
	const [row] = await publishedStories(slug);
	return row ?? null;
}

/** /erfaringer and every published story, for /sitemap.xml. */
export async function storySitemapEntries(translated: ItemLanguages): Promise<SitemapEntry[]> {
	const list = await publishedStories();
	return [
		{ path: '/erfaringer', lastmod: list[0]?.updatedAt ?? null },
		...list.map((s) => ({
			path: `/erfaringer/${s.slug}`,
			lastmod: s.updatedAt,
			languages: itemLanguages(translated, 'erfaring', s.id)
		}))
	];
}
