import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { questionSchema } from '$lib/forms/events';
import { managedEvent } from '$lib/server/events/events.admin';
import { addQuestion, updateQuestion } from '$lib/server/events/questions.admin';
import { questionsOf } from '$lib/server/events/registration/target';
import { eventIdParam, numberParam, orError } from '$lib/server/events/route-helpers';
import { failWith, notFoundPage } from '$lib/server/http';
import { l } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

const questionId = (param: string) =>
	param === 'ny' ? null : numberParam(param, 'problems.pages.question');

export const load: PageServerLoad = async ({ params, locals }) => {
	const id = eventIdParam(params.id)!;
	const ev = await orError(managedEvent(locals.user!, id));
	const qid = questionId(params.qid);
	const q = qid === null ? null : (await questionsOf(id)).find((x) => x.id === qid);
	if (qid !== null && !q) notFoundPage('problems.pages.question');
	const initial = q
		? {
				label: q.label,
				kind: q.kind,
				help: q.help,
				required: q.required,
				options: q.options.join('\n')
			}
		: { kind: 'single' as const, required: false };
	return {
		event: { id: ev.id, title: ev.title },
		isNew: q === null,
		form: await superValidate(initial, zod4(questionSchema), { errors: false })
	};
};

export const actions: Actions = {
	lagre: async ({ request, params, locals }) => {
		const id = eventIdParam(params.id)!;
		const qid = questionId(params.qid);
		const form = await superValidate(request, zod4(questionSchema));
		if (!form.valid) return fail(400, { form });
		try {
			if (qid === null) await orError(addQuestion(locals.user!, id, form.data));
			else await orError(updateQuestion(locals.user!, id, qid, form.data));
		} catch (e) {
			return failWith(form, e);
		}
		redirect(303, l(`/admin/arrangementer/${id}/sporsmal?lagret=lagret`));
	}
};
