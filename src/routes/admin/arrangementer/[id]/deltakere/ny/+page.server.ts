import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { managedEvent } from '$lib/server/events/events.admin';
import { registerByStaff } from '$lib/server/events/registration/door';
import { seatCounts } from '$lib/server/events/registration/seats';
import { questionsOf, toFormQuestion } from '$lib/server/events/registration/target';
import { municipalityChoices } from '$lib/server/events/municipalities';
import { offeredOptions } from '$lib/server/events/registration/options';
import { detailsFrom, registrationAdapter } from '$lib/server/events/registration-form';
import { eventIdParam, orError } from '$lib/server/events/route-helpers';
import { failWith } from '$lib/server/http';
import { m, t } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

/** The public form's fields and checks (the event's questions too), with the door's two choices. */
const DOOR = { withEmail: true, withPrivacy: false, door: true };

const questionsFor = async (id: number) => (await questionsOf(id)).map(toFormQuestion);

export const load: PageServerLoad = async ({ params, locals }) => {
	const id = eventIdParam(params.id)!;
	const ev = await orError(managedEvent(locals.user!, id));
	const questions = await questionsFor(id);
	return {
		event: {
			id: ev.id,
			title: ev.title,
			capacity: ev.capacity,
			status: ev.status,
			format: ev.format
		},
		counts: await seatCounts(id),
		offered: await offeredOptions(id),
		questions,
		form: await superValidate(registrationAdapter(questions, DOOR), { id: 'dor', errors: false }),
		municipalities: (await municipalityChoices()).map((c) => c.label)
	};
};

export const actions: Actions = {
	leggtil: async ({ request, params, locals }) => {
		const id = eventIdParam(params.id)!;
		const adapter = registrationAdapter(await questionsFor(id), DOOR);
		const form = await superValidate(request, adapter, { id: 'dor' });
		if (!form.valid) return fail(400, { form });
		let text: string;
		const name = String(form.data.name ?? '');
		try {
			const r = await orError(
				registerByStaff(locals.user!, id, {
					...detailsFrom(form.data),
					email: String(form.data.email ?? ''),
					overbook: form.data.overbook === true,
					checkIn: form.data.checkIn === true
				})
			);
			text = r.checkedIn
				? t(m.signup.door.doneCheckedIn, { name })
				: r.status === 'waitlisted'
					? t(m.signup.door.doneWaitlisted, { name, position: r.position ?? '' })
					: r.overbooked
						? t(m.signup.door.doneOverbooked, { name })
						: t(m.signup.door.doneConfirmed, { name });
		} catch (e) {
			return failWith(form, e);
		}
		// A fresh form for the next person, with the outcome above it.
		const next = await superValidate(adapter, { id: 'dor', errors: false });
		return message(next, text);
	}
};
