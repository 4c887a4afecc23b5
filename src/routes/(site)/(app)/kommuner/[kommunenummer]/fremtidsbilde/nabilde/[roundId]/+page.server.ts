import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { ratingSchema } from '$lib/forms/fremtidsbilde';
import { roundForAnswer, submitAnswers } from '$lib/server/fremtidsbilde/rounds.service';
import {
	actorOf,
	afterSave,
	idParam,
	nrOf,
	offerForm,
	guardedActions
} from '$lib/server/fremtidsbilde/route-kit';
import { failWith, orRefused } from '$lib/server/http';
import { l } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	orRefused(async () => {
		const nr = nrOf(event.params);
		const view = await roundForAnswer(event.locals.user, nr, idParam(event.params.roundId));
		const initial: Record<string, string> = {};
		for (const s of view.statements) {
			const mine = view.mine?.ratings[s.id];
			initial[`s${s.id}`] = mine ? (mine.value === null ? 'vet' : String(mine.value)) : '';
			initial[`k${s.id}`] = mine?.comment ?? '';
		}
		const { form, restored } = await offerForm(
			event,
			zod4(ratingSchema(view.statements)),
			initial,
			{
				action: 'svar'
			}
		);
		return {
			round: {
				id: view.round.id,
				title: view.round.title,
				deadline: view.round.deadline,
				closedAt: view.round.closedAt,
				open: view.round.open
			},
			goals: view.goals,
			answeredAt: view.mine?.updatedAt ?? null,
			form,
			restored
		};
	});

export const actions: Actions = guardedActions('medlem', {
	svar: async (event) => {
		const nr = nrOf(event.params);
		const id = idParam(event.params.roundId);
		const actor = actorOf(event);
		const { statements } = await roundForAnswer(actor, nr, id);
		const form = await superValidate(event.request, zod4(ratingSchema(statements)));
		if (!form.valid) return fail(400, { form });
		const data = form.data as Record<string, string>;
		try {
			await submitAnswers(
				actor,
				nr,
				id,
				statements.map((s) => ({
					statementId: s.id,
					value: data[`s${s.id}`] === 'vet' ? null : Number(data[`s${s.id}`]),
					comment: data[`k${s.id}`] ?? ''
				}))
			);
		} catch (e) {
			return failWith(form, e);
		}
		await afterSave(event, actor, nr);
		redirect(303, l(`/kommuner/${nr}/fremtidsbilde/nabilde/${id}/resultater?svart=1`));
	}
});
