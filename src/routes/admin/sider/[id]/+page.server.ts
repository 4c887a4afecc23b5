import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
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
import {
	existingId,
	idParam,
	loadEditor,
	publishStateOf,
	runDelete,
	runRestore,
	runSave
} from '$lib/server/content/desk';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'Fant ikke siden';

export const load: PageServerLoad = async ({ params, url }) => {
	const options = await parentOptions(params.id === 'ny' ? null : Number(params.id));
	const parent = options.find((o) => o.id === Number(url.searchParams.get('forelder'))) ?? null;
	const { row, ...editor } = await loadEditor(params.id, url, {
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

export const actions: Actions = {
	lagre: async ({ request, params, locals }) => {
		const id = idParam(params.id, NOT_FOUND);
		const form = await superValidate(request, zod4(pageSchema));
		if (!form.valid) return fail(400, { form });
		const saved = await runSave(form, () => savePage(locals.user!, id, form.data), {
			toForm: pageToForm,
			labels: CONFLICT_LABELS
		});
		if (typeof saved !== 'number') return saved;
		redirect(303, `/admin/sider/${saved}?lagret=${form.data.intent}`);
	},
	slett: async ({ request, params, locals }) => {
		const id = existingId(params.id, NOT_FOUND);
		const refused = await runDelete(request, (v) => deletePage(locals.user!, id, v));
		if (refused) return refused;
		redirect(303, '/admin/sider?slettet=1');
	},
	gjenopprett: async ({ request, params, locals }) => {
		const id = existingId(params.id, NOT_FOUND);
		const refused = await runRestore(request, (v) => restorePage(locals.user!, id, v));
		if (refused) return refused;
		redirect(303, `/admin/sider/${id}?lagret=gjenopprettet`);
	}
};
