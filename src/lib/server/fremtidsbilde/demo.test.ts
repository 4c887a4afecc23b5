import { describe, expect, it } from 'vitest';
import { eq, isNotNull } from 'drizzle-orm';
import { db } from '../db/client';
import { loadContentDemo } from '../content/demo/load';
import { loadFremtidsbildeDemo } from './demo';
import { municipalityMembers, users } from '../accounts/schema';
import { actions, logEntries, responses, rounds, stories, workspaceGoals } from './schema';
import { compositionOf } from './group.service';
import { development } from './rounds.service';
import { listIndicators } from './indicators.service';
import type { RoundResults } from './aggregation';
import type { Actor } from '../accounts/actor';

/** Programme staff read every municipality's work (can.oversee); not stored, so no user is added. */
const reader = async (): Promise<Actor> => ({
	id: 0,
	name: 'Leser',
	email: 'leser@example.no',
	organisation: '',
	globalRole: 'redaktor',
	chapterIds: [],
	chapterCounties: [],
	memberships: []
});

describe('the demo fremtidsbilder', () => {
	it('give Bodø and Inderøy a whole fremtidsbilde, with members who have no password and no admin', async () => {
		await db.transaction(async (tx) => {
			await loadContentDemo(tx);
			await loadFremtidsbildeDemo(tx);
		});
		for (const nr of ['1804', '5053']) {
			const members = await db
				.select({
					role: municipalityMembers.role,
					groupRole: municipalityMembers.groupRole,
					hash: users.passwordHash,
					global: users.globalRole
				})
				.from(municipalityMembers)
				.innerJoin(users, eq(users.id, municipalityMembers.userId))
				.where(eq(municipalityMembers.municipalityNumber, nr));
			expect(compositionOf(members).complete).toBe(true);
			expect(members.every((m) => m.hash === null && m.global === null)).toBe(true);
			expect(
				(
					await db.select().from(workspaceGoals).where(eq(workspaceGoals.municipalityNumber, nr))
				).every((g) => g.targetPicture && g.gap)
			).toBe(true);
			const list = await db.select().from(rounds).where(eq(rounds.municipalityNumber, nr));
			expect(list).toHaveLength(2);
			for (const r of list) {
				expect((r.results as RoundResults).released).toBe(true);
				expect(
					(await db.select().from(responses).where(eq(responses.roundId, r.id))).length
				).toBeGreaterThanOrEqual(3);
			}
			expect(
				(await db.select().from(actions).where(eq(actions.municipalityNumber, nr))).length
			).toBeGreaterThan(2);
			expect(
				(await db.select().from(logEntries).where(eq(logEntries.municipalityNumber, nr))).length
			).toBeGreaterThan(3);
			const dev = await development(await reader(), nr);
			expect(dev.goals.every((g) => g.points.length === 2 && g.current !== null)).toBe(true);
		}
		// Bodø follows two of its signs as indicators, with values and the actions that move them.
		const bodo = await listIndicators(await reader(), '1804');
		expect(bodo).toHaveLength(2);
		expect(bodo.every((i) => i.values.length === 2 && i.actions.length > 0)).toBe(true);
		expect(await db.select().from(users).where(isNotNull(users.globalRole))).toEqual([]);
		expect(await db.select().from(stories)).toHaveLength(1);
	});
});
