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
		item: row && { id: row.id, slug: row.slug, version: row.version, ...publishStateOf(row) }
	};
};

const CONFLICT_LABELS: [keyof ReturnType<typeof newsToForm> & string, string][] = [
	['title', 'Tittel'],
	['lead', 'Ingress'],
	['body', 'Brødtekst'],
	['dateline', 'Sted'],
	['tags', 'Emner'],
	['slug', 'Adresse']
];

export const actions: Actions = editorActions({
	base: '/admin/nyheter',
	notFound: NOT_FOUND,
	adapter: zod4(newsSchema),
	save: saveNews,
	remove: deleteNews,
	restore: restoreNews,
	toForm: newsToForm,
	labels: CONFLICT_LABELS
});
