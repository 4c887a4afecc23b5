import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { linkRequestSchema } from '$lib/forms/account';
import { requestPasswordReset } from '$lib/server/accounts/auth.service';
import { clientIp, noStore } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';
import { m, t } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	noStore(event);
	return { form: await superValidate(zod4(linkRequestSchema)) };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await superValidate(event.request, zod4(linkRequestSchema));
		if (!form.valid) return fail(400, { form });
		const result = await requestPasswordReset({ email: form.data.email, ip: clientIp(event) });
		if (!result.ok)
			return message(form, t(m.pub.auth.tooManyLinks, { retry: result.retry }), {
				status: 429
			});
		return message(form, t(m.pub.auth.forgot.sent, { email: form.data.email }));
	}
};
