/**
 * Options with their own limits (day 1, dinner …): places per option by the seat rule under
 * the event's lock, each option's own waitlist in order, promotion when a place frees up,
 * changes on the private page, and options that follow the event seat.
 *
 * The race: three copies of the service (each its own module graph, pool and group-commit
 * queue, as three app nodes) register 40 people at once for an event whose dinner has 5
 * places. Only the `FOR UPDATE` on the event row in `seatGroup` keeps the nodes from reading
 * the same option counts (removed, the dinner is overbooked: the test goes red).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '../../db/client';
import { mailMessages } from '../../mail/schema';
import { eventOptions, registrationOptions, registrations, registrationTokens } from '../schema';
import { FieldError } from '../../errors';
import { csvText, makeActor, makeEvent, person } from '../test-support';
import { register } from './register';
import { cancelRegistration } from './cancel';
import { updateRegistration } from './update';
import { registrationPage } from './page';
import { optionPlacesOf } from './seats';
import { updateOption } from '../options.admin';
import { moveRegistration, participants, participantsCsv } from '../participants.admin';
import { copyEvent } from '../events.admin';
import type { RegistrationData } from './details';
import { registerByStaff } from './door';
import { registerGroup } from './group';
import { member } from '../../fremtidsbilde/testing';

const url = process.env.DATABASE_URL!;
const NODES = 3;
const PEOPLE = 40;
const DINNER = 5;

type Client = typeof import('../../db/client');
type Service = typeof import('./register');
const nodes: { client: Client; service: Service }[] = [];

beforeAll(async () => {
	for (let i = 0; i < NODES; i++) {
		vi.resetModules();
		const client = await import('../../db/client');
		client.connect(url, 4);
		const service = await import('./register');
		nodes.push({ client, service });
	}
});
afterAll(async () => {
	for (const n of nodes) await n.client.disconnect();
});

async function addOptions(eventId: number, list: { name: string; capacity: number | null }[]) {
	return db
		.insert(eventOptions)
		.values(list.map((o, position) => ({ eventId, position, ...o })))
		.returning();
}

const details = (p: RegistrationData, options: number[]): Omit<RegistrationData, 'email'> => {
	const { email: _, ...rest } = p;
	void _;
	return { ...rest, options: options.map(String) };
};

async function mailsTo(email: string) {
	return db
		.select({
			template: mailMessages.template,
			subject: mailMessages.subject,
			text: mailMessages.text
		})
		.from(mailMessages)
		.where(eq(mailMessages.to, email))
		.orderBy(asc(mailMessages.id));
}

describe('an option with a limit under a burst from three nodes', () => {
	it('gives exactly its places, the rest its waitlist in seating order', async () => {
		const ev = await makeEvent({ capacity: null });
		const [day, dinner] = await addOptions(ev.id, [
			{ name: 'Dag 1', capacity: null },
			{ name: 'Middag', capacity: DINNER }
		]);
		const people = Array.from({ length: PEOPLE }, () =>
			person({ options: [String(day.id), String(dinner.id)] })
		);
		const results = await Promise.all(
			people.map((p, i) => nodes[i % NODES].service.register(ev.id, p))
		);
		const registered = results.flatMap((r) => (r.kind === 'registered' ? [r] : []));
		expect(registered).toHaveLength(PEOPLE);
		// Everyone has the event seat and day 1; the dinner has exactly its five.
		expect(registered.every((r) => r.status === 'confirmed')).toBe(true);
		const rows = await db
			.select()
			.from(registrationOptions)
			.where(eq(registrationOptions.optionId, dinner.id))
			.orderBy(asc(registrationOptions.waitlistedAt), asc(registrationOptions.registrationId));
		expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(DINNER);
		expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(PEOPLE - DINNER);
		const dayRows = await db
			.select()
			.from(registrationOptions)
			.where(eq(registrationOptions.optionId, day.id));
		expect(dayRows.every((r) => r.status === 'confirmed')).toBe(true);
		expect(dayRows).toHaveLength(PEOPLE);
		// Seating order is registration id order: the first five seated have the dinner, and
		// the waitlist runs in the same order.
		const ids = registered.map((r) => r.registrationId).sort((a, b) => a - b);
		const confirmedIds = rows.filter((r) => r.status === 'confirmed').map((r) => r.registrationId);
		expect(confirmedIds.sort((a, b) => a - b)).toEqual(ids.slice(0, DINNER));
		expect(rows.filter((r) => r.status === 'waitlisted').map((r) => r.registrationId)).toEqual(
			ids.slice(DINNER)
		);
		// What each was told is what is stored (waitlist positions 1 … 35, each once).
		for (const r of registered) {
			const told = r.options.find((o) => o.optionId === dinner.id)!;
			const [stored] = (await optionPlacesOf(r.registrationId)).filter(
				(o) => o.optionId === dinner.id
			);
			expect([told.status, told.position]).toEqual([stored.status, stored.position]);
		}
		const positions = registered
			.map((r) => r.options.find((o) => o.optionId === dinner.id)!.position)
			.filter((p): p is number => p !== null)
			.sort((a, b) => a - b);
		expect(positions).toEqual(Array.from({ length: PEOPLE - DINNER }, (_, i) => i + 1));
	});
});

describe('an option place that frees up', () => {
	it('goes to the first on the option’s waitlist, who is told by e-mail', async () => {
		const ev = await makeEvent({ capacity: 10 });
		const [dinner] = await addOptions(ev.id, [{ name: 'Middag', capacity: 1 }]);
		const a = person({ options: [String(dinner.id)] });
		const b = person({ options: [String(dinner.id)] });
		const c = person({ options: [String(dinner.id)] });
		const ra = await register(ev.id, a);
		const rb = await register(ev.id, b);
		const rc = await register(ev.id, c);
		if (ra.kind !== 'registered' || rb.kind !== 'registered' || rc.kind !== 'registered')
			throw new Error('not registered');
		expect(ra.options.map((o) => [o.status, o.position])).toEqual([['confirmed', null]]);
		expect(rb.options.map((o) => [o.status, o.position])).toEqual([['waitlisted', 1]]);
		expect(rc.options.map((o) => [o.status, o.position])).toEqual([['waitlisted', 2]]);
		// The confirmation names the option and its status.
		const [confirmation] = await mailsTo(b.email);
		expect(confirmation.template).toBe('arrangement.confirmed');
		expect(confirmation.text).toContain('Middag: venteliste, nummer 1');

		await cancelRegistration(ra.token);
		expect((await optionPlacesOf(rb.registrationId)).map((o) => o.status)).toEqual(['confirmed']);
		expect((await optionPlacesOf(rc.registrationId)).map((o) => [o.status, o.position])).toEqual([
			['waitlisted', 1]
		]);
		expect(await optionPlacesOf(ra.registrationId)).toEqual([]);
		const mails = await mailsTo(b.email);
		expect(mails.map((m) => m.template)).toEqual([
			'arrangement.confirmed',
			'arrangement.option-promoted'
		]);
		expect(mails[1].subject).toContain('«Middag»');
		expect((await mailsTo(c.email)).map((m) => m.template)).toEqual(['arrangement.confirmed']);
	});

	it('is taken back on the private page (the next gets it), and ticking again queues behind', async () => {
		const ev = await makeEvent({ capacity: 10 });
		const [day, dinner] = await addOptions(ev.id, [
			{ name: 'Dag 2', capacity: null },
			{ name: 'Middag', capacity: 1 }
		]);
		const a = person({ options: [String(dinner.id)] });
		const b = person({ options: [String(dinner.id)] });
		const ra = await register(ev.id, a);
		const rb = await register(ev.id, b);
		if (ra.kind !== 'registered' || rb.kind !== 'registered') throw new Error('not registered');

		// A swaps the dinner for day 2.
		await updateRegistration(ra.token, details(a, [day.id]));
		expect((await optionPlacesOf(ra.registrationId)).map((o) => [o.name, o.status])).toEqual([
			['Dag 2', 'confirmed']
		]);
		expect((await optionPlacesOf(rb.registrationId)).map((o) => o.status)).toEqual(['confirmed']);
		expect((await mailsTo(b.email)).map((m) => m.template)).toContain(
			'arrangement.option-promoted'
		);
		// The dinner again: now behind B, on its waitlist; the private page says so.
		await updateRegistration(ra.token, details(a, [day.id, dinner.id]));
		const page = await registrationPage(ra.token);
		expect(page!.options.map((o) => [o.name, o.status, o.position])).toEqual([
			['Dag 2', 'confirmed', null],
			['Middag', 'waitlisted', 1]
		]);
		expect(page!.values.options).toEqual([String(day.id), String(dinner.id)]);
		// Unchanged options keep their place (saving the form again does not requeue).
		await updateRegistration(ra.token, details(a, [day.id, dinner.id]));
		expect((await optionPlacesOf(ra.registrationId)).map((o) => o.position)).toEqual([null, 1]);
	});

	it('refuses an option the event does not have, beside the field', async () => {
		const ev = await makeEvent({ capacity: 10 });
		const other = await makeEvent({ capacity: 10 });
		const [foreign] = await addOptions(other.id, [{ name: 'Middag', capacity: 1 }]);
		const e = await register(ev.id, person({ options: [String(foreign.id)] })).catch((x) => x);
		expect(e).toBeInstanceOf(FieldError);
		expect((e as FieldError).field).toBe('options');
		expect(
			await db.select().from(registrations).where(eq(registrations.eventId, ev.id))
		).toHaveLength(0);
	});
});

describe('options follow the event seat', () => {
	it('gives none to someone on the event’s waitlist, and places them with the seat', async () => {
		const ev = await makeEvent({ capacity: 1 });
		const [dinner] = await addOptions(ev.id, [{ name: 'Middag', capacity: 5 }]);
		const a = person({ options: [String(dinner.id)] });
		const b = person({ options: [String(dinner.id)] });
		const ra = await register(ev.id, a);
		const rb = await register(ev.id, b);
		if (ra.kind !== 'registered' || rb.kind !== 'registered') throw new Error('not registered');
		expect(rb.status).toBe('waitlisted');
		expect(rb.options.map((o) => o.status)).toEqual(['pending']);
		const [waitMail] = await mailsTo(b.email);
		expect(waitMail.text).toContain('Middag: du får plass når du får plass på arrangementet');

		await cancelRegistration(ra.token);
		expect((await optionPlacesOf(rb.registrationId)).map((o) => o.status)).toEqual(['confirmed']);
		const mails = await mailsTo(b.email);
		expect(mails.map((m) => m.template)).toEqual([
			'arrangement.waitlisted',
			'arrangement.promoted'
		]);
		expect(mails[1].text).toContain('Middag: du har plass');
	});
});

describe('the organiser’s limit', () => {
	it('may go below the places given (kept, overbooked); raising it promotes the first waiting', async () => {
		const staff = await makeActor('admin');
		const ev = await makeEvent({ capacity: 10 });
		const [dinner] = await addOptions(ev.id, [{ name: 'Middag', capacity: 2 }]);
		const regs = [];
		for (let i = 0; i < 3; i++) {
			const r = await register(ev.id, person({ options: [String(dinner.id)] }));
			if (r.kind !== 'registered') throw new Error('not registered');
			regs.push(r);
		}
		await updateOption(staff, ev.id, dinner.id, { name: 'Middag', capacity: '1' });
		const statuses = async () =>
			(
				await db
					.select({ id: registrationOptions.registrationId, status: registrationOptions.status })
					.from(registrationOptions)
					.where(eq(registrationOptions.optionId, dinner.id))
					.orderBy(asc(registrationOptions.registrationId))
			).map((r) => r.status);
		expect(await statuses()).toEqual(['confirmed', 'confirmed', 'waitlisted']);
		await updateOption(staff, ev.id, dinner.id, { name: 'Middag', capacity: '' });
		expect(await statuses()).toEqual(['confirmed', 'confirmed', 'confirmed']);
		const e = await updateOption(staff, ev.id, dinner.id, { name: 'Middag', capacity: '-1' }).catch(
			(x) => x
		);
		expect((e as FieldError).field).toBe('capacity');
		// The tokens are untouched by option changes (no new private links beyond the promotion mail).
		const tokens = await db
			.select()
			.from(registrationTokens)
			.where(
				and(
					inArray(
						registrationTokens.registrationId,
						regs.map((r) => r.registrationId)
					)
				)
			);
		expect(tokens.length).toBe(4);
	});
});

describe('options from the group form and the door form', () => {
	it('seats a group’s options per person in row order, and a walk-in’s by the same rule', async () => {
		const coordinator = await member('5001', 'koordinator');
		const staff = await makeActor('admin');
		const ev = await makeEvent({ capacity: 10 });
		const [dinner] = await addOptions(ev.id, [{ name: 'Middag', capacity: 2 }]);
		const rows = [1, 2, 3].map((i) => ({
			name: `Lærer ${i}`,
			email: `gruppe-valg-${i}-${Math.random().toString(36).slice(2, 8)}@example.no`,
			role: 'kulturskoleansatt'
		}));
		const result = await registerGroup(coordinator, '5001', ev.slug, rows, true, [
			String(dinner.id)
		]);
		expect(result.kind).toBe('registered');
		const regs = await db
			.select({ id: registrations.id, email: registrations.email })
			.from(registrations)
			.where(eq(registrations.eventId, ev.id))
			.orderBy(asc(registrations.id));
		const places = await Promise.all(regs.map((r) => optionPlacesOf(r.id)));
		expect(places.map((p) => p.map((o) => [o.status, o.position]))).toEqual([
			[['confirmed', null]],
			[['confirmed', null]],
			[['waitlisted', 1]]
		]);
		// A walk-in: the seat (overbooked on purpose is for the seat only), the dinner's waitlist.
		const door = await registerByStaff(staff, ev.id, {
			...person(),
			overbook: false,
			checkIn: false,
			options: [String(dinner.id)]
		});
		expect((await optionPlacesOf(door.registrationId)).map((o) => [o.status, o.position])).toEqual([
			['waitlisted', 2]
		]);
		const e = await registerByStaff(staff, ev.id, {
			...person(),
			overbook: false,
			checkIn: false,
			options: ['999999']
		}).catch((x) => x);
		expect((e as FieldError).field).toBe('options');
	});
});

describe('the organiser’s list, the CSV and a copy', () => {
	it('show each option’s counts and each person’s options; a copy keeps the options, not the places', async () => {
		const staff = await makeActor('admin');
		const ev = await makeEvent({ capacity: 10 });
		const [day, dinner] = await addOptions(ev.id, [
			{ name: 'Dag 1', capacity: null },
			{ name: 'Middag', capacity: 1 }
		]);
		const a = await register(ev.id, person({ options: [String(day.id), String(dinner.id)] }));
		const b = await register(ev.id, person({ options: [String(dinner.id)] }));
		if (a.kind !== 'registered' || b.kind !== 'registered') throw new Error('not registered');
		const list = await participants(staff, ev.id, { status: 'confirmed' });
		expect(list.options.map((o) => [o.name, o.capacity, o.confirmed, o.waitlisted])).toEqual([
			['Dag 1', null, 1, 0],
			['Middag', 1, 1, 1]
		]);
		const rowB = list.rows.find((r) => r.id === b.registrationId)!;
		expect(rowB.options.map((o) => [o.name, o.status, o.position])).toEqual([
			['Middag', 'waitlisted', 1]
		]);
		const { csv } = await csvText(
			participantsCsv(staff, ev.id, { personal: false, dietary: false })
		);
		const [header, ...lines] = csv.replace('\uFEFF', '').trim().split('\r\n');
		const cols = header.split(';');
		const dayCol = cols.indexOf('Valg: Dag 1');
		const dinnerCol = cols.indexOf('Valg: Middag');
		expect(dayCol).toBeGreaterThan(-1);
		expect(lines.map((l) => [l.split(';')[dayCol], l.split(';')[dinnerCol]]).sort()).toEqual([
			['', 'Venteliste'],
			['Plass', 'Plass']
		]);
		const copyId = await copyEvent(staff, ev.id);
		const copied = await db
			.select()
			.from(eventOptions)
			.where(eq(eventOptions.eventId, copyId))
			.orderBy(asc(eventOptions.position));
		expect(copied.map((o) => [o.name, o.capacity])).toEqual([
			['Dag 1', null],
			['Middag', 1]
		]);
	});
});

describe('staff moving someone', () => {
	it('frees their option places for the next waiting; back on the waitlist, their options wait with them', async () => {
		const staff = await makeActor('admin');
		const ev = await makeEvent({ capacity: 10 });
		const [dinner] = await addOptions(ev.id, [{ name: 'Middag', capacity: 1 }]);
		const people = [];
		for (let i = 0; i < 3; i++) {
			const r = await register(ev.id, person({ options: [String(dinner.id)] }));
			if (r.kind !== 'registered') throw new Error('not registered');
			people.push(r.registrationId);
		}
		const status = async (id: number) => (await optionPlacesOf(id)).map((o) => o.status);
		// The first to the event's waitlist: the dinner goes to the second, the first's waits.
		await moveRegistration(staff, ev.id, people[0], 'waitlisted');
		expect(await status(people[0])).toEqual(['pending']);
		expect(await status(people[1])).toEqual(['confirmed']);
		// The second removed: the dinner goes to the third.
		await moveRegistration(staff, ev.id, people[1], 'cancelled');
		expect(await status(people[1])).toEqual([]);
		expect(await status(people[2])).toEqual(['confirmed']);
		// The first back to a seat: the dinner is taken, so its waitlist.
		await moveRegistration(staff, ev.id, people[0], 'confirmed');
		expect((await optionPlacesOf(people[0])).map((o) => [o.status, o.position])).toEqual([
			['waitlisted', 1]
		]);
	});
});
