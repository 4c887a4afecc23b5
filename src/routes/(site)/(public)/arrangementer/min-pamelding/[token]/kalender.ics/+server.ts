import { participantCalendar } from '$lib/server/events/registration/page';
import type { RequestHandler } from './$types';
import { notFoundPage } from '$lib/server/http';

/** The participant's own calendar file, with the meeting link once they have a seat. */
export const GET: RequestHandler = async ({ params }) => {
	const ics = await participantCalendar(params.token);
	if (!ics) notFoundPage('problems.pages.link');
	return new Response(ics, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': 'attachment; filename="arrangement.ics"',
			'cache-control': 'private, no-store'
		}
	});
};
