import { fail, redirect } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { applicationSchema, BLANK_MEMBER_ROWS, MAX_MEMBERS } from '$lib/forms/programmes';
import {
	ApplicationConflict,
	DRAFT_FIELDS,
	SubmissionProblems,
	applicationForApplicant,
	applicationToForm,
	draftKey,
	goalOptions,
	saveApplication,
	withdrawApplication
} from '$lib/server/programmes/applications.service';
import { applyContext, idParam, orNotFound } from '$lib/server/programmes/route-kit';
import { programmeName } from '$lib/server/programmes/programmes.public';
import { localizeCall } from '$lib/server/programmes/calls.service';
import { languageData } from '$lib/server/content/translations';
import { actorOf } from '$lib/server/fremtidsbilde/route-kit';
import { actionProblem, failWith } from '$lib/server/http';
import { formatList, formatTime, l, m, t } from '$lib/i18n';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** What the conflict message calls a field someone else changed. */
function fieldLabel(field: string): string {
	const a = m.app.application;
	const labels: Record<string, string> = {
		motivation: a.motivation,
		focusArea: a.focusArea,
		goalsText: a.goalsText,
		anchoringPlans: a.plans,
		anchoringPolitical: a.political,
		contactName: a.contact,
		contactEmail: a.contactEmail,
		contactPhone: a.contactPhone
	};
	return labels[field] ?? field;
}

function pad<T>(list: T[], blank: T) {
	const rows = Math.min(MAX_MEMBERS, list.length + BLANK_MEMBER_ROWS);
	return [...list, ...Array.from({ length: Math.max(0, rows - list.length) }, () => blank)];
}

export const load: PageServerLoad = async (event) => {
	const actor = actorOf(event);
	const { programme, call } = await applyContext(event.params.slug);
	const id = idParam(event.params.id);
	const view = await orNotFound(() => applicationForApplicant(actor, call, id));
	// The names in the visitor's language (lang="nb" where they fall back)
	const [name, callText] = await Promise.all([programmeName(programme), localizeCall(call)]);
	const initial = applicationToForm(view.application, view.members);
	const draftAt: Record<string, Date | null> = {};
	for (const field of Object.keys(DRAFT_FIELDS)) {
		const d = view.drafts[draftKey(id, field)];
		draftAt[field] = null;
		if (d && view.editable && d.savedAt > view.application.updatedAt) {
			(initial as Record<string, unknown>)[field] = d.text;
			draftAt[field] = d.savedAt;
		}
	}
	const first = view.municipalities[0].number;
	initial.memberName = pad(initial.memberName, '');
	initial.memberEmail = pad(initial.memberEmail, '');
	initial.memberRole = pad(initial.memberRole, '');
	initial.memberMunicipality = pad(initial.memberMunicipality, first);
	return {
		id,
		programme: { slug: call.programmeSlug, ...name },
		call: {
			title: callText.text.title,
			titleLang: languageData(callText).textLang,
			closesAt: call.closesAt,
			requiredRoles: call.requiredRoles
		},
		application: {
			status: view.application.status,
			submittedAt: view.application.submittedAt,
			updatedAt: view.application.updatedAt,
			lastSavedBy: view.lastSavedBy,
			saved: applicationToForm(view.application, view.members)
		},
		decision: view.decision,
		editable: view.editable,
		municipalities: view.municipalities.map((x) => ({ value: x.number, label: x.name })),
		goals: (await goalOptions()).map((g) => ({ value: String(g.id), label: g.title })),
		draftAt,
		form: await superValidate(initial, zod4(applicationSchema), { errors: false })
	};
};

async function save(event: RequestEvent, submit: boolean) {
	const actor = actorOf(event);
	const { call } = await applyContext(event.params.slug);
	const id = idParam(event.params.id);
	const form = await superValidate(event.request, zod4(applicationSchema));
	if (!form.valid) return fail(400, { form });
	try {
		const result = await saveApplication(actor, call, id, form.data, submit);
		form.data.version = result.version;
		return message(
			form,
			result.sent
				? t(m.app.application.sentMessage, { time: formatTime(new Date()), email: actor.email })
				: m.app.application.savedMessage
		);
	} catch (e) {
		if (e instanceof SubmissionProblems) {
			for (const p of e.problems)
				// eslint-disable-next-line @typescript-eslint/no-explicit-any -- field names from the service
				setError(form, p.field as any, p.message);
			return fail(400, { form });
		}
		if (e instanceof ApplicationConflict) {
			form.data.version = e.current.version;
			const fields = e.current.fields.map(fieldLabel);
			return setError(
				form,
				'',
				t(m.problems.programmes.applicationSavedMeanwhile, {
					name: e.current.by,
					time: formatTime(e.current.at),
					changed: fields.length
						? t(m.problems.programmes.applicationSavedMeanwhileFields, {
								fields: formatList(fields)
							})
						: ''
				}),
				{ status: 409 }
			);
		}
		return failWith(form, e);
	}
}

export const actions: Actions = {
	lagre: async (event) => save(event, false),
	send: async (event) => save(event, true),
	trekk: async (event) => {
		const actor = actorOf(event);
		const { call } = await applyContext(event.params.slug);
		const id = idParam(event.params.id);
		try {
			await withdrawApplication(actor, call, id);
		} catch (e) {
			return actionProblem(e);
		}
		redirect(303, l(`/program/${event.params.slug}/sok/${id}?trukket=1`));
	}
};
