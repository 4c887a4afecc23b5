import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { actorOf, guardedActions, idParam, nrOf } from '$lib/server/fremtidsbilde/route-kit';
import {
	addAnswerFile,
	answerView,
	removeAnswerFile,
	saveAnswer
} from '$lib/server/programmes/tasks.service';
import { EditConflictError } from '$lib/server/content/editing';
import { MAX_UPLOAD_BYTES } from '$lib/server/content/files';

import { actionProblem, failWith, orRefused } from '$lib/server/http';
import { answerSchema } from '$lib/forms/programmes';
import { l, m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

const adapter = zod4(answerSchema);

export const load: PageServerLoad = (event) =>
	orRefused(async () => {
		const nr = nrOf(event.params);
		const view = await answerView(event.locals.user, nr, idParam(event.params.taskId));
		const form = await superValidate(
			{ text: view.answer?.text ?? '', version: view.answer?.version ?? 0 },
			adapter,
			{ errors: false }
		);
		return { nr, ...view, form, notice: event.url.searchParams.get('melding') };
	});

async function save(event: Parameters<Actions[string]>[0], handIn: boolean) {
	const nr = nrOf(event.params);
	const taskId = idParam(event.params.taskId);
	const form = await superValidate(event.request, adapter);
	if (!form.valid) return fail(400, { form });
	try {
		form.data.version = await saveAnswer(actorOf(event), nr, taskId, form.data, handIn);
	} catch (e) {
		if (e instanceof EditConflictError) {
			form.data.version = e.currentVersion;
			form.message = m.problems.programmes.taskAnswerConflict;
			return fail(409, { form });
		}
		return failWith(form, e);
	}
	if (handIn) redirect(303, l(`/kommuner/${nr}/mellomarbeid/${taskId}?melding=levert`));
	return { form, saved: true };
}

export const actions: Actions = guardedActions('medlem', {
	lagre: async (event) => save(event, false),
	lever: async (event) => save(event, true),
	fil: async (event) => {
		const nr = nrOf(event.params);
		const taskId = idParam(event.params.taskId);
		const length = Number(event.request.headers.get('content-length') ?? 0);
		if (length > MAX_UPLOAD_BYTES + 64 * 1024)
			return fail(413, { fileError: m.problems.uploads.tooLarge });
		const fd = await event.request.formData().catch(() => null);
		const file = fd?.get('file');
		if (!(file instanceof File) || file.size === 0)
			return fail(400, { fileError: m.problems.uploads.fileChoose });
		try {
			await addAnswerFile(actorOf(event), nr, taskId, {
				name: file.name,
				bytes: new Uint8Array(await file.arrayBuffer())
			});
		} catch (e) {
			return actionProblem(e, 'fileError');
		}
		redirect(303, l(`/kommuner/${nr}/mellomarbeid/${taskId}?melding=fil`));
	},
	fjernFil: async (event) => {
		const nr = nrOf(event.params);
		const taskId = idParam(event.params.taskId);
		const fileId = String((await event.request.formData()).get('fil') ?? '');
		try {
			await removeAnswerFile(actorOf(event), nr, taskId, /^\d{1,9}$/.test(fileId) ? +fileId : 0);
		} catch (e) {
			return actionProblem(e, 'fileError');
		}
		redirect(303, l(`/kommuner/${nr}/mellomarbeid/${taskId}?melding=fil-fjernet`));
	}
});
