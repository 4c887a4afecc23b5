/**
 * iCalendar (RFC 5545) for events: one event for a participant (with the meeting link) or
 * for anyone (without), and the feed of every published event. Times are written in
 * Europe/Oslo with its VTIMEZONE, UIDs are stable per event, SEQUENCE grows with every change.
 * SUMMARY and DESCRIPTION carry the event's own text; our words around it and the links are in
 * the active language (the participant's, or the feed reader's address: /nn/arrangementer.ics).
 *
 * A participant's own copy is iTIP (RFC 5546; see itip.ts): METHOD:REQUEST or CANCEL, with
 * ORGANIZER and ATTENDEE. Feeds and the public file are METHOD:PUBLISH.
 *
 * Why our own writer and not a library (ical-generator was weighed): it needs a separate
 * VTIMEZONE generator for Europe/Oslo, and what we write is small, read back by ical.js in
 * the tests, and fast in a registration burst (formatted times are reused).
 */
import { HTML_LANG, currentLang, l, m, osloParts, t } from '$lib/i18n';

export interface IcsEvent {
	id: number;
	slug: string;
	title: string;
	lead: string;
	startsAt: Date;
	endsAt: Date;
	format: 'fysisk' | 'digitalt' | 'hybrid';
	venue: string;
	address: string;
	status: 'draft' | 'published' | 'cancelled';
	updatedAt: Date;
}

export interface IcsOptions {
	origin: string;
	/** The app clock's now, for DTSTAMP. */
	stamp: Date;
	sequence: number;
	/** Only for confirmed participants. */
	meetingUrl?: string | null;
	/** The participant's private page, in their own copy. */
	manageUrl?: string | null;
	/** The participant's registration was cancelled (or the event was). */
	cancelled?: boolean;
	/**
	 * A personal copy as iTIP (RFC 5546): its own UID, the organiser and the participant.
	 * Without it the file is a plain published event (METHOD:PUBLISH).
	 */
	itip?: {
		uid: string;
		organizer: { name: string; email: string };
		attendee: { name: string; email: string };
	};
}

export type IcsMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

