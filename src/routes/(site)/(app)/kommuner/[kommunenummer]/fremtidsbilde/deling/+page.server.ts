import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { shareSchema } from '$lib/forms/fremtidsbilde';
import { shareWithStaff } from '$lib/server/fremtidsbilde/workspace.service';
import { listStoriesFor } from '$lib/server/fremtidsbilde/stories.service';
import {
	actorOf,
	afterSave,
	nrOf,
	offerForm,
	guardedActions
} from '$lib/server/fremtidsbilde/route-kit';
import { failWith, orRefused } from '$lib/server/http';
import { m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	orRefused(async () => {
		const nr = nrOf(event.params);
		const { form, restored } = await offerForm(event, zod4(shareSchema), {}, { action: 'del' });
		return {
			stories: (await listStoriesFor(event.locals.user, nr)).map((s) => ({
				id: s.id,
				title: s.title,
				status: s.status,
				slug: s.slug,
				reviewNote: s.reviewNote,
				updatedAt: s.updatedAt
			})),
			form,
			restored
		};
	});

export const actions: Actions = guardedActions('koordinator', {
	del: async (event) => {
		const nr = nrOf(event.params);
		const actor = actorOf(event);
		const form = await superValidate(event.request, zod4(shareSchema));
		if (!form.valid) return fail(400, { form });
		try {
			await shareWithStaff(actor, nr, form.data.note);
		} catch (e) {
			return failWith(form, e);
		}
		await afterSave(event, actor, nr);
		form.data.note = '';
		return message(form, m.app.sharing.shared);
	}
});
