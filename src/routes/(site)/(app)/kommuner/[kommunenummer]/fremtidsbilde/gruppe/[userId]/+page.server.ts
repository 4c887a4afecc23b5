import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { memberSchema } from '$lib/forms/fremtidsbilde';
import { groupView, removeMember, updateMember } from '$lib/server/fremtidsbilde/group.service';
import { assertCoordinator } from '$lib/server/fremtidsbilde/guards';
import {
	actorOf,
	afterSave,
	idParam,
	nrOf,
	offerForm,
	guardedActions
} from '$lib/server/fremtidsbilde/route-kit';
import { actionProblem, failWith, notFoundPage, orRefused } from '$lib/server/http';
import { l } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	orRefused(async () => {
		const nr = nrOf(event.params);
		const userId = idParam(event.params.userId);
		assertCoordinator(event.locals.user, nr);
		const member = (await groupView(event.locals.user, nr)).members.find(
			(m) => m.userId === userId
		);
		if (!member) notFoundPage('problems.pages.member');
		const { form, restored } = await offerForm(
			event,
			zod4(memberSchema),
			{
				userId,
				groupRole: member.groupRole ?? '',
				sector: member.sector ?? '',
				coordinator: member.role === 'koordinator'
			},
			{ action: 'lagre' }
		);
		return { member: { name: member.name, email: member.email }, form, restored };
	});

export const actions: Actions = guardedActions('koordinator', {
	lagre: async (event) => {
		const nr = nrOf(event.params);
		const actor = actorOf(event);
		const form = await superValidate(event.request, zod4(memberSchema));
		form.data.userId = idParam(event.params.userId);
		if (!form.valid) return fail(400, { form });
		try {
			await updateMember(actor, nr, form.data);
		} catch (e) {
			return failWith(form, e);
		}
		await afterSave(event, actor, nr);
		redirect(303, l(`/kommuner/${nr}/fremtidsbilde/gruppe`));
	},
	fjern: async (event) => {
		const nr = nrOf(event.params);
		const actor = actorOf(event);
		try {
			await removeMember(actor, nr, idParam(event.params.userId));
		} catch (e) {
			return actionProblem(e, 'removeError');
		}
		redirect(303, l(`/kommuner/${nr}/fremtidsbilde/gruppe`));
	}
});
