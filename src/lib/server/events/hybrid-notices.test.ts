/**
 * Hybrid events, what each person is told: a move between the room and the net mails the new
 * way with a new personal calendar file; promotion and change mails carry the meeting link
 * only to those on the net; the follow-up is written from the event as it is when it goes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, like } from 'drizzle-orm';
import { db } from '../db/client';
import { countyChapters } from '../geo/schema';
import { mailMessages } from '../mail/schema';
import { events, registrations } from './schema';
import type { Actor } from '../accounts/actor';
import type { EventInput } from '$lib/forms/events';
import { register } from './registration/register';
import { cancelRegistration } from './registration/cancel';
import { updateRegistration } from './registration/update';
import { changeAttendanceByStaff } from './registration/attendance-change';
import { eventToForm, updateEvent } from './events.admin';
import { sendFollowUps } from './sweep';
import { scannedRegistration } from './checkin-scan';
import { checkinCode } from './checkin-code';
import { makeActor, makeEvent, person } from './test-support';

const MEETING = 'https://zoom.us/j/5551234567';

let staff: Actor;
let otherLeader: Actor;

beforeAll(async () => {
	const chapters = await db.select().from(countyChapters);
	staff = await makeActor('redaktor');
	otherLeader = await makeActor(null, [chapters.find((c) => c.slug === 'agder')!.id]);
});

const hybrid = (over: Partial<typeof events.$inferInsert> = {}) =>
	makeEvent({
		format: 'hybrid',
		meetingUrl: MEETING,
		capacity: 5,
		digitalCapacity: 5,
		startsAt: new Date('2031-09-10T08:00:00Z'),
		endsAt: new Date('2031-09-10T10:00:00Z'),
		...over
	});

const icsOf = (mail: { attachments: { filename: string; content: string }[] }) => {
	const a = mail.attachments.find((x) => x.filename.endsWith('.ics'));
	return a ? Buffer.from(a.content, 'base64').toString('utf8').replace(/\r\n /g, '') : null;
};
const sequenceOf = (ics: string) => Number(/\nSEQUENCE:(\d+)/.exec(ics)![1]);

const mailsLike = (to: string, key: string) =>
	db
		.select()
		.from(mailMessages)
		.where(like(mailMessages.idempotencyKey, key))
		.orderBy(asc(mailMessages.id))
		.then((rows) => rows.filter((r) => r.to === to));

/** What the private page's form sends, with another way of attending. */
const detailsOf = (p: ReturnType<typeof person>, attendance: 'fysisk' | 'digitalt') => {
	const { email: _email, ...rest } = { ...p, attendance };
	void _email;
	return rest;
};

describe('moving between the room and the net', () => {
	it('mails the new way with a calendar file that replaces the old (higher SEQUENCE)', async () => {
		const ev = await hybrid();
		const p = person({ attendance: 'fysisk' });
		const r = await register(ev.id, p);
		if (r.kind !== 'registered') throw new Error('no seat');
		const [confirmation] = await mailsLike(p.email, `registration:%:confirmed`);
		const first = icsOf(confirmation)!;
		expect(first).not.toContain(MEETING);

		expect(await updateRegistration(r.token, detailsOf(p, 'digitalt'))).toEqual({
			moved: 'confirmed'
		});
		const [toNet] = await mailsLike(p.email, `registration:${r.registrationId}:attendance:%`);
		expect(toNet.template).toBe('arrangement.attendance-changed');
		expect(toNet.text).toContain('Digitalt');
		expect(toNet.text).toContain(MEETING);
		const netIcs = icsOf(toNet)!;
		expect(netIcs).toContain('METHOD:REQUEST');
		expect(netIcs).toContain(`LOCATION:${MEETING}`);
		expect(sequenceOf(netIcs)).toBeGreaterThan(sequenceOf(first));

		// And back to the room: the address, never the link, and a still higher SEQUENCE.
		await updateRegistration(r.token, detailsOf(p, 'fysisk'));
		const moves = await mailsLike(p.email, `registration:${r.registrationId}:attendance:%`);
		expect(moves).toHaveLength(2);
		expect(moves[1].text).toContain('Storgata 1');
		expect(moves[1].text).not.toContain(MEETING);
		expect(moves[1].html).not.toContain(MEETING);
		const roomIcs = icsOf(moves[1])!;
		expect(roomIcs).not.toContain(MEETING);
		expect(sequenceOf(roomIcs)).toBeGreaterThan(sequenceOf(netIcs));
		// Saving the details without a move sends nothing.
		await updateRegistration(r.token, detailsOf(p, 'fysisk'));
		expect(await mailsLike(p.email, `registration:${r.registrationId}:attendance:%`)).toHaveLength(
			2
		);
	});

	it('onto the other way’s waitlist: the position, and a file that removes the seat', async () => {
		const ev = await hybrid({ capacity: 2, digitalCapacity: 1 });
		await register(ev.id, person({ attendance: 'digitalt' }));
		const p = person({ attendance: 'fysisk' });
		const r = await register(ev.id, p);
		if (r.kind !== 'registered') throw new Error('no seat');
		expect(await updateRegistration(r.token, detailsOf(p, 'digitalt'))).toEqual({
			moved: 'waitlisted'
		});
		const [mail] = await mailsLike(p.email, `registration:${r.registrationId}:attendance:%`);
		expect(mail.text).toContain('nummer 1 på ventelisten');
		// No seat on the net yet: no meeting link
		expect(mail.text).not.toContain(MEETING);
		const ics = icsOf(mail)!;
		expect(ics).toContain('METHOD:CANCEL');
	});

	it('staff move a person, who is told; someone else’s event is refused', async () => {
		const ev = await hybrid();
		const p = person({ attendance: 'fysisk' });
		const r = await register(ev.id, p);
		if (r.kind !== 'registered') throw new Error('no seat');
		await expect(
			changeAttendanceByStaff(otherLeader, ev.id, r.registrationId, 'digitalt')
		).rejects.toMatchObject({ code: 'forbidden' });
		const [unchanged] = await db
			.select()
			.from(registrations)
			.where(eq(registrations.id, r.registrationId));
		expect(unchanged.attendance).toBe('fysisk');
		expect(await changeAttendanceByStaff(staff, ev.id, r.registrationId, 'digitalt')).toBe(
			'confirmed'
		);
		const [mail] = await mailsLike(p.email, `registration:${r.registrationId}:attendance:%`);
		expect(mail.text).toContain(MEETING);
		expect(icsOf(mail)).toContain('METHOD:REQUEST');
		// The same way again changes nothing and sends nothing
		expect(await changeAttendanceByStaff(staff, ev.id, r.registrationId, 'digitalt')).toBeNull();
		expect(await mailsLike(p.email, `registration:${r.registrationId}:attendance:%`)).toHaveLength(
			1
		);
	});
});

