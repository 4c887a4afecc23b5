import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { eventForRegistration, registrationTargetFor } from '$lib/server/events/events.service';
import { register } from '$lib/server/events/registration/register';
import { municipalityChoices } from '$lib/server/events/municipalities';
import { detailsFrom, registrationAdapter } from '$lib/server/events/registration-form';
import { failWith, noStore, notFoundPage } from '$lib/server/http';
import { cohortAccess } from '$lib/server/programmes/cohort';
import { retentionMonths } from '$lib/server/events/privacy';
import { offeredOptions } from '$lib/server/events/registration/options';
import { l, m, t } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const found = await eventForRegistration(event.params.slug, event.locals.user);
	if (!found) notFoundPage('problems.pages.event');
	if (found.event.status === 'draft') noStore(event);
	// A gathering for a programme's cohort: who may register depends on who is signed in.
	const cohort = found.cohortOnly
		? await cohortAccess(event.locals.user, found.programmeId!)
		: null;
	if (cohort && event.locals.user && found.event.status !== 'draft') noStore(event);
	const form = await superValidate(registrationAdapter(found.questions), {
		id: 'pamelding',
		errors: false
	});
	const user = event.locals.user;
	if (cohort?.ok && user) {
		form.data.name = user.name;
		form.data.email = user.email;
		form.data.municipality =
			(await municipalityChoices()).find((c) => c.number === cohort.municipalityNumber)?.label ??
			'';
	}
	return {
		cohort,
		event: found.event,
		questions: found.questions,
		offered: await offeredOptions(found.event.id),
		form,
		municipalities: (await municipalityChoices()).map((c) => c.label),
		retentionMonths: retentionMonths()
	};
};

export const actions: Actions = {
	pamelding: async ({ request, params, locals }) => {
		const target = await registrationTargetFor(params.slug, locals.user);
		if (!target) notFoundPage('problems.pages.event');
		const form = await superValidate(request, registrationAdapter(target.questions), {
			id: 'pamelding'
		});
		if (!form.valid) return fail(400, { form });
		let token: string;
		try {
			const result = await register(
				target,
				{ ...detailsFrom(form.data), email: String(form.data.email) },
				locals.user
			);
			// Neutral: says nothing about whether the address was registered before. The
			// e-mail to it holds the link to the registration.
			if (result.kind === 'already')
				return message(form, t(m.registration.mailSent, { email: result.email }));
			token = result.token;
		} catch (e) {
			return failWith(form, e);
		}
		redirect(303, l(`/arrangementer/min-pamelding/${token}?ny=1`));
	}
};
