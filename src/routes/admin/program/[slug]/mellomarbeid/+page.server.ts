import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { managedProgramme } from '$lib/server/programmes/route-kit';
import { gatheringsOf, saveTask, taskToForm, tasksOf } from '$lib/server/programmes/tasks.service';
import { failWith } from '$lib/server/http';
import { taskSchema } from '$lib/forms/programmes';
import { l } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

const adapter = zod4(taskSchema);

export const load: PageServerLoad = async ({ locals, params }) => {
	const programme = await managedProgramme(locals.user, params.slug);
	const [tasks, gatherings] = await Promise.all([
		tasksOf(programme.id),
		gatheringsOf(programme.id)
	]);
	return {
		programme: { slug: programme.slug, name: programme.name },
		tasks,
		gatherings,
		form: await superValidate(taskToForm(null), adapter, { errors: false })
	};
};

export const actions: Actions = {
	lagre: async ({ request, locals, params }) => {
		const programme = await managedProgramme(locals.user, params.slug);
		const form = await superValidate(request, adapter);
		if (!form.valid) return fail(400, { form });
		let id: number;
		try {
			id = await saveTask(locals.user!, programme, null, form.data);
		} catch (e) {
			return failWith(form, e);
		}
		redirect(303, l(`/admin/program/${programme.slug}/mellomarbeid/${id}?lagret=1`));
	}
};
