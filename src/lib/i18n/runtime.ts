/**
 * Which language is being answered in, kept apart from the catalogues so that format.ts can
 * ask without importing them. index.ts re-exports all of this; import from '$lib/i18n'.
 */
import { DEFAULT_LANG, type Lang } from './languages';

export type MessageValues = Record<string, string | number>;

let browserLang: Lang = DEFAULT_LANG;
let languageSource: () => Lang = () => browserLang;

/** The server's per-request language (set once by src/lib/server/i18n.ts). */
export function setLanguageSource(source: () => Lang) {
	languageSource = source;
}

/** In the browser: the language of the page being shown (set by `useLanguage`). */
export function setBrowserLang(lang: Lang) {
	browserLang = lang;
}

/** The language being answered in. */
export function currentLang(): Lang {
	return languageSource();
}

/** Fills {placeholders}: t('Side {page} av {pages}', { page: 1, pages: 3 }). */
export function t(template: string, values: MessageValues = {}): string {
	return template.replace(/\{(\w+)\}/g, (_, k: string) =>
		k in values ? String(values[k]) : `{${k}}`
	);
}
