import { error } from '@sveltejs/kit';
import { participantCalendar } from '$lib/server/events/registration.service';
import type { RequestHandler } from './$types';
import { m } from '$lib/i18n';

/** The participant's own calendar file, with the meeting link once they have a seat. */
export const GET: RequestHandler = async ({ params }) => {
	const ics = await participantCalendar(params.token);
	if (!ics) error(404, m.pub.myRegistration.invalidTitle);
	return new Response(ics, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': 'attachment; filename="arrangement.ics"',
			'cache-control': 'private, no-store'
		}
	});
};
