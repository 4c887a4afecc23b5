/**
 * The one way a sign-in route ends: set the session cookie, then go on to `next`, or first to
 * the second-factor step when the session still waits for it (staff, or anyone with an
 * authenticator app). Used by password, link, reset, invitation and first-admin sign-in.
 */
import { redirect, type Cookies } from '@sveltejs/kit';
import { setSessionCookie, validateSessionToken } from './sessions';
import { l } from '$lib/i18n';

export const SECOND_FACTOR_PATH = '/logg-inn/kode';

export async function finishSignIn(
	cookies: Cookies,
	result: { token: string; expiresAt: Date },
	next: string
): Promise<never> {
	const found = await validateSessionToken(result.token);
	setSessionCookie(cookies, result.token, found?.session.expiresAt ?? result.expiresAt);
	if (found && !found.complete)
		redirect(303, `${l(SECOND_FACTOR_PATH)}?neste=${encodeURIComponent(next)}`);
	redirect(303, next);
}
