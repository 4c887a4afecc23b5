import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { fail } from '@sveltejs/kit';
import { targetSchema } from '$lib/forms/fremtidsbilde';
import { chosenGoal } from '$lib/server/fremtidsbilde/workspace.service';
import { saveTarget } from '$lib/server/fremtidsbilde/pictures.service';
import { assertTakePart } from '$lib/server/fremtidsbilde/guards';
import { getGoal } from '$lib/server/fremtidsbilde/goals.service';
import { renderMarkdown } from '$lib/server/content/markdown';
import {
	actorOf,
	afterSave,
	idParam,
	nrOf,
	offerForm,
	saveFailed,
	guardedActions
} from '$lib/server/fremtidsbilde/route-kit';
import type { Actions, PageServerLoad } from './$types';

const draftKey = (id: number) => `malbilde:${id}`;

export const load: PageServerLoad = async (event) => {
	const nr = nrOf(event.params);
	const id = idParam(event.params.goalId);
	assertTakePart(event.locals.user, nr);
	const goal = await chosenGoal(event.locals.user, nr, id);
	const initial = {
		targetPicture: goal.targetPicture,
		signs: goal.signs.join('\n'),
		targetLevel: goal.targetLevel,
		version: goal.version
	};
	const { form, restored, draftAt } = await offerForm(event, zod4(targetSchema), initial, {
		action: 'lagre',
		draft: { field: 'targetPicture', key: draftKey(id), savedAt: goal.updatedAt }
	});
	const catalogue = await getGoal(goal.goalId);
	return {
		goal: { id: goal.id, title: goal.title, savedText: goal.targetPicture },
		descriptionHtml: renderMarkdown(catalogue?.goal.description),
		form,
		restored,
		draftAt
	};
};

export const actions: Actions = guardedActions('medlem', {
	lagre: async (event) => {
		const nr = nrOf(event.params);
		const id = idParam(event.params.goalId);
		const actor = actorOf(event);
		const form = await superValidate(event.request, zod4(targetSchema));
		if (!form.valid) return fail(400, { form });
		try {
			await saveTarget(actor, nr, id, form.data);
		} catch (e) {
			return saveFailed(form, e);
		}
		await afterSave(event, actor, nr, draftKey(id));
		form.data.version += 1;
		return message(form, 'Målbildet er lagret.');
	}
});
