import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { goalSchema, statementSchema } from '$lib/forms/fremtidsbilde';
import {
	deleteGoal,
	deleteStatement,
	getGoal,
	saveGoal,
	saveStatement,
	themePageOptions
} from '$lib/server/fremtidsbilde/goals.service';
import { EditConflictError } from '$lib/server/content/editing';

import { actionProblem, actorOf, failWith, notFoundPage, orRefused } from '$lib/server/http';
import { idOf, idParam } from '$lib/server/fremtidsbilde/route-kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const id = idOf(params.id, true);
	const found = id === null ? null : await getGoal(id);
	if (id !== null && !found) notFoundPage('problems.pages.goal');
	const g = found?.goal;
	const form = await superValidate(
		g
			? {
					title: g.title,
					slug: g.slug,
					description: g.description,
					sdgs: g.sdgs.map(String),
					themePageId: g.themePageId ? String(g.themePageId) : '',
					position: g.position,
					version: g.version
				}
			: { version: 0, position: 99 },
		zod4(goalSchema),
		{ id: 'mal', errors: false }
	);
	const statements = await Promise.all(
		(found?.statements ?? []).map(async (s) => ({
			id: s.id,
			form: await superValidate({ text: s.text, position: s.position }, zod4(statementSchema), {
				id: `pastand-${s.id}`,
				errors: false
			})
		}))
	);
	return {
		item: g ? { id: g.id, title: g.title, slug: g.slug, version: g.version } : null,
		form,
		statements,
		newStatement: await superValidate(
			{ position: (found?.statements.length ?? 0) * 10 + 10 },
			zod4(statementSchema),
			{ id: 'ny-pastand', errors: false }
		),
		pages: await orRefused(() => themePageOptions(actorOf(locals))),
		saved: url.searchParams.get('lagret')
	};
};

export const actions: Actions = {
	lagre: async ({ request, params, locals }) => {
		const id = idOf(params.id, true);
		const form = await superValidate(request, zod4(goalSchema), { id: 'mal' });
		if (!form.valid) return fail(400, { form });
		let savedId: number;
		try {
			savedId = await saveGoal(actorOf(locals), id, form.data);
		} catch (e) {
			if (e instanceof EditConflictError) {
				form.data.version = e.currentVersion;
				form.message = e.message;
				return fail(409, { form });
			}
			return failWith(form, e);
		}
		redirect(303, `/admin/samfunnsmal/${savedId}?lagret=1`);
	},
	slett: async ({ request, params, locals }) => {
		const id = idOf(params.id, true);
		if (id === null) notFoundPage('problems.pages.goal');
		const version = Number((await request.formData()).get('version'));
		try {
			await deleteGoal(actorOf(locals), id, version);
		} catch (e) {
			return actionProblem(e, 'deleteError');
		}
		redirect(303, '/admin/samfunnsmal?slettet=1');
	},
	pastand: async ({ request, params, locals }) => {
		const goalId = idOf(params.id, true);
		if (goalId === null) notFoundPage('problems.pages.goal');
		const form = await superValidate(request, zod4(statementSchema));
		if (!form.valid) return fail(400, { form });
		const match = /^pastand-(\d{1,9})$/.exec(form.id);
		try {
			await saveStatement(actorOf(locals), goalId, match ? Number(match[1]) : null, form.data);
		} catch (e) {
			return failWith(form, e);
		}
		if (!match) redirect(303, `/admin/samfunnsmal/${goalId}?lagret=pastand`);
		return message(form, 'Påstanden er lagret.');
	},
	slettPastand: async ({ request, params, locals }) => {
		const goalId = idOf(params.id, true);
		if (goalId === null) notFoundPage('problems.pages.goal');
		// A forged id (not a number, or past what the column holds) is "not found", not a 500.
		const id = idParam(String((await request.formData()).get('id') ?? ''));
		try {
			await deleteStatement(actorOf(locals), goalId, id);
		} catch (e) {
			return actionProblem(e);
		}
		redirect(303, `/admin/samfunnsmal/${goalId}?lagret=pastand-slettet`);
	}
};
