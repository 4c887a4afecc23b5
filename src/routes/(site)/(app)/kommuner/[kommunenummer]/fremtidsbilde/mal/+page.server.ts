import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { goalChoiceSchema, planSchema } from '$lib/forms/fremtidsbilde';
import { listGoals } from '$lib/server/fremtidsbilde/goals.service';
import {
	chooseGoals,
	chosenGoals,
	deletePlan,
	listPlans,
	savePlan
} from '$lib/server/fremtidsbilde/workspace.service';
import {
	actorOf,
	afterSave,
	idParam,
	nrOf,
	offerForm,
	guardedActions
} from '$lib/server/fremtidsbilde/route-kit';
import { markdownToText } from '$lib/server/content/markdown';
import { failWith, orRefused } from '$lib/server/http';
import { m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	orRefused(async () => {
		const nr = nrOf(event.params);
		const { ws } = await event.parent();
		const [catalogue, chosen, plans] = await Promise.all([
			listGoals(),
			chosenGoals(event.locals.user, nr),
			listPlans(event.locals.user, nr)
		]);
		const choice = await offerForm(
			event,
			zod4(goalChoiceSchema),
			{ goalIds: chosen.map((g) => String(g.goalId)), focusArea: ws.focusArea },
			{ action: 'velg', id: 'mal' }
		);
		const plan = await offerForm(event, zod4(planSchema), {}, { action: 'plan', id: 'plan' });
		return {
			catalogue: catalogue.map((g) => ({
				id: g.id,
				title: g.title,
				summary: markdownToText(g.description, 220),
				sdgs: g.sdgs,
				themePath: g.themeStatus === 'published' ? g.themePath : null,
				themeTitle: g.themeTitle
			})),
			plans,
			choice: choice.form,
			plan: plan.form,
			restored: choice.restored ?? plan.restored
		};
	});

export const actions: Actions = guardedActions('koordinator', {
	velg: async (event) => {
		const nr = nrOf(event.params);
		const actor = actorOf(event);
		const form = await superValidate(event.request, zod4(goalChoiceSchema), { id: 'mal' });
		if (!form.valid) return fail(400, { choice: form });
		try {
			await chooseGoals(actor, nr, form.data);
		} catch (e) {
			return failWith(form, e);
		}
		await afterSave(event, actor, nr);
		return message(form, m.app.goals.saved);
	},
	plan: async (event) => {
		const nr = nrOf(event.params);
		const actor = actorOf(event);
		const form = await superValidate(event.request, zod4(planSchema), { id: 'plan' });
		if (!form.valid) return fail(400, { plan: form });
		try {
			await savePlan(actor, nr, null, form.data);
		} catch (e) {
			return failWith(form, e);
		}
		await afterSave(event, actor, nr);
		form.data = { name: '', kind: '' as never, url: '' };
		return message(form, m.app.goals.planAdded);
	},
	slettPlan: async (event) => {
		const nr = nrOf(event.params);
		const id = idParam(String((await event.request.formData()).get('id') ?? ''));
		await deletePlan(actorOf(event), nr, id);
		return { planDeleted: true };
	}
});
