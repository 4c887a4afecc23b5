import { publicEventIcs } from '$lib/server/events/events.service';
import type { RequestHandler } from './$types';
import { notFoundPage } from '$lib/server/http';

/** The event as a calendar file for anyone (the meeting link is only in participants' copies). */
export const GET: RequestHandler = async ({ params }) => {
	const ics = /^[a-z0-9-]{1,120}$/.test(params.slug) ? await publicEventIcs(params.slug) : null;
	if (!ics) notFoundPage('problems.pages.event');
	return new Response(ics, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="${params.slug}.ics"`
		}
	});
};
