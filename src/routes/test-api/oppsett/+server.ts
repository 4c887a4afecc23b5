import { json } from '@sveltejs/kit';
import { requireTestMode } from '$lib/server/test-mode';
import { createSetupLink } from '$lib/server/accounts/auth.service';
import type { RequestHandler } from './$types';

/** Test mode only: the first-admin set-up link that `npm start` prints (null once an admin exists). */
export const POST: RequestHandler = async () => {
	requireTestMode();
	return json({ url: await createSetupLink() });
};
