/**
 * The editors' side of language versions: which versions an item has (and which are older
 * than the bokmål one), starting a translation prefilled from the bokmål text, saving,
 * publishing and unpublishing it. A translation without a title (or without a body when the
 * bokmål version has one) cannot be published.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { db, type DbOrTx } from '../db/client';
import { now } from '../clock';
import { FieldError, NotFoundError } from '../errors';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { recordAudit, storedText } from '../accounts/audit';
import { invalidatePublic } from '../cache/public-cache';
import { assertAltTexts, assertVersion } from './editing';
import {
	contentTranslations,
	faqEntries,
	newsArticles,
	pages,
	resources,
	translationKinds,
	type TranslationKind
} from './schema';
import { events } from '../events/schema';
import { programmeChapters, programmes } from '../programmes/schema';
import { programmeCalls } from '../programmes/calls-schema';
import { stories } from '../fremtidsbilde/schema';
import { TRANSLATION_LANGS, type TranslationLang } from './translations';

export const isTranslationKind = (v: unknown): v is TranslationKind =>
	typeof v === 'string' && (translationKinds as readonly string[]).includes(v);

/** The bokmål item a translation is made from, in the shape every kind shares. */
export interface SourceItem {
	kind: TranslationKind;
	id: number;
	version: number;
	updatedAt: Date;
	title: string;
	menuTitle: string | null;
	lead: string;
	body: string;
	/** A fingerprint of the text a translation replaces (title, menu title, lead, body). */
	textHash: string;
	/** The public address (bokmål); the translation lives at /nn/… and /en/… of it. */
	href: string;
	/** Where the bokmål version is edited. */
	editHref: string;
	/** The kind has these fields at all (a resource has no lead, an FAQ answer no lead). */
	has: { menuTitle: boolean; lead: boolean };
	/** The county chapters whose leaders may translate it too (events, programmes, calls). */
	chapterIds: number[];
}

type SourceFields = Omit<SourceItem, 'kind' | 'id' | 'textHash' | 'menuTitle' | 'chapterIds'> &
	Partial<Pick<SourceItem, 'menuTitle' | 'chapterIds'>>;

/**
 * How each kind is read as a source item, and who may translate it. One description per kind:
 * a new translatable kind is one entry here (and one in `translationKinds`).
 */
interface KindDescription {
	read: (tx: DbOrTx, id: number) => Promise<SourceFields | null>;
	/** Editors translate everything; a county chapter's leaders also their own events and programmes. */
	byChapter: boolean;
}

/** Reads one row by id and describes it (null when there is none). */
function fromTable<R>(
	select: (tx: DbOrTx, id: number) => Promise<R[]>,
	describe: (row: R, id: number, tx: DbOrTx) => SourceFields | Promise<SourceFields>,
	byChapter = false
): KindDescription {
	return {
		read: async (tx, id) => {
			const [row] = await select(tx, id);
			return row ? describe(row, id, tx) : null;
		},
		byChapter
	};
}

const noLead = { menuTitle: false, lead: false };
const withLead = { menuTitle: false, lead: true };

const programmeChapterIds = async (tx: DbOrTx, programmeId: number) =>
	(
		await tx
			.select({ id: programmeChapters.chapterId })
			.from(programmeChapters)
			.where(eq(programmeChapters.programmeId, programmeId))
	).map((c) => c.id);

