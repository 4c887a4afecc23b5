import { fail } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { managedProgramme } from '$lib/server/programmes/route-kit';
import {
	addParticipant,
	participantsOf,
	removeParticipant,
	setParticipantStatus
} from '$lib/server/programmes/programmes.admin';
import { gatheringsOf, tasksOf } from '$lib/server/programmes/tasks.service';
import { municipalityChoices } from '$lib/server/events/municipalities';
import { attempt, failWith } from '$lib/server/http';
import { PARTICIPANT_STATUSES, participantSchema } from '$lib/forms/programmes';
import { m, t } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

const adapter = zod4(participantSchema);

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const programme = await managedProgramme(locals.user, params.slug);
	const [participants, gatherings, tasks, choices] = await Promise.all([
		participantsOf(locals.user!, programme),
		gatheringsOf(programme.id),
		tasksOf(programme.id),
		municipalityChoices()
	]);
	return {
		programme,
		participants,
		gatherings,
		tasks,
		municipalities: choices.map((c) => c.label),
		form: await superValidate(adapter, { id: 'deltaker', errors: false }),
		saved: url.searchParams.has('lagret')
	};
};

const nrFrom = (fd: FormData) => {
	const nr = String(fd.get('kommune') ?? '');
	return /^\d{4}$/.test(nr) ? nr : null;
};

export const actions: Actions = {
	leggTil: async ({ request, locals, params }) => {
		const programme = await managedProgramme(locals.user, params.slug);
		const form = await superValidate(request, adapter, { id: 'deltaker' });
		if (!form.valid) return fail(400, { form });
		try {
			const added = await addParticipant(locals.user!, programme.slug, form.data.municipality);
			form.data.municipality = '';
			return { form, notice: t(m.admin.programmes.added, { name: added.label }) };
		} catch (e) {
			return failWith(form, e);
		}
	},
	status: async ({ request, locals, params }) => {
		const programme = await managedProgramme(locals.user, params.slug);
		const fd = await request.formData();
		const nr = nrFrom(fd);
		const status = String(fd.get('status') ?? '');
		if (!nr || !(PARTICIPANT_STATUSES as readonly string[]).includes(status))
			return fail(400, { problem: m.problems.programmes.participantChoose });
		return attempt(
			() =>
				setParticipantStatus(
					locals.user!,
					programme.slug,
					nr,
					status as (typeof PARTICIPANT_STATUSES)[number]
				),
			m.admin.programmes.statusSaved
		);
	},
	fjern: async ({ request, locals, params }) => {
		const programme = await managedProgramme(locals.user, params.slug);
		const nr = nrFrom(await request.formData());
		if (!nr) return fail(400, { problem: m.problems.programmes.removeChoose });
		return attempt(
			() => removeParticipant(locals.user!, programme.slug, nr),
			m.admin.programmes.removed
		);
	}
};
