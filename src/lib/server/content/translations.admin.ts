/**
 * The editors' side of language versions: which versions an item has (and which are older
 * than the bokmål one), starting a translation prefilled from the bokmål text, saving,
 * publishing and unpublishing it. A translation without a title (or without a body when the
 * bokmål version has one) cannot be published.
 */
import { and, eq } from 'drizzle-orm';
import { db, type DbOrTx } from '../db/client';
import { now } from '../clock';
import { FieldError, NotFoundError } from '../errors';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { recordAudit } from '../accounts/audit';
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
import { programmes } from '../programmes/schema';
import { stories } from '../fremtidsbilde/schema';
import { TRANSLATION_LANGS, type TranslationLang } from './translations';
import { m, t } from '$lib/i18n';

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
	/** The public address (bokmål); the translation lives at /nn/… and /en/… of it. */
	href: string;
	/** Where the bokmål version is edited. */
	editHref: string;
	/** The kind has these fields at all (a resource has no lead, an FAQ answer no lead). */
	has: { menuTitle: boolean; lead: boolean };
	/** Events are managed by their county chapter too. */
	chapterId: number | null;
}

/** Reads the bokmål item of any translatable kind. */
export async function sourceItem(
	tx: DbOrTx,
	kind: TranslationKind,
	id: number
): Promise<SourceItem | null> {
	const base = { kind, id, chapterId: null, menuTitle: null };
	switch (kind) {
		case 'side': {
			const [r] = await tx.select().from(pages).where(eq(pages.id, id));
			return r
				? {
						...base,
						version: r.version,
						updatedAt: r.updatedAt,
						title: r.title,
						menuTitle: r.menuTitle,
						lead: r.lead,
						body: r.body,
						href: r.path,
						editHref: `/admin/sider/${id}`,
						has: { menuTitle: r.path !== '/', lead: true }
					}
				: null;
		}
		case 'nyhet': {
			const [r] = await tx.select().from(newsArticles).where(eq(newsArticles.id, id));
			return r
				? {
						...base,
						version: r.version,
						updatedAt: r.updatedAt,
						title: r.title,
						lead: r.lead,
						body: r.body,
						href: `/nyheter/${r.slug}`,
						editHref: `/admin/nyheter/${id}`,
						has: { menuTitle: false, lead: true }
					}
				: null;
		}
		case 'ressurs': {
			const [r] = await tx.select().from(resources).where(eq(resources.id, id));
			return r
				? {
						...base,
						version: r.version,
						updatedAt: r.updatedAt,
						title: r.title,
						lead: '',
						body: r.description,
						href: `/ressurser/${r.slug}`,
						editHref: `/admin/ressurser/${id}`,
						has: { menuTitle: false, lead: false }
					}
				: null;
		}
		case 'sporsmal': {
			const [r] = await tx.select().from(faqEntries).where(eq(faqEntries.id, id));
			return r
				? {
						...base,
						version: r.version,
						updatedAt: r.updatedAt,
						title: r.question,
						lead: '',
						body: r.answer,
						href: `/sporsmal-og-svar#sporsmal-${id}`,
						editHref: `/admin/sporsmal/${id}`,
						has: { menuTitle: false, lead: false }
					}
				: null;
		}
		case 'arrangement': {
			const [r] = await tx.select().from(events).where(eq(events.id, id));
			return r
				? {
						...base,
						chapterId: r.chapterId,
						version: r.version,
						updatedAt: r.updatedAt,
						title: r.title,
						lead: r.lead,
						body: r.description,
						href: `/arrangementer/${r.slug}`,
						editHref: `/admin/arrangementer/${id}`,
						has: { menuTitle: false, lead: true }
					}
				: null;
		}
		case 'program': {
			const [r] = await tx.select().from(programmes).where(eq(programmes.id, id));
			return r
				? {
						...base,
						version: r.version,
						updatedAt: r.updatedAt,
						title: r.name,
						lead: r.lead,
						body: r.description,
						href: `/program/${r.slug}`,
						editHref: `/admin/program/${r.slug}`,
						has: { menuTitle: false, lead: true }
					}
				: null;
		}
		case 'erfaring': {
			const [r] = await tx.select().from(stories).where(eq(stories.id, id));
			return r
				? {
						...base,
						version: r.version,
						updatedAt: r.updatedAt,
						title: r.title,
						lead: '',
						body: r.body,
						href: `/erfaringer/${r.slug}`,
						editHref: `/admin/erfaringer/${id}`,
						has: { menuTitle: false, lead: false }
					}
				: null;
		}
	}
}

/** Events: their county chapter's leaders translate them too; everything else: the editors. */
function authorizeFor(actor: Actor, source: SourceItem, action: string) {
	authorize(
		actor,
		source.kind === 'arrangement' ? can.manageEvent(actor, source.chapterId) : can.editContent,
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

/** A translation is older than the bokmål version when bokmål was changed after it was saved from it. */
export const isStale = (
	row: Pick<TranslationRow, 'sourceUpdatedAt'>,
	source: Pick<SourceItem, 'updatedAt'>
) => source.updatedAt.getTime() > row.sourceUpdatedAt.getTime();

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
			summary: t(m.contentLanguages.audit.saved, {
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
			summary: t(m.contentLanguages.audit.saved, {
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
