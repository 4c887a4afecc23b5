import { error, fail, redirect } from '@sveltejs/kit';
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
import { ConflictError, listVersions } from '$lib/server/content/editing';
import { actionProblem, failWith } from '$lib/server/http';
import { toOsloInput } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

function idOf(param: string): number | null {
	if (param === 'ny') return null;
	if (!/^\d{1,9}$/.test(param)) error(404, 'Fant ikke nyheten');
	return Number(param);
}

export const load: PageServerLoad = async ({ params, url }) => {
	const id = idOf(params.id);
	const row = id === null ? null : await getNews(id);
	if (id !== null && !row) error(404, 'Fant ikke nyheten');
	const form = await superValidate(
		{ ...newsToForm(row), publishAt: row?.publishAt ? toOsloInput(row.publishAt) : '' },
		zod4(newsSchema),
		{ errors: false }
	);
	return {
		form,
		item: row && {
			id: row.id,
			slug: row.slug,
			status: row.status,
			publishAt: row.publishAt,
			publishedAt: row.publishedAt,
			version: row.version
		},
		versions: id === null ? [] : await listVersions('nyhet', id),
		saved: url.searchParams.get('lagret')
	};
};

const CONFLICT_LABELS: [keyof ReturnType<typeof newsToForm>, string][] = [
	['title', 'Tittel'],
	['lead', 'Ingress'],
	['body', 'Brødtekst'],
	['dateline', 'Sted'],
	['tags', 'Emner'],
	['slug', 'Adresse']
];

export const actions: Actions = {
	lagre: async ({ request, params, locals }) => {
		const id = idOf(params.id);
		const form = await superValidate(request, zod4(newsSchema));
		if (!form.valid) return fail(400, { form });
		let savedId: number;
		try {
			savedId = await saveNews(locals.user!, id, form.data);
		} catch (e) {
			if (e instanceof ConflictError) {
				const theirs = newsToForm(e.current as Parameters<typeof newsToForm>[0]);
				const conflict = CONFLICT_LABELS.map(([k, label]) => ({
					label,
					theirs: String(theirs[k] ?? ''),
					mine: String(form.data[k] ?? '')
				}));
				form.data.version = e.currentVersion; // saving again replaces theirs, deliberately
				form.message = e.message;
				return fail(409, { form, conflict });
			}
			return failWith(form, e);
		}
		redirect(303, `/admin/nyheter/${savedId}?lagret=${form.data.intent}`);
	},
	slett: async ({ request, params, locals }) => {
		const id = idOf(params.id);
		if (id === null) error(404, 'Fant ikke nyheten');
		const version = Number((await request.formData()).get('version'));
		try {
			await deleteNews(locals.user!, id, version);
		} catch (e) {
			return actionProblem(e);
		}
		redirect(303, '/admin/nyheter?slettet=1');
	},
	gjenopprett: async ({ request, params, locals }) => {
		const id = idOf(params.id);
		if (id === null) error(404, 'Fant ikke nyheten');
		const version = Number((await request.formData()).get('versjon'));
		if (!Number.isInteger(version)) return fail(400, { problem: 'Ugyldig versjon' });
		try {
			await restoreNews(locals.user!, id, version);
		} catch (e) {
			return actionProblem(e);
		}
		redirect(303, `/admin/nyheter/${id}?lagret=gjenopprettet`);
	}
};
