/**
 * Defence in depth (issue 9): every fremtidsbilde workspace service checks, itself, that the
 * person takes part in (or coordinates, or oversees) *this* municipality's work. An anonymous
 * caller and a member of another municipality are refused (a 403, logged as a security
 * event), as is a plain member where the coordinator decides; nothing changes. The samfunnsmål
 * catalogue and the approval of stories are the editors' (ForbiddenError for anyone else).
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { count } from 'drizzle-orm';
import { db } from '../db/client';
import { auditLog } from '../accounts/schema';
import type { Actor } from '../accounts/actor';
import { ForbiddenError } from '../errors';
import {
	actions,
	drafts,
	goalStatements,
	goals,
	localPlans,
	logEntries,
	rounds,
	stakeholders,
	stories,
	workspaceGoals,
	workspaces
} from './schema';
import { member, goalWithStatements } from './testing';
import {
	actionRows,
	actionsCsv,
	deleteAction,
	deleteLogEntry,
	getAction,
	getLogEntry,
	listActions,
	listLog,
	logRows,
	saveAction,
	saveLogEntry
} from './actions.service';
import { clearDraft, draftsFor, saveDraft, storeDraft } from './drafts.service';
import {
	deleteGoal,
	deleteStatement,
	listGoalsAdmin,
	saveGoal,
	saveStatement,
	themePageOptions
} from './goals.service';
import { groupMembers, groupView, inviteMember, removeMember, updateMember } from './group.service';
import { deleteStakeholder, saveGap, saveStakeholder, saveTarget } from './pictures.service';
import {
	closeRound,
	development,
	listRounds,
	openRound,
	roundForAnswer,
	roundResults,
	saveConclusion,
	submitAnswers
} from './rounds.service';
import {
	deleteStory,
	getStory,
	getStoryAdmin,
	listStoriesAdmin,
	listStoriesFor,
	proposeStory,
	removeStoryPhoto,
	reviewStory,
	saveStory,
	setStoryPhoto,
	withdrawStory
} from './stories.service';
import { overviewOf, summaryOf } from './summary.service';
import {
	chooseGoals,
	chosenGoal,
	chosenGoals,
	deletePlan,
	listPlans,
	listWorkspacesForStaff,
	savePlan,
	shareWithStaff,
	workspaceHeader
} from './workspace.service';

const NR = '5001';
const anonymous = null as unknown as Actor;
let coordinator: Actor;
let plainMember: Actor;
let outsider: Actor;
let outsiderCoordinator: Actor;
let goalId: number;

/** Inputs never reach validation: the check is the first step. */
const any = {} as never;

async function snapshot() {
	const tables = [
		actions,
		drafts,
		goalStatements,
		goals,
		localPlans,
		logEntries,
		rounds,
		stakeholders,
		stories,
		workspaceGoals,
		workspaces,
		auditLog
	];
	return Promise.all(tables.map(async (t) => (await db.select({ n: count() }).from(t))[0].n));
}

beforeEach(() => {
	vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
	vi.restoreAllMocks();
});

beforeAll(async () => {
	coordinator = await member(NR, 'koordinator');
	plainMember = await member(NR, 'medlem');
	outsider = await member('5053', 'medlem');
	outsiderCoordinator = await member('5053', 'koordinator');
	goalId = await goalWithStatements('Gode liv');
});

/** Reading: members, coordinators and overseers of NR only. */
const reads: [string, (a: Actor) => Promise<unknown>][] = [
	['workspaceHeader', (a) => workspaceHeader(a, NR)],
	['chosenGoals', (a) => chosenGoals(a, NR)],
	['chosenGoal', (a) => chosenGoal(a, NR, 1)],
	['listPlans', (a) => listPlans(a, NR)],
	['groupMembers', (a) => groupMembers(a, NR)],
	['groupView', (a) => groupView(a, NR)],
	['listActions', (a) => listActions(a, NR)],
	['actionRows', (a) => actionRows(a, NR)],
	['getAction', (a) => getAction(a, NR, 1)],
	['actionsCsv', (a) => actionsCsv(a, NR, true)],
	['listLog', (a) => listLog(a, NR)],
	['logRows', (a) => logRows(a, NR)],
	['getLogEntry', (a) => getLogEntry(a, NR, 1)],
	['listRounds', (a) => listRounds(a, NR)],
	['roundForAnswer', (a) => roundForAnswer(a, NR, 1)],
	['roundResults', (a) => roundResults(a, NR, 1)],
	['development', (a) => development(a, NR)],
	['listStoriesFor', (a) => listStoriesFor(a, NR)],
	['getStory', (a) => getStory(a, NR, 1)],
	['summaryOf', (a) => summaryOf(a, NR, { withNames: true })],
	['overviewOf', (a) => overviewOf(a, NR)]
];

