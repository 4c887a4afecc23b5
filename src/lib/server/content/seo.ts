/**
 * Search and sharing fields (title for search engines, description, social image, "hide from
 * search engines") shared by news, pages and resources: from the form, to the form, from an
 * earlier version, and what the public page's head gets.
 */
import { snapNullable } from './editing';
import type { Lang } from '$lib/i18n';

export interface SeoColumns {
	seoTitle: string | null;
	seoDescription: string | null;
	socialImage: string | null;
	noindex: boolean;
}

export interface SeoInput {
	seoTitle: string;
	seoDescription: string;
	socialImage: string;
	noindex: boolean;
}

/** The columns to write from the form (empty fields are null: the item's own text is used). */
export function seoValues(input: SeoInput): SeoColumns {
	return {
		seoTitle: input.seoTitle || null,
		seoDescription: input.seoDescription || null,
		socialImage: input.socialImage || null,
		noindex: input.noindex
	};
}

export function seoToForm(row: SeoColumns | null): SeoInput {
	return {
		seoTitle: row?.seoTitle ?? '',
		seoDescription: row?.seoDescription ?? '',
		socialImage: row?.socialImage ?? '',
		noindex: row?.noindex ?? false
	};
}

/** The fields as an earlier version had them (versions saved before they existed: none). */
export function seoFromSnapshot(d: Record<string, unknown>): SeoColumns {
	return {
		seoTitle: snapNullable(d, 'seoTitle'),
		seoDescription: snapNullable(d, 'seoDescription'),
		socialImage: snapNullable(d, 'socialImage'),
		noindex: d.noindex === true
	};
}

/** What a public item's <head> gets: the Seo component's props. */
export interface SeoMeta {
	/** Title for search engines and link previews, when the editor wrote one. */
	title: string | null;
	description: string | null;
	/** Address of the social image (absolute or a path on this site), when set. */
	image: string | null;
	noindex: boolean;
}

/**
 * The item's search and sharing fields for a page in `lang`. The title and description are
 * written in bokmål, so they are used on the bokmål page only (nynorsk and English use the
 * translated title and lead); the image and "hide from search engines" hold in every language.
 */
export function seoMeta(row: SeoColumns, lang: Lang): SeoMeta {
	return {
		title: lang === 'nb' ? row.seoTitle : null,
		description: lang === 'nb' ? row.seoDescription : null,
		image: row.socialImage,
		noindex: row.noindex
	};
}
