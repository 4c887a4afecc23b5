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
import { l, m } from '$lib/i18n';
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

/** The labels of a conflict's fields, in the language of the request (read when it is answered). */
const conflictLabels = (): [keyof ReturnType<typeof personToForm> & string, string][] => [
	['name', m.admin.fields.name],
	['role', m.admin.people.role],
	['organisation', m.admin.people.organisation],
	['email', m.admin.people.email],
	['grouping', m.admin.people.grouping]
];

// `base` and `labels` are getters: the actions read them per request, in its language.
export const actions: Actions = editorActions({
	get base() {
		return l('/admin/personer');
	},
	notFound: NOT_FOUND,
	adapter: zod4(personSchema),
	save: savePerson,
	remove: deletePerson,
	restore: restorePerson,
	toForm: personToForm,
	get labels() {
		return conflictLabels();
	}
});
