/** What the programme admin routes share: saving the programme form with its conflict answer. */
import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actor } from '../accounts/actor';
import { ConflictError, NotFoundError } from '../content/editing';
import { failWith } from '../http';
import { programmeSchema } from '$lib/forms/programme-cohort';
import { programmeFormOptions, programmeToForm, saveProgramme } from './programmes.admin';
import type { Programme } from './programmes.service';

export const programmeAdapter = zod4(programmeSchema);

export async function programmeFormPage(actor: Actor, programme: Programme | null) {
	const form = await superValidate(await programmeToForm(programme), programmeAdapter, {
		errors: false
	});
	return { form, ...(await programmeFormOptions(actor)) };
}

export async function saveProgrammeAction(actor: Actor, slug: string | null, request: Request) {
	const form = await superValidate(request, programmeAdapter);
	if (!form.valid) return fail(400, { form });
	let saved: string;
	try {
		saved = await saveProgramme(actor, slug, form.data);
	} catch (e) {
		if (e instanceof ConflictError) {
			form.data.version = e.currentVersion;
			form.message = e.message;
			return fail(409, { form });
		}
		if (e instanceof NotFoundError) return fail(404, { form });
		return failWith(form, e);
	}
	redirect(303, `/admin/program/${saved}?lagret=1`);
}
