import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { cancelEventSchema } from '$lib/forms/events';
import { cancelEvent, managedEvent } from '$lib/server/events/events.admin';
import { seatCounts } from '$lib/server/events/registration/seats';
import { eventIdParam, orError } from '$lib/server/events/route-helpers';
import { failWith } from '$lib/server/http';
import { l } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const id = eventIdParam(params.id)!;
	const ev = await orError(managedEvent(locals.user!, id));
	return {
		event: { id: ev.id, title: ev.title, status: ev.status, startsAt: ev.startsAt },
		counts: await seatCounts(id),
		form: await superValidate({ version: ev.version, reason: '' }, zod4(cancelEventSchema), {
			errors: false
		})
	};
};

export const actions: Actions = {
	avlys: async ({ request, params, locals }) => {
		const id = eventIdParam(params.id)!;
		const form = await superValidate(request, zod4(cancelEventSchema));
		if (!form.valid) return fail(400, { form });
		let told: number;
		try {
			told = await orError(cancelEvent(locals.user!, id, form.data.reason, form.data.version));
		} catch (e) {
			return failWith(form, e);
		}
		redirect(303, l(`/admin/arrangementer/${id}/deltakere?avlyst=${told}`));
	}
};
