import { redirect } from '@sveltejs/kit';
import { finishProviderSignIn } from '$lib/server/accounts/providers.service';
import {
	deleteFlowCookie,
	flowCookie,
	setLogoutCookie
} from '$lib/server/accounts/provider-cookies';
import { finishSignIn } from '$lib/server/accounts/sign-in-redirect';
import { device } from '$lib/server/http';
import { l } from '$lib/i18n';
import type { RequestHandler } from './$types';

/**
 * Where the provider sends the browser back (the redirect URI registered with it). Every
 * refusal goes to /logg-inn/feil with its reason, so the code never stays in the address bar.
 */
export const GET: RequestHandler = async (event) => {
	const provider = event.params.leverandor as 'feide' | 'idporten' | 'ansattporten';
	const outcome = await finishProviderSignIn(
		provider,
		event.url.searchParams,
		flowCookie(event.cookies),
		device(event)
	);
	if (outcome.kind === 'ask-email') redirect(303, l('/logg-inn/e-post'));
	deleteFlowCookie(event.cookies);
	if (outcome.kind === 'refused') redirect(303, l(`/logg-inn/feil?grunn=${outcome.reason}`));
	setLogoutCookie(event.cookies, outcome.provider, outcome.idToken, outcome.expiresAt);
	return finishSignIn(event.cookies, outcome, outcome.next);
};
