import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { stepUpSchema } from '$lib/forms/second-factor';
import { stepUp, stepUpMethods } from '$lib/server/accounts/second-factor';
import { failWith, noStore, safeNext } from '$lib/server/http';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { l } from '$lib/i18n';

function signedIn(event: RequestEvent) {
	const next = safeNext(event.url.searchParams.get('neste'));
	const { user, session } = event.locals;
	if (!user || !session)
		redirect(
			303,
			`${l('/logg-inn')}?neste=${encodeURIComponent(event.url.pathname + event.url.search)}`
		);
	return { user, session, next };
}

export const load: PageServerLoad = async (event) => {
	noStore(event);
	const { user, next } = signedIn(event);
	return {
		next,
		methods: await stepUpMethods(user.id),
		form: await superValidate(zod4(stepUpSchema))
	};
};

export const actions: Actions = {
	bekreft: async (event) => {
		const { user, session, next } = signedIn(event);
		const form = await superValidate(event.request, zod4(stepUpSchema));
		const input = { password: form.data.password, code: form.data.code };
		form.data.password = '';
		form.data.code = '';
		if (!form.valid) return fail(400, { form });
		try {
			await stepUp(user, session.id, input);
		} catch (e) {
			return failWith(form, e);
		}
		redirect(303, l(next));
	}
};
