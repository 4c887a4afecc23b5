import { redirect } from '@sveltejs/kit';
import {
	deleteSessionCookie,
	invalidateSession,
	invalidateUserSessions
} from '$lib/server/accounts/sessions';
import { takeLogoutCookie } from '$lib/server/accounts/provider-cookies';
import { providerLogoutUrl } from '$lib/server/accounts/providers.service';
import type { RequestHandler } from './$types';

/** Sign out (a form POST; the origin check stops forged ones). `overalt=1` signs out every device. */
export const POST: RequestHandler = async ({ locals, cookies, request }) => {
	const current = locals.session ?? locals.pending?.session;
	const everywhere = (await request.formData().catch(() => null))?.get('overalt') === '1';
	if (everywhere && locals.user) await invalidateUserSessions(locals.user.id);
	else if (current) await invalidateSession(current.id);
	deleteSessionCookie(cookies);
	// Signed in through a provider that supports it: sign out there too, and come back here.
	const provider = takeLogoutCookie(cookies);
	const there = provider && (await providerLogoutUrl(provider.provider, provider.idToken));
	redirect(303, there || '/?utlogget=1');
};

export const GET: RequestHandler = () => redirect(303, '/');
