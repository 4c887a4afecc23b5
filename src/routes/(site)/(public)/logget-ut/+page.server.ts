import { redirect } from '@sveltejs/kit';
import { takeLogoutCookie } from '$lib/server/accounts/provider-cookies';
import { providerLogoutUrl, providerName } from '$lib/server/accounts/providers.service';
import { noStore } from '$lib/server/http';
import type { PageServerLoad } from './$types';

/**
 * After signing out here, on to sign out at the provider too (RP-initiated logout). A page, not
 * a redirect from the sign-out form: the site's CSP lets forms lead only to the site itself.
 */
export const load: PageServerLoad = async (event) => {
	noStore(event);
	const signedOutAt = takeLogoutCookie(event.cookies);
	const url = signedOutAt && (await providerLogoutUrl(signedOutAt.provider, signedOutAt.idToken));
	if (!signedOutAt || !url) redirect(303, '/?utlogget=1');
	return { url, provider: providerName(signedOutAt.provider) };
};
