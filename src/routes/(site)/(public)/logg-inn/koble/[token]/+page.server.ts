import { redirect } from '@sveltejs/kit';
import { confirmProviderLink, providerLinkValid } from '$lib/server/accounts/providers.service';
import {
	deleteFlowCookie,
	flowCookie,
	setLogoutCookie
} from '$lib/server/accounts/provider-cookies';
import { finishSignIn } from '$lib/server/accounts/sign-in-redirect';
import { device, noStore } from '$lib/server/http';
import { l } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

// Opening the link only shows a button: mail scanners that follow links must not use it up.
export const load: PageServerLoad = async (event) => {
	noStore(event);
	return { valid: await providerLinkValid(event.params.token) };
};

export const actions: Actions = {
	default: async (event) => {
		const outcome = await confirmProviderLink(
			event.params.token,
			flowCookie(event.cookies),
			device(event)
		);
		if (outcome.kind !== 'signed-in')
			redirect(
				303,
				l(`/logg-inn/feil?grunn=${outcome.kind === 'refused' ? outcome.reason : 'state'}`)
			);
		deleteFlowCookie(event.cookies);
		setLogoutCookie(event.cookies, outcome.provider, undefined, outcome.expiresAt);
		return finishSignIn(event.cookies, outcome, outcome.next);
	}
};
