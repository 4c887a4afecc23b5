import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { doorSchema } from '$lib/forms/registering-others';
import { managedEvent } from '$lib/server/events/events.admin';
import { registerByStaff } from '$lib/server/events/registration/door';
import { seatCounts } from '$lib/server/events/registration/seats';
import { municipalityChoices } from '$lib/server/events/municipalities';
import { offeredOptions } from '$lib/server/events/registration/options';
import { eventIdParam, orError } from '$lib/server/events/route-helpers';
import { failWith } from '$lib/server/http';
import { m, t } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const id = eventIdParam(params.id)!;
	const ev = await orError(managedEvent(locals.user!, id));
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
		form: await superValidate(zod4(doorSchema), { errors: false }),
		municipalities: (await municipalityChoices()).map((c) => c.label)
	};
};

export const actions: Actions = {
	leggtil: async ({ request, params, locals }) => {
		const id = eventIdParam(params.id)!;
		const form = await superValidate(request, zod4(doorSchema));
		if (!form.valid) return fail(400, { form });
		let text: string;
		try {
			const r = await orError(registerByStaff(locals.user!, id, form.data));
			const name = form.data.name;
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
		const next = await superValidate(zod4(doorSchema), { errors: false });
		return message(next, text);
	}
};
