import { redirect } from '@sveltejs/kit';
import {
	deleteSessionCookie,
	invalidateSession,
	invalidateUserSessions
} from '$lib/server/accounts/sessions';
import { hasLogoutCookie } from '$lib/server/accounts/provider-cookies';
import type { RequestHandler } from './$types';

/** Sign out (a form POST; the origin check stops forged ones). `overalt=1` signs out every device. */
export const POST: RequestHandler = async ({ locals, cookies, request }) => {
	const current = locals.session ?? locals.pending?.session;
	const everywhere = (await request.formData().catch(() => null))?.get('overalt') === '1';
	if (everywhere && locals.user) await invalidateUserSessions(locals.user.id);
	else if (current) await invalidateSession(current.id);
	deleteSessionCookie(cookies);
	// Signed in through a provider: /logget-ut goes on to sign out there too, and back here.
	redirect(303, hasLogoutCookie(cookies) ? '/logget-ut' : '/?utlogget=1');
};

export const GET: RequestHandler = () => redirect(303, '/');
