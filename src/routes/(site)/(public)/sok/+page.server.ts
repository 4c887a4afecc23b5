import { search } from '$lib/server/search/search.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const q = (url.searchParams.get('q') ?? '').slice(0, 200);
	return { q, hits: q.trim() ? await search(q) : [] };
};
