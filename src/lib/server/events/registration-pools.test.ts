/**
 * Capacity across processes. Within one process, registrations for an event wait in that
 * process's queue and go one group at a time (group commit), so a burst through one process
 * never tests the lock. Here three copies of the service, each with its own module instance
 * (its own queue) and its own pool of connections, as three app nodes have, register at
 * once for the same events: only the `FOR UPDATE` on the event row in the seating
 * transaction keeps them apart. Without it they read the same seat counts, and the event
 * is overbooked or its counts are lost (proved by removing it: the test goes red).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import { mailMessages } from '../mail/schema';
import { events, registrations } from './schema';
import { makeEvent, person } from './test-support';

const url = process.env.DATABASE_URL!;
const NODES = 3;
const PER_NODE = 40;
const CAPACITY = 50;
const ROUNDS = 3;

type Client = typeof import('../db/client');
type Service = typeof import('./registration/register');
const nodes: { client: Client; service: Service }[] = [];

beforeAll(async () => {
	for (let i = 0; i < NODES; i++) {
		// A fresh module graph: its own `db`, its own pool, its own registration queue.
		vi.resetModules();
		const client = await import('../db/client');
		client.connect(url, 4);
		const service = await import('./registration/register');
		nodes.push({ client, service });
	}
});
afterAll(async () => {
	for (const n of nodes) await n.client.disconnect();
});

describe('registrations from three nodes at once', () => {
	it('are separate nodes: each its own pool and queue', () => {
		expect(new Set(nodes.map((n) => n.client.pool)).size).toBe(NODES);
		expect(new Set(nodes.map((n) => n.service.register)).size).toBe(NODES);
	});

	for (let round = 1; round <= ROUNDS; round++)
		it(`give exactly the seats there are, and the waitlist in order (round ${round})`, async () => {
			const ev = await makeEvent({ capacity: CAPACITY });
			const people = Array.from({ length: NODES * PER_NODE }, () => person());
			const results = await Promise.all(
				people.map((p, i) => nodes[i % NODES].service.register(ev.id, p))
			);
			const registered = results.flatMap((r) => (r.kind === 'registered' ? [r] : []));
			expect(registered).toHaveLength(people.length);

			const total = people.length;
			const rows = await db.select().from(registrations).where(eq(registrations.eventId, ev.id));
			const confirmed = rows.filter((r) => r.status === 'confirmed').length;
			const waitlisted = rows.filter((r) => r.status === 'waitlisted').length;
			expect({ confirmed, waitlisted }).toEqual({
				confirmed: CAPACITY,
				waitlisted: total - CAPACITY
			});
			// What each was told matches what was stored, and the counts on the event agree.
			expect(registered.filter((r) => r.status === 'confirmed')).toHaveLength(CAPACITY);
			const positions = registered.flatMap((r) => (r.position === null ? [] : [r.position]));
			expect(positions.sort((a, b) => a - b)).toEqual(
				Array.from({ length: total - CAPACITY }, (_, i) => i + 1)
			);
			const [row] = await db.select().from(events).where(eq(events.id, ev.id));
			expect([row.confirmedCount, row.waitlistedCount]).toEqual([CAPACITY, total - CAPACITY]);
			// One e-mail each, of the kind that matches the seat.
			const mails = await db
				.select({ to: mailMessages.to, template: mailMessages.template })
				.from(mailMessages)
				.where(
					and(
						inArray(
							mailMessages.to,
							people.map((p) => p.email)
						)
					)
				);
			expect(mails).toHaveLength(total);
			expect(mails.filter((m) => m.template === 'arrangement.confirmed')).toHaveLength(CAPACITY);
		});
});
