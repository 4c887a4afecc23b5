import { error, fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { cancelRegistration } from '$lib/server/events/registration/cancel';
import { deleteRegistration } from '$lib/server/events/registration/delete';
import { registrationPage } from '$lib/server/events/registration/page';
import { updateRegistration } from '$lib/server/events/registration/update';
import { municipalityChoices } from '$lib/server/events/municipalities';
import { detailsFrom, registrationAdapter } from '$lib/server/events/registration-form';
import { retentionMonths } from '$lib/server/events/privacy';
import { calendarLinks } from '$lib/server/events/calendar-links';
import { afterEventView } from '$lib/server/events/after-event';
import { actionProblem, failWith, noStore } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';
import { l, m } from '$lib/i18n';

const CHANGE = { withEmail: false, withPrivacy: false };

// A private page, reached by the token in the link: never cached, never indexed. (Answers to
// form posts are never cached; the page after an action comes from load, which sets it.)
export const load: PageServerLoad = async (event) => {
	noStore(event);
	const view = await registrationPage(event.params.token);
	// A dead link (unknown token, deleted or anonymised registration) is not found: 404.
	if (!view) error(404, m.pub.myRegistration.invalidTitle);
	const form = await superValidate(view.values, registrationAdapter(view.questions, CHANGE), {
		id: 'endre',
		errors: false
	});
	const flag = (k: string) => event.url.searchParams.has(k);
	return {
		...view,
		calendarLinks:
			view.registration.status === 'confirmed' && view.event.status !== 'cancelled'
				? calendarLinks({ ...view.event, lead: '' }, view.meetingUrl)
				: [],
		form,
		municipalities: view.canChange ? (await municipalityChoices()).map((c) => c.label) : [],
		retentionMonths: retentionMonths(),
		after: await afterEventView(event.params.token),
		notice:
			(['ny', 'endret', 'avmeldt', 'flyttet', 'venteliste'] as const).find((k) => flag(k)) ?? null
	};
};

export const actions: Actions = {
	endre: async (event) => {
		const view = await registrationPage(event.params.token);
		if (!view) return fail(404, { problem: m.pub.myRegistration.invalidTitle });
		const form = await superValidate(event.request, registrationAdapter(view.questions, CHANGE), {
			id: 'endre'
		});
		if (!form.valid) return fail(400, { form });
		let moved: 'confirmed' | 'waitlisted' | null;
		try {
			({ moved } = await updateRegistration(event.params.token, detailsFrom(form.data)));
		} catch (e) {
			return failWith(form, e);
		}
		// A hybrid event: moved to the other way's seats or its waitlist (the page says which).
		const flag = !moved ? 'endret' : moved === 'confirmed' ? 'flyttet' : 'venteliste';
		redirect(303, l(`/arrangementer/min-pamelding/${event.params.token}?${flag}=1`));
	},
	avmeld: async (event) => {
		try {
			await cancelRegistration(event.params.token);
		} catch (e) {
			return actionProblem(e);
		}
		redirect(303, l(`/arrangementer/min-pamelding/${event.params.token}?avmeldt=1`));
	},
	slett: async (event) => {
		try {
			await deleteRegistration(event.params.token);
		} catch (e) {
			return actionProblem(e);
		}
		redirect(303, l('/arrangementer/min-pamelding/slettet'));
	}
};
