import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
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
	afterSave,
	idParam,
	nrOf,
	offerForm,
	saveFailed,
	guardedActions
} from '$lib/server/fremtidsbilde/route-kit';
import { failWith } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

const draftKey = (id: number) => `gap:${id}`;

export const load: PageServerLoad = async (event) => {
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
};

export const actions: Actions = guardedActions('medlem', {
	lagre: async (event) => {
		const nr = nrOf(event.params);
		const id = idParam(event.params.goalId);
		const actor = actorOf(event);
		const form = await superValidate(event.request, zod4(gapSchema), { id: 'gap' });
		if (!form.valid) return fail(400, { form });
		try {
			await saveGap(actor, nr, id, form.data);
		} catch (e) {
			return saveFailed(form, e);
		}
		await afterSave(event, actor, nr, draftKey(id));
		form.data.version += 1;
		return message(form, 'Gapet er lagret.');
	},
	aktor: async (event) => {
		const nr = nrOf(event.params);
		const actor = actorOf(event);
		const form = await superValidate(event.request, zod4(stakeholderSchema), { id: 'aktor' });
		if (!form.valid) return fail(400, { form });
		try {
			await saveStakeholder(actor, nr, idParam(event.params.goalId), null, form.data);
		} catch (e) {
			return failWith(form, e);
		}
		await afterSave(event, actor, nr);
		const added = form.data.actor;
		form.data = { actor: '', role: '' as never, involved: false };
		return message(form, `${added} er lagt til.`);
	},
	aktorMed: async (event) => {
		const nr = nrOf(event.params);
		const goalId = idParam(event.params.goalId);
		const fd = await event.request.formData();
		const id = idParam(String(fd.get('id') ?? ''));
		const current = (await stakeholdersOf([goalId])).find((s) => s.id === id);
		if (!current) return fail(404, { stakeholderError: 'Fant ikke aktøren.' });
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
