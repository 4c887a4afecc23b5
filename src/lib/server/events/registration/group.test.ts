/**
 * Group registration by a municipal coordinator: each person their own registration, mail
 * and link; problems per row; seats per person in row order; and, under concurrency, two groups
 * and singles racing for the last seats get exactly the capacity (the `FOR UPDATE` on the event
 * row in `seatGroup` is what keeps them apart: removed, this goes red).
 */
import { describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '../../db/client';
import { auditLog } from '../../accounts/schema';
import { mailMessages } from '../../mail/schema';
import { events, registrations, registrationTokens } from '../schema';
import { ForbiddenError } from '../../errors';
import { member } from '../../fremtidsbilde/testing';
import { addQuestion, makeEvent, person } from '../test-support';
import { register } from './register';
import { registerGroup, type GroupRow } from './group';

const TRONDHEIM = '5001';
let n = 0;
const row = (over: Partial<GroupRow> = {}): GroupRow => ({
	name: `Lærer ${++n}`,
	email: `gruppe-${n}-${Math.random().toString(36).slice(2, 8)}@example.no`,
	role: 'kulturskoleansatt',
	...over
});

describe('registerGroup', () => {
	it('registers each person with their own mail and link, seats in row order, and audits', async () => {
		const coordinator = await member(TRONDHEIM, 'koordinator');
		const ev = await makeEvent({ capacity: 2 });
		const rows = [row(), row(), row()];
		const result = await registerGroup(coordinator, TRONDHEIM, ev.slug, rows, true);
		expect(result.kind).toBe('registered');
		if (result.kind !== 'registered') return;
		expect(result.seats.map((s) => [s.email, s.status, s.position])).toEqual([
			[rows[0].email, 'confirmed', null],
			[rows[1].email, 'confirmed', null],
			[rows[2].email, 'waitlisted', 1]
		]);
		const regs = await db.select().from(registrations).where(eq(registrations.eventId, ev.id));
		expect(regs).toHaveLength(3);
		expect(new Set(regs.map((r) => r.municipalityNumber))).toEqual(new Set([TRONDHEIM]));
		const tokens = await db
			.select()
			.from(registrationTokens)
			.where(
				inArray(
					registrationTokens.registrationId,
					regs.map((r) => r.id)
				)
			);
		expect(new Set(tokens.map((t) => t.registrationId)).size).toBe(3);
		const mails = await db
			.select({ to: mailMessages.to, template: mailMessages.template })
			.from(mailMessages)
			.where(
				inArray(
					mailMessages.to,
					rows.map((r) => r.email)
				)
			);
		expect(mails.map((x) => x.template).sort()).toEqual([
			'arrangement.confirmed',
			'arrangement.confirmed',
			'arrangement.waitlisted'
		]);
		const [audit] = await db
			.select()
			.from(auditLog)
			.where(
				and(
					eq(auditLog.action, 'arrangement.gruppepamelding'),
					eq(auditLog.entityId, String(ev.id))
				)
			);
		expect(audit.actorId).toBe(coordinator.id);
		expect(audit.summary).toMatch(/3 personer \(2 med plass, 1 på venteliste\)/);
		const [after] = await db.select().from(events).where(eq(events.id, ev.id));
		expect([after.confirmedCount, after.waitlistedCount]).toEqual([2, 1]);
	});

	it('reports problems per row and registers nobody while any row has one', async () => {
		const coordinator = await member(TRONDHEIM, 'koordinator');
		const ev = await makeEvent({ capacity: 10 });
		const earlier = person();
		await register(ev.id, earlier);
		const twice = row();
		const result = await registerGroup(
			coordinator,
			TRONDHEIM,
			ev.slug,
			[
				twice,
				row({ email: twice.email.toUpperCase() }),
				row({ email: earlier.email }),
				row({ name: ' ' }),
				row({ email: 'ikke-en-adresse' }),
				row({ role: 'Trollmann' }),
				{ name: '', email: '', role: '' }
			],
			false
		);
		expect(result).toMatchObject({
			kind: 'invalid',
			problems: [
				{ row: -1, field: 'consent', key: 'signup.group.consentMissing' },
				{ row: 1, field: 'email', key: 'signup.problems.twice' },
				{ row: 2, field: 'email', key: 'signup.problems.already' },
				{ row: 3, field: 'name', key: 'problems.events.nameMissing' },
				{ row: 4, field: 'email', key: 'signup.problems.emailInvalid' },
				{ row: 5, field: 'role', key: 'problems.events.roleMissing' }
			]
		});
		const regs = await db.select().from(registrations).where(eq(registrations.eventId, ev.id));
		expect(regs).toHaveLength(1);
		// Good rows without the coordinator's confirmation: nobody either.
		expect(await registerGroup(coordinator, TRONDHEIM, ev.slug, [row()], false)).toMatchObject({
			kind: 'invalid',
			problems: [{ row: -1, field: 'consent' }]
		});
		expect(
			await db.select().from(registrations).where(eq(registrations.eventId, ev.id))
		).toHaveLength(1);
		// Blank rows only: asked to fill in someone.
		expect(
			await registerGroup(
				coordinator,
				TRONDHEIM,
				ev.slug,
				[{ name: '', email: '', role: '' }],
				true
			)
		).toMatchObject({ kind: 'invalid', problems: [{ row: 0, key: 'signup.problems.empty' }] });
	});

	it('is for the municipality’s coordinator only, and not for events with required questions', async () => {
		const ev = await makeEvent({ capacity: 10 });
		for (const who of [await member(TRONDHEIM, 'medlem'), await member('4601', 'koordinator')])
			await expect(registerGroup(who, TRONDHEIM, ev.slug, [row()], true)).rejects.toBeInstanceOf(
				ForbiddenError
			);
		const coordinator = await member(TRONDHEIM, 'koordinator');
		const asking = await makeEvent({ capacity: 10 });
		await addQuestion(asking.id, { kind: 'text', label: 'Hva vil du lære?', required: true });
		await expect(registerGroup(coordinator, TRONDHEIM, asking.slug, [row()], true)).rejects.toThrow(
			/hver deltaker må svare på selv/
		);
		const closed = await makeEvent({ registrationClosesAt: new Date(Date.now() - 60_000) });
		await expect(registerGroup(coordinator, TRONDHEIM, closed.slug, [row()], true)).rejects.toThrow(
			/frist/i
		);
		expect(
			await db.select().from(registrations).where(eq(registrations.eventId, ev.id))
		).toHaveLength(0);
	});

	for (let round = 1; round <= 3; round++)
		it(`two groups and singles racing for the last seats get exactly the capacity (round ${round})`, async () => {
			const [a, b] = [await member(TRONDHEIM, 'koordinator'), await member('4601', 'koordinator')];
			const CAPACITY = 12;
			const ev = await makeEvent({ capacity: CAPACITY });
			// Some seats gone already.
			for (let i = 0; i < 4; i++) await register(ev.id, person());
			const groupA = Array.from({ length: 6 }, () => row());
			const groupB = Array.from({ length: 6 }, () => row());
			const singles = Array.from({ length: 8 }, () => person());
			const results = await Promise.all([
				registerGroup(a, TRONDHEIM, ev.slug, groupA, true),
				...singles.slice(0, 4).map((p) => register(ev.id, p)),
				registerGroup(b, '4601', ev.slug, groupB, true),
				...singles.slice(4).map((p) => register(ev.id, p))
			]);
			const told = results.flatMap((r) =>
				r.kind === 'registered' && 'seats' in r
					? r.seats.map((s) => s.status)
					: r.kind === 'registered' && 'status' in r
						? [r.status]
						: []
			);
			expect(told).toHaveLength(20);
			const rows = await db.select().from(registrations).where(eq(registrations.eventId, ev.id));
			const confirmed = rows.filter((r) => r.status === 'confirmed').length;
			expect(confirmed).toBe(CAPACITY);
			expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(24 - CAPACITY);
			expect(told.filter((s) => s === 'confirmed')).toHaveLength(CAPACITY - 4);
			const [after] = await db.select().from(events).where(eq(events.id, ev.id));
			expect([after.confirmedCount, after.waitlistedCount]).toEqual([CAPACITY, 24 - CAPACITY]);
		});
});
