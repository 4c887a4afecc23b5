import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { inviteSchema } from '$lib/forms/fremtidsbilde';
import { groupView, inviteMember } from '$lib/server/fremtidsbilde/group.service';
import {
	actorOf,
	afterSave,
	nrOf,
	offerForm,
	guardedActions
} from '$lib/server/fremtidsbilde/route-kit';
import { failWith, orRefused } from '$lib/server/http';
import { m, t } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	orRefused(async () => {
		const nr = nrOf(event.params);
		const invite = await offerForm(event, zod4(inviteSchema), {}, { action: 'inviter' });
		return {
			group: await groupView(event.locals.user, nr),
			invite: invite.form,
			restored: invite.restored
		};
	});

export const actions: Actions = guardedActions('koordinator', {
	inviter: async (event) => {
		const nr = nrOf(event.params);
		const actor = actorOf(event);
		const form = await superValidate(event.request, zod4(inviteSchema));
		if (!form.valid) return fail(400, { invite: form });
		try {
			await inviteMember(actor, nr, form.data);
		} catch (e) {
			return failWith(form, e);
		}
		await afterSave(event, actor, nr);
		const sent = form.data.email;
		form.data = { ...form.data, email: '', sector: '', coordinator: false };
		return message(form, t(m.app.group.sent, { email: sent }));
	}
});