/** A CAL-ADDRESS with its common name (quoted: names may hold commas and colons). */
function person(prop: string, params: string, p: { name: string; email: string }): string {
	const cn = p.name.replace(/["\r\n]/g, '').trim();
	return `${prop}${cn ? `;CN="${cn}"` : ''}${params}:mailto:${p.email}`;
}

const VTIMEZONE = [
	'BEGIN:VTIMEZONE',
	'TZID:Europe/Oslo',
	'X-LIC-LOCATION:Europe/Oslo',
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0200',
	'TZNAME:CEST',
	'DTSTART:19700329T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0100',
	'TZNAME:CET',
	'DTSTART:19701025T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE'
];

const pad = (n: number) => String(n).padStart(2, '0');

// Event times repeat in every mail of a burst; formatting them is the slow part.
const icsTimes = new Map<number, string>();

/** 20240429T120000 in Oslo wall-clock time (used with TZID=Europe/Oslo). */
export function osloIcsTime(d: Date): string {
	const key = d.getTime();
	let out = icsTimes.get(key);
	if (out === undefined) {
		const p = osloParts(d);
		out = `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
		if (icsTimes.size > 5000) icsTimes.clear();
		icsTimes.set(key, out);
	}
	return out;
}

/** 20240429T100000Z */
export function utcIcsTime(d: Date): string {
	return d
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/** TEXT values: backslash, semicolon, comma and newlines escaped. */
export function icsText(s: string): string {
	return s
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (continuation lines start with a space), never splitting a character. */
export function fold(line: string): string {
	// Most lines are plain ASCII (one octet per character): cut them without measuring each.
	// eslint-disable-next-line no-control-regex
	if (/^[\x00-\x7f]*$/.test(line)) {
		if (line.length <= 75) return line;
		const parts = [line.slice(0, 75)];
		for (let i = 75; i < line.length; i += 74) parts.push(line.slice(i, i + 74));
		return parts.join('\r\n ');
	}
	const out: string[] = [];
	let current = '';
	let bytes = 0;
	for (const ch of line) {
		const size = Buffer.byteLength(ch);
		const limit = out.length === 0 ? 75 : 74;
		if (bytes + size > limit) {
			out.push(current);
			current = '';
			bytes = 0;
		}
		current += ch;
		bytes += size;
	}
	out.push(current);
	return out.join('\r\n ');
}

export function eventUid(id: number, origin: string): string {
	const host = new URL(origin).hostname;
	return `arrangement-${id}@${host}`;
}

function vevent(e: IcsEvent, o: IcsOptions): string[] {
	const w = m.mail.ics;
	const url = `${o.origin}${l(`/arrangementer/${e.slug}`)}`;
	const cancelled = o.cancelled || e.status === 'cancelled';
	const location =
		e.format === 'digitalt'
			? (o.meetingUrl ?? w.digitalLocation)
			: [e.venue, e.address].filter(Boolean).join(', ');
	const description = [
		e.lead,
		o.meetingUrl ? t(w.meetingLink, { url: o.meetingUrl }) : '',
		t(w.about, { url }),
		o.manageUrl ? t(w.manage, { url: o.manageUrl }) : ''
	]
		.filter(Boolean)
		.join('\n\n');
	const lines = [
		'BEGIN:VEVENT',
		`UID:${o.itip?.uid ?? eventUid(e.id, o.origin)}`,
		`DTSTAMP:${utcIcsTime(o.stamp)}`,
		`LAST-MODIFIED:${utcIcsTime(e.updatedAt)}`,
		`SEQUENCE:${o.sequence}`,
		`DTSTART;TZID=Europe/Oslo:${osloIcsTime(e.startsAt)}`,
		`DTEND;TZID=Europe/Oslo:${osloIcsTime(e.endsAt)}`,
		`SUMMARY:${icsText(e.title)}`,
		`DESCRIPTION:${icsText(description)}`,
		`URL:${url}`,
		`STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
		'TRANSP:OPAQUE'
	];
	if (location) lines.push(`LOCATION:${icsText(location)}`);
	if (o.itip)
		lines.push(
			person('ORGANIZER', '', o.itip.organizer),
			person(
				'ATTENDEE',
				`;ROLE=REQ-PARTICIPANT;CUTYPE=INDIVIDUAL;PARTSTAT=${cancelled ? 'DECLINED' : 'ACCEPTED'};RSVP=FALSE`,
				o.itip.attendee
			)
		);
	lines.push('END:VEVENT');
	return lines;
}

function calendar(
	name: string | null,
	events: string[][],
	method: IcsMethod = 'PUBLISH',
	head: string[] = []
): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:-//Fremtidens kulturskole//Arrangementer//${HTML_LANG[currentLang()].toUpperCase()}`,
		'CALSCALE:GREGORIAN',
		`METHOD:${method}`,
		...(name ? [`X-WR-CALNAME:${icsText(name)}`, 'X-WR-TIMEZONE:Europe/Oslo'] : []),
		...head,
		...VTIMEZONE,
		...events.flat(),
		'END:VCALENDAR'
	];
	return lines.map(fold).join('\r\n') + '\r\n';
}

/**
 * One event as a calendar file (a participant's copy when meetingUrl/manageUrl are given).
 * A personal copy (`itip`) is a REQUEST, or a CANCEL when the seat or the event is cancelled.
 */
export function eventIcs(e: IcsEvent, o: IcsOptions): string {
	return calendar(null, [vevent(e, o)], icsMethod(e, o));
}

export function icsMethod(e: Pick<IcsEvent, 'status'>, o: IcsOptions): IcsMethod {
	if (!o.itip) return 'PUBLISH';
	return o.cancelled || e.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
}

/** The public feed: every published (and cancelled) event, without meeting links. */
export function feedIcs(
	list: (IcsEvent & { sequence: number })[],
	origin: string,
	stamp: Date,
	/** The feed's name (default: every event); a chapter's or a type's feed names itself. */
	name: string = m.mail.ics.feedName
): string {
	return calendar(
		name,
		list.map((e) => vevent(e, { origin, stamp, sequence: e.sequence })),
		'PUBLISH',
		// Subscribed calendars look again every hour (RFC 7986, and the older X- property).
		['REFRESH-INTERVAL;VALUE=DURATION:PT1H', 'X-PUBLISHED-TTL:PT1H']
	);
}

/** As an e-mail attachment; the method (from the file itself) tells mail programs what it is. */
export function icsAttachment(ics: string, filename = 'arrangement.ics') {
	const method = /\r\nMETHOD:([A-Z]+)\r\n/.exec(ics)?.[1] ?? 'PUBLISH';
	return {
		filename,
		contentType: `text/calendar; charset=utf-8; method=${method}`,
		content: Buffer.from(ics, 'utf8').toString('base64')
	};
}
