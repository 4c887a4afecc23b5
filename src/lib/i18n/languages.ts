/**
 * The three interface languages and how they appear in addresses. Bokmål keeps today's
 * addresses; nynorsk and English live under /nn/… and /en/…. Shared by server and browser.
 */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'nb';

/** The locale `Intl` formats with for each language (dates, numbers, lists). */
export const INTL_LOCALE: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** `hreflang` / `lang` attribute values. */
export const HTML_LANG: Record<Lang, string> = { nb: 'nb', nn: 'nn', en: 'en' };

/** A value from a cookie, form or query: one of ours, or null (bad values are ignored). */
export function parseLang(value: unknown): Lang | null {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
		? (value as Lang)
		: null;
}

/**
 * The language an address is in and the address without its prefix:
 * `/nn/nyheter` → nn, `/nyheter`; `/en` → en, `/`; `/nyheter` → nb, `/nyheter`.
 */
export function splitLangPath(pathname: string): { lang: Lang; path: string } {
	const match = /^\/(nn|en)(\/.*)?$/.exec(pathname);
	if (!match) return { lang: DEFAULT_LANG, path: pathname };
	return { lang: match[1] as Lang, path: match[2] || '/' };
}

/** The address of a page (given as its bokmål address) in a language. */
export function pathIn(lang: Lang, path: string): string {
	if (lang === DEFAULT_LANG || !path.startsWith('/') || path.startsWith('//')) return path;
	if (splitLangPath(path).lang !== DEFAULT_LANG) return path;
	return path === '/'
		? `/${lang}`
		: path.startsWith('/?')
			? `/${lang}${path.slice(1)}`
			: `/${lang}${path}`;
}

/** Each language's name in itself, as language switchers write them. */
export const AUTONYM: Record<Lang, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };
