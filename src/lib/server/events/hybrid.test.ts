/**
 * Hybrid events: each registrant attends in the room or on the net, each way with its own
 * capacity and its own waitlist, and the meeting link goes only to those on the net.
 */
import { describe, expect, it } from 'vitest';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import { mailMessages } from '../mail/schema';
import { events, registrations } from './schema';
import { ServiceError } from '../errors';
import { register } from './registration/register';
import { cancelRegistration } from './registration/cancel';
import { updateRegistration } from './registration/update';
import { registrationPage } from './registration/page';
import { makeActor, makeEvent, person } from './test-support';
import { registerByStaff } from './registration/door';
import { registerGroup } from './registration/group';
import { member } from '../fremtidsbilde/testing';

const MEETING = 'https://zoom.us/j/5551234567';

const hybrid = (over: Partial<typeof events.$inferInsert> = {}) =>
	makeEvent({ format: 'hybrid', meetingUrl: MEETING, capacity: 5, digitalCapacity: 5, ...over });

const rowsOf = (eventId: number) =>
	db
		.select()
		.from(registrations)
		.where(eq(registrations.eventId, eventId))
		.orderBy(asc(registrations.id));

/** The calendar file attached to a mail, as text (attachments are stored base64). */
const icsOf = (mail: { attachments: { filename: string; content: string }[] }) =>
	Buffer.from(mail.attachments.find((a) => a.filename.endsWith('.ics'))!.content, 'base64')
		.toString('utf8')
		.replace(/\r\n /g, '');

const mailsTo = (to: string) =>
	db.select().from(mailMessages).where(eq(mailMessages.to, to)).orderBy(asc(mailMessages.id));

