/**
 * Language versions of content. The bokmål text is the item itself (its row in pages,
 * news_articles …, with the slug and address); a nynorsk or English version is a row in
 * `content_translations`. The public site shows the published version in the visitor's
 * language, or the bokmål text marked as a fallback (the page then says so, and marks the
 * text lang="nb").
 */
import { and, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgSelect } from 'drizzle-orm/pg-core';
import { db } from '../db/client';
import { now } from '../clock';
import { contentTranslations, type TranslationKind } from './schema';
import { currentLang, type Lang } from '$lib/i18n';

export type TranslationLang = 'nn' | 'en';
export const TRANSLATION_LANGS: readonly TranslationLang[] = ['nn', 'en'];

export const isTranslationLang = (v: unknown): v is TranslationLang => v === 'nn' || v === 'en';

/** The text fields a language version replaces. */
export interface ContentText {
	title: string;
	lead: string;
	body: string;
	menuTitle?: string | null;
}

export interface Localized<T extends ContentText> {
	/** The text to show: the translation's, or the bokmål one. */
	text: T;
	/** The language the text is in. */
	textLang: Lang;
	/** True when the visitor asked for nn/en and got the bokmål text. */
	fallback: boolean;
	/** The languages the item really exists in (bokmål first), for hreflang and the sitemap. */
	languages: Lang[];
}

/** The published language versions of one item: one query on the (kind, item_id, lang) index. */
export async function publishedTranslations(kind: TranslationKind, itemId: number, at = now()) {
	return db
		.select({
			lang: contentTranslations.lang,
			title: contentTranslations.title,
			menuTitle: contentTranslations.menuTitle,
			lead: contentTranslations.lead,
			body: contentTranslations.body
		})
		.from(contentTranslations)
		.where(
			and(
				eq(contentTranslations.kind, kind),
				eq(contentTranslations.itemId, itemId),
				eq(contentTranslations.status, 'published'),
				lte(contentTranslations.publishedAt, at)
			)
		);
}

/** Puts a translation's text over the bokmål text (empty optional fields keep nothing of bokmål). */
export function applyTranslation<T extends ContentText>(
	item: T,
	translation: ContentText | undefined,
	lang: Lang,
	languages: Lang[]
): Localized<T> {
	if (lang === 'nb' || !translation)
		return { text: item, textLang: 'nb', fallback: lang !== 'nb', languages };
	return {
		text: {
			...item,
			title: translation.title,
			lead: translation.lead,
			body: translation.body,
			...('menuTitle' in item ? { menuTitle: translation.menuTitle || null } : {})
		},
		textLang: lang,
		fallback: false,
		languages
	};
}

/** An item's text in the visitor's language (or bokmål as a fallback), and the languages it has. */
export async function localize<T extends ContentText & { id: number }>(
	kind: TranslationKind,
	item: T,
	lang: Lang = currentLang()
): Promise<Localized<T>> {
	const rows = await publishedTranslations(kind, item.id);
	const languages: Lang[] = [
		'nb',
		...TRANSLATION_LANGS.filter((l) => rows.some((r) => r.lang === l))
	];
	return applyTranslation(
		item,
		rows.find((r) => r.lang === lang),
		lang,
		languages
	);
}

/** What a public page's data carries about its language (the root layout reads `languages`). */
export function languageData(l: Localized<ContentText>) {
	return {
		languages: l.languages,
		/** 'nb' when the text shown is the bokmål fallback: the elements holding it get lang="nb". */
		textLang: l.fallback ? ('nb' as const) : undefined,
		fallback: l.fallback
	};
}

// ——— Lists: the visitor's language version of each item, joined in the same query ———

const tr = contentTranslations;

/** The join condition: the published translation of `kind` in `lang` of the row whose id is `itemId`. */
function translationOn(kind: TranslationKind, itemId: AnyPgColumn, lang: TranslationLang) {
	return and(
		eq(tr.kind, kind),
		eq(tr.itemId, itemId),
		sql`${tr.lang}::text = ${lang}`,
		eq(tr.status, 'published'),
		lte(tr.publishedAt, now())
	);
}

/**
 * Adds the visitor's language version of each listed item to a list query (a left join on the
 * translations' unique index). In bokmål there is nothing to join: the query is left as it is.
 * Select the text with `listText` and the flag with `listTranslated` (same `lang`).
 */
export function joinTranslation<Q extends PgSelect>(
	query: Q,
	kind: TranslationKind,
	itemId: AnyPgColumn,
	lang: Lang
): Q {
	if (lang === 'nb') return query;
	return query.leftJoin(tr, translationOn(kind, itemId, lang)) as unknown as Q;
}

/** A list's text column: the joined translation's field where there is one, the bokmål one otherwise. */
export function listText(
	lang: Lang,
	field: 'title' | 'lead' | 'body',
	original: AnyPgColumn | SQL
): SQL<string> {
	return lang === 'nb'
		? sql<string>`${original}`
		: sql<string>`coalesce(${tr[field]}, ${original})`;
}

/** Whether the row's text is the joined translation's (always false in bokmål: nothing is joined). */
export const listTranslated = (lang: Lang): SQL<boolean> =>
	lang === 'nb' ? sql<boolean>`false` : sql<boolean>`${tr.id} is not null`;

/** Drops the `translated` flag and marks the rows shown in bokmål to a nynorsk or English visitor. */
export function markFallbacks<R extends { translated: boolean }>(
	rows: R[],
	lang: Lang
): (Omit<R, 'translated'> & { textLang?: 'nb' })[] {
	return rows.map(({ translated, ...r }) =>
		lang !== 'nb' && !translated ? { ...r, textLang: 'nb' as const } : r
	);
}

/** `${kind}:${id}` → the languages the item is published in (bokmål first). */
export type ItemLanguages = Map<string, Lang[]>;

/**
 * Published languages of translated items, for the sitemap (one query for every kind): of every
 * item, of the items of some kinds (`only.kinds`), or of one kind's listed items (`only.ids`).
 */
export async function publishedLanguagesByItem(
	at = now(),
	only: { kinds?: readonly TranslationKind[]; ids?: readonly number[] } = {}
): Promise<ItemLanguages> {
	if (only.ids && only.ids.length === 0) return new Map();
	const rows = await db
		.select({
			kind: contentTranslations.kind,
			itemId: contentTranslations.itemId,
			lang: contentTranslations.lang
		})
		.from(contentTranslations)
		.where(
			and(
				eq(contentTranslations.status, 'published'),
				lte(contentTranslations.publishedAt, at),
				only.kinds ? inArray(contentTranslations.kind, [...only.kinds]) : undefined,
				only.ids ? inArray(contentTranslations.itemId, [...only.ids]) : undefined
			)
		);
	const map = new Map<string, Lang[]>();
	for (const r of rows) {
		const key = `${r.kind}:${r.itemId}`;
		map.set(key, [...(map.get(key) ?? ['nb']), r.lang]);
	}
	return map;
}

/** The languages one item exists in, from `publishedLanguagesByItem` (bokmål only when untranslated). */
export const itemLanguages = (map: ItemLanguages, kind: TranslationKind, id: number): Lang[] =>
	map.get(`${kind}:${id}`) ?? ['nb'];
