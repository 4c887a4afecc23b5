import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor';
import { chooseGoals, chosenGoals, listWorkspacesForStaff, savePlan } from './workspace.service';
import { saveTarget } from './pictures.service';
import { clearDraft, deleteOldDrafts, draftsFor, saveDraft } from './drafts.service';
import { member, goalWithStatements } from './testing';
import { resetClock, setNow } from '../clock';
import { db } from '../db/client';
import { chapterLeaders, users } from '../accounts/schema';
import { logRows, saveLogEntry } from './actions.service';
import { countyChapters } from '../geo/schema';
import { eq } from 'drizzle-orm';
import { actorOf } from './testing';

/** Programme staff read every municipality's work (can.oversee). */
const reader = () => member(null, 'medlem', null, { globalRole: 'redaktor' });

const NR = '3203'; // Asker
let coordinator: Actor;
let plain: Actor;
const goals: number[] = [];

beforeAll(async () => {
	coordinator = await member(NR, 'koordinator', 'kulturskoleleder');
	plain = await member(NR, 'medlem', 'skoleeier');
	for (const t of ['Én', 'To', 'Tre', 'Fire']) goals.push(await goalWithStatements(t, 1));
});

describe('choosing goals', () => {
	it('takes one to three goals, from coordinators only', async () => {
		await expect(
			chooseGoals(coordinator, NR, { goalIds: [], focusArea: '' })
		).rejects.toMatchObject({
			field: 'goalIds'
		});
		await expect(
			chooseGoals(coordinator, NR, { goalIds: goals.map(String), focusArea: '' })
		).rejects.toThrow('høyst 3');
		await expect(
			chooseGoals(coordinator, NR, { goalIds: ['999999'], focusArea: '' })
		).rejects.toThrow('finnes ikke');
		await expect(
			chooseGoals(plain, NR, { goalIds: [String(goals[0])], focusArea: '' })
		).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('keeps what was written when a goal is dropped, and brings it back when chosen again', async () => {
		await chooseGoals(coordinator, NR, {
			goalIds: [String(goals[1]), String(goals[0])],
			focusArea: 'Fokus'
		});
		let chosen = await chosenGoals(await reader(), NR);
		expect(chosen.map((g) => g.goalId)).toEqual([goals[1], goals[0]]);
		const first = chosen.find((g) => g.goalId === goals[0])!;
		await saveTarget(plain, NR, first.id, {
			targetPicture: 'Slik blir det.',
			signs: '- Ett tegn\n\n• Et annet',
			targetLevel: 4,
			version: first.version
		});
		// Someone saving from an older copy is stopped, not overwritten
		await expect(
			saveTarget(coordinator, NR, first.id, {
				targetPicture: 'Gammelt',
				signs: '',
				targetLevel: 5,
				version: first.version
			})
		).rejects.toMatchObject({ code: 'conflict', theirs: 'Slik blir det.' });

		await chooseGoals(coordinator, NR, { goalIds: [String(goals[1])], focusArea: 'Fokus' });
		expect((await chosenGoals(await reader(), NR)).map((g) => g.goalId)).toEqual([goals[1]]);
		await chooseGoals(coordinator, NR, {
			goalIds: [String(goals[1]), String(goals[0])],
			focusArea: 'Fokus'
		});
		chosen = await chosenGoals(await reader(), NR);
		expect(chosen.find((g) => g.goalId === goals[0])).toMatchObject({
			targetPicture: 'Slik blir det.',
			signs: ['Ett tegn', 'Et annet'],
			targetLevel: 4
		});
	});

	it('keeps plans, and refuses edits from other municipalities', async () => {
		await savePlan(coordinator, NR, null, { name: 'Kulturplan', kind: 'kulturplan', url: '' });
		const outsider = await member('5053', 'koordinator');
		await expect(
			savePlan(outsider, NR, null, { name: 'X', kind: 'annen', url: '' })
		).rejects.toMatchObject({ code: 'forbidden' });
	});
});

describe('the learning log', () => {
	it('keeps entries when the author deletes their account, but not the name', async () => {
		const author = await member(NR, 'medlem', 'pedagogisk');
		const id = await saveLogEntry(author, NR, null, {
			cycle: 1,
			phase: 'plan',
			happenedOn: '2030-01-02',
			text: 'Vi planla.',
			actionIds: [],
			version: 0
		});
		expect((await logRows(await reader(), NR)).find((e) => e.id === id)?.authorName).toBe(
			author.name
		);
		await expect(
			saveLogEntry(plain, NR, id, {
				cycle: 1,
				phase: 'plan',
				happenedOn: '2030-01-02',
				text: 'Nei',
				actionIds: [],
				version: 1
			})
		).rejects.toMatchObject({ key: 'problems.fremtidsbilde.logEditAuthor' });
		await db.delete(users).where(eq(users.id, author.id));
		expect((await logRows(await reader(), NR)).find((e) => e.id === id)).toMatchObject({
			authorName: 'Slettet bruker',
			text: 'Vi planla.'
		});
	});
});

describe('drafts', () => {
	it('are personal, replaced while typing, removed on save and after 30 days', async () => {
		setNow(new Date('2031-01-01T10:00:00Z'));
		await saveDraft(plain, NR, 'malbilde:1', 'Første');
		await saveDraft(plain, NR, 'malbilde:1', 'Andre');
		await saveDraft(plain, NR, 'gap:1', 'Gap');
		expect(Object.keys(await draftsFor(plain, NR)).sort()).toEqual(['gap:1', 'malbilde:1']);
		expect((await draftsFor(plain, NR))['malbilde:1'].text).toBe('Andre');
		expect(await draftsFor(coordinator, NR)).toEqual({});
		await expect(saveDraft(plain, NR, '../../etc', 'x')).rejects.toThrow('Ukjent felt');
		await expect(saveDraft(await member('5053'), NR, 'gap:1', 'x')).rejects.toMatchObject({
			code: 'forbidden'
		});
		await clearDraft(plain, NR, 'gap:1');
		expect(Object.keys(await draftsFor(plain, NR))).toEqual(['malbilde:1']);
		setNow(new Date('2031-02-05T10:00:00Z'));
		await deleteOldDrafts();
		expect(await draftsFor(plain, NR)).toEqual({});
		resetClock();
	});
});

describe('the staff overview', () => {
	it('shows editors every municipality at work, chapter leaders only their own', async () => {
		const editor = await member(null, 'medlem', null, { globalRole: 'redaktor' });
		expect((await listWorkspacesForStaff(editor)).map((r) => r.number)).toContain(NR);
		const leader = await member(null);
		const [viken] = await db
			.select()
			.from(countyChapters)
			.where(eq(countyChapters.slug, 'oslo-og-viken'));
		const [nordland] = await db
			.select()
			.from(countyChapters)
			.where(eq(countyChapters.slug, 'nordland'));
		await db.insert(chapterLeaders).values({ userId: leader.id, chapterId: nordland.id });
		expect(
			(await listWorkspacesForStaff(await actorOf(leader.id))).map((r) => r.number)
		).not.toContain(NR);
		await db.insert(chapterLeaders).values({ userId: leader.id, chapterId: viken.id });
		const rows = await listWorkspacesForStaff(await actorOf(leader.id));
		expect(rows.find((r) => r.number === NR)).toMatchObject({
			members: 2,
			coordinators: 1,
			goals: 2
		});
	});
});