const KINDS: Record<TranslationKind, KindDescription> = {
	side: fromTable(
		(tx, id) => tx.select().from(pages).where(eq(pages.id, id)),
		(r, id) => ({
			...r,
			href: r.path,
			editHref: `/admin/sider/${id}`,
			has: { menuTitle: r.path !== '/', lead: true }
		})
	),
	nyhet: fromTable(
		(tx, id) => tx.select().from(newsArticles).where(eq(newsArticles.id, id)),
		(r, id) => ({
			...r,
			href: `/nyheter/${r.slug}`,
			editHref: `/admin/nyheter/${id}`,
			has: withLead
		})
	),
	ressurs: fromTable(
		(tx, id) => tx.select().from(resources).where(eq(resources.id, id)),
		(r, id) => ({
			...r,
			lead: '',
			body: r.description,
			href: `/ressurser/${r.slug}`,
			editHref: `/admin/ressurser/${id}`,
			has: noLead
		})
	),
	sporsmal: fromTable(
		(tx, id) => tx.select().from(faqEntries).where(eq(faqEntries.id, id)),
		(r, id) => ({
			...r,
			title: r.question,
			lead: '',
			body: r.answer,
			href: `/sporsmal-og-svar#sporsmal-${id}`,
			editHref: `/admin/sporsmal/${id}`,
			has: noLead
		})
	),
	arrangement: fromTable(
		(tx, id) => tx.select().from(events).where(eq(events.id, id)),
		(r, id) => ({
			...r,
			body: r.description,
			chapterIds: r.chapterId === null ? [] : [r.chapterId],
			href: `/arrangementer/${r.slug}`,
			editHref: `/admin/arrangementer/${id}`,
			has: withLead
		}),
		true
	),
	program: fromTable(
		(tx, id) => tx.select().from(programmes).where(eq(programmes.id, id)),
		async (r, id, tx) => ({
			...r,
			title: r.name,
			body: r.description,
			chapterIds: await programmeChapterIds(tx, id),
			href: `/program/${r.slug}`,
			editHref: `/admin/program/${r.slug}/rediger`,
			has: withLead
		}),
		true
	),
	utlysing: fromTable(
		(tx, id) =>
			tx
				.select({ call: programmeCalls, slug: programmes.slug })
				.from(programmeCalls)
				.innerJoin(programmes, eq(programmes.id, programmeCalls.programmeId))
				.where(eq(programmeCalls.id, id)),
		async ({ call, slug }, _id, tx) => ({
			...call,
			body: call.description,
			chapterIds: await programmeChapterIds(tx, call.programmeId),
			href: `/program/${slug}/sok`,
			editHref: `/admin/program/${slug}/utlysning`,
			has: withLead
		}),
		true
	),
	erfaring: fromTable(
		(tx, id) => tx.select().from(stories).where(eq(stories.id, id)),
		(r, id) => ({
			...r,
			lead: '',
			href: `/erfaringer/${r.slug}`,
			editHref: `/admin/erfaringer/${id}`,
			has: noLead
		})
	)
};

/** The fingerprint of an item's text: a translation made from other text is older than it. */
export const textHash = (t: Pick<SourceItem, 'title' | 'menuTitle' | 'lead' | 'body'>) =>
	createHash('sha256')
		.update(JSON.stringify([t.title, t.menuTitle ?? '', t.lead, t.body]))
		.digest('hex');

/** Reads the bokmål item of any translatable kind. */
export async function sourceItem(
	tx: DbOrTx,
	kind: TranslationKind,
	id: number
): Promise<SourceItem | null> {
	const fields = await KINDS[kind].read(tx, id);
	if (!fields) return null;
	const text = {
		title: fields.title,
		menuTitle: fields.has.menuTitle ? (fields.menuTitle ?? null) : null,
		lead: fields.has.lead ? fields.lead : '',
		body: fields.body
	};
	return {
		kind,
		id,
		version: fields.version,
		updatedAt: fields.updatedAt,
		...text,
		textHash: textHash(text),
		href: fields.href,
		editHref: fields.editHref,
		has: fields.has,
		chapterIds: fields.chapterIds ?? []
	};
}

/** Editors translate everything; a chapter's leaders their own events, programmes and calls too. */
function authorizeFor(actor: Actor, source: SourceItem, action: string) {
	authorize(
		actor,
		KINDS[source.kind].byChapter
			? can.manageProgramme(actor, source.chapterIds)
			: can.editContent(actor),
		`${source.kind}.${action}`,
		source.id
	);
}

async function sourceOrNotFound(tx: DbOrTx, kind: TranslationKind, id: number) {
	const source = await sourceItem(tx, kind, id);
	if (!source) throw new NotFoundError('contentLanguages.errors.notFound');
	return source;
}

