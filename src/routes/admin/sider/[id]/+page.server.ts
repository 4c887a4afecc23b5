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
import { l, m } from '$lib/i18n';
import { imagePanelActions, loadImagePanel } from '$lib/server/content/image-panel';
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
		imagePanel: await loadImagePanel(locals, 'side', row?.id ?? null, url),
		parents: options,
		parentTitle: parent?.title ?? null,
		item: row && {
			id: row.id,
			path: row.path,
			isFront: row.path === FRONT_PATH,
			version: row.version,
			children: await childCount(row.id),
			...publishStateOf(row),
			workingCopy: editor.workflow?.workingCopy ?? null
		}
	};
};

/** The labels of a conflict's fields, in the language of the request (read when it is answered). */
const conflictLabels = (): [keyof ReturnType<typeof pageToForm> & string, string][] => [
	['title', m.admin.fields.title],
	['menuTitle', m.admin.pages.menuTitle],
	['lead', m.admin.fields.lead],
	['body', m.admin.fields.body],
	['parentId', m.admin.pages.parent],
	['slug', m.admin.fields.address],
	['linkUrl', m.admin.fields.link],
	['listing', m.admin.pages.listingShort]
];

// `base` and `labels` are getters: the actions read them per request, in its language.
export const actions: Actions = {
	...imagePanelActions('side', NOT_FOUND),
	...editorActions({
		workflow: 'side',
		get base() {
			return l('/admin/sider');
		},
		notFound: NOT_FOUND,
		adapter: zod4(pageSchema),
		save: savePage,
		remove: deletePage,
		restore: restorePage,
		toForm: pageToForm,
		get labels() {
			return conflictLabels();
		}
	})
};
