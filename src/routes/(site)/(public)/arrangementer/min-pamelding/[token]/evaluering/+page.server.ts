import { fail, redirect } from '@sveltejs/kit';
import { answerEvaluation, evaluationForm } from '$lib/server/events/evaluation';
import { noStore, notFoundPage, problemOf } from '$lib/server/http';
import { l } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

/** The evaluation, reached from the private link: for those checked in, answered once. */
export const load: PageServerLoad = async (event) => {
	noStore(event);
	const view = await evaluationForm(event.params.token);
	if (!view) notFoundPage('afterEvent.evaluation.notOpen');
	return { ...view, thanks: event.url.searchParams.has('takk') };
};

export const actions: Actions = {
	svar: async (event) => {
		const fd = await event.request.formData();
		const values = Object.fromEntries(
			[...fd.entries()].filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, String(v)])
		);
		try {
			await answerEvaluation(event.params.token, values);
		} catch (e) {
			const p = problemOf(e);
			return fail(p.status, { problem: p.text, field: p.field ?? null, values });
		}
		redirect(303, l(`/arrangementer/min-pamelding/${event.params.token}/evaluering?takk=1`));
	}
};
