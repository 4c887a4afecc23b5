/**
 * The language of the request (or job) being handled, kept with AsyncLocalStorage so that
 * everything rendered or thrown while handling it — pages, services' messages, mails — speaks
 * that language, however many requests this node answers at once.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import {
	DEFAULT_LANG,
	registerCatalogue,
	setLanguageSource,
	splitLangPath,
	parseLang,
	type Lang
} from '$lib/i18n';
import { nn } from '$lib/i18n/nn';
import { en } from '$lib/i18n/en';

registerCatalogue('nn', nn);
registerCatalogue('en', en);

const store = new AsyncLocalStorage<Lang>();
setLanguageSource(() => store.getStore() ?? DEFAULT_LANG);

/** Runs fn (and everything it awaits) in a language: a job mailing a participant, a request. */
export function withLanguage<T>(lang: Lang | string | null | undefined, fn: () => T): T {
	return store.run(parseLang(lang) ?? DEFAULT_LANG, fn);
}

/** The language an address asks for (its /nn or /en prefix; bokmål without). */
export function langOfUrl(url: URL): Lang {
	return splitLangPath(url.pathname).lang;
}
