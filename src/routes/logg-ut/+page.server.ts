import { redirect } from '@sveltejs/kit';
import {
	deleteSessionCookie,
	invalidateSession,
	invalidateUserSessions
} from '$lib/server/accounts/sessions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, cookies }) => {
		if (locals.session) await invalidateSession(locals.session.id);
		deleteSessionCookie(cookies);
		redirect(303, '/?utlogget=1');
	},
	alle: async ({ locals, cookies }) => {
		if (locals.user) await invalidateUserSessions(locals.user.id);
		deleteSessionCookie(cookies);
		redirect(303, '/?utlogget=1');
	}
};
