import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, like } from 'drizzle-orm';
import ICAL from 'ical.js';
import { db } from '../db/client';
import { mailMessages } from '../mail/schema';
import { countyChapters } from '../geo/schema';
import { contentTranslations } from '../content/schema';
import { events } from './schema';
import { resetClock, setNow } from '../clock';
import { withLanguage } from '../i18n';
import type { Actor } from '../accounts/actor';
import type { EventInput } from '$lib/forms/events';
import { register } from './registration/register';
import { cancelRegistration } from './registration/cancel';
import { deleteRegistration } from './registration/delete';
import { participantCalendar } from './registration/page';
import { cancelEvent, eventToForm, updateEvent } from './events.admin';
import { calendarFeed } from './feeds';
import { calendarLinks } from './calendar-links';
import { eventSweep } from './sweep';
import { makeActor, makeEvent, person } from './test-support';

let editor: Actor;
beforeAll(async () => {
	editor = await makeActor('redaktor');
});
afterEach(() => resetClock());

/** Every mail to one address, oldest first. */
const mailsTo = (to: string) =>
	db.select().from(mailMessages).where(eq(mailMessages.to, to)).orderBy(asc(mailMessages.id));

/** The calendar file of a mail, read by a strict parser. */
function itip(mail: { attachments: { content: string; contentType: string }[] }) {
	// One calendar file (beside it, a confirmation also carries the check-in QR code as a picture)
	const files = mail.attachments.filter((a) => a.contentType.startsWith('text/calendar'));
	expect(files).toHaveLength(1);
	const [file] = files;
	const text = Buffer.from(file.content, 'base64').toString('utf8');
	const cal = new ICAL.Component(ICAL.parse(text));
	const ev = cal.getFirstSubcomponent('vevent')!;
	const organizer = ev.getFirstProperty('organizer')!;
	const attendee = ev.getFirstProperty('attendee')!;
	return {
		contentType: file.contentType,
		method: String(cal.getFirstPropertyValue('method')),
		uid: String(ev.getFirstPropertyValue('uid')),
		sequence: Number(ev.getFirstPropertyValue('sequence')),
		status: String(ev.getFirstPropertyValue('status')),
		organizer: String(organizer.getFirstValue()),
		organizerName: organizer.getParameter('cn'),
		attendee: String(attendee.getFirstValue()),
		attendeeName: attendee.getParameter('cn'),
		partstat: attendee.getParameter('partstat')
	};
}

const formOf = (row: typeof events.$inferSelect, over: Partial<EventInput> = {}): EventInput =>
	({
		...eventToForm(row),
		intent: 'lagre',
		creationKey: '',
		...over
	}) as EventInput;

