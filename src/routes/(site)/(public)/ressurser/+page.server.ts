import {
	isResourceKind,
	resourceFacets,
	resourcePage
} from '$lib/server/content/resources.service';
import { notFoundPage } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const kinds = [...new Set(url.searchParams.getAll('type').filter(isResourceKind))];
	const rawYear = url.searchParams.get('ar') ?? '';
	const year = /^\d{4}$/.test(rawYear) ? Number(rawYear) : undefined;
	const raw = url.searchParams.get('side');
	if (raw !== null && !/^[1-9]\d{0,4}$/.test(raw)) notFoundPage('problems.pages.page');
	const page = raw === null ? 1 : Number(raw);
	const [list, facets] = await Promise.all([resourcePage({ kinds, year }, page), resourceFacets()]);
	if (page > list.pages) notFoundPage('problems.pages.page');
	return {
		items: list.items,
		total: list.total,
		page: list.page,
		pages: list.pages,
		facets,
		filter: { kinds, year: year ?? null }
	};
};
