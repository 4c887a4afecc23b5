import { fail } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { setupSchema } from '$lib/forms/account';
import { setupFirstAdmin, setupTokenValid } from '$lib/server/accounts/auth.service';
import { finishSignIn } from '$lib/server/accounts/sign-in-redirect';
import { device, noStore } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';
import { l, m } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	noStore(event);
	return {
		valid: await setupTokenValid(event.params.token),
		form: await superValidate(zod4(setupSchema))
	};
};

export const actions: Actions = {
	default: async (event) => {
		const form = await superValidate(event.request, zod4(setupSchema));
		const password = form.data.password;
		form.data.password = '';
		form.data.confirm = '';
		if (!form.valid) return fail(400, { form });
		const result = await setupFirstAdmin(
			event.params.token,
			{ ...form.data, password },
			device(event)
		);
		if (!result.ok) return setError(form, '', m.pub.auth.setup.invalidServer, { status: 400 });
		return finishSignIn(event.cookies, result, l('/admin?velkommen=1'));
	}
};
