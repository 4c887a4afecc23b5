import { signInWithLink } from '$lib/server/accounts/auth.service';
import { finishSignIn } from '$lib/server/accounts/sign-in-redirect';
import { peekAuthToken } from '$lib/server/accounts/tokens';
import { db } from '$lib/server/db/client';
import { device, noStore } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';
import { l } from '$lib/i18n';

// Opening the link only shows a button: mail scanners that follow links must not use it up.
export const load: PageServerLoad = async (event) => {
	noStore(event);
	return { valid: Boolean(await peekAuthToken(db, event.params.token, 'login')) };
};

export const actions: Actions = {
	default: async (event) => {
		const result = await signInWithLink(event.params.token, device(event));
		if (!result) return { failed: true };
		return finishSignIn(event.cookies, result, l('/min-side'));
	}
};
