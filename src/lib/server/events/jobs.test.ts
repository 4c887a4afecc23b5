import { afterEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { mailMessages } from '../mail/schema';
import { events, registrations, registrationTokens } from './schema';
import { resetClock, setNow } from '../clock';
import { register } from './registration/register';
import { registrationByToken } from './registration/links';
import { eventSweep, sendDueReminders } from './sweep';
import { anonymiseBefore, enforceRetention, purgeDietary, retentionMonths } from './privacy';
import { makeEvent, person } from './test-support';

afterEach(() => {
	resetClock();
	delete process.env.FK_REGISTRATION_RETENTION_MONTHS;
});

const oslo = (s: string) => new Date(s);

async function mailsTo(email: string, kind: string) {
	return db
		.select()
		.from(mailMessages)
		.where(and(eq(mailMessages.to, email), eq(mailMessages.template, `arrangement.${kind}`)));
}

describe('reminders', () => {
	it('the day before at 09:00 Oslo time, once, not to those who came later; an hour before digital events', async () => {
		setNow(oslo('2031-03-01T10:00:00+01:00'));
		const ev = await makeEvent({
			format: 'digitalt',
			meetingUrl: 'https://zoom.us/j/42',
			venue: '',
			address: '',
			startsAt: oslo('2031-03-10T12:00:00+01:00'),
			endsAt: oslo('2031-03-10T13:00:00+01:00')
		});
		const early = person();
		const late = person();
		await register(ev.id, early);

		setNow(oslo('2031-03-09T08:59:59+01:00'));
		expect((await eventSweep()).reminders).toBe(0);

		setNow(oslo('2031-03-09T09:00:30+01:00'));
		await register(ev.id, late);
		expect((await eventSweep()).reminders).toBe(1);
		expect((await eventSweep()).reminders).toBe(0);
		const [day] = await mailsTo(early.email, 'reminder-day');
		expect(day.subject).toContain('i morgen');
		expect(day.text).toContain('Møtelenke: https://zoom.us/j/42');
		expect(day.attachments).toHaveLength(1);
		expect(await mailsTo(late.email, 'reminder-day')).toHaveLength(0);

		setNow(oslo('2031-03-10T10:59:00+01:00'));
		expect((await eventSweep()).reminders).toBe(0);
		setNow(oslo('2031-03-10T11:00:00+01:00'));
		expect((await eventSweep()).reminders).toBe(2);
		expect((await eventSweep()).reminders).toBe(0);
		expect(await mailsTo(early.email, 'reminder-hour')).toHaveLength(1);
		expect(await mailsTo(late.email, 'reminder-hour')).toHaveLength(1);
	});

	it('summer time: 09:00 Oslo is 07:00 UTC; physical events get no hour reminder', async () => {
		setNow(oslo('2031-06-01T10:00:00+02:00'));
		const ev = await makeEvent({
			startsAt: oslo('2031-06-10T08:30:00+02:00'),
			endsAt: oslo('2031-06-10T15:00:00+02:00')
		});
		const p = person();
		await register(ev.id, p);
		setNow(new Date('2031-06-09T06:59:00Z'));
		expect(await sendDueReminders()).toBe(0);
		setNow(new Date('2031-06-09T07:00:00Z'));
		expect(await sendDueReminders()).toBe(1);
		setNow(oslo('2031-06-10T07:45:00+02:00'));
		expect(await sendDueReminders()).toBe(0);
		expect(await mailsTo(p.email, 'reminder-hour')).toHaveLength(0);
	});

	it('moving the event sends new reminders for the new time; cancelled events send none', async () => {
		setNow(oslo('2031-04-01T10:00:00+02:00'));
		const ev = await makeEvent({
			startsAt: oslo('2031-04-10T10:00:00+02:00'),
			endsAt: oslo('2031-04-10T12:00:00+02:00')
		});
		const p = person();
		await register(ev.id, p);
		setNow(oslo('2031-04-09T09:30:00+02:00'));
		expect(await sendDueReminders()).toBe(1);
		await db
			.update(events)
			.set({
				startsAt: oslo('2031-04-11T10:00:00+02:00'),
				endsAt: oslo('2031-04-11T12:00:00+02:00')
			})
			.where(eq(events.id, ev.id));
		setNow(oslo('2031-04-10T09:30:00+02:00'));
		expect(await sendDueReminders()).toBe(1);
		expect(await mailsTo(p.email, 'reminder-day')).toHaveLength(2);

		const cancelled = await makeEvent({
			status: 'cancelled',
			startsAt: oslo('2031-04-11T10:00:00+02:00'),
			endsAt: oslo('2031-04-11T12:00:00+02:00')
		});
		await db.insert(registrations).values({
			eventId: cancelled.id,
			status: 'confirmed',
			name: 'X',
			email: 'x-avlyst@example.no',
			registeredAt: oslo('2031-04-01T10:00:00+02:00')
		});
		expect(await sendDueReminders()).toBe(0);
	});
});

describe('after the event', () => {
	it('sends the recording once, only when there is one, to those who had a seat', async () => {
		setNow(oslo('2031-05-01T10:00:00+02:00'));
		const ev = await makeEvent({
			capacity: 1,
			startsAt: oslo('2031-05-05T10:00:00+02:00'),
			endsAt: oslo('2031-05-05T12:00:00+02:00')
		});
		const seat = person();
		const waiting = person();
		await register(ev.id, seat);
		await register(ev.id, waiting);
		setNow(oslo('2031-05-05T13:00:00+02:00'));
		expect((await eventSweep()).followUps).toBe(0);
		await db.update(events).set({ recordingUrl: '/ressurser/opptak' }).where(eq(events.id, ev.id));
		expect((await eventSweep()).followUps).toBe(1);
		expect((await eventSweep()).followUps).toBe(0);
		const [mail] = await mailsTo(seat.email, 'follow-up');
		expect(mail.text).toContain('/ressurser/opptak');
		expect(await mailsTo(waiting.email, 'follow-up')).toHaveLength(0);
	});
});

describe('retention', () => {
	it('deletes dietary needs from the day after the event (Oslo calendar)', async () => {
		setNow(oslo('2031-08-01T10:00:00+02:00'));
		const ev = await makeEvent({
			startsAt: oslo('2031-08-20T18:00:00+02:00'),
			endsAt: oslo('2031-08-20T23:30:00+02:00')
		});
		const r = await register(ev.id, person({ dietary: 'Nøtteallergi', dietaryConsent: true }));
		if (r.kind !== 'registered') throw new Error('påmelding');
		setNow(oslo('2031-08-20T23:59:00+02:00'));
		expect(await purgeDietary()).toBe(0);
		setNow(oslo('2031-08-21T00:00:30+02:00'));
		expect(await purgeDietary()).toBe(1);
		const found = await registrationByToken(r.token);
		expect(found?.registration.dietary).toBeNull();
		expect(found?.registration.dietaryConsentAt).toBeNull();
		expect(found?.registration.name).toBe('Kari Nordmann');
	});

	it('anonymises registrations 12 months after the event (configurable), keeping the figures', async () => {
		expect(retentionMonths()).toBe(12);
		process.env.FK_REGISTRATION_RETENTION_MONTHS = '6';
		expect(retentionMonths()).toBe(6);
		// A bad value is a start-up error (config.ts), never a quiet default.
		process.env.FK_REGISTRATION_RETENTION_MONTHS = 'tull';
		expect(() => retentionMonths()).toThrow(
			/FK_REGISTRATION_RETENTION_MONTHS="tull" er ikke gyldig/
		);
		expect(anonymiseBefore(new Date('2032-03-31T00:00:00Z'), 12).toISOString()).toBe(
			'2031-03-31T00:00:00.000Z'
		);
		delete process.env.FK_REGISTRATION_RETENTION_MONTHS;

		setNow(oslo('2031-01-10T10:00:00+01:00'));
		const ev = await makeEvent({
			startsAt: oslo('2031-01-20T10:00:00+01:00'),
			endsAt: oslo('2031-01-20T12:00:00+01:00')
		});
		const r = await register(ev.id, person({ name: 'Kari Anonym', organisation: 'Korpset' }));
		if (r.kind !== 'registered') throw new Error('påmelding');
		setNow(oslo('2032-01-19T12:00:00+01:00'));
		expect((await enforceRetention()).anonymised).toBe(0);
		setNow(oslo('2032-01-20T12:00:00+01:00'));
		expect((await enforceRetention()).anonymised).toBe(1);
		expect(await registrationByToken(r.token)).toBeNull();
		const [row] = await db
			.select()
			.from(registrations)
			.where(eq(registrations.id, r.registrationId));
		expect(row).toMatchObject({
			name: '',
			email: null,
			organisation: null,
			municipalityNumber: null,
			countyNumber: '50',
			status: 'confirmed',
			answers: {}
		});
		expect(row.anonymisedAt).not.toBeNull();
		expect(
			await db
				.select()
				.from(registrationTokens)
				.where(eq(registrationTokens.registrationId, r.registrationId))
		).toHaveLength(0);
		expect((await enforceRetention()).anonymised).toBe(0);
	});
});
