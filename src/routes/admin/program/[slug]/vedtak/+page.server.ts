import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { templatesSchema } from '$lib/forms/programmes';
import {
	closeCallEarly,
	decisionsPage,
	saveTemplates,
	sendDecisions
} from '$lib/server/programmes/review.service';
import { orNotFound, managedProgramme } from '$lib/server/programmes/route-kit';
import { actionProblem, failWith, problemOf } from '$lib/server/http';
import { l, m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const programme = await managedProgramme(locals.user, params.slug);
	const page = await decisionsPage(locals.user!, programme);
	const t = page?.templates;
	return {
		programme: { slug: programme.slug, name: programme.name },
		page: page && {
			unsent: page.unsent,
			counts: page.counts,
			open: page.phase !== 'stengt',
			closesAt: page.call.closesAt
		},
		sent: url.searchParams.get('sendt'),
		closed: url.searchParams.has('stengt'),
		form: await superValidate(
			t
				? {
						tatt_opp_subject: t.tatt_opp.subject,
						tatt_opp_body: t.tatt_opp.body,
						venteliste_subject: t.venteliste.subject,
						venteliste_body: t.venteliste.body,
						avslag_subject: t.avslag.subject,
						avslag_body: t.avslag.body
					}
				: {},
			zod4(templatesSchema),
			{ errors: false }
		)
	};
};

export const actions: Actions = {
	maler: async ({ request, params, locals }) => {
		const programme = await managedProgramme(locals.user, params.slug);
		const form = await superValidate(request, zod4(templatesSchema));
		if (!form.valid) return fail(400, { form });
		try {
			await orNotFound(() => saveTemplates(locals.user!, programme, form.data));
		} catch (e) {
			return failWith(form, e);
		}
		return message(form, m.admin.decisions.templatesSaved);
	},
	steng: async ({ request, params, locals }) => {
		const programme = await managedProgramme(locals.user, params.slug);
		const confirmed = (await request.formData()).get('bekreft') === 'true';
		try {
			await orNotFound(() => closeCallEarly(locals.user!, programme, confirmed));
		} catch (e) {
			const p = problemOf(e);
			if (p.field) return fail(p.status, { closeErrors: { [p.field]: [p.text] } });
			return actionProblem(e);
		}
		redirect(303, l(`/admin/program/${params.slug}/vedtak?stengt`));
	},
	send: async ({ params, locals }) => {
		const programme = await managedProgramme(locals.user, params.slug);
		let sent: number;
		try {
			sent = await orNotFound(() => sendDecisions(locals.user!, programme));
		} catch (e) {
			return actionProblem(e);
		}
		redirect(303, l(`/admin/program/${params.slug}/vedtak?sendt=${sent}`));
	}
};
