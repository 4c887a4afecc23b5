import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { startSchema } from '$lib/forms/programmes';
import {
	callPhase,
	eligibleMunicipalities,
	localizeCall
} from '$lib/server/programmes/calls.service';
import { languageData } from '$lib/server/content/translations';
import { programmeName } from '$lib/server/programmes/programmes.public';
import { myApplications, startApplication } from '$lib/server/programmes/applications.service';
import { applyContext } from '$lib/server/programmes/route-kit';
import { actorOf } from '$lib/server/fremtidsbilde/route-kit';
import { failWith } from '$lib/server/http';
import { renderMarkdown } from '$lib/server/content/markdown';
import { l } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = actorOf(event);
	const { programme, call } = await applyContext(event.params.slug);
	const [municipalities, localized, name] = await Promise.all([
		eligibleMunicipalities(call),
		// The call's text in the visitor's language, or bokmål with the notice.
		localizeCall(call),
		programmeName(programme)
	]);
	const language = languageData(localized);
	return {
		programme: { slug: programme.slug, ...name },
		languages: language.languages,
		fallback: language.fallback,
		call: {
			title: localized.text.title,
			lead: localized.text.lead,
			description: renderMarkdown(localized.text.body),
			textLang: language.textLang,
			opensAt: call.opensAt,
			closesAt: call.closesAt,
			places: call.places,
			phase: callPhase(call)
		},
		mine: await myApplications(actor, call.id),
		municipalities: municipalities.map((x) => ({ value: x.number, label: x.name })),
		form: await superValidate(zod4(startSchema))
	};
};

export const actions: Actions = {
	start: async (event) => {
		const actor = actorOf(event);
		const { call } = await applyContext(event.params.slug);
		const form = await superValidate(event.request, zod4(startSchema));
		if (!form.valid) return fail(400, { form });
		let id: number;
		try {
			id = await startApplication(actor, call, form.data);
		} catch (e) {
			return failWith(form, e);
		}
		redirect(303, l(`/program/${event.params.slug}/sok/${id}`));
	}
};
