/** The JSON side of the passkey ceremonies, shared by sign-in and registration endpoints. */
import { json, type Cookies } from '@sveltejs/kit';
import { jsonProblem } from '../http';
import { config } from '../config';
import { PASSKEY_COOKIE } from './passkeys.service';
import { TOKEN_TTL } from './tokens';
import { m } from '$lib/i18n';

export type CeremonyBody =
	{ step: 'start' } | { step: 'finish'; response: unknown; name?: unknown };

/** The request's JSON body when it is one of the two steps, else null (answered with 400). */
export async function ceremonyBody(request: Request): Promise<CeremonyBody | null> {
	if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) return null;
	const body = (await request.json().catch(() => null)) as Record<string, unknown> | null;
	if (body?.step === 'start') return { step: 'start' };
	if (body?.step === 'finish' && body.response && typeof body.response === 'object')
		return { step: 'finish', response: body.response, name: body.name };
	return null;
}

export const badCeremony = () => json({ message: m.mfa.passkeyFailed }, { status: 400 });

/** A refused ceremony: `{ message }` (the name the passkey script reads) with its status. */
export function ceremonyProblem(e: unknown) {
	return jsonProblem(e, 'message');
}

export function setChallengeCookie(cookies: Cookies, token: string) {
	cookies.set(PASSKEY_COOKIE, token, {
		httpOnly: true,
		sameSite: 'strict',
		secure: config.secureCookies,
		path: '/',
		maxAge: TOKEN_TTL.passkey / 1000
	});
}

/** The challenge token of this browser's ceremony (used once, so the cookie goes too). */
export function takeChallengeCookie(cookies: Cookies): string {
	const token = cookies.get(PASSKEY_COOKIE) ?? '';
	cookies.delete(PASSKEY_COOKIE, { path: '/' });
	return token;
}
