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
import { editorActions, loadEditor } from '$lib/server/content/desk';
import { actorOf } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'problems.pages.person';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const { row, ...editor } = await loadEditor(actorOf(locals), params.id, url, {
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

export const actions: Actions = editorActions({
	base: '/admin/personer',
	notFound: NOT_FOUND,
	adapter: zod4(personSchema),
	save: savePerson,
	remove: deletePerson,
	restore: restorePerson,
	toForm: personToForm,
	labels: CONFLICT_LABELS
});