describe('personal calendar files (iTIP)', () => {
	it('REQUEST with organiser and attendee, then change, cancel and register again: one UID, SEQUENCE always up', async () => {
		const ev = await makeEvent();
		const kari = person({ name: 'Kari Nordmann' });
		const first = await register(ev.id, kari);
		if (first.kind !== 'registered') throw new Error('not registered');

		const [confirmation] = await mailsTo(kari.email);
		const c = itip(confirmation);
		expect(c).toMatchObject({
			method: 'REQUEST',
			status: 'CONFIRMED',
			organizer: 'mailto:post@fremtidenskulturskole.no',
			organizerName: 'Fremtidens kulturskole',
			attendee: `mailto:${kari.email}`,
			attendeeName: 'Kari Nordmann',
			partstat: 'ACCEPTED'
		});
		expect(c.contentType).toContain('method=REQUEST');
		// The person's own UID, not the public event's.
		expect(c.uid).not.toBe(`arrangement-${ev.id}@localhost`);
		expect(c.uid).not.toContain(kari.email.split('@')[0]);

		// The event moves: a REQUEST that replaces the first.
		const [row] = await db.select().from(events).where(eq(events.id, ev.id));
		await updateEvent(
			editor,
			ev.id,
			formOf(row, { startsAt: '2031-10-01T10:00', endsAt: '2031-10-01T12:00' })
		);
		const changed = itip(
			(await mailsTo(kari.email)).find((m) => m.template === 'arrangement.changed')!
		);
		expect(changed).toMatchObject({ method: 'REQUEST', uid: c.uid, status: 'CONFIRMED' });
		expect(changed.sequence).toBeGreaterThan(c.sequence);

		// They cancel: a CANCEL for the same UID, higher again.
		await cancelRegistration(first.token);
		const cancel = itip(
			(await mailsTo(kari.email)).find((m) => m.template === 'arrangement.self-cancelled')!
		);
		expect(cancel).toMatchObject({ method: 'CANCEL', uid: c.uid, status: 'CANCELLED' });
		expect(cancel.contentType).toContain('method=CANCEL');
		expect(cancel.sequence).toBeGreaterThan(changed.sequence);

		// They register again: the new seat outranks the cancellation in their calendar.
		const again = await register(ev.id, kari);
		if (again.kind !== 'registered') throw new Error('not registered');
		const confirmations = (await mailsTo(kari.email)).filter(
			(m) => m.template === 'arrangement.confirmed'
		);
		const back = itip(confirmations.at(-1)!);
		expect(back).toMatchObject({ method: 'REQUEST', uid: c.uid, status: 'CONFIRMED' });
		expect(back.sequence).toBeGreaterThan(cancel.sequence);

		// Deleted and registered once more: the counter is not the registration's, it survives.
		await deleteRegistration(again.token);
		await register(ev.id, { ...kari, email: kari.email.toUpperCase() });
		const last = (await mailsTo(kari.email)).filter((m) => m.template === 'arrangement.confirmed');
		const latest = itip(last.at(-1)!);
		expect(latest.uid).toBe(c.uid);
		expect(latest.sequence).toBeGreaterThan(back.sequence);
	});

	it('the event cancelled: a CANCEL to each with a seat; the contact person is organiser and Reply-To', async () => {
		const ev = await makeEvent({ contactName: 'Ola Arrangør', contactEmail: 'ola@kulturskole.no' });
		const kari = person();
		await register(ev.id, kari);
		const [confirmation] = await mailsTo(kari.email);
		expect(confirmation.replyTo).toBe('"Ola Arrangør" <ola@kulturskole.no>');
		expect(confirmation.text).toContain('ola@kulturskole.no');
		expect(itip(confirmation)).toMatchObject({
			organizer: 'mailto:ola@kulturskole.no',
			organizerName: 'Ola Arrangør'
		});
		const [row] = await db.select().from(events).where(eq(events.id, ev.id));
		await cancelEvent(editor, ev.id, 'Sykdom', row.version);
		const cancelled = (await mailsTo(kari.email)).find(
			(m) => m.template === 'arrangement.cancelled'
		)!;
		expect(cancelled.replyTo).toBe('"Ola Arrangør" <ola@kulturskole.no>');
		const file = itip(cancelled);
		expect(file).toMatchObject({ method: 'CANCEL', status: 'CANCELLED' });
		expect(file.sequence).toBeGreaterThan(itip(confirmation).sequence);
	});

	it('the waitlist gets no calendar file, in mail or to download', async () => {
		const ev = await makeEvent({ capacity: 1 });
		const seated = await register(ev.id, person());
		const waiting = person();
		const w = await register(ev.id, waiting);
		if (w.kind !== 'registered' || seated.kind !== 'registered') throw new Error('not registered');
		expect(w.status).toBe('waitlisted');
		const [mail] = await mailsTo(waiting.email);
		expect(mail.template).toBe('arrangement.waitlisted');
		expect(mail.attachments).toEqual([]);
		expect(await participantCalendar(w.token)).toBeNull();
		// The one with a seat downloads the same REQUEST they were mailed (nothing raised).
		const ics = await participantCalendar(seated.token);
		expect(ics).toContain('METHOD:REQUEST');
		expect(ics).toContain('STATUS:CONFIRMED');
	});
});

