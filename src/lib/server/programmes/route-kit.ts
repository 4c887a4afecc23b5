/**
 * What the programme routes share: the programme (and its call) from the address, ids from the
 * address, and saving the programme form with its conflict answer.
 */
import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { programmeBySlug, type Programme } from './programmes.service';
import { programmeFormOptions, programmeToForm, saveProgramme } from './programmes.admin';
import { callOf, type Call } from './calls.service';
import type { Actor } from '../accounts/actor';
import { can } from '../accounts/permissions';
import type { MessageKey } from '$lib/i18n';
import { EditConflictError } from '../content/editing';
import { failWith, forbiddenPage, notFoundPage, orRefused, pathId } from '../http';
import { programmeSchema } from '$lib/forms/programmes';

export type CallContext = Call & { programmeName: string; programmeSlug: string };

/** A programme everyone may see (not a draft) with a call, or a 404 page. */
export async function applyContext(
	slug: string
): Promise<{ programme: Programme; call: CallContext }> {
	const programme = await programmeBySlug(slug);
	if (!programme || programme.status === 'utkast') notFoundPage('problems.pages.programme');
	const call = await callOf(programme.id);
	if (!call) notFoundPage('problems.pages.noCall');
	return {
		programme,
		call: { ...call, programmeName: programme.name, programmeSlug: programme.slug }
	};
}

/** A programme staff may run, or a 404 (unknown) or 403 (someone else's) page. */
export async function managedProgramme(actor: Actor | null, slug: string): Promise<Programme> {
	const programme = await programmeBySlug(slug);
	if (!programme) notFoundPage('problems.pages.programme');
	if (!can.manageProgramme(actor, programme.chapterIds)) forbiddenPage('permissions.programme');
	return programme;
}

/** A numeric id from the address, or a 404 page saying what was not found. */
export function idParam(
	param: string | undefined,
	what: MessageKey = 'problems.pages.application'
): number {
	return pathId(param, what);
}

/** Runs a read; "not found" and "forbidden" from the service become the 404/403 page (http.ts). */
export const orNotFound = orRefused;

// ——— The programme form (new and edit) ———

const programmeAdapter = zod4(programmeSchema);

export async function programmeFormPage(actor: Actor, programme: Programme | null) {
	const form = await superValidate(await programmeToForm(programme), programmeAdapter, {
		errors: false
	});
	return { form, ...(await orNotFound(() => programmeFormOptions(actor))) };
}

export async function saveProgrammeAction(actor: Actor, slug: string | null, request: Request) {
	const form = await superValidate(request, programmeAdapter);
	if (!form.valid) return fail(400, { form });
	let saved: string;
	try {
		saved = await saveProgramme(actor, slug, form.data);
	} catch (e) {
		if (e instanceof EditConflictError) {
			form.data.version = e.currentVersion;
			form.message = e.message;
			return fail(409, { form });
		}
		return failWith(form, e);
	}
	redirect(303, `/admin/program/${saved}?lagret=1`);
}