describe('hybrid events', () => {
	it('give exactly the seats of each way when 30 race for 5 in the room and 5 on the net', async () => {
		const ev = await hybrid();
		const people = Array.from({ length: 30 }, (_, i) =>
			person({ attendance: i % 2 === 0 ? 'fysisk' : 'digitalt' })
		);
		const results = await Promise.all(people.map((p) => register(ev.id, p)));
		expect(results.every((r) => r.kind === 'registered')).toBe(true);
		const rows = await rowsOf(ev.id);
		const count = (way: string, status: string) =>
			rows.filter((r) => r.attendance === way && r.status === status).length;
		expect({
			room: count('fysisk', 'confirmed'),
			roomWaiting: count('fysisk', 'waitlisted'),
			net: count('digitalt', 'confirmed'),
			netWaiting: count('digitalt', 'waitlisted')
		}).toEqual({ room: 5, roomWaiting: 10, net: 5, netWaiting: 10 });
		// Each waitlist numbers its own queue from 1.
		for (const way of ['fysisk', 'digitalt'] as const) {
			const positions = results.flatMap((r, i) =>
				r.kind === 'registered' && r.position !== null && people[i].attendance === way
					? [r.position]
					: []
			);
			expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
		}
		const [row] = await db.select().from(events).where(eq(events.id, ev.id));
		expect([row.confirmedCount, row.waitlistedCount]).toEqual([10, 20]);
	});

	it('no limit on the net when the digital capacity is empty', async () => {
		const ev = await hybrid({ capacity: 1, digitalCapacity: null });
		const results = [];
		for (let i = 0; i < 4; i++)
			results.push(await register(ev.id, person({ attendance: 'digitalt' })));
		results.push(await register(ev.id, person({ attendance: 'fysisk' })));
		results.push(await register(ev.id, person({ attendance: 'fysisk' })));
		expect(results.map((r) => (r.kind === 'registered' ? r.status : r.kind))).toEqual([
			'confirmed',
			'confirmed',
			'confirmed',
			'confirmed',
			'confirmed',
			'waitlisted'
		]);
	});

	it('asks how the person attends', async () => {
		const ev = await hybrid();
		const e = await register(ev.id, person()).then(
			() => null,
			(err: unknown) => err
		);
		expect(e).toBeInstanceOf(ServiceError);
		expect((e as ServiceError).field).toBe('attendance');
	});

	it('a freed room seat goes to the first waiting for the room, not for the net', async () => {
		const ev = await hybrid({ capacity: 1, digitalCapacity: 1 });
		const roomSeat = await register(ev.id, person({ attendance: 'fysisk' }));
		await register(ev.id, person({ attendance: 'digitalt' }));
		// The net's queue is older than the room's.
		const netWaiting = await register(ev.id, person({ attendance: 'digitalt' }));
		const roomWaiting = await register(ev.id, person({ attendance: 'fysisk' }));
		expect([netWaiting, roomWaiting].map((r) => r.kind === 'registered' && r.status)).toEqual([
			'waitlisted',
			'waitlisted'
		]);
		if (roomSeat.kind !== 'registered') throw new Error('no seat');
		const { promoted } = await cancelRegistration(roomSeat.token);
		expect(promoted).toBe(1);
		const rows = await rowsOf(ev.id);
		const status = (id: number) => rows.find((r) => r.id === id)?.status;
		if (netWaiting.kind !== 'registered' || roomWaiting.kind !== 'registered') return;
		expect(status(roomWaiting.registrationId)).toBe('confirmed');
		expect(status(netWaiting.registrationId)).toBe('waitlisted');
	});

	it('sends the meeting link only to those on the net (mail, calendar file, private page)', async () => {
		const ev = await hybrid();
		const room = person({ attendance: 'fysisk' });
		const net = person({ attendance: 'digitalt' });
		const r1 = await register(ev.id, room);
		const r2 = await register(ev.id, net);
		const [roomMail] = await mailsTo(room.email);
		const [netMail] = await mailsTo(net.email);
		expect(roomMail.text).not.toContain(MEETING);
		expect(roomMail.html).not.toContain(MEETING);
		expect(roomMail.text).toContain('Storgata 1');
		expect(icsOf(roomMail)).not.toContain(MEETING);
		expect(icsOf(roomMail)).toMatch(/LOCATION:.*Storgata 1/);
		expect(netMail.text).toContain(MEETING);
		expect(icsOf(netMail)).toContain(`LOCATION:${MEETING}`);
		if (r1.kind !== 'registered' || r2.kind !== 'registered') return;
		expect((await registrationPage(r1.token))?.meetingUrl).toBeNull();
		expect((await registrationPage(r2.token))?.meetingUrl).toBe(MEETING);
	});

	it('moves a person to the other way, onto its waitlist when full, and frees the seat left', async () => {
		const ev = await hybrid({ capacity: 1, digitalCapacity: 1 });
		const a = person({ attendance: 'fysisk' });
		const ra = await register(ev.id, a);
		await register(ev.id, person({ attendance: 'digitalt' }));
		const waiting = await register(ev.id, person({ attendance: 'fysisk' }));
		if (ra.kind !== 'registered' || waiting.kind !== 'registered') throw new Error('no seat');
		const { email: _email, ...details } = { ...a, attendance: 'digitalt' };
		void _email;
		expect(await updateRegistration(ra.token, details)).toEqual({ moved: 'waitlisted' });
		const rows = await db
			.select()
			.from(registrations)
			.where(
				and(
					eq(registrations.eventId, ev.id),
					inArray(registrations.id, [ra.registrationId, waiting.registrationId])
				)
			);
		const byId = new Map(rows.map((r) => [r.id, r]));
		expect(byId.get(ra.registrationId)).toMatchObject({
			attendance: 'digitalt',
			status: 'waitlisted'
		});
		// The room seat left behind went to the first waiting for the room.
		expect(byId.get(waiting.registrationId)?.status).toBe('confirmed');
		const [row] = await db.select().from(events).where(eq(events.id, ev.id));
		expect([row.confirmedCount, row.waitlistedCount]).toEqual([2, 1]);
	});

	it('a group chooses per person, and each gets a seat of their own way', async () => {
		const coordinator = await member('5001', 'koordinator');
		const ev = await hybrid({ capacity: 1, digitalCapacity: 1 });
		const mail = (i: number) =>
			`hybrid-gruppe-${i}-${Math.random().toString(36).slice(2, 8)}@example.no`;
		const rows = [
			{ name: 'A', email: mail(1), role: 'kulturskoleansatt', attendance: 'fysisk' },
			{ name: 'B', email: mail(2), role: 'kulturskoleansatt', attendance: 'digitalt' },
			{ name: 'C', email: mail(3), role: 'kulturskoleansatt', attendance: 'fysisk' }
		];
		const result = await registerGroup(coordinator, '5001', ev.slug, rows, true);
		expect(result.kind).toBe('registered');
		if (result.kind !== 'registered') return;
		expect(result.seats.map((x) => [x.status, x.position])).toEqual([
			['confirmed', null],
			['confirmed', null],
			['waitlisted', 1]
		]);
		const missing = await registerGroup(
			coordinator,
			'5001',
			ev.slug,
			[{ name: 'D', email: mail(4), role: 'kulturskoleansatt' }],
			true
		);
		expect(missing.kind === 'invalid' && missing.problems.map((p) => p.field)).toEqual([
			'attendance'
		]);
	});

	it('staff at the door register a person on the net, against the places on the net', async () => {
		const staff = await makeActor('admin');
		const ev = await hybrid({ capacity: 1, digitalCapacity: 1 });
		await register(ev.id, person({ attendance: 'fysisk' }));
		const p = person();
		const r = await registerByStaff(staff, ev.id, {
			name: p.name,
			email: p.email,
			role: p.role,
			municipality: p.municipality,
			organisation: '',
			attendance: 'digitalt',
			overbook: false,
			checkIn: false
		});
		expect(r).toMatchObject({ status: 'confirmed', overbooked: false });
		const [mail] = await mailsTo(p.email);
		expect(mail.text).toContain(MEETING);
	});
});
