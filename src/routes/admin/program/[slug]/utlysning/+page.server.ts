import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { callSchema } from '$lib/forms/programmes';
import { callOf, callToForm, chapterNames, saveCall } from '$lib/server/programmes/calls.service';
import { managedProgramme } from '$lib/server/programmes/route-kit';
import { failWith } from '$lib/server/http';
import { editorTranslations } from '$lib/server/content/desk';
import { m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const programme = await managedProgramme(locals.user, params.slug);
	const call = await callOf(programme.id);
	const chapters = await chapterNames();
	return {
		programme: { slug: programme.slug, name: programme.name },
		exists: Boolean(call),
		translations: await editorTranslations(locals.user!, 'utlysing', call?.id ?? null),
		chapters: Object.entries(chapters).map(([id, name]) => ({ value: id, label: name })),
		form: await superValidate(callToForm(call, programme), zod4(callSchema), { errors: false })
	};
};

export const actions: Actions = {
	lagre: async ({ request, params, locals }) => {
		const programme = await managedProgramme(locals.user, params.slug);
		const form = await superValidate(request, zod4(callSchema));
		if (!form.valid) return fail(400, { form });
		try {
			await saveCall(locals.user!, programme, form.data);
		} catch (e) {
			return failWith(form, e);
		}
		form.data.version += 1;
		return message(form, m.admin.call.saved);
	}
};
