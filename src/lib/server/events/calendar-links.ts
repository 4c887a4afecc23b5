/**
 * «Add to Google Calendar» and «Add to Outlook» for people without a calendar program that
 * opens .ics files: links that open the calendar's own form filled in. Times in UTC
 * (Google: 20240429T100000Z, Outlook: 2024-04-29T10:00:00Z), every value URL-encoded.
 */
import { m, t } from '$lib/i18n';
import { siteUrl } from '../mail/layout';
import { utcIcsTime } from './ics';
import type { events } from './schema';

type EventFields = Pick<
	typeof events.$inferSelect,
	'slug' | 'title' | 'lead' | 'startsAt' | 'endsAt' | 'format' | 'venue' | 'address'
>;

export interface CalendarLink {
	kind: 'google' | 'outlook';
	label: string;
	url: string;
}

/** Where the event is: the address, or for a digital event the meeting link (or its page). */
function where(e: EventFields, page: string, meetingUrl: string | null): string {
	if (e.format === 'digitalt') return meetingUrl ?? page;
	return [e.venue, e.address].filter(Boolean).join(', ');
}

const query = (params: Record<string, string>) =>
	Object.entries(params)
		.filter(([, v]) => v !== '')
		.map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
		.join('&');

/** The two links, in the active language (the labels and the event page's address). */
export function calendarLinks(e: EventFields, meetingUrl: string | null = null): CalendarLink[] {
	const page = siteUrl(`/arrangementer/${e.slug}`);
	const location = where(e, page, meetingUrl);
	const details = [e.lead, t(m.mail.ics.about, { url: page })].filter(Boolean).join('\n\n');
	const google = `https://calendar.google.com/calendar/render?${query({
		action: 'TEMPLATE',
		text: e.title,
		dates: `${utcIcsTime(e.startsAt)}/${utcIcsTime(e.endsAt)}`,
		details,
		location,
		ctz: 'Europe/Oslo'
	})}`;
	const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
	const outlook = `https://outlook.live.com/calendar/0/deeplink/compose?${query({
		path: '/calendar/action/compose',
		rru: 'addevent',
		subject: e.title,
		startdt: iso(e.startsAt),
		enddt: iso(e.endsAt),
		body: details,
		location
	})}`;
	return [
		{ kind: 'google', label: m.mail.ics.google, url: google },
		{ kind: 'outlook', label: m.mail.ics.outlook, url: outlook }
	];
}
