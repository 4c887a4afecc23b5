import { fail, redirect } from '@sveltejs/kit';
import {
	addEvaluationQuestion,
	evaluationAdmin,
	removeEvaluationQuestion,
	setCertificateHours
} from '$lib/server/events/evaluation';
import { EVALUATION_KINDS, type EvaluationKind } from '$lib/server/events/after-schema';
import { eventIdParam, numberParam, orError } from '$lib/server/events/route-helpers';
import { problemOf } from '$lib/server/http';
import { l } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

/** After the event: the certificate's hours, the evaluation's questions and its results. */
export const load: PageServerLoad = async ({ params, locals, url }) => {
	const id = eventIdParam(params.id)!;
	const v = await orError(evaluationAdmin(locals.user!, id));
	return {
		event: { id: v.event.id, title: v.event.title, endsAt: v.event.endsAt },
		questions: v.questions.map((q) => ({ id: q.id, kind: q.kind, label: q.label })),
		results: v.results,
		attended: v.attended,
		hours: v.settings.certificateHours,
		defaultHours: v.defaultHours,
		invitedAt: v.settings.evaluationInvitedAt,
		saved: /^(timer|lagt-til|fjernet)$/.exec(url.searchParams.get('lagret') ?? '')?.[0] ?? null
	};
};

/** A refusal the person can fix, beside its field with what they typed kept. */
function refused(form: string, e: unknown, values: Record<string, string>) {
	const p = problemOf(e);
	return fail(p.status, { form, problem: p.text, field: p.field ?? null, values });
}

export const actions: Actions = {
	timer: async ({ request, params, locals }) => {
		const id = eventIdParam(params.id)!;
		const raw = String((await request.formData()).get('hours') ?? '').trim();
		const hours = raw === '' ? null : Number(raw.replace(',', '.'));
		try {
			await orError(setCertificateHours(locals.user!, id, hours));
		} catch (e) {
			return refused('timer', e, { hours: raw });
		}
		redirect(303, l(`/admin/arrangementer/${id}/etterpa?lagret=timer`));
	},
	leggTil: async ({ request, params, locals }) => {
		const id = eventIdParam(params.id)!;
		const fd = await request.formData();
		const label = String(fd.get('label') ?? '');
		const kindRaw = String(fd.get('kind') ?? '');
		const kind: EvaluationKind = (EVALUATION_KINDS as readonly string[]).includes(kindRaw)
			? (kindRaw as EvaluationKind)
			: 'scale';
		try {
			await orError(addEvaluationQuestion(locals.user!, id, { kind, label }));
		} catch (e) {
			return refused('leggTil', e, { label, kind });
		}
		redirect(303, l(`/admin/arrangementer/${id}/etterpa?lagret=lagt-til`));
	},
	fjern: async ({ request, params, locals }) => {
		const id = eventIdParam(params.id)!;
		const fd = await request.formData();
		const qid = numberParam(String(fd.get('sporsmal')), 'problems.pages.question');
		try {
			await orError(removeEvaluationQuestion(locals.user!, id, qid));
		} catch (e) {
			return refused('fjern', e, {});
		}
		redirect(303, l(`/admin/arrangementer/${id}/etterpa?lagret=fjernet`));
	}
};
