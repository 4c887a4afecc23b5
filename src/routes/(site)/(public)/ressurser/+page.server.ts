import {
	isResourceKind,
	listResources,
	resourceFacets
} from '$lib/server/content/resources.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const kinds = [...new Set(url.searchParams.getAll('type').filter(isResourceKind))];
	const rawYear = url.searchParams.get('ar') ?? '';
	const year = /^\d{4}$/.test(rawYear) ? Number(rawYear) : undefined;
	const [items, facets] = await Promise.all([listResources({ kinds, year }), resourceFacets()]);
	return { items, facets, filter: { kinds, year: year ?? null } };
};
