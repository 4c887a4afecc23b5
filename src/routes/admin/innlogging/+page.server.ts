import { providerSettings } from '$lib/server/accounts/providers';
import { actorOf, orRefused } from '$lib/server/http';
import type { PageServerLoad } from './$types';

/** Sign-in providers: the addresses to register with each, and whether discovery works. */
export const load: PageServerLoad = async ({ locals }) =>
	orRefused(() => providerSettings(actorOf(locals)));
