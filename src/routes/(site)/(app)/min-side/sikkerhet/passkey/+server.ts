import { json } from '@sveltejs/kit';
import { finishRegistration, startRegistration } from '$lib/server/accounts/passkeys.service';
import {
	badCeremony,
	ceremonyBody,
	ceremonyProblem,
	setChallengeCookie,
	takeChallengeCookie
} from '$lib/server/accounts/passkey-http';
import { recentlyAuthenticated } from '$lib/server/accounts/second-factor';
import { stepUpUrl } from '$lib/server/accounts/step-up';
import { passkeyNameSchema } from '$lib/forms/second-factor';
import { l } from '$lib/i18n';
import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import type { RequestHandler } from './$types';

const PAGE = '/min-side/sikkerhet';

/** Register a passkey (signed in, confirmed in the last ten minutes): start, then finish. */
export const POST: RequestHandler = async (event) => {
	const { user, session } = event.locals;
	if (!user || !session)
		return json({ redirect: l(`/logg-inn?neste=${l(PAGE)}`) }, { status: 401 });
	if (!recentlyAuthenticated(session))
		return json({ redirect: l(stepUpUrl(l(PAGE))) }, { status: 403 });
	const body = await ceremonyBody(event.request);
	if (!body) return badCeremony();
	if (body.step === 'start') {
		const { options, token } = await startRegistration(user);
		setChallengeCookie(event.cookies, token);
		return json(options, { headers: { 'cache-control': 'no-store' } });
	}
	const name = passkeyNameSchema.safeParse({ name: body.name });
	if (!name.success) return json({ message: name.error.issues[0].message }, { status: 400 });
	try {
		await finishRegistration(
			user,
			takeChallengeCookie(event.cookies),
			body.response as RegistrationResponseJSON,
			name.data.name
		);
	} catch (e) {
		return ceremonyProblem(e);
	}
	return json({ ok: true });
};
