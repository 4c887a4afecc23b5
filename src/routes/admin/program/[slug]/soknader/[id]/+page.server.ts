import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { decisionSchema, scoreSchema } from '$lib/forms/programmes';
import { decide, reviewView, saveScores } from '$lib/server/programmes/review.service';
import { idParam, orNotFound, managedProgramme } from '$lib/server/programmes/route-kit';
import { failWith } from '$lib/server/http';
import { m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const programme = await managedProgramme(locals.user, params.slug);
	const id = idParam(params.id);
	const v = await orNotFound(() => reviewView(locals.user!, programme, id));
	const mine = v.scores.filter((s) => s.reviewerId === locals.user!.id);
	const scoreInit = {
		score: v.call.criteria.map((_, i) => String(mine.find((s) => s.criterion === i)?.score ?? '')),
		comment: v.call.criteria.map((_, i) => mine.find((s) => s.criterion === i)?.comment ?? '')
	};
	return {
		programme: { slug: programme.slug, name: programme.name },
		id,
		call: { title: v.call.title, criteria: v.call.criteria, places: v.call.places },
		admitted: v.admitted,
		application: v.application,
		municipalities: v.municipalities.map((x) => `${x.name} (${x.countyName})`),
		members: v.members,
		goals: v.goals,
		others: v.scores.filter((s) => s.reviewerId !== locals.user!.id),
		scoreForm: await superValidate(scoreInit, zod4(scoreSchema), { errors: false, id: 'poeng' }),
		decisionForm: await superValidate(
			{ decision: v.application.decision, version: v.application.version },
			zod4(decisionSchema),
			{ errors: false, id: 'vedtak' }
		)
	};
};

export const actions: Actions = {
	poeng: async ({ request, params, locals }) => {
		const programme = await managedProgramme(locals.user, params.slug);
		const id = idParam(params.id);
		const form = await superValidate(request, zod4(scoreSchema), { id: 'poeng' });
		if (!form.valid) return fail(400, { scoreForm: form });
		try {
			await orNotFound(() => saveScores(locals.user!, programme, id, form.data));
		} catch (e) {
			return failWith(form, e);
		}
		return message(form, m.admin.applications.reviewSaved);
	},
	vedtak: async ({ request, params, locals }) => {
		const programme = await managedProgramme(locals.user, params.slug);
		const id = idParam(params.id);
		const form = await superValidate(request, zod4(decisionSchema), { id: 'vedtak' });
		if (!form.valid) return fail(400, { decisionForm: form });
		try {
			await orNotFound(() => decide(locals.user!, programme, id, form.data));
		} catch (e) {
			return failWith(form, e);
		}
		form.data.version += 1;
		return message(form, m.admin.applications.decisionSaved);
	}
};
