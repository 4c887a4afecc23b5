import { fail, redirect } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { linkRequestSchema, signInSchema } from '$lib/forms/account';
import { requestSignInLink, signInWithPassword } from '$lib/server/accounts/auth.service';
import { SECOND_FACTOR_PATH, finishSignIn } from '$lib/server/accounts/sign-in-redirect';
import { clientIp, device, noStore, safeNext } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	noStore(event);
	const next = safeNext(event.url.searchParams.get('neste'));
	if (event.locals.user) redirect(303, next);
	if (event.locals.pending)
		redirect(303, `${SECOND_FACTOR_PATH}?neste=${encodeURIComponent(next)}`);
	return {
		next,
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
					? `For mange mislykkede forsøk. Av sikkerhetshensyn må du vente før du prøver igjen: prøv ${result.retry}, eller be om en innloggingslenke på e-post.`
					: 'E-postadressen eller passordet er feil. Sjekk at du har skrevet riktig, eller be om en innloggingslenke.';
			return setError(form, '', text, { status: result.reason === 'blocked' ? 429 : 400 });
		}
		return finishSignIn(event.cookies, result, safeNext(event.url.searchParams.get('neste')));
	},
	lenke: async (event) => {
		const form = await superValidate(event.request, zod4(linkRequestSchema), { id: 'lenke' });
		if (!form.valid) return fail(400, { link: form });
		const result = await requestSignInLink({ email: form.data.email, ip: clientIp(event) });
		if (!result.ok)
			return message(form, `Du har bedt om mange lenker på kort tid. Prøv igjen ${result.retry}.`, {
				status: 429
			});
		return message(
			form,
			`Hvis ${form.data.email} har en konto hos oss, har vi nå sendt en innloggingslenke dit. Lenken virker i 15 minutter.`
		);
	}
};
