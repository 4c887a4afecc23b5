import { json } from '@sveltejs/kit';
import { finishSignIn, startSignIn } from '$lib/server/accounts/passkeys.service';
import {
	badCeremony,
	ceremonyBody,
	ceremonyProblem,
	setChallengeCookie,
	takeChallengeCookie
} from '$lib/server/accounts/passkey-http';
import { setSessionCookie } from '$lib/server/accounts/sessions';
import { clientIp, device, safeNext } from '$lib/server/http';
import { LIMITS, hitLimit, retryText } from '$lib/server/accounts/rate-limit';
import { m, t } from '$lib/i18n';
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { RequestHandler } from './$types';

/** Sign in with a passkey: `{step:'start'}` gives the options, `{step:'finish', response}` signs in. */
export const POST: RequestHandler = async (event) => {
	const body = await ceremonyBody(event.request);
	if (!body) return badCeremony();
	if (body.step === 'start') {
		const limit = await hitLimit(`passkey:ip:${clientIp(event)}`, LIMITS.passkeyIp);
		if (limit.blocked)
			return json(
				{ message: t(m.mfa.passkeyBlocked, { retry: retryText(limit.retryAt) }) },
				{ status: 429 }
			);
		const { options, token } = await startSignIn();
		setChallengeCookie(event.cookies, token);
		return json(options, { headers: { 'cache-control': 'no-store' } });
	}
	try {
		const { token, session } = await finishSignIn(
			takeChallengeCookie(event.cookies),
			body.response as AuthenticationResponseJSON,
			device(event)
		);
		setSessionCookie(event.cookies, token, session.expiresAt);
	} catch (e) {
		return ceremonyProblem(e);
	}
	return json({ next: safeNext(event.url.searchParams.get('neste')) });
};
