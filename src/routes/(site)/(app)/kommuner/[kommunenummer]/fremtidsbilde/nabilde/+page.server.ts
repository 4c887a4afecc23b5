import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { roundSchema } from '$lib/forms/fremtidsbilde';
import { development, listRounds, openRound } from '$lib/server/fremtidsbilde/rounds.service';
import { developmentChart } from '$lib/server/fremtidsbilde/chart';
import {
	actorOf,
	afterSave,
	nrOf,
	offerForm,
	guardedActions
} from '$lib/server/fremtidsbilde/route-kit';
import { failWith, orRefused } from '$lib/server/http';
import { now } from '$lib/server/clock';
import { INTL_LOCALE, TZ, currentLang, l, m, osloDate, t } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

/** The month's name in the language answered in (januar, January). */
const monthName = (at: Date) =>
	new Intl.DateTimeFormat(INTL_LOCALE[currentLang()], { month: 'long', timeZone: TZ }).format(at);

export const load: PageServerLoad = (event) =>
	orRefused(async () => {
		const nr = nrOf(event.params);
		const [rounds, dev] = await Promise.all([
			listRounds(event.locals.user, nr),
			development(event.locals.user, nr)
		]);
		const at = now();
		const inTwoWeeks = new Date(at.getTime() + 14 * 24 * 60 * 60_000);
		const { form, restored } = await offerForm(
			event,
			zod4(roundSchema),
			{
				title: t(m.app.rounds.defaultTitle, {
					month: monthName(at),
					year: osloDate(at).slice(0, 4)
				}),
				deadline: `${osloDate(inTwoWeeks)}T16:00`
			},
			{ action: 'apne' }
		);
		return {
			rounds,
			development: dev,
			chart: dev.rounds.length && dev.goals.length ? developmentChart(dev.rounds, dev.goals) : null,
			form,
			restored
		};
	});

export const actions: Actions = guardedActions('koordinator', {
	apne: async (event) => {
		const nr = nrOf(event.params);
		const actor = actorOf(event);
		const form = await superValidate(event.request, zod4(roundSchema));
		if (!form.valid) return fail(400, { form });
		let id: number;
		try {
			id = await openRound(actor, nr, form.data);
		} catch (e) {
			return failWith(form, e);
		}
		await afterSave(event, actor, nr);
		redirect(303, l(`/kommuner/${nr}/fremtidsbilde/nabilde/${id}`));
	}
});