describe('mail that keeps its word', () => {
	it('deleting a registration deletes the copies of that person’s mails, and only theirs', async () => {
		const ev = await makeEvent();
		const kari = person();
		const ola = person();
		const k = await register(ev.id, kari);
		await register(ev.id, ola);
		if (k.kind !== 'registered') throw new Error('not registered');
		// Another event's mail to the same person stays too.
		const other = await makeEvent();
		await register(other.id, kari);
		expect(await mailsTo(kari.email)).toHaveLength(2);
		await deleteRegistration(k.token);
		const left = await mailsTo(kari.email);
		expect(left).toHaveLength(1);
		expect(left[0].idempotencyKey).not.toContain(`registration:${k.registrationId}:`);
		expect(await mailsTo(ola.email)).toHaveLength(1);
	});

	it('a sweep that runs late on the day itself sends no «tomorrow» reminder', async () => {
		setNow(new Date('2031-05-01T10:00:00+02:00'));
		const ev = await makeEvent({
			startsAt: new Date('2031-05-10T14:00:00+02:00'),
			endsAt: new Date('2031-05-10T16:00:00+02:00')
		});
		const kari = person();
		await register(ev.id, kari);
		// The server was down from the day before until the morning of the event.
		setNow(new Date('2031-05-10T08:00:00+02:00'));
		expect((await eventSweep()).reminders).toBe(0);
		const [after] = await db.select().from(events).where(eq(events.id, ev.id));
		expect(after.reminderDayFor?.getTime()).toBe(ev.startsAt.getTime());
		expect((await mailsTo(kari.email)).map((m) => m.template)).toEqual(['arrangement.confirmed']);
	});

	it('a sweep late on the day before still says «tomorrow», rightly', async () => {
		setNow(new Date('2031-05-01T10:00:00+02:00'));
		const ev = await makeEvent({
			startsAt: new Date('2031-05-10T14:00:00+02:00'),
			endsAt: new Date('2031-05-10T16:00:00+02:00')
		});
		const kari = person();
		await register(ev.id, kari);
		setNow(new Date('2031-05-09T23:30:00+02:00'));
		expect((await eventSweep()).reminders).toBe(1);
		const day = (await mailsTo(kari.email)).find((m) => m.template === 'arrangement.reminder-day')!;
		expect(day.subject).toContain('i morgen');
	});
});

describe('links for calendars on the web', () => {
	it('Google and Outlook get UTC times, encoded text and the address', async () => {
		const ev = await makeEvent({
			title: 'Samling & fest',
			startsAt: new Date('2031-06-02T10:00:00+02:00'),
			endsAt: new Date('2031-06-02T12:30:00+02:00'),
			venue: 'Rådhuset',
			address: 'Storgata 1, 7013 Trondheim'
		});
		const [google, outlook] = calendarLinks(ev);
		const g = new URL(google.url);
		expect(g.origin + g.pathname).toBe('https://calendar.google.com/calendar/render');
		expect(g.searchParams.get('action')).toBe('TEMPLATE');
		expect(g.searchParams.get('text')).toBe('Samling & fest');
		expect(g.searchParams.get('dates')).toBe('20310602T080000Z/20310602T103000Z');
		expect(g.searchParams.get('location')).toBe('Rådhuset, Storgata 1, 7013 Trondheim');
		expect(google.url).not.toMatch(/[ «»æøå]/);
		const o = new URL(outlook.url);
		expect(o.hostname).toBe('outlook.live.com');
		expect(o.searchParams.get('startdt')).toBe('2031-06-02T08:00:00Z');
		expect(o.searchParams.get('enddt')).toBe('2031-06-02T10:30:00Z');
		expect(o.searchParams.get('subject')).toBe('Samling & fest');
		expect(o.searchParams.get('location')).toBe('Rådhuset, Storgata 1, 7013 Trondheim');
		expect(google.label).toBe('Legg til i Google Kalender');
	});

	it('the confirmation carries them as links, and its URLs as text', async () => {
		const ev = await makeEvent();
		const kari = person();
		await register(ev.id, kari);
		const [mail] = await mailsTo(kari.email);
		expect(mail.html).toMatch(
			/<a href="https:\/\/calendar\.google\.com\/[^"]+"[^>]*>Legg til i Google Kalender<\/a>/
		);
		expect(mail.text).toContain('https://calendar.google.com/calendar/render?action=TEMPLATE');
		// Every address in the text is a link in the HTML, and long ones may wrap.
		expect(mail.html).toMatch(
			/<a href="http[^"]+\/arrangementer\/[^"]+" style="[^"]*overflow-wrap:anywhere/
		);
	});
});

