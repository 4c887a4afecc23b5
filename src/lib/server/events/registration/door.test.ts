/**
 * Staff registering by hand (a walk-in at the door): the same checks as a registration, the
 * deadline not applying to staff, overbooking only when ticked, check-in at once, audited;
 * and refused, in the service, for staff of another chapter (remove the `authorize` in
 * `registerByStaff` and this goes red).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '../../db/client';
import { auditLog } from '../../accounts/schema';
import { countyChapters } from '../../geo/schema';
import { mailMessages } from '../../mail/schema';
import { registrations } from '../schema';
import type { Actor } from '../../accounts/actor';
import { ForbiddenError } from '../../errors';
import { makeActor, makeEvent, person } from '../test-support';
import { register } from './register';
import { registerByStaff, type DoorInput } from './door';

let editor: Actor;
let chapterA: number;
let chapterB: number;
const walkIn = (over: Partial<DoorInput> = {}): DoorInput => {
	const p = person();
	return {
		name: 'Ola Dørstokk',
		email: p.email,
		role: p.role,
		municipality: 'Trondheim',
		organisation: '',
		overbook: false,
		checkIn: false,
		...over
	};
};

beforeAll(async () => {
	editor = await makeActor('redaktor');
	const chapters = await db.select().from(countyChapters).limit(2);
	[chapterA, chapterB] = chapters.map((c) => c.id);
});

describe('registerByStaff', () => {
	it('gives a seat past the deadline, checks in at once, mails and audits', async () => {
		const ev = await makeEvent({
			capacity: 5,
			registrationClosesAt: new Date(Date.now() - 60_000)
		});
		await expect(register(ev.id, person())).rejects.toThrow(/frist/i);
		const input = walkIn({ checkIn: true });
		const r = await registerByStaff(editor, ev.id, input);
		expect(r).toMatchObject({ status: 'confirmed', checkedIn: true, overbooked: false });
		const [reg] = await db
			.select()
			.from(registrations)
			.where(eq(registrations.id, r.registrationId));
		expect(reg.attendedAt).not.toBeNull();
		const mails = await db.select().from(mailMessages).where(eq(mailMessages.to, input.email));
		expect(mails.map((x) => x.template)).toEqual(['arrangement.confirmed']);
		const [audit] = await db
			.select()
			.from(auditLog)
			.where(
				and(
					eq(auditLog.action, 'arrangement.pamelding-manuelt'),
					eq(auditLog.entityId, String(ev.id))
				)
			);
		expect(audit.actorId).toBe(editor.id);
		expect(audit.summary).toMatch(/sjekket inn/);
	});

	it('waitlists when full unless staff choose to overbook; refuses a duplicate beside the field', async () => {
		const ev = await makeEvent({ capacity: 1 });
		const first = person();
		await register(ev.id, first);
		const waiting = await registerByStaff(editor, ev.id, walkIn({ checkIn: true }));
		expect(waiting).toMatchObject({ status: 'waitlisted', position: 1, checkedIn: false });
		const over = await registerByStaff(editor, ev.id, walkIn({ overbook: true }));
		expect(over).toMatchObject({ status: 'confirmed', overbooked: true });
		const rows = await db.select().from(registrations).where(eq(registrations.eventId, ev.id));
		expect(rows.filter((x) => x.status === 'confirmed')).toHaveLength(2);
		await expect(
			registerByStaff(editor, ev.id, walkIn({ email: first.email.toUpperCase() }))
		).rejects.toMatchObject({ field: 'email', key: 'signup.problems.already' });
		await expect(registerByStaff(editor, ev.id, walkIn({ name: '' }))).rejects.toMatchObject({
			field: 'name'
		});
	});

	it('takes nobody for a draft or cancelled event', async () => {
		for (const status of ['draft', 'cancelled'] as const) {
			const ev = await makeEvent({ status });
			await expect(registerByStaff(editor, ev.id, walkIn())).rejects.toThrow();
			expect(
				await db.select().from(registrations).where(eq(registrations.eventId, ev.id))
			).toHaveLength(0);
		}
	});

	it('is refused in the service for staff of another chapter and for others; allowed for the own chapter', async () => {
		const ev = await makeEvent({ capacity: 5, chapterId: chapterA });
		for (const who of [await makeActor(null, [chapterB]), await makeActor(null)])
			await expect(registerByStaff(who, ev.id, walkIn())).rejects.toBeInstanceOf(ForbiddenError);
		expect(
			await db.select().from(registrations).where(eq(registrations.eventId, ev.id))
		).toHaveLength(0);
		const own = await makeActor(null, [chapterA]);
		expect(await registerByStaff(own, ev.id, walkIn())).toMatchObject({ status: 'confirmed' });
	});
});
