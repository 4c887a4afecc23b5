import { fail } from '@sveltejs/kit';
import { message } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { gapSchema, stakeholderSchema } from '$lib/forms/fremtidsbilde';
import { chosenGoal } from '$lib/server/fremtidsbilde/workspace.service';
import {
	deleteStakeholder,
	saveGap,
	saveStakeholder,
	stakeholdersOf
} from '$lib/server/fremtidsbilde/pictures.service';
import { assertTakePart } from '$lib/server/fremtidsbilde/guards';
import {
	actorOf,
	idParam,
	nrOf,
	offerForm,
	saveForm,
	guardedActions
} from '$lib/server/fremtidsbilde/route-kit';
import { m, t } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { orRefused } from '$lib/server/http';

const draftKey = (id: number) => `gap:${id}`;

export const load: PageServerLoad = (event) =>
	orRefused(async () => {
		const nr = nrOf(event.params);
		const id = idParam(event.params.goalId);
		assertTakePart(event.locals.user, nr);
		const goal = await chosenGoal(event.locals.user, nr, id);
		const gap = await offerForm(
			event,
			zod4(gapSchema),
			{ gap: goal.gap, version: goal.version },
			{
				action: 'lagre',
				id: 'gap',
				draft: { field: 'gap', key: draftKey(id), savedAt: goal.updatedAt }
			}
		);
		const actor = await offerForm(
			event,
			zod4(stakeholderSchema),
			{},
			{ action: 'aktor', id: 'aktor' }
		);
		return {
			goal: {
				id: goal.id,
				title: goal.title,
				targetPicture: goal.targetPicture,
				savedText: goal.gap
			},
			stakeholders: await stakeholdersOf([id]),
			gap: gap.form,
			actor: actor.form,
			restored: gap.restored ?? actor.restored,
			draftAt: gap.draftAt
		};
	});

export const actions: Actions = guardedActions('medlem', {
	lagre: async (event) => {
		const id = idParam(event.params.goalId);
		const { failure, form } = await saveForm(event, zod4(gapSchema), {
			id: 'gap',
			draftKey: draftKey(id),
			save: (actor, nr, data) => saveGap(actor, nr, id, data)
		});
		if (failure) return failure;
		form.data.version += 1;
		return message(form, m.app.gap.saved);
	},
	aktor: async (event) => {
		const goalId = idParam(event.params.goalId);
		const { failure, form } = await saveForm(event, zod4(stakeholderSchema), {
			id: 'aktor',
			save: (actor, nr, data) => saveStakeholder(actor, nr, goalId, null, data)
		});
		if (failure) return failure;
		const added = form.data.actor;
		form.data = { actor: '', role: '' as never, involved: false };
		return message(form, t(m.app.gap.added, { actor: added }));
	},
	aktorMed: async (event) => {
		const nr = nrOf(event.params);
		const goalId = idParam(event.params.goalId);
		const fd = await event.request.formData();
		const id = idParam(String(fd.get('id') ?? ''));
		const current = (await stakeholdersOf([goalId])).find((s) => s.id === id);
		if (!current)
			return fail(404, { stakeholderError: m.problems.fremtidsbilde.stakeholderNotFound });
		await saveStakeholder(actorOf(event), nr, goalId, id, {
			actor: current.actor,
			role: current.role,
			involved: fd.get('involved') === 'ja'
		});
		return { stakeholderSaved: true };
	},
	slettAktor: async (event) => {
		const nr = nrOf(event.params);
		const id = idParam(String((await event.request.formData()).get('id') ?? ''));
		await deleteStakeholder(actorOf(event), nr, idParam(event.params.goalId), id);
		return { stakeholderSaved: true };
	}
});
