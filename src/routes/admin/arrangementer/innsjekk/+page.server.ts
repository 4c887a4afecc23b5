import { checkInByCode, scannedRegistration } from '$lib/server/events/checkin-scan';
import { orError } from '$lib/server/events/route-helpers';
import { actionProblem } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

/** The address in a participant's QR code: the person, and a button to check them in. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const kode = url.searchParams.get('kode')?.trim().slice(0, 80) ?? '';
	if (!kode) return { kode, person: null };
	const p = await orError(scannedRegistration(locals.user!, kode));
	return {
		kode,
		person: {
			name: p.name,
			place: p.place,
			attendance: p.attendance,
			confirmed: p.status === 'confirmed',
			attendedAt: p.attendedAt,
			event: { id: p.event.id, title: p.event.title, startsAt: p.event.startsAt }
		}
	};
};

export const actions: Actions = {
	sjekkInn: async ({ request, locals }) => {
		const fd = await request.formData();
		try {
			const done = await checkInByCode(locals.user!, String(fd.get('kode') ?? ''));
			return { done: { name: done.name, already: done.already } };
		} catch (e) {
			return actionProblem(e);
		}
	}
};
