import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { linkRequestSchema } from '$lib/forms/account';
import {
	emailStep,
	providerName,
	requestProviderLink
} from '$lib/server/accounts/providers.service';
import { flowCookie } from '$lib/server/accounts/provider-cookies';
import { clientIp, noStore } from '$lib/server/http';
import { m, t } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

/** After ID-porten (no e-mail claim): which account to link, by a one-time link to its address. */
export const load: PageServerLoad = async (event) => {
	noStore(event);
	const step = await emailStep(flowCookie(event.cookies));
	return {
		provider: step ? providerName(step.provider) : null,
		form: await superValidate(zod4(linkRequestSchema))
	};
};

export const actions: Actions = {
	default: async (event) => {
		const form = await superValidate(event.request, zod4(linkRequestSchema));
		if (!form.valid) return fail(400, { form });
		const result = await requestProviderLink({
			flowToken: flowCookie(event.cookies),
			email: form.data.email,
			ip: clientIp(event)
		});
		if (!result) return message(form, m.signInProviders.email.expired, { status: 400 });
		if (!result.ok)
			return message(form, t(m.pub.auth.tooManyLinks, { retry: result.retry }), { status: 429 });
		return message(form, t(m.signInProviders.email.sent, { email: form.data.email }));
	}
};
