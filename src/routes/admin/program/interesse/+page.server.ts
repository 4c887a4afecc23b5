import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { interestSchema } from '$lib/forms/programmes';
import {
	interestChapters,
	listInterests,
	registerInterest
} from '$lib/server/programmes/interest.service';
import { actorOf, failWith, orRefused } from '$lib/server/http';
import { m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = actorOf(locals);
	const chapters = await orRefused(() => interestChapters(actor));
	return {
		chapters: chapters.map((c) => ({ value: String(c.id), label: c.name })),
		interests: await orRefused(() => listInterests(actor)),
		form: await superValidate(
			{
				chapterId: chapters.length === 1 ? chapters[0].id : undefined,
				contactName: actor.name,
				contactEmail: actor.email
			},
			zod4(interestSchema),
			{ errors: false }
		)
	};
};

export const actions: Actions = {
	meld: async ({ request, locals }) => {
		const form = await superValidate(request, zod4(interestSchema));
		if (!form.valid) return fail(400, { form });
		try {
			await registerInterest(actorOf(locals), form.data);
		} catch (e) {
			return failWith(form, e);
		}
		form.data = { ...form.data, period: '', municipalities: '', comments: '' };
		return message(form, m.admin.interest.thanks);
	}
};
