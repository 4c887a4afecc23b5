import { eventsFeed } from '$lib/server/events/events.service';
import type { RequestHandler } from './$types';

/** Every published event as a calendar to subscribe to (stable UIDs, so updates replace). */
export const GET: RequestHandler = async () =>
	new Response(await eventsFeed(), {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': 'inline; filename="arrangementer.ics"'
		}
	});