describe('the meeting link in promotion and change mails', () => {
	it('goes to those on the net and not to those in the room', async () => {
		const ev = await hybrid({ capacity: 1, digitalCapacity: 1 });
		const roomSeat = await register(ev.id, person({ attendance: 'fysisk' }));
		const netSeat = await register(ev.id, person({ attendance: 'digitalt' }));
		const room = person({ attendance: 'fysisk' });
		const net = person({ attendance: 'digitalt' });
		await register(ev.id, room);
		await register(ev.id, net);
		if (roomSeat.kind !== 'registered' || netSeat.kind !== 'registered') throw new Error('seat');
		// Both seats free up: the first waiting for each way is promoted.
		await cancelRegistration(roomSeat.token);
		await cancelRegistration(netSeat.token);
		const [roomPromoted] = await mailsLike(room.email, `registration:%:promoted:%`);
		const [netPromoted] = await mailsLike(net.email, `registration:%:promoted:%`);
		expect(roomPromoted.text).not.toContain(MEETING);
		expect(roomPromoted.html).not.toContain(MEETING);
		expect(icsOf(roomPromoted)).not.toContain(MEETING);
		expect(netPromoted.text).toContain(MEETING);
		expect(icsOf(netPromoted)).toContain(MEETING);

		// A new time: everyone told, the link only on the net.
		const [now] = await db.select().from(events).where(eq(events.id, ev.id));
		await updateEvent(staff, ev.id, {
			...eventToForm(now),
			startsAt: '2031-09-11T10:00',
			endsAt: '2031-09-11T12:00'
		} as EventInput);
		const [roomChanged] = await mailsLike(room.email, `event:${ev.id}:changed:%`);
		const [netChanged] = await mailsLike(net.email, `event:${ev.id}:changed:%`);
		expect(roomChanged.text).toContain('Ny tid:');
		expect(roomChanged.text).not.toContain(MEETING);
		expect(roomChanged.html).not.toContain(MEETING);
		expect(icsOf(roomChanged)).not.toContain(MEETING);
		expect(netChanged.text).toContain(MEETING);
		expect(icsOf(netChanged)).toContain(MEETING);
	});
});

describe('check-in by QR code', () => {
	it('shows how the scanned person attends at a hybrid event (and nothing at others)', async () => {
		const ev = await hybrid();
		const r = await register(ev.id, person({ attendance: 'digitalt' }));
		if (r.kind !== 'registered') throw new Error('no seat');
		expect(await scannedRegistration(staff, checkinCode(r.registrationId))).toMatchObject({
			attendance: 'digitalt'
		});
		const plain = await makeEvent();
		const p = await register(plain.id, person());
		if (p.kind !== 'registered') throw new Error('no seat');
		expect((await scannedRegistration(staff, checkinCode(p.registrationId))).attendance).toBeNull();
	});
});

describe('the follow-up after the event', () => {
	it('is written from the event as it is when it goes, not as it was at registration', async () => {
		const start = new Date(Date.now() - 5 * 60 * 60_000);
		const ev = await hybrid({ startsAt: start, endsAt: new Date(start.getTime() + 60 * 60_000) });
		const p = person({ attendance: 'digitalt' });
		// Registered before the event ended (the follow-up goes to those).
		const [row] = await db
			.insert(registrations)
			.values({
				eventId: ev.id,
				name: p.name,
				email: p.email,
				status: 'confirmed',
				attendance: 'digitalt',
				registeredAt: new Date(start.getTime() - 60 * 60_000),
				confirmedAt: new Date(start.getTime() - 60 * 60_000)
			})
			.returning();
		await db
			.update(events)
			.set({ title: 'Nytt navn etterpå', recordingUrl: 'https://video.example.no/opptak-2' })
			.where(eq(events.id, ev.id));
		await sendFollowUps(new Date());
		const [mail] = await mailsLike(p.email, `registration:${row.id}:follow-up`);
		expect(mail.subject).toContain('Nytt navn etterpå');
		expect(mail.text).toContain('https://video.example.no/opptak-2');
	});
});
