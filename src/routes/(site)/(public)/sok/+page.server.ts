import { search, searchStatus } from '$lib/server/search/search.service';
import { currentLang } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const q = (url.searchParams.get('q') ?? '').slice(0, 200);
	const all = q.trim() ? await search(q) : [];
	// Hits in the visitor's language first; the other languages' below, on their own.
	const lang = currentLang();
	const hits = all.filter((h) => h.lang === lang);
	const otherHits = all.filter((h) => h.lang !== lang);
	return { q, hits, otherHits, status: searchStatus(q, hits.length, otherHits.length) };
};
