import { calendarFeed, feedResponse, isFeedType } from '$lib/server/events/feeds';
import { notFoundPage } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** One type of event (webinars, gatherings …) as a calendar to subscribe to. */
export const GET: RequestHandler = async ({ params }) => {
	const ics = isFeedType(params.type) ? await calendarFeed({ type: params.type }) : null;
	if (!ics) notFoundPage('problems.pages.something');
	return feedResponse(ics, `arrangementer-${params.type}.ics`);
};
