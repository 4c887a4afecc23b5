import { listNewsAdmin } from '$lib/server/content/news.admin';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const q = url.searchParams.get('q')?.slice(0, 100) ?? '';
	const status = url.searchParams.get('status') ?? '';
	return {
		items: await listNewsAdmin({ q, status }),
		q,
		status,
		deleted: url.searchParams.has('slettet')
	};
};
