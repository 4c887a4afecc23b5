import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { personSchema } from '$lib/forms/content';
import {
	deletePerson,
	getPerson,
	peopleGroupings,
	personToForm,
	restorePerson,
	savePerson
} from '$lib/server/content/people.admin';
import {
	existingId,
	idParam,
	loadEditor,
	runDelete,
	runRestore,
	runSave
} from '$lib/server/content/desk';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'Fant ikke personen';

export const load: PageServerLoad = async ({ params, url }) => {
	const { row, ...editor } = await loadEditor(params.id, url, {
		notFound: NOT_FOUND,
		type: 'person',
		get: getPerson,
		toForm: personToForm,
		adapter: zod4(personSchema)
	});
	return {
		...editor,
		groupings: await peopleGroupings(),
		item: row && { id: row.id, version: row.version }
	};
};

const CONFLICT_LABELS: [keyof ReturnType<typeof personToForm> & string, string][] = [
	['name', 'Navn'],
	['role', 'Rolle'],
	['organisation', 'Organisasjon'],
	['email', 'E-post'],
	['grouping', 'Gruppe']
];

export const actions: Actions = {
	lagre: async ({ request, params, locals }) => {
		const id = idParam(params.id, NOT_FOUND);
		const form = await superValidate(request, zod4(personSchema));
		if (!form.valid) return fail(400, { form });
		const saved = await runSave(form, () => savePerson(locals.user!, id, form.data), {
			toForm: personToForm,
			labels: CONFLICT_LABELS
		});
		if (typeof saved !== 'number') return saved;
		redirect(303, `/admin/personer/${saved}?lagret=lagre`);
	},
	slett: async ({ request, params, locals }) => {
		const id = existingId(params.id, NOT_FOUND);
		const refused = await runDelete(request, (v) => deletePerson(locals.user!, id, v));
		if (refused) return refused;
		redirect(303, '/admin/personer?slettet=1');
	},
	gjenopprett: async ({ request, params, locals }) => {
		const id = existingId(params.id, NOT_FOUND);
		const refused = await runRestore(request, (v) => restorePerson(locals.user!, id, v));
		if (refused) return refused;
		redirect(303, `/admin/personer/${id}?lagret=gjenopprettet`);
	}
};
