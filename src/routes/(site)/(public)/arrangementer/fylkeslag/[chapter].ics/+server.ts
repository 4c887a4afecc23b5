import { calendarFeed, feedResponse } from '$lib/server/events/feeds';
import { notFoundPage } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** One county chapter's events as a calendar to subscribe to. */
export const GET: RequestHandler = async ({ params }) => {
	const ics = await calendarFeed({ chapter: params.chapter });
	if (!ics) notFoundPage('problems.pages.something');
	return feedResponse(ics, `arrangementer-${params.chapter}.ics`);
};
