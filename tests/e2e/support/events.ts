/** Events in end-to-end tests: fresh events through the test API, calendar files read by ical.js. */
import type { APIRequestContext } from '@playwright/test';
import ICAL from 'ical.js';
import { E2E } from './env';
import { attachmentOf, type ReceivedMail } from './mail';

export interface TestEvent {
	id: number;
	slug: string;
	title: string;
	startsAt: string;
	endsAt: string;
	questions: { id: number; label: string }[];
}

export async function createEvent(
	request: APIRequestContext,
	spec: {
		title?: string;
		capacity?: number | null;
		format?: 'fysisk' | 'digitalt' | 'hybrid';
		digitalCapacity?: number | null;
		startsAt?: string;
		endsAt?: string;
		registrationClosesAt?: string;
		chapter?: string;
		recordingUrl?: string;
		status?: 'draft' | 'published' | 'cancelled';
		contactName?: string;
		contactEmail?: string;
		questions?: {
			kind: 'text' | 'single' | 'multiple' | 'yesno';
			label: string;
			required?: boolean;
			options?: string[];
		}[];
	} = {}
): Promise<TestEvent> {
	const res = await request.post(`${E2E.origin}/test-api/arrangementer`, { data: spec });
	if (!res.ok()) throw new Error(`Kunne ikke lage arrangement: ${res.status()}`);
	return res.json();
}

export async function seatCounts(request: APIRequestContext, id: number) {
	const res = await request.get(`${E2E.origin}/test-api/arrangementer?id=${id}`);
	return (await res.json()) as { confirmed: number; waitlisted: number; cancelled: number };
}

/** Registers through the public form as a browser without JavaScript would post it. */
export async function registerByPost(
	request: APIRequestContext,
	slug: string,
	fields: Record<string, string | string[]>
) {
	const body = new URLSearchParams();
	const all: Record<string, string | string[]> = {
		municipality: 'Trondheim',
		role: 'kulturskoleleder',
		privacy: 'true',
		...fields
	};
	for (const [k, v] of Object.entries(all))
		for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
	return request.post(`${E2E.origin}/arrangementer/${slug}/pamelding?/pamelding`, {
		headers: {
			accept: 'text/html',
			origin: E2E.origin,
			'content-type': 'application/x-www-form-urlencoded'
		},
		data: body.toString(),
		maxRedirects: 0
	});
}

/** The private path (/arrangementer/min-pamelding/<token>) a registration redirected to. */
export function privatePath(location: string | undefined): string {
	const path = new URL(location ?? '', E2E.origin).pathname;
	if (!/^\/arrangementer\/min-pamelding\/[a-z2-7]{32}$/.test(path))
		throw new Error(`Ingen privat lenke i ${location}`);
	return path;
}

/** The .ics attachment of a received mail (base64 part of the MIME message). */
export function icsFromMail(mail: ReceivedMail): string {
	return attachmentOf(mail, /text\/calendar/).toString('utf8');
}

export interface ParsedEvent {
	uid: string;
	sequence: number;
	summary: string;
	description: string;
	location: string;
	status: string;
	url: string;
	/** TZID of DTSTART and DTEND. */
	startZone: string;
	endZone: string;
	start: Date;
	end: Date;
	/** Wall-clock start as written, e.g. 2027-03-10T12:00:00 */
	startLocal: string;
}

/** Every VEVENT of a calendar, read by a real iCalendar parser (ical.js). */
export function parseIcs(text: string): ParsedEvent[] {
	const cal = new ICAL.Component(ICAL.parse(text));
	for (const tz of cal.getAllSubcomponents('vtimezone'))
		ICAL.TimezoneService.register(new ICAL.Timezone(tz));
	return cal.getAllSubcomponents('vevent').map((c) => {
		const ev = new ICAL.Event(c);
		return {
			uid: ev.uid,
			sequence: ev.sequence,
			summary: ev.summary,
			description: ev.description ?? '',
			location: ev.location ?? '',
			status: String(c.getFirstPropertyValue('status') ?? ''),
			url: String(c.getFirstPropertyValue('url') ?? ''),
			startZone: String(c.getFirstProperty('dtstart')?.getParameter('tzid') ?? ''),
			endZone: String(c.getFirstProperty('dtend')?.getParameter('tzid') ?? ''),
			start: ev.startDate.toJSDate(),
			end: ev.endDate.toJSDate(),
			startLocal: ev.startDate.toString()
		};
	});
}
