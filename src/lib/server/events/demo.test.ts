import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { events } from './schema';
import { loadEventsDemo } from './demo';
import { publicEvents } from './events.service';
import { register } from './registration/register';
import { registrationTarget } from './registration/target';
import { person } from './test-support';

describe('demo events', () => {
	it('past events with their real dates, upcoming ones to try, one nearly full', async () => {
		await db.transaction((tx) => loadEventsDemo(tx));
		const { upcoming, past } = await publicEvents();
		const byTitle = (t: string) => past.find((e) => e.title.includes(t));
		expect(byTitle('kommunale plansystemet')?.startsAt.toISOString()).toBe(
			'2021-05-28T10:00:00.000Z'
		);
		expect(byTitle('Samskaping i praksis')?.endsAt.toISOString()).toBe('2022-04-06T12:00:00.000Z');
		expect(byTitle('Innovasjon i kulturskolen')?.startsAt.toISOString()).toBe(
			'2021-03-03T11:00:00.000Z'
		);
		expect(byTitle('Milepælsarrangement')?.startsAt.toISOString().slice(0, 10)).toBe('2023-01-26');
		expect(byTitle('Kunst og kultur')?.startsAt.toISOString().slice(0, 10)).toBe('2024-04-29');
		expect(past.length).toBeGreaterThanOrEqual(12);
		expect(upcoming.length).toBeGreaterThanOrEqual(5);
		// Drafts are not shown
		expect(upcoming.some((e) => e.status === 'draft')).toBe(false);
		const small = upcoming.find((e) => e.capacity === 6)!;
		expect(small.seatsLeft).toBe(1);
		// Its seat counts are right, so the sixth gets the last seat and the seventh waits
		const target = await registrationTarget({ id: small.id });
		const q = `q${target!.questions[0].id}`;
		const sixth = await register(
			small.id,
			person({ municipality: 'Bergen', answers: { [q]: 'ja' } })
		);
		const seventh = await register(
			small.id,
			person({ municipality: 'Bergen', answers: { [q]: 'nei' } })
		);
		expect(sixth.kind === 'registered' && sixth.status).toBe('confirmed');
		expect(seventh.kind === 'registered' && seventh.status).toBe('waitlisted');
		const [row] = await db.select().from(events).where(eq(events.id, small.id));
		expect([row.confirmedCount, row.waitlistedCount]).toEqual([6, 1]);
	});
});
