import { redirect } from '@sveltejs/kit';
import { adminNav } from '$lib/server/admin-nav';
import { noStore } from '$lib/server/http';
import { l } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

// Access to /admin is checked in hooks (accounts/access.ts) for every request, actions included.
export const load: LayoutServerLoad = async (event) => {
	noStore(event);
	const user = event.locals.user;
	if (!user) redirect(303, l(`/logg-inn?neste=${l('/admin')}`));
	return { nav: adminNav(user), adminUser: { name: user.name, role: user.globalRole } };
};
