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

const CONFLICT_LABELS: [keyof ReturnType<typeof faqToForm> & string, string][] = [
	['question', 'Spørsmål'],
	['answer', 'Svar'],
	['topic', 'Emne']
];

export const actions: Actions = editorActions({
	base: '/admin/sporsmal',
	notFound: NOT_FOUND,
	adapter: zod4(faqSchema),
	save: saveFaq,
	remove: deleteFaq,
	restore: restoreFaq,
	toForm: faqToForm,
	labels: CONFLICT_LABELS
});
