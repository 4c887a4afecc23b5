import { zod4 } from 'sveltekit-superforms/adapters';
import { pageSchema } from '$lib/forms/content';
import {
	FRONT_PATH,
	childCount,
	deletePage,
	getPage,
	pageToForm,
	parentOptions,
	restorePage,
	savePage
} from '$lib/server/content/pages.admin';
import { editorActions, loadEditor, publishStateOf } from '$lib/server/content/desk';
import { actorOf, idFrom, orRefused } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'problems.notFoundPage';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const actor = actorOf(locals);
	const options = await orRefused(() => parentOptions(actor, idFrom(params.id)));
	const parent = options.find((o) => o.id === idFrom(url.searchParams.get('forelder'))) ?? null;
	const { row, ...editor } = await loadEditor(actor, params.id, url, {
		notFound: NOT_FOUND,
		type: 'side',
		get: getPage,
		toForm: (r) => pageToForm(r, parent?.id ?? null),
		adapter: zod4(pageSchema)
	});
	return {
		...editor,
		parents: options,
		parentTitle: parent?.title ?? null,
		item: row && {
			id: row.id,
			path: row.path,
			isFront: row.path === FRONT_PATH,
			version: row.version,
			children: await childCount(row.id),
			...publishStateOf(row)
		}
	};
};

const CONFLICT_LABELS: [keyof ReturnType<typeof pageToForm> & string, string][] = [
	['title', 'Tittel'],
	['menuTitle', 'Tittel i menyen'],
	['lead', 'Ingress'],
	['body', 'Brødtekst'],
	['parentId', 'Overordnet side'],
	['slug', 'Adresse'],
	['linkUrl', 'Lenke'],
	['listing', 'Liste']
];

export const actions: Actions = editorActions({
	base: '/admin/sider',
	notFound: NOT_FOUND,
	adapter: zod4(pageSchema),
	save: savePage,
	remove: deletePage,
	restore: restorePage,
	toForm: pageToForm,
	labels: CONFLICT_LABELS
});
