/** Set-up shared by the programme service tests (not used by the app). */
import { eq, like } from 'drizzle-orm';
import { db } from '../db/client';
import { countyChapters } from '../geo/schema';
import { now } from '../clock';
import { programmeChapters, programmes } from './schema';
import { programmeCalls } from './calls-schema';
import { programmeBySlug } from './programmes.service';
import { goals } from '../fremtidsbilde/schema';
import type { ApplicationInput } from '$lib/forms/programmes';

let n = 0;
const DAY = 24 * 60 * 60_000;

export async function vestlandId() {
	const [c] = await db.select().from(countyChapters).where(like(countyChapters.name, '%Vestland%'));
	return c.id;
}

/** A regional programme run by Vestland with an open call (closes in 30 days). */
export async function makeCall(over: Partial<typeof programmeCalls.$inferInsert> = {}) {
	const chapterId = await vestlandId();
	const [p] = await db
		.insert(programmes)
		.values({
			slug: `test-program-${++n}-${Math.random().toString(36).slice(2, 6)}`,
			name: `Testprogram ${n}`,
			kind: 'regionalt',
			status: 'planlagt'
		})
		.returning();
	await db.insert(programmeChapters).values({ programmeId: p.id, chapterId });
	const [call] = await db
		.insert(programmeCalls)
		.values({
			programmeId: p.id,
			title: 'Søk nå',
			opensAt: new Date(now().getTime() - DAY),
			closesAt: new Date(now().getTime() + 30 * DAY),
			places: 2,
			chapterIds: [chapterId],
			criteria: ['Motivasjon', 'Forankring'],
			...over
		})
		.returning();
	const programme = (await programmeBySlug(p.slug))!;
	return { programme, call: { ...call, programmeName: p.name, programmeSlug: p.slug } };
}

export async function anyGoalId() {
	const [g] = await db.select().from(goals).limit(1);
	if (g) return g.id;
	const [row] = await db
		.insert(goals)
		.values({ slug: `mal-${++n}`, title: 'Gode liv' })
		.returning();
	return row.id;
}

/** A complete answer for municipality `nr` (every required role present). */
export function completeAnswer(nr: string, goalId: number, version = 1): ApplicationInput {
	const roles = ['skoleeier', 'kulturskoleleder', 'pedagogisk', 'annen_sektor'];
	return {
		motivation: 'Vi vil utvikle kulturskolen sammen med resten av kommunen.',
		focusArea: 'Inkludering',
		goalIds: [String(goalId)],
		goalsText: '',
		anchoringPlans: 'Kulturplanen og oppvekstplanen.',
		anchoringPolitical: 'Vedtak i oppvekstutvalget.',
		contactName: 'Kari Kontakt',
		contactEmail: 'kari@example.no',
		contactPhone: '',
		memberName: roles.map((r) => `Person ${r}`),
		memberEmail: roles.map((r) => `${r}-${nr}@example.no`),
		memberRole: roles,
		memberMunicipality: roles.map(() => nr),
		version
	};
}

export { eq };
