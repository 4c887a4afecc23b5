import { searchPage, searchStatus } from '$lib/server/search/search.service';
import { notFoundPage } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const q = (url.searchParams.get('q') ?? '').slice(0, 200);
	const raw = url.searchParams.get('side');
	if (raw !== null && !/^[1-9]\d{0,4}$/.test(raw)) notFoundPage('problems.pages.page');
	const page = raw === null ? 1 : Number(raw);
	// Hits in the visitor's language first (paged); the other languages' below, on their own.
	const result = q.trim() ? await searchPage(q, { page }) : null;
	if (result && page > result.pages) notFoundPage('problems.pages.page');
	// Tolerant matching: nothing matched as typed, so the hits are the suggestion's.
	const shownQ = result?.corrected ? result.suggestion! : q;
	return {
		q,
		hits: result?.hits ?? [],
		otherHits: result?.otherHits ?? [],
		page: result?.page ?? 1,
		pages: result?.pages ?? 1,
		/** The address of a page of these hits (of the suggestion's, when corrected). */
		searched: shownQ,
		corrected: result?.corrected ?? false,
		suggestion: result && !result.corrected ? result.suggestion : null,
		status: searchStatus(shownQ, result?.total ?? 0, result?.otherTotal ?? 0, result?.capped)
	};
};
