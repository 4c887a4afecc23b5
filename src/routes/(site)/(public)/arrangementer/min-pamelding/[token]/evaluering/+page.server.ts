import { fail, redirect } from '@sveltejs/kit';
import { registrationByToken } from '$lib/server/events/registration/links';
import { answerEvaluation, evaluationForm } from '$lib/server/events/evaluation';
import { noStore, notFoundPage, problemOf } from '$lib/server/http';
import { l } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

async function registrationId(token: string) {
	const found = await registrationByToken(token);
	return found?.registration.id ?? null;
}

/** The evaluation, reached from the private link: for those checked in, answered once. */
export const load: PageServerLoad = async (event) => {
	noStore(event);
	const id = await registrationId(event.params.token);
	const view = id === null ? null : await evaluationForm(id);
	if (!view) notFoundPage('afterEvent.evaluation.notOpen');
	return { ...view, thanks: event.url.searchParams.has('takk') };
};

export const actions: Actions = {
	svar: async (event) => {
		const id = await registrationId(event.params.token);
		if (id === null) notFoundPage('afterEvent.evaluation.notOpen');
		const fd = await event.request.formData();
		const values = Object.fromEntries(
			[...fd.entries()].filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, String(v)])
		);
		try {
			await answerEvaluation(id, values);
		} catch (e) {
			const p = problemOf(e);
			return fail(p.status, { problem: p.text, field: p.field ?? null, values });
		}
		redirect(303, l(`/arrangementer/min-pamelding/${event.params.token}/evaluering?takk=1`));
	}
};
