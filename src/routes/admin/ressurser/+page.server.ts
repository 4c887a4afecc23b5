import { listResourcesAdmin } from '$lib/server/content/resources.admin';
import { actorOf, orRefused } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const q = url.searchParams.get('q')?.slice(0, 100) ?? '';
	const kind = url.searchParams.get('type') ?? '';
	const status = url.searchParams.get('status') ?? '';
	const page = /^\d{1,5}$/.test(url.searchParams.get('side') ?? '')
		? Number(url.searchParams.get('side'))
		: 1;
	return {
		...(await orRefused(() => listResourcesAdmin(actorOf(locals), { q, kind, status, page }))),
		q,
		kind,
		status,
		deleted: url.searchParams.has('slettet')
	};
};
