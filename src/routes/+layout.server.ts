import { config } from '$lib/server/config';
import { isStaff } from '$lib/server/accounts/permissions';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	origin: config.origin,
	user: locals.user ? { name: locals.user.name, isStaff: isStaff(locals.user) } : null
});