type TranslationRow = typeof contentTranslations.$inferSelect;

/**
 * A translation is older than the bokmål version when the bokmål text (title, menu title, lead,
 * body) is no longer the text it was saved from: publishing, moving or any other change that
 * leaves the text alone does not make it older. Rows saved before the fingerprint was kept
 * compare the bokmål item's last change instead.
 */
export const isStale = (
	row: Pick<TranslationRow, 'sourceUpdatedAt' | 'sourceHash'>,
	source: Pick<SourceItem, 'updatedAt' | 'textHash'>
) =>
	row.sourceHash !== null
		? row.sourceHash !== source.textHash
		: source.updatedAt.getTime() > row.sourceUpdatedAt.getTime();

export interface LanguageVersion {
	lang: TranslationLang;
	status: 'missing' | 'draft' | 'published';
	stale: boolean;
	updatedAt: Date | null;
	editHref: string;
}

/** The language versions of an item, for the panel beside its editor. */
export async function translationOverview(
	actor: Actor,
	kind: TranslationKind,
	id: number
): Promise<{ source: SourceItem; versions: LanguageVersion[] }> {
	authorize(actor, can.useAdmin, `${kind}.oversettelser`, id);
	const source = await sourceOrNotFound(db, kind, id);
	authorizeFor(actor, source, 'oversettelser');
	const rows = await translationRows(db, kind, id);
	return {
		source,
		versions: TRANSLATION_LANGS.map((lang) => {
			const row = rows.find((r) => r.lang === lang);
			return {
				lang,
				status: row?.status ?? 'missing',
				stale: row ? isStale(row, source) : false,
				updatedAt: row?.updatedAt ?? null,
				editHref: `/admin/oversettelser/${kind}/${id}/${lang}`
			};
		})
	};
}

function translationRows(tx: DbOrTx, kind: TranslationKind, id: number) {
	return tx
		.select()
		.from(contentTranslations)
		.where(and(eq(contentTranslations.kind, kind), eq(contentTranslations.itemId, id)));
}

export interface TranslationInput {
	title: string;
	menuTitle: string;
	lead: string;
	body: string;
	/** The translation's version the editor started from (0 when starting a new one). */
	version: number;
	intent: 'lagre' | 'publiser' | 'avpubliser';
}

/** One translation for its edit page: the row (null when not started) and the form's values. */
export async function translationForEditing(
	actor: Actor,
	kind: TranslationKind,
	id: number,
	lang: TranslationLang
) {
	authorize(actor, can.useAdmin, `${kind}.oversettelse`, id);
	const source = await sourceOrNotFound(db, kind, id);
	authorizeFor(actor, source, 'oversettelse');
	const [row] = (await translationRows(db, kind, id)).filter((r) => r.lang === lang);
	const values: Omit<TranslationInput, 'intent'> = row
		? {
				title: row.title,
				menuTitle: row.menuTitle ?? '',
				lead: row.lead,
				body: row.body,
				version: row.version
			}
		: // «Start oversettelse»: prefilled from the bokmål text.
			{
				title: source.title,
				menuTitle: source.menuTitle ?? '',
				lead: source.lead,
				body: source.body,
				version: 0
			};
	return { source, row: row ?? null, stale: row ? isStale(row, source) : false, values };
}

/** Refuses to publish a translation without its required fields (message beside the field). */
export function assertPublishable(
	input: Pick<TranslationInput, 'title' | 'body'>,
	source: Pick<SourceItem, 'body'>
) {
	if (!input.title.trim()) throw new FieldError('title', 'contentLanguages.errors.titleRequired');
	if (source.body.trim() && !input.body.trim())
		throw new FieldError('body', 'contentLanguages.errors.bodyRequired');
}

/**
 * Saves (and publishes, or unpublishes) a translation, recording which bokmål version it was
 * made from. Returns the translation's id.
 */
