import { browser } from '$app/environment';
import { splitLangPath, useLanguage } from '$lib/i18n';
import type { LayoutLoad } from './$types';

/** The page's language, from its address; the browser loads that catalogue before rendering. */
export const load: LayoutLoad = async ({ data, url }) => {
	const lang = splitLangPath(url.pathname).lang;
	if (browser) await useLanguage(lang);
	return { ...data, lang };
};
