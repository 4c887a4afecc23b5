import { listEventsAdmin } from '$lib/server/events/events.admin';
import { orError } from '$lib/server/events/route-helpers';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const q = url.searchParams.get('q')?.slice(0, 100) ?? '';
	const status = url.searchParams.get('status') ?? '';
	const when = url.searchParams.get('tid') ?? 'kommende';
	return {
		items: await orError(listEventsAdmin(locals.user!, { q, status, when })),
		q,
		status,
		when,
		deleted: url.searchParams.has('slettet')
	};
};
