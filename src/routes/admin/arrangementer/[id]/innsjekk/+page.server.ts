import { participants, setAttendance } from '$lib/server/events/participants.admin';
import { eventIdParam, numberParam, orError } from '$lib/server/events/route-helpers';
import { actionProblem } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const id = eventIdParam(params.id)!;
	const q = url.searchParams.get('q')?.slice(0, 100) ?? '';
	const list = await orError(participants(locals.user!, id, { status: 'confirmed', q }));
	return {
		event: { id: list.event.id, title: list.event.title },
		counts: list.counts,
		q,
		rows: list.rows.map((r) => ({
			id: r.id,
			name: r.name,
			place: r.municipality ?? r.organisation ?? '',
			// A hybrid event: in the room or on the net (else nothing to say)
			attendance: list.event.format === 'hybrid' ? r.attendance : null,
			attended: r.attendedAt !== null
		}))
	};
};

export const actions: Actions = {
	innsjekk: async ({ request, params, locals }) => {
		const id = eventIdParam(params.id)!;
		const fd = await request.formData();
		const registrationId = numberParam(String(fd.get('pamelding')), 'problems.pages.registration');
		const attended = fd.get('mott') === 'ja';
		try {
			const who = await orError(setAttendance(locals.user!, id, registrationId, attended));
			return { checked: { id: who.id, name: who.name, attended } };
		} catch (e) {
			return actionProblem(e);
		}
	}
};
