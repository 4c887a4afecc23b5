import { redirect } from '@sveltejs/kit';
import { zod4 } from 'sveltekit-superforms/adapters';
import { logSchema } from '$lib/forms/fremtidsbilde';
import {
	actionRows,
	deleteLogEntry,
	getLogEntry,
	logRows,
	mayEditEntry,
	saveLogEntry
} from '$lib/server/fremtidsbilde/actions.service';
import { assertTakePart } from '$lib/server/fremtidsbilde/guards';
import {
	actorOf,
	idOf,
	nrOf,
	offerForm,
	saveForm,
	guardedActions
} from '$lib/server/fremtidsbilde/route-kit';

import { now } from '$lib/server/clock';
import { osloDate } from '$lib/i18n';
import { phases } from '$lib/forms/fremtidsbilde';
import { l } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { actionProblem, forbiddenPage, orRefused } from '$lib/server/http';

const draftKey = (id: number | null) => `logg:${id ?? 'ny'}`;

export const load: PageServerLoad = (event) =>
	orRefused(async () => {
		const nr = nrOf(event.params);
		const id = idOf(event.params.id, true);
		assertTakePart(event.locals.user, nr);
		const entry = id === null ? null : await getLogEntry(event.locals.user, nr, id);
		if (entry && !mayEditEntry(event.locals.user, nr, entry))
			forbiddenPage('problems.fremtidsbilde.logEditAuthor');
		let initial;
		if (entry) {
			initial = {
				cycle: entry.cycle,
				phase: entry.phase,
				happenedOn: entry.happenedOn,
				text: entry.text,
				actionIds: entry.actions.map((a) => String(a.id)),
				version: entry.version
			};
		} else {
			// Carry on where the log stands: the latest cycle, the phase after the last one.
			const last = (await logRows(event.locals.user, nr)).sort(
				(a, b) => b.cycle - a.cycle || b.happenedOn.localeCompare(a.happenedOn) || b.id - a.id
			)[0];
			const next = last ? (phases.indexOf(last.phase) + 1) % phases.length : 0;
			initial = {
				cycle: last ? last.cycle + (next === 0 ? 1 : 0) : 1,
				phase: phases[next],
				happenedOn: osloDate(now()),
				actionIds: [],
				version: 0
			};
		}
		const { form, restored, draftAt } = await offerForm(event, zod4(logSchema), initial, {
			action: 'lagre',
			draft: { field: 'text', key: draftKey(id), savedAt: entry?.updatedAt ?? null }
		});
		const actions = await actionRows(event.locals.user, nr);
		return {
			item: entry && { id: entry.id, savedText: entry.text },
			actionOptions: actions.map((a) => ({
				value: String(a.id),
				label: a.title,
				description: a.goalTitle
			})),
			form,
			restored,
			draftAt
		};
	});

export const actions: Actions = guardedActions('medlem', {
	lagre: async (event) => {
		const id = idOf(event.params.id, true);
		const { failure } = await saveForm(event, zod4(logSchema), {
			draftKey: draftKey(id),
			save: (actor, nr, data) => saveLogEntry(actor, nr, id, data)
		});
		if (failure) return failure;
		redirect(303, l(`/kommuner/${nrOf(event.params)}/fremtidsbilde/logg`));
	},
	slett: async (event) => {
		const nr = nrOf(event.params);
		try {
			await deleteLogEntry(actorOf(event), nr, idOf(event.params.id)!);
		} catch (e) {
			return actionProblem(e, 'deleteError');
		}
		redirect(303, l(`/kommuner/${nr}/fremtidsbilde/logg?slettet=1`));
	}
});
