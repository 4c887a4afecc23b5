import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { newsSchema } from '$lib/forms/content';
import {
	deleteNews,
	getNews,
	newsToForm,
	restoreNews,
	saveNews
} from '$lib/server/content/news.admin';
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

const NOT_FOUND = 'Fant ikke nyheten';

export const load: PageServerLoad = async ({ params, url }) => {
	const { row, ...editor } = await loadEditor(params.id, url, {
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

export const actions: Actions = {
	lagre: async ({ request, params, locals }) => {
		const id = idParam(params.id, NOT_FOUND);
		const form = await superValidate(request, zod4(newsSchema));
		if (!form.valid) return fail(400, { form });
		const saved = await runSave(form, () => saveNews(locals.user!, id, form.data), {
			toForm: newsToForm,
			labels: CONFLICT_LABELS
		});
		if (typeof saved !== 'number') return saved;
		redirect(303, `/admin/nyheter/${saved}?lagret=${form.data.intent}`);
	},
	slett: async ({ request, params, locals }) => {
		const id = existingId(params.id, NOT_FOUND);
		const refused = await runDelete(request, (v) => deleteNews(locals.user!, id, v));
		if (refused) return refused;
		redirect(303, '/admin/nyheter?slettet=1');
	},
	gjenopprett: async ({ request, params, locals }) => {
		const id = existingId(params.id, NOT_FOUND);
		const refused = await runRestore(request, (v) => restoreNews(locals.user!, id, v));
		if (refused) return refused;
		redirect(303, `/admin/nyheter/${id}?lagret=gjenopprettet`);
	}
};
