import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { faqSchema } from '$lib/forms/content';
import {
	deleteFaq,
	faqToForm,
	faqTopics,
	getFaq,
	restoreFaq,
	saveFaq
} from '$lib/server/content/faq.admin';
import {
	existingId,
	idParam,
	loadEditor,
	runDelete,
	runRestore,
	runSave
} from '$lib/server/content/desk';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'Fant ikke spørsmålet';

export const load: PageServerLoad = async ({ params, url }) => {
	const { row, ...editor } = await loadEditor(params.id, url, {
		notFound: NOT_FOUND,
		type: 'sporsmal',
		get: getFaq,
		toForm: faqToForm,
		adapter: zod4(faqSchema)
	});
	return {
		...editor,
		topics: await faqTopics(),
		item: row && { id: row.id, version: row.version }
	};
};

const CONFLICT_LABELS: [keyof ReturnType<typeof faqToForm> & string, string][] = [
	['question', 'Spørsmål'],
	['answer', 'Svar'],
	['topic', 'Emne']
];

export const actions: Actions = {
	lagre: async ({ request, params, locals }) => {
		const id = idParam(params.id, NOT_FOUND);
		const form = await superValidate(request, zod4(faqSchema));
		if (!form.valid) return fail(400, { form });
		const saved = await runSave(form, () => saveFaq(locals.user!, id, form.data), {
			toForm: faqToForm,
			labels: CONFLICT_LABELS
		});
		if (typeof saved !== 'number') return saved;
		redirect(303, `/admin/sporsmal/${saved}?lagret=lagre`);
	},
	slett: async ({ request, params, locals }) => {
		const id = existingId(params.id, NOT_FOUND);
		const refused = await runDelete(request, (v) => deleteFaq(locals.user!, id, v));
		if (refused) return refused;
		redirect(303, '/admin/sporsmal?slettet=1');
	},
	gjenopprett: async ({ request, params, locals }) => {
		const id = existingId(params.id, NOT_FOUND);
		const refused = await runRestore(request, (v) => restoreFaq(locals.user!, id, v));
		if (refused) return refused;
		redirect(303, `/admin/sporsmal/${id}?lagret=gjenopprettet`);
	}
};
