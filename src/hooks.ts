import type { Reroute } from '@sveltejs/kit';
import { splitLangPath } from '$lib/i18n/languages';

/** /nn/… and /en/… are the same routes as the bokmål addresses, in another language. */
export const reroute: Reroute = ({ url }) => {
	const { lang, path } = splitLangPath(url.pathname);
	if (lang !== 'nb') return path;
};
