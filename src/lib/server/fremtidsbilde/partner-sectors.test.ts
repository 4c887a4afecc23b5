/**
 * An action's partner sectors: chosen from a fixed list on the action form (saved as given,
 * forged values refused), and set once by the migration for actions saved before there was a
 * choice, by the words the insight view used to guess from (the UPDATE in the migration file).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { actions, workspaceGoals, workspaces } from './schema';
import { goalWithStatements, member } from './testing';
import { saveAction } from './actions.service';
import { actionSchema } from '$lib/forms/fremtidsbilde';
import type { Actor } from '../accounts/actor';

const NR = '3301'; // Drammen
let coordinator: Actor;
let workspaceGoalId: number;

beforeAll(async () => {
	coordinator = await member(NR, 'koordinator');
	const goalId = await goalWithStatements('Sektorer', 1);
	await db.insert(workspaces).values({ municipalityNumber: NR });
	const [wg] = await db
		.insert(workspaceGoals)
		.values({ municipalityNumber: NR, goalId })
		.returning();
	workspaceGoalId = wg.id;
});

const form = (over: Record<string, unknown>) =>
	actionSchema.safeParse({
		title: 'Kor på sykehjemmet',
		workspaceGoalId: String(workspaceGoalId),
		description: 'Elevene synger for beboerne.',
		status: 'planlagt',
		version: 0,
		...over
	});

describe('the sector choice on the action form', () => {
	it('is optional, takes several sectors from the list and refuses one outside it', async () => {
		const none = form({});
		expect(none.success && none.data.partnerSectors).toEqual([]);
		// Kept in the list's order, each once, whatever order the boxes came in.
		const two = form({ partnerSectors: ['frivillighet', 'helse', 'helse'] });
		expect(two.success).toBe(true);
		const id = await saveAction(coordinator, NR, null, two.success ? two.data : never());
		const [row] = await db.select().from(actions).where(eq(actions.id, id));
		expect(row.partnerSectors).toEqual(['helse', 'frivillighet']);
		const forged = form({ partnerSectors: ['helse', 'mafia'] });
		expect(forged.success).toBe(false);
		expect(forged.error?.issues[0].path).toEqual(['partnerSectors', 1]);
	});
});

function never(): never {
	throw new Error('the form should have been valid');
}

/** The migration's one-time UPDATE (the statement that sets partner_sectors from the names). */
function migrationUpdate(): string {
	const dir = path.join(process.cwd(), 'drizzle');
	const file = fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.sql'))
		.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
		.find((s) => s.includes('UPDATE "actions" SET "partner_sectors"'));
	if (!file) throw new Error('no migration sets partner_sectors');
	return file
		.split('--> statement-breakpoint')
		.find((s) => s.includes('UPDATE "actions" SET "partner_sectors"'))!;
}

describe('the migration of actions saved before the choice', () => {
	it('sets the sectors by the words the insight view guessed from, once', async () => {
		const cases: [string, string[]][] = [
			['NAV Bodø', ['nav']],
			['Skolene, biblioteket', ['skole', 'bibliotek']],
			['Helsestasjon for ungdom', ['helse']],
			['Korpset og idrettslaget', ['frivillighet']],
			['SFO', ['skole']],
			['Kari', ['annet']],
			['  ', []],
			['', []]
		];
		const ids: number[] = [];
		for (const [partners] of cases) {
			const [row] = await db
				.insert(actions)
				.values({ municipalityNumber: NR, workspaceGoalId, title: partners || '-', partners })
				.returning({ id: actions.id });
			ids.push(row.id);
		}
		await db.execute(sql.raw(migrationUpdate()));
		for (const [i, [partners, expected]] of cases.entries()) {
			const [row] = await db
				.select({ s: actions.partnerSectors })
				.from(actions)
				.where(eq(actions.id, ids[i]));
			expect(row.s, partners).toEqual(expected);
		}
	});
});