describe('feeds per county chapter and per type', () => {
	it('list only their events, refresh hourly, and follow the language', async () => {
		const [nordland] = await db
			.select()
			.from(countyChapters)
			.where(eq(countyChapters.slug, 'nordland'));
		const mine = await makeEvent({
			chapterId: nordland.id,
			type: 'webinar',
			title: 'Nordlandswebinar'
		});
		const other = await makeEvent({ type: 'samling', title: 'Nasjonal samling' });
		const chapterFeed = (await calendarFeed({ chapter: 'nordland' }))!;
		const cal = new ICAL.Component(ICAL.parse(chapterFeed));
		const titles = cal
			.getAllSubcomponents('vevent')
			.map((v) => String(v.getFirstPropertyValue('summary')));
		expect(titles).toContain('Nordlandswebinar');
		expect(titles).not.toContain('Nasjonal samling');
		expect(String(cal.getFirstPropertyValue('method'))).toBe('PUBLISH');
		expect(chapterFeed).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
		expect(chapterFeed).toContain('\r\nX-PUBLISHED-TTL:PT1H\r\n');
		expect(chapterFeed).toContain('X-WR-CALNAME:Fremtidens kulturskole – arrangementer i Nordland');

		const typeFeed = (await calendarFeed({ type: 'samling' }))!;
		expect(typeFeed).toContain('SUMMARY:Nasjonal samling');
		expect(typeFeed).not.toContain('Nordlandswebinar');
		expect(await calendarFeed({ chapter: 'finnes-ikke' })).toBeNull();

		// A published English translation is used in /en; nynorsk without one keeps bokmål.
		await db.insert(contentTranslations).values({
			kind: 'arrangement',
			itemId: other.id,
			lang: 'en',
			title: 'National gathering',
			lead: 'In English.',
			sourceVersion: other.version,
			sourceUpdatedAt: other.updatedAt,
			status: 'published',
			publishedAt: new Date(Date.now() - 60_000)
		});
		const en = (await withLanguage('en', () => calendarFeed({ type: 'samling' })))!;
		expect(en).toContain('SUMMARY:National gathering');
		expect(en).toContain('X-WR-CALNAME:Fremtidens kulturskole – Gathering');
		const nn = (await withLanguage('nn', () => calendarFeed({ type: 'samling' })))!;
		expect(nn).toContain('SUMMARY:Nasjonal samling');
		expect(mine.id).toBeGreaterThan(0);
	});
});

describe('the event form’s contact person', () => {
	it('is saved with the event, and a name needs an address', async () => {
		const ev = await makeEvent();
		const [row] = await db.select().from(events).where(eq(events.id, ev.id));
		await expect(
			updateEvent(editor, ev.id, formOf(row, { contactName: 'Bare Navn', contactEmail: '' }))
		).rejects.toMatchObject({ field: 'contactEmail' });
		await updateEvent(
			editor,
			ev.id,
			formOf(row, { contactName: ' Siri Kontakt ', contactEmail: 'Siri@Kommune.no' })
		);
		const [after] = await db.select().from(events).where(eq(events.id, ev.id));
		expect(after).toMatchObject({ contactName: 'Siri Kontakt', contactEmail: 'siri@kommune.no' });
		expect(eventToForm(after)).toMatchObject({
			contactName: 'Siri Kontakt',
			contactEmail: 'siri@kommune.no'
		});
	});
});

describe('the retention months on the form', () => {
	afterEach(() => {
		delete process.env.FK_REGISTRATION_RETENTION_MONTHS;
	});
	it('follow FK_REGISTRATION_RETENTION_MONTHS, with the plural in each language', async () => {
		const { retentionMonths } = await import('./privacy');
		const { m, plural, t } = await import('$lib/i18n');
		const text = () =>
			t(m.pub.registration.privacy, {
				retention: plural(retentionMonths(), m.pub.registration.retention)
			});
		process.env.FK_REGISTRATION_RETENTION_MONTHS = '1';
		expect(text()).toContain('anonymiseres 1 måned etter');
		expect(withLanguage('nn', text)).toContain('anonymisert 1 månad etter');
		expect(withLanguage('en', text)).toContain('anonymised 1 month after');
		process.env.FK_REGISTRATION_RETENTION_MONTHS = '18';
		expect(text()).toContain('anonymiseres 18 måneder etter');
		expect(withLanguage('nn', text)).toContain('anonymisert 18 månader etter');
		expect(withLanguage('en', text)).toContain('anonymised 18 months after');
	});
});

describe('outbox rows', () => {
	it('keep the Reply-To of event mails', async () => {
		const ev = await makeEvent();
		const kari = person();
		await register(ev.id, kari);
		const rows = await db
			.select()
			.from(mailMessages)
			.where(and(eq(mailMessages.to, kari.email), like(mailMessages.template, 'arrangement.%')));
		expect(rows[0].replyTo).toBe('"Fremtidens kulturskole" <post@fremtidenskulturskole.no>');
	});
});
