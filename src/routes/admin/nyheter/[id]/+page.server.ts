import { zod4 } from 'sveltekit-superforms/adapters';
import { newsSchema } from '$lib/forms/content';
import {
	deleteNews,
	getNews,
	newsToForm,
	restoreNews,
	saveNews
} from '$lib/server/content/news.admin';
import { editorActions, loadEditor, publishStateOf } from '$lib/server/content/desk';
import { actorOf } from '$lib/server/http';
import { imagePanelActions, loadImagePanel } from '$lib/server/content/image-panel';
import { l, m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'problems.pages.news';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const { row, ...editor } = await loadEditor(actorOf(locals), params.id, url, {
		notFound: NOT_FOUND,
		type: 'nyhet',
		get: getNews,
		toForm: newsToForm,
		adapter: zod4(newsSchema)
	});
	return {
		...editor,
		imagePanel: await loadImagePanel(locals, 'nyhet', row?.id ?? null, url),
		item: row && {
			id: row.id,
			slug: row.slug,
			version: row.version,
			...publishStateOf(row),
			workingCopy: editor.workflow?.workingCopy ?? null
		}
	};
};

/** The labels of a conflict's fields, in the language of the request (read when it is answered). */
const conflictLabels = (): [keyof ReturnType<typeof newsToForm> & string, string][] => [
	['title', m.admin.fields.title],
	['lead', m.admin.fields.lead],
	['body', m.admin.fields.body],
	['dateline', m.admin.news.datelineShort],
	['tags', m.admin.news.tags],
	['slug', m.admin.fields.address]
];

// `base` and `labels` are getters: the actions read them per request, in its language.
export const actions: Actions = {
	...imagePanelActions('nyhet', NOT_FOUND),
	...editorActions({
		workflow: 'nyhet',
		get base() {
			return l('/admin/nyheter');
		},
		notFound: NOT_FOUND,
		adapter: zod4(newsSchema),
		save: saveNews,
		remove: deleteNews,
		restore: restoreNews,
		toForm: newsToForm,
		get labels() {
			return conflictLabels();
		}
	})
};