export async function saveTranslation(
	actor: Actor,
	kind: TranslationKind,
	id: number,
	lang: TranslationLang,
	input: TranslationInput
): Promise<number> {
	authorize(actor, can.useAdmin, `${kind}.oversettelse.lagre`, id);
	const savedId = await db.transaction(async (tx) => {
		const source = await sourceOrNotFound(tx, kind, id);
		authorizeFor(actor, source, 'oversettelse.lagre');
		const [before] = await tx
			.select()
			.from(contentTranslations)
			.where(
				and(
					eq(contentTranslations.kind, kind),
					eq(contentTranslations.itemId, id),
					eq(contentTranslations.lang, lang)
				)
			)
			.for('update');
		if (before) assertVersion(before, input.version);
		const status =
			input.intent === 'publiser'
				? 'published'
				: input.intent === 'avpubliser'
					? 'draft'
					: (before?.status ?? 'draft');
		if (status === 'published') assertPublishable(input, source);
		assertAltTexts(input.body, 'body');
		const at = now();
		const values = {
			title: input.title.trim(),
			menuTitle: source.has.menuTitle && input.menuTitle.trim() ? input.menuTitle.trim() : null,
			lead: source.has.lead ? input.lead.trim() : '',
			body: input.body,
			sourceVersion: source.version,
			sourceUpdatedAt: source.updatedAt,
			sourceHash: source.textHash,
			status,
			publishedAt:
				status === 'published' ? (before?.publishedAt ?? at) : (before?.publishedAt ?? null),
			updatedAt: at
		} as const;
		const [after] = before
			? await tx
					.update(contentTranslations)
					.set({ ...values, version: before.version + 1 })
					.where(eq(contentTranslations.id, before.id))
					.returning()
			: await tx
					.insert(contentTranslations)
					.values({ kind, itemId: id, lang, ...values, createdAt: at })
					.returning();
		const { search: _b, ...beforeAudit } = before ?? { search: null };
		const { search: _a, ...afterAudit } = after;
		await recordAudit(tx, actor, {
			action: `${kind}.oversettelse-${lang}.${input.intent}`,
			entityType: kind,
			entityId: id,
			summary: storedText('contentLanguages.audit.saved', {
				note: input.intent,
				language: lang,
				title: after.title
			}),
			before: before ? beforeAudit : null,
			after: afterAudit
		});
		return after.id;
	});
	invalidatePublic();
	return savedId;
}

/** Deletes a translation (the bokmål item stays). */
export async function deleteTranslation(
	actor: Actor,
	kind: TranslationKind,
	id: number,
	lang: TranslationLang,
	version: number
) {
	authorize(actor, can.useAdmin, `${kind}.oversettelse.slett`, id);
	await db.transaction(async (tx) => {
		const source = await sourceOrNotFound(tx, kind, id);
		authorizeFor(actor, source, 'oversettelse.slett');
		const [before] = await tx
			.select()
			.from(contentTranslations)
			.where(
				and(
					eq(contentTranslations.kind, kind),
					eq(contentTranslations.itemId, id),
					eq(contentTranslations.lang, lang)
				)
			)
			.for('update');
		if (!before) throw new NotFoundError('contentLanguages.errors.notFound');
		assertVersion(before, version);
		await tx.delete(contentTranslations).where(eq(contentTranslations.id, before.id));
		const { search: _s, ...snapshot } = before;
		await recordAudit(tx, actor, {
			action: `${kind}.oversettelse-${lang}.slettet`,
			entityType: kind,
			entityId: id,
			summary: storedText('contentLanguages.audit.saved', {
				note: 'slettet',
				language: lang,
				title: before.title
			}),
			before: snapshot
		});
	});
	invalidatePublic();
}

/** What the panel beside an editor shows (null for an item not saved yet). */
export async function translationPanel(actor: Actor, kind: TranslationKind, id: number | null) {
	if (id === null) return null;
	const { versions } = await translationOverview(actor, kind, id);
	return { kind, id, versions };
}
export type TranslationPanelData = Awaited<ReturnType<typeof translationPanel>>;
