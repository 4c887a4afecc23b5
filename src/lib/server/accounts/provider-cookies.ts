/**
 * The two cookies of a sign-in through a provider. The flow cookie holds only a random token
 * (its SHA-256 is the `provider_flows` row). The sign-out cookie holds the provider's ID token,
 * sealed with the application key (`secret-box.ts`), for `id_token_hint` when signing out at the
 * provider: it stays in the person's browser, and the ID token (which has `pid` at ID-porten) is
 * never stored on the server.
 */
import type { Cookies } from '@sveltejs/kit';
import { config } from '../config';
import { isProviderId } from './providers.service';
import { open, seal } from './secret-box';
import type { OidcProviderId } from '../config';

const FLOW = 'fk_innlogging';
const LOGOUT = 'fk_utlogging';

const options = () => ({
	httpOnly: true,
	sameSite: 'lax' as const,
	secure: config.secureCookies,
	path: '/'
});

export function setFlowCookie(cookies: Cookies, token: string): void {
	cookies.set(FLOW, token, { ...options(), maxAge: 30 * 60 });
}

export const flowCookie = (cookies: Cookies) => cookies.get(FLOW);

export function deleteFlowCookie(cookies: Cookies): void {
	cookies.delete(FLOW, options());
}

export function setLogoutCookie(
	cookies: Cookies,
	provider: OidcProviderId,
	idToken: string | undefined,
	expires: Date
): void {
	const value = seal(new TextEncoder().encode(JSON.stringify({ p: provider, t: idToken ?? '' })));
	cookies.set(LOGOUT, value, { ...options(), expires });
}

export const hasLogoutCookie = (cookies: Cookies) => Boolean(cookies.get(LOGOUT));

/** The provider to sign out at (and its ID token), removing the cookie; null when none. */
export function takeLogoutCookie(
	cookies: Cookies
): { provider: OidcProviderId; idToken?: string } | null {
	const raw = cookies.get(LOGOUT);
	if (!raw) return null;
	cookies.delete(LOGOUT, options());
	try {
		const { p, t } = JSON.parse(new TextDecoder().decode(open(raw))) as { p: string; t: string };
		return isProviderId(p) ? { provider: p, idToken: t || undefined } : null;
	} catch {
		return null;
	}
}
