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
import { editorActions, loadEditor } from '$lib/server/content/desk';
import { actorOf } from '$lib/server/http';
import { l, m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'problems.pages.question';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const { row, ...editor } = await loadEditor(actorOf(locals), params.id, url, {
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

/** The labels of a conflict's fields, in the language of the request (read when it is answered). */
const conflictLabels = (): [keyof ReturnType<typeof faqToForm> & string, string][] => [
	['question', m.admin.faq.question],
	['answer', m.admin.faq.answer],
	['topic', m.admin.faq.topic]
];

// `base` and `labels` are getters: the actions read them per request, in its language.
export const actions: Actions = editorActions({
	get base() {
		return l('/admin/sporsmal');
	},
	notFound: NOT_FOUND,
	adapter: zod4(faqSchema),
	save: saveFaq,
	remove: deleteFaq,
	restore: restoreFaq,
	toForm: faqToForm,
	get labels() {
		return conflictLabels();
	}
});
