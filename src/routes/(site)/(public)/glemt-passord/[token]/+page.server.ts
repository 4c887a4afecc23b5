import { fail } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { newPasswordSchema } from '$lib/forms/account';
import { resetPassword, resetTokenValid } from '$lib/server/accounts/auth.service';
import { finishSignIn } from '$lib/server/accounts/sign-in-redirect';
import { device, noStore } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';
import { l, m } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	noStore(event);
	return {
		valid: await resetTokenValid(event.params.token),
		form: await superValidate(zod4(newPasswordSchema))
	};
};

export const actions: Actions = {
	default: async (event) => {
		const form = await superValidate(event.request, zod4(newPasswordSchema));
		const password = form.data.password;
		form.data.password = '';
		form.data.confirm = '';
		if (!form.valid) return fail(400, { form });
		const result = await resetPassword(event.params.token, password, device(event));
		if (!result) return setError(form, '', m.pub.auth.reset.invalidShort, { status: 400 });
		return finishSignIn(event.cookies, result, l('/min-side?passord=endret'));
	}
};
