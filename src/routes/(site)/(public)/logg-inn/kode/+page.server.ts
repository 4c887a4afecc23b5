import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { codeSchema } from '$lib/forms/second-factor';
import {
	beginTotpEnrolment,
	confirmTotpEnrolment,
	verifySecondFactor
} from '$lib/server/accounts/second-factor';
import { completeSession, setSessionCookie } from '$lib/server/accounts/sessions';
import { failWith, noStore, safeNext } from '$lib/server/http';
import { ConflictError } from '$lib/server/errors';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { l } from '$lib/i18n';

/** The half-signed-in session this page completes; anyone else has nothing to do here. */
function pendingOf(event: RequestEvent) {
	const next = safeNext(event.url.searchParams.get('neste'));
	if (event.locals.user) redirect(303, l(next));
	const pending = event.locals.pending;
	if (!pending) redirect(303, `${l('/logg-inn')}?neste=${encodeURIComponent(next)}`);
	return { pending, next };
}

export const load: PageServerLoad = async (event) => {
	noStore(event);
	const { pending, next } = pendingOf(event);
	return {
		next,
		staff: pending.staff,
		// Right after `aktiver` the same request loads again: the app is on, nothing to set up.
		enrolment: pending.enrol
			? await beginTotpEnrolment(pending.user).catch((e) => {
					if (e instanceof ConflictError) return null;
					throw e;
				})
			: null,
		form: await superValidate(zod4(codeSchema))
	};
};

export const actions: Actions = {
	kode: async (event) => {
		const { pending, next } = pendingOf(event);
		const form = await superValidate(event.request, zod4(codeSchema));
		if (!form.valid) return fail(400, { form });
		let factor: 'totp' | 'recovery';
		try {
			factor = await verifySecondFactor(pending.user, form.data.code);
		} catch (e) {
			form.data.code = '';
			return failWith(form, e);
		}
		const done = await completeSession(pending.session, factor);
		setSessionCookie(event.cookies, done.token, done.expiresAt);
		redirect(303, l(next));
	},
	aktiver: async (event) => {
		const { pending } = pendingOf(event);
		const form = await superValidate(event.request, zod4(codeSchema));
		if (!form.valid) return fail(400, { form });
		let codes: string[];
		try {
			codes = await confirmTotpEnrolment(pending.user, form.data.code, pending.session.id);
		} catch (e) {
			form.data.code = '';
			return failWith(form, e);
		}
		const done = await completeSession(pending.session, 'totp');
		setSessionCookie(event.cookies, done.token, done.expiresAt);
		return { form, codes };
	}
};
