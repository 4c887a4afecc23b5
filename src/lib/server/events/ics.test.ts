import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { eventIcs, feedIcs, fold, icsAttachment, icsText, type IcsEvent } from './ics';
import { closesAt, dayBeforeReminderAt, registrationWindow, seatsText } from './state';
import { findMunicipality, municipalityChoices } from './municipalities';

const base: IcsEvent = {
	id: 7,
	slug: 'nasjonalt-dialogseminar-2024',
	title: 'Dialogseminar: kunst, kultur; og læring',
	lead: 'Linje én\nlinje to',
	startsAt: new Date('2024-04-29T08:00:00Z'),
	endsAt: new Date('2024-04-29T13:00:00Z'),
	format: 'fysisk',
	venue: 'Oslo kongressenter',
	address: 'Youngs gate 21, 0181 Oslo',
	status: 'published',
	updatedAt: new Date('2024-04-01T10:00:00Z')
};

function parse(text: string) {
	const cal = new ICAL.Component(ICAL.parse(text));
	for (const tz of cal.getAllSubcomponents('vtimezone'))
		ICAL.TimezoneService.register(new ICAL.Timezone(tz));
	return cal.getAllSubcomponents('vevent').map((c) => ({ c, e: new ICAL.Event(c) }));
}

describe('iCalendar', () => {
	it('a personal copy is iTIP: REQUEST with organiser and attendee, CANCEL once cancelled', () => {
		const itip = {
			uid: 'arrangement-7-abc@fremtidenskulturskole.no',
			organizer: { name: 'Ola «Arrangør», Nord', email: 'ola@example.no' },
			attendee: { name: 'Kari "K" Nordmann', email: 'kari@example.no' }
		};
		const o = {
			origin: 'https://fremtidenskulturskole.no',
			stamp: new Date('2024-04-02T10:00:00Z'),
			sequence: 4,
			itip
		};
		const request = eventIcs(base, o);
		const cal = new ICAL.Component(ICAL.parse(request));
		expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
		const [{ c, e }] = parse(request);
		expect(e.uid).toBe(itip.uid);
		expect(e.sequence).toBe(4);
		const org = c.getFirstProperty('organizer')!;
		expect(org.getFirstValue()).toBe('mailto:ola@example.no');
		expect(org.getParameter('cn')).toBe('Ola «Arrangør», Nord');
		const att = c.getFirstProperty('attendee')!;
		expect(att.getFirstValue()).toBe('mailto:kari@example.no');
		expect(att.getParameter('cn')).toBe('Kari K Nordmann');
		expect(att.getParameter('partstat')).toBe('ACCEPTED');
		expect(att.getParameter('rsvp')).toBe('FALSE');
		expect(icsAttachment(request).contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');

		const cancel = eventIcs(base, { ...o, sequence: 5, cancelled: true });
		expect(new ICAL.Component(ICAL.parse(cancel)).getFirstPropertyValue('method')).toBe('CANCEL');
		const [{ c: cc }] = parse(cancel);
		expect(cc.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(cc.getFirstProperty('attendee')!.getParameter('partstat')).toBe('DECLINED');
		expect(icsAttachment(cancel).contentType).toContain('method=CANCEL');
		// Without itip it stays a published event.
		expect(eventIcs(base, { ...o, itip: undefined })).toContain('\r\nMETHOD:PUBLISH\r\n');
	});

	it('is read by ical.js with the UID, SEQUENCE and Europe/Oslo times we wrote', () => {
		const text = eventIcs(base, {
			origin: 'https://fremtidenskulturskole.no',
			stamp: new Date('2024-04-02T10:00:00Z'),
			sequence: 3,
			meetingUrl: null,
			manageUrl: 'https://fremtidenskulturskole.no/arrangementer/min-pamelding/abc'
		});
		expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
		const [{ c, e }] = parse(text);
		expect(e.uid).toBe('arrangement-7@fremtidenskulturskole.no');
		expect(e.sequence).toBe(3);
		expect(e.summary).toBe(base.title);
		expect(e.location).toBe('Oslo kongressenter, Youngs gate 21, 0181 Oslo');
		expect(e.description).toContain('Linje én\nlinje to');
		expect(e.description).toContain('/arrangementer/min-pamelding/abc');
		expect(c.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Oslo');
		expect(e.startDate.toString()).toBe('2024-04-29T10:00:00');
		expect(e.startDate.toJSDate().toISOString()).toBe('2024-04-29T08:00:00.000Z');
		expect(e.endDate.toJSDate().toISOString()).toBe('2024-04-29T13:00:00.000Z');
		expect(c.getFirstPropertyValue('status')).toBe('CONFIRMED');
	});

	it('winter time, digital events, cancellations and the feed', () => {
		const winter = {
			...base,
			id: 8,
			startsAt: new Date('2023-01-26T09:00:00Z'),
			endsAt: new Date('2023-01-26T14:30:00Z')
		};
		const digital = { ...base, id: 9, format: 'digitalt' as const, status: 'cancelled' as const };
		const feed = feedIcs(
			[
				{ ...winter, sequence: 0 },
				{ ...digital, sequence: 2 }
			],
			'https://x.no',
			new Date()
		);
		const [w, d] = parse(feed);
		expect(w.e.startDate.toString()).toBe('2023-01-26T10:00:00');
		expect(w.e.startDate.toJSDate().toISOString()).toBe('2023-01-26T09:00:00.000Z');
		expect(d.e.location).toBe('Digitalt (møtelenken sendes til påmeldte)');
		expect(d.c.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(d.e.sequence).toBe(2);
	});

	it('escapes text and folds long lines without splitting characters', () => {
		expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
		const folded = fold('DESCRIPTION:' + 'æ'.repeat(100));
		for (const line of folded.split('\r\n'))
			expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
		expect(folded.replace(/\r\n /g, '')).toBe('DESCRIPTION:' + 'æ'.repeat(100));
		const ascii = 'DESCRIPTION:' + 'abcdefghij'.repeat(20);
		const lines = fold(ascii).split('\r\n');
		expect(lines.map((l) => l.length)).toEqual([75, 75, 64]);
		expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
		expect(fold(ascii).replace(/\r\n /g, '')).toBe(ascii);
		expect(fold('SUMMARY:kort')).toBe('SUMMARY:kort');
	});
});

describe('the registration window and seats', () => {
	const ev = {
		status: 'published' as const,
		startsAt: new Date('2031-05-10T10:00:00Z'),
		registrationOpensAt: new Date('2031-04-01T10:00:00Z'),
		registrationClosesAt: new Date('2031-05-08T10:00:00Z')
	};
	it('opens, closes at the deadline or the start, and says why', () => {
		expect(registrationWindow(ev, new Date('2031-03-31T10:00:00Z'))).toMatchObject({
			open: false,
			reason: 'not-open'
		});
		expect(registrationWindow(ev, new Date('2031-04-01T10:00:00Z'))).toEqual({ open: true });
		expect(registrationWindow(ev, new Date('2031-05-08T10:00:00Z'))).toMatchObject({
			open: false,
			reason: 'deadline'
		});
		const noDeadline = { ...ev, registrationClosesAt: null, registrationOpensAt: null };
		expect(registrationWindow(noDeadline, new Date('2031-05-10T09:59:59Z'))).toEqual({
			open: true
		});
		expect(registrationWindow(noDeadline, new Date('2031-05-10T10:00:00Z'))).toMatchObject({
			reason: 'started'
		});
		expect(
			registrationWindow({ ...ev, status: 'cancelled' }, new Date('2031-04-02T10:00:00Z'))
		).toMatchObject({ reason: 'cancelled' });
		expect(
			registrationWindow({ ...ev, status: 'draft' }, new Date('2031-04-02T10:00:00Z'))
		).toMatchObject({ reason: 'draft' });
		// A deadline after the start closes at the start
		expect(
			closesAt({ startsAt: ev.startsAt, registrationClosesAt: new Date('2031-06-01T00:00:00Z') })
		).toEqual(ev.startsAt);
	});
	it('words seats the Norwegian way', () => {
		expect(seatsText(null, 10)).toBe('Ingen begrensning');
		expect(seatsText(6, 5)).toBe('1 av 6 plasser ledig');
		expect(seatsText(6, 2)).toBe('4 av 6 plasser ledige');
		expect(seatsText(6, 6)).toBe('Fullt – du kan sette deg på ventelisten');
	});
	it('the day-before reminder is 09:00 Oslo time, also across daylight saving', () => {
		expect(dayBeforeReminderAt(new Date('2031-03-10T11:00:00Z')).toISOString()).toBe(
			'2031-03-09T08:00:00.000Z'
		);
		expect(dayBeforeReminderAt(new Date('2031-06-10T06:30:00Z')).toISOString()).toBe(
			'2031-06-09T07:00:00.000Z'
		);
		// Start Monday 31 March 2031 (summer time since Sunday): reminder Sunday 09:00 CEST
		expect(dayBeforeReminderAt(new Date('2031-03-31T08:00:00Z')).toISOString()).toBe(
			'2031-03-30T07:00:00.000Z'
		);
		// 00:30 Oslo on 1 May is still 30 April in UTC: the reminder is 30 April 09:00
		expect(dayBeforeReminderAt(new Date('2031-04-30T22:30:00Z')).toISOString()).toBe(
			'2031-04-30T07:00:00.000Z'
		);
	});
});

describe('municipalities', () => {
	it('offers all 357 and reads what people type', async () => {
		expect(await municipalityChoices()).toHaveLength(357);
		for (const [typed, number] of [
			['Trondheim', '5001'],
			['  TRONDHEIM kommune ', '5001'],
			['5001', '5001'],
			['Herøy (Nordland)', '1818'],
			['herøy, møre og romsdal', '1515'],
			['Bergen (Vestland)', '4601']
		] as const) {
			const m = await findMunicipality(typed);
			expect(m.kind === 'found' && m.choice.number, typed).toBe(number);
		}
		const heroy = await findMunicipality('Herøy');
		expect(heroy.kind === 'ambiguous' && heroy.choices.map((c) => c.number).sort()).toEqual([
			'1515',
			'1818'
		]);
		expect((await findMunicipality('Atlantis')).kind).toBe('unknown');
		expect((await findMunicipality('9999')).kind).toBe('unknown');
	});
});