/** Taking part: members and coordinators of NR. */
const takePart: [string, (a: Actor) => Promise<unknown>][] = [
	['saveAction', (a) => saveAction(a, NR, null, any)],
	['deleteAction', (a) => deleteAction(a, NR, 1)],
	['saveLogEntry', (a) => saveLogEntry(a, NR, null, any)],
	['deleteLogEntry', (a) => deleteLogEntry(a, NR, 1)],
	['saveDraft', (a) => saveDraft(a, NR, 'felt', 'tekst')],
	['submitAnswers', (a) => submitAnswers(a, NR, 1, [])],
	['saveTarget', (a) => saveTarget(a, NR, 1, any)],
	['saveGap', (a) => saveGap(a, NR, 1, any)],
	['saveStakeholder', (a) => saveStakeholder(a, NR, 1, null, any)],
	['deleteStakeholder', (a) => deleteStakeholder(a, NR, 1, 1)]
];

/** Coordinating: the coordinator of NR only. */
const coordinate: [string, (a: Actor) => Promise<unknown>][] = [
	['chooseGoals', (a) => chooseGoals(a, NR, any)],
	['savePlan', (a) => savePlan(a, NR, null, any)],
	['deletePlan', (a) => deletePlan(a, NR, 1)],
	['shareWithStaff', (a) => shareWithStaff(a, NR, 'Se her')],
	['inviteMember', (a) => inviteMember(a, NR, any)],
	['updateMember', (a) => updateMember(a, NR, any)],
	['removeMember', (a) => removeMember(a, NR, 1)],
	['openRound', (a) => openRound(a, NR, any)],
	['closeRound', (a) => closeRound(a, NR, 1)],
	['saveConclusion', (a) => saveConclusion(a, NR, 1, any)],
	['saveStory', (a) => saveStory(a, NR, null, any)],
	['setStoryPhoto', (a) => setStoryPhoto(a, NR, 1, any)],
	['removeStoryPhoto', (a) => removeStoryPhoto(a, NR, 1)],
	['proposeStory', (a) => proposeStory(a, NR, 1)],
	['withdrawStory', (a) => withdrawStory(a, NR, 1)],
	['deleteStory', (a) => deleteStory(a, NR, 1)]
];

const refused = { code: 'forbidden' };

describe("the municipality's workspace refuses outsiders, in every service", () => {
	for (const [name, call] of reads)
		it(`${name}: anonymous and a member of another municipality are refused`, async () => {
			const before = await snapshot();
			for (const who of [anonymous, outsider, outsiderCoordinator])
				await expect(call(who)).rejects.toMatchObject(refused);
			expect(await snapshot()).toEqual(before);
		});

	for (const [name, call] of takePart)
		it(`${name}: anonymous and another municipality's members are refused; nothing changes`, async () => {
			const before = await snapshot();
			for (const who of [anonymous, outsider, outsiderCoordinator])
				await expect(call(who)).rejects.toMatchObject(refused);
			expect(await snapshot()).toEqual(before);
		});

	for (const [name, call] of coordinate)
		it(`${name}: anonymous, outsiders and a plain member are refused; nothing changes`, async () => {
			const before = await snapshot();
			for (const who of [anonymous, outsiderCoordinator, plainMember])
				await expect(call(who)).rejects.toMatchObject(refused);
			expect(await snapshot()).toEqual(before);
		});

	it('drafts need a signed-in person', async () => {
		for (const call of [
			() => storeDraft(anonymous, NR, 'felt', 'tekst'),
			() => clearDraft(anonymous, NR, 'felt'),
			() => draftsFor(anonymous, NR)
		])
			await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
	});

	it('the group itself still reads and works', async () => {
		expect((await workspaceHeader(plainMember, NR)).viewer).toBe('medlem');
		expect(await chosenGoals(plainMember, NR)).toEqual([]);
		await chooseGoals(coordinator, NR, { goalIds: [String(goalId)] } as never);
		expect((await chosenGoals(plainMember, NR)).map((g) => g.goalId)).toEqual([goalId]);
	});
});

describe('the samfunnsmål catalogue and story approval are for editors', () => {
	const editorOnly: [string, (a: Actor) => Promise<unknown>][] = [
		['listGoalsAdmin', (a) => listGoalsAdmin(a)],
		['themePageOptions', (a) => themePageOptions(a)],
		['saveGoal', (a) => saveGoal(a, null, any)],
		['deleteGoal', (a) => deleteGoal(a, goalId, 1)],
		['saveStatement', (a) => saveStatement(a, goalId, null, any)],
		['deleteStatement', (a) => deleteStatement(a, goalId, 1)],
		['listStoriesAdmin', (a) => listStoriesAdmin(a)],
		['getStoryAdmin', (a) => getStoryAdmin(a, 1)],
		['reviewStory', (a) => reviewStory(a, 1, any)],
		['listWorkspacesForStaff', (a) => listWorkspacesForStaff(a)]
	];
	for (const [name, call] of editorOnly)
		it(`${name}: anonymous, a member and a coordinator are refused; nothing changes`, async () => {
			const before = await snapshot();
			for (const who of [anonymous, plainMember, coordinator])
				await expect(call(who)).rejects.toBeInstanceOf(ForbiddenError);
			expect(await snapshot()).toEqual(before);
		});

	it('an editor still reads the catalogue', async () => {
		const editor = await member(null, 'medlem', null, { globalRole: 'redaktor' });
		expect((await listGoalsAdmin(editor)).some((g) => g.id === goalId)).toBe(true);
	});
});
