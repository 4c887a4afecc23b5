import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { conclusionSchema } from '$lib/forms/fremtidsbilde';
import {
	closeRound,
	remindMissing,
	roundResults,
	saveConclusion,
	type LevelChoice
} from '$lib/server/fremtidsbilde/rounds.service';
import { draftsFor } from '$lib/server/fremtidsbilde/drafts.service';
import {
	actorOf,
	afterSave,
	applyDraft,
	idParam,
	nrOf,
	guardedActions
} from '$lib/server/fremtidsbilde/route-kit';

import { actionProblem, failWith, orRefused, problemOf } from '$lib/server/http';
import { DETAIL_RESPONDENTS, MIN_RESPONDENTS } from '$lib/server/fremtidsbilde/aggregation';
import { m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

const draftKey = (roundId: number, goalId: number) => `konklusjon:${roundId}-${goalId}`;

export const load: PageServerLoad = (event) =>
	orRefused(async () => {
		const nr = nrOf(event.params);
		const id = idParam(event.params.roundId);
		const view = await roundResults(event.locals.user, nr, id);
		const coordinator = (await event.parent()).ws.viewer === 'koordinator';
		const drafts = coordinator ? await draftsFor(actorOf(event), nr) : {};
		const goals = await Promise.all(
			view.goals.map(async (g) => {
				if (!coordinator) return { ...g, form: null, draftAt: null };
				const initial = {
					goalId: g.goalId,
					agreedLevel: g.conclusion?.agreedLevel ? String(g.conclusion.agreedLevel) : '',
					narrative: g.conclusion?.narrative ?? ''
				};
				const draftAt = applyDraft(
					initial,
					'narrative',
					drafts,
					draftKey(id, g.goalId),
					g.conclusion?.updatedAt ?? null
				);
				const form = await superValidate(initial, zod4(conclusionSchema), {
					id: `konklusjon-${g.goalId}`,
					errors: false
				});
				return { ...g, form, draftAt };
			})
		);
		return {
			round: view.round,
			members: view.members,
			respondents: view.results.respondents,
			released: view.results.released,
			min: MIN_RESPONDENTS,
			detail: DETAIL_RESPONDENTS,
			previous: view.previous,
			remindedAt: view.round.remindedAt,
			goals,
			thanks: event.url.searchParams.has('svart')
		};
	});

export const actions: Actions = guardedActions('koordinator', {
	konkluder: async (event) => {
		const nr = nrOf(event.params);
		const id = idParam(event.params.roundId);
		const actor = actorOf(event);
		const form = await superValidate(event.request, zod4(conclusionSchema));
		if (!form.valid) return fail(400, { form });
		try {
			await saveConclusion(actor, nr, id, form.data);
		} catch (e) {
			return failWith(form, e);
		}
		await afterSave(event, actor, nr, draftKey(id, form.data.goalId));
		return message(form, m.app.common.saved);
	},
	minn: async (event) => {
		try {
			await remindMissing(actorOf(event), nrOf(event.params), idParam(event.params.roundId));
		} catch (e) {
			return actionProblem(e, 'remindError');
		}
		return { reminded: true };
	},
	avslutt: async (event) => {
		const nr = nrOf(event.params);
		const data = await event.request.formData();
		// One choice per goal without an agreed level: `valg-<goalId>` and `niva-<goalId>`
		const choices: LevelChoice[] = [];
		const values: Record<string, string> = {};
		for (const [key, value] of data) {
			if (typeof value !== 'string') continue;
			values[key] = value;
			const goal = /^valg-(\d{1,9})$/.exec(key);
			if (goal && (value === 'behold' || value === 'snitt' || value === 'sett'))
				choices.push({
					goalId: Number(goal[1]),
					choice: value,
					level: String(data.get(`niva-${goal[1]}`) ?? '')
				});
		}
		try {
			await closeRound(actorOf(event), nr, idParam(event.params.roundId), choices);
		} catch (e) {
			const p = problemOf(e);
			if (p.field)
				return fail(p.status, { closeErrors: { [p.field]: [p.text] }, closeValues: values });
			return actionProblem(e, 'closeError');
		}
		return { closed: true };
	}
});
