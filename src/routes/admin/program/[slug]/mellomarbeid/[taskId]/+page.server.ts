import { fail } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { idParam, managedProgramme, orNotFound } from '$lib/server/programmes/route-kit';
import {
	answersForTask,
	gatheringsOf,
	saveTask,
	taskToForm
} from '$lib/server/programmes/tasks.service';
import { EditConflictError } from '$lib/server/content/editing';
import { actorOf, failWith } from '$lib/server/http';
import { taskSchema } from '$lib/forms/programmes';
import type { Actions, PageServerLoad } from './$types';

const adapter = zod4(taskSchema);

const taskIdOf = (param: string) => idParam(param, 'problems.pages.task');

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const programme = await managedProgramme(locals.user, params.slug);
	const view = await orNotFound(() =>
		answersForTask(actorOf(locals), programme, taskIdOf(params.taskId))
	);
	return {
		programme: { slug: programme.slug, name: programme.name },
		task: view.task,
		answers: view.answers,
		gatherings: await gatheringsOf(programme.id),
		form: await superValidate(taskToForm(view.task), adapter, { errors: false }),
		saved: url.searchParams.has('lagret')
	};
};

export const actions: Actions = {
	lagre: async ({ request, locals, params }) => {
		const programme = await managedProgramme(locals.user, params.slug);
		const id = taskIdOf(params.taskId);
		const form = await superValidate(request, adapter);
		if (!form.valid) return fail(400, { form });
		try {
			await saveTask(locals.user!, programme, id, form.data);
		} catch (e) {
			if (e instanceof EditConflictError) {
				form.data.version = e.currentVersion;
				form.message = e.message;
				return fail(409, { form });
			}
			return failWith(form, e);
		}
		form.data.version += 1;
		return { form, notice: 'Oppgaven er lagret.' };
	}
};
