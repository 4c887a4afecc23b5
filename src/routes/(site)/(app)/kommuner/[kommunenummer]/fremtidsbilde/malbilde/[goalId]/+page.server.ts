import { message } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { targetSchema } from '$lib/forms/fremtidsbilde';
import { chosenGoal } from '$lib/server/fremtidsbilde/workspace.service';
import { saveTarget } from '$lib/server/fremtidsbilde/pictures.service';
import { assertTakePart } from '$lib/server/fremtidsbilde/guards';
import { getGoal } from '$lib/server/fremtidsbilde/goals.service';
import { renderMarkdown } from '$lib/server/content/markdown';
import {
	idParam,
	nrOf,
	offerForm,
	saveForm,
	guardedActions
} from '$lib/server/fremtidsbilde/route-kit';
import { m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { orRefused } from '$lib/server/http';

const draftKey = (id: number) => `malbilde:${id}`;

export const load: PageServerLoad = (event) =>
	orRefused(async () => {
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
	});

export const actions: Actions = guardedActions('medlem', {
	lagre: async (event) => {
		const id = idParam(event.params.goalId);
		const { failure, form } = await saveForm(event, zod4(targetSchema), {
			draftKey: draftKey(id),
			save: (actor, nr, data) => saveTarget(actor, nr, id, data)
		});
		if (failure) return failure;
		form.data.version += 1;
		return message(form, m.app.target.saved);
	}
});
