import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { redirectSchema } from '$lib/forms/content';
import {
	deleteRedirect,
	getRedirect,
	listRedirects,
	saveRedirect
} from '$lib/server/content/redirects.admin';
import { actionProblem, actorOf, failWith, notFoundPage, orRefused } from '$lib/server/http';
import { NotFoundError } from '$lib/server/errors';
import { l } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

const idOf = (raw: unknown) =>
	typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : null;

export const load: PageServerLoad = async ({ url, locals }) => {
	const page = /^\d{1,5}$/.test(url.searchParams.get('side') ?? '')
		? Number(url.searchParams.get('side'))
		: 1;
	const editId = idOf(url.searchParams.get('endre'));
	const [list, editing] = await orRefused(() =>
		Promise.all([
			listRedirects(actorOf(locals), { page }),
			editId === null
				? null
				: getRedirect(actorOf(locals), editId).catch((e) => {
						if (e instanceof NotFoundError) notFoundPage('redirects.problems.missing');
						throw e;
					})
		])
	);
	return {
		...list,
		editing: editing && { id: editing.id },
		newForm: await superValidate(zod4(redirectSchema), { id: 'ny' }),
		editForm: editing
			? await superValidate(
					{ fromPath: editing.fromPath, toPath: editing.toPath },
					zod4(redirectSchema),
					{
						id: 'endre',
						errors: false
					}
				)
			: null,
		saved: url.searchParams.get('lagret')
	};
};

export const actions: Actions = {
	ny: async ({ request, locals }) => {
		const form = await superValidate(request, zod4(redirectSchema), { id: 'ny' });
		if (!form.valid) return fail(400, { form });
		try {
			await saveRedirect(actorOf(locals), null, form.data);
		} catch (e) {
			return failWith(form, e);
		}
		redirect(303, l('/admin/omdirigeringer?lagret=ny'));
	},
	// The one being changed is in the address (?endre=<id>&/endre), so that a page answered
	// without JavaScript after a refusal still shows it.
	endre: async ({ request, url, locals }) => {
		const id = idOf(url.searchParams.get('endre'));
		if (id === null) notFoundPage('redirects.problems.missing');
		const form = await superValidate(request, zod4(redirectSchema), { id: 'endre' });
		if (!form.valid) return fail(400, { form });
		try {
			await saveRedirect(actorOf(locals), id, form.data);
		} catch (e) {
			return failWith(form, e);
		}
		redirect(303, l('/admin/omdirigeringer?lagret=endret'));
	},
	slett: async ({ url, locals }) => {
		const id = idOf(url.searchParams.get('endre'));
		if (id === null) notFoundPage('redirects.problems.missing');
		try {
			await deleteRedirect(actorOf(locals), id);
		} catch (e) {
			return actionProblem(e, 'deleteError');
		}
		redirect(303, l('/admin/omdirigeringer?lagret=slettet'));
	}
};
