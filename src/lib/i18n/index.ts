/**
 * Interface text in the visitor's language. Components, services and mails read `m.area.key`;
 * which catalogue answers is decided per request on the server (src/lib/server/i18n.ts keeps
 * the language of the request being handled) and per page load in the browser (`useLanguage`
 * in the root layout). Never read `m` at module level: that would fix one language for all.
 */
import { nb } from './nb';
import type { Leaves, Shape } from './define';
import { pathIn, type Lang } from './languages';
import { currentLang, setBrowserLang, t, type MessageValues } from './runtime';

/** The shape every language's catalogue has: bokmål's keys, every leaf a string. */
export type Catalogue = Shape<typeof nb>;
export type MessageKey = Leaves<Catalogue>;
export type { MessageValues } from './runtime';
export { currentLang, setLanguageSource, t } from './runtime';

const catalogues: Partial<Record<Lang, Catalogue>> = { nb };

/** Makes a language's catalogue available (the server registers all three at start). */
export function registerCatalogue(lang: Lang, catalogue: Catalogue) {
	catalogues[lang] = catalogue;
}

const loaders: Record<Lang, () => Promise<Catalogue>> = {
	nb: async () => nb,
	nn: async () => (await import('./nn')).nn,
	en: async () => (await import('./en')).en
};

/** In the browser: loads the page's language (once) and answers in it from now on. */
export async function useLanguage(lang: Lang) {
	catalogues[lang] ??= await loaders[lang]();
	setBrowserLang(lang);
}

/** The catalogue of a language (bokmål until that language has been loaded). */
export function catalogueOf(lang: Lang): Catalogue {
	return catalogues[lang] ?? nb;
}

/** The active interface language's messages. */
export const m: Catalogue = new Proxy({} as Catalogue, {
	get: (_, key) => catalogueOf(currentLang())[key as keyof Catalogue]
});

/** A message by its key ('errors.notFound'), filled with values, in the active language. */
export function message(key: MessageKey, values?: MessageValues, lang: Lang = currentLang()) {
	let node: unknown = catalogueOf(lang);
	for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
	return typeof node === 'string' ? t(node, values) : key;
}

/** Whether a text (read back from the database) is a key of the catalogue. */
export function isMessageKey(key: string): key is MessageKey {
	let node: unknown = nb;
	for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
	return typeof node === 'string';
}

/** One of our addresses (written as the bokmål address) in the active language: l('/nyheter'). */
export function l(path: string): string {
	return pathIn(currentLang(), path);
}

export * from './format';
export * from './languages';
