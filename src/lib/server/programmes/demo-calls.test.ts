import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { programmes } from './schema';
import { applications, programmeCalls } from './calls-schema';
import { DEMO_PROGRAMME_SLUG, loadCallsDemo } from './demo-calls';
import { currentCall } from './calls.service';
import { osloDate } from '$lib/i18n';
import { now } from '../clock';

describe('demo call', () => {
	it('skips without the regional programme, then opens its call with applications', async () => {
		await db.transaction((tx) => loadCallsDemo(tx));
		expect(await db.select().from(programmeCalls)).toHaveLength(0);

		const [p] = await db
			.insert(programmes)
			.values({
				slug: DEMO_PROGRAMME_SLUG,
				name: 'Regionalt program Vestland',
				kind: 'regionalt',
				status: 'planlagt'
			})
			.returning();
		await db.transaction((tx) => loadCallsDemo(tx));
		const call = await currentCall(p.id);
		expect(call).toMatchObject({ places: 6, open: true });
		expect(osloDate(call!.closesAt)).toBe(`${Number(osloDate(now()).slice(0, 4)) + 1}-05-15`);
		const [row] = await db
			.select()
			.from(programmeCalls)
			.where(eq(programmeCalls.programmeId, p.id));
		const apps = await db.select().from(applications).where(eq(applications.callId, row.id));
		expect(apps.map((a) => a.status).sort()).toEqual(['sendt', 'trukket', 'utkast']);
	});
});
