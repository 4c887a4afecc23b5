import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { counties, countyChapterCounties, countyChapters, municipalities } from './schema';
import { loadReferenceData } from './reference';

describe('reference data', () => {
	it('has 357 municipalities, 15 counties and 10 county chapters covering every county', async () => {
		const [k] = await db.select({ n: count() }).from(municipalities);
		const [f] = await db.select({ n: count() }).from(counties);
		const [a] = await db.select({ n: count() }).from(countyChapters);
		const [m] = await db.select({ n: count() }).from(countyChapterCounties);
		expect(k.n).toBe(357);
		expect(f.n).toBe(15);
		expect(a.n).toBe(10);
		expect(m.n).toBe(15);
	});

	it('loads again without duplicating anything', async () => {
		await loadReferenceData(db);
		const [k] = await db.select({ n: count() }).from(municipalities);
		expect(k.n).toBe(357);
		const [oslo] = await db.select().from(municipalities).where(eq(municipalities.number, '0301'));
		expect(oslo.name).toBe('Oslo');
	});
});
