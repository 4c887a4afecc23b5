import { fail, redirect } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { linkRequestSchema, signInSchema } from '$lib/forms/account';
import { requestSignInLink, signInWithPassword } from '$lib/server/accounts/auth.service';
import { SECOND_FACTOR_PATH, finishSignIn } from '$lib/server/accounts/sign-in-redirect';
import { clientIp, device, noStore, safeNext } from '$lib/server/http';
import { availableProviders } from '$lib/server/accounts/providers';
import type { Actions, PageServerLoad } from './$types';
import { l, m, t } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	noStore(event);
	const next = safeNext(event.url.searchParams.get('neste'));
	if (event.locals.user) redirect(303, l(next));
	if (event.locals.pending)
		redirect(303, `${l(SECOND_FACTOR_PATH)}?neste=${encodeURIComponent(next)}`);
	return {
		next,
		providers: await availableProviders(),
		signIn: await superValidate(zod4(signInSchema), { id: 'passord' }),
		link: await superValidate(zod4(linkRequestSchema), { id: 'lenke' })
	};
};

export const actions: Actions = {
	passord: async (event) => {
		const form = await superValidate(event.request, zod4(signInSchema), { id: 'passord' });
		if (!form.valid) {
			form.data.password = '';
			return fail(400, { signIn: form });
		}
		const result = await signInWithPassword({
			...form.data,
			ip: clientIp(event),
			device: device(event)
		});
		form.data.password = '';
		if (!result.ok) {
			const text =
				result.reason === 'blocked'
					? t(m.pub.auth.signIn.blocked, { retry: result.retry })
					: m.pub.auth.signIn.wrong;
			return setError(form, '', text, { status: result.reason === 'blocked' ? 429 : 400 });
		}
		return finishSignIn(event.cookies, result, l(safeNext(event.url.searchParams.get('neste'))));
	},
	lenke: async (event) => {
		const form = await superValidate(event.request, zod4(linkRequestSchema), { id: 'lenke' });
		if (!form.valid) return fail(400, { link: form });
		const result = await requestSignInLink({ email: form.data.email, ip: clientIp(event) });
		if (!result.ok)
			return message(form, t(m.pub.auth.tooManyLinks, { retry: result.retry }), {
				status: 429
			});
		return message(form, t(m.pub.auth.signIn.linkSent, { email: form.data.email }));
	}
};
