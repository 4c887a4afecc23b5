import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import { db } from '../db/client';
import { responses, rounds } from './schema';
import { mailMessages } from '../mail/schema';
import { auditLog } from '../accounts/schema';
import type { Actor } from '../accounts/actor';
import { chooseGoals } from './workspace.service';
import {
	closeDueRounds,
	closeRound,
	deleteOldAnswers,
	development,
	listRounds,
	remindMissing,
	openRound,
	roundForAnswer,
	roundResults,
	saveConclusion,
	submitAnswers
} from './rounds.service';
import { member, goalWithStatements } from './testing';
import { resetClock, setNow, now } from '../clock';
import { ServiceError } from '../errors';
import { toOsloInput } from '$lib/i18n';

/** Programme staff read every municipality's work (can.oversee). */
const reader = () => member(null, 'medlem', null, { globalRole: 'redaktor' });

const NR = '1804';
let coordinator: Actor;
let members: Actor[];
let goalA: number;
let goalB: number;

const inDays = (d: number) => toOsloInput(new Date(now().getTime() + d * 24 * 60 * 60_000));
const answerAll = (view: Awaited<ReturnType<typeof roundForAnswer>>, value: number | null) =>
	view.statements.map((s) => ({ statementId: s.id, value, comment: '' }));

beforeAll(async () => {
	coordinator = await member(NR, 'koordinator', 'kulturskoleleder');
	members = [
		await member(NR, 'medlem', 'skoleeier'),
		await member(NR, 'medlem', 'pedagogisk'),
		await member(NR, 'medlem', 'annen_sektor')
	];
	goalA = await goalWithStatements('Inkludering', 2);
	goalB = await goalWithStatements('Folkehelse', 1);
	await chooseGoals(coordinator, NR, { goalIds: [String(goalA), String(goalB)], focusArea: '' });
});

afterEach(() => resetClock());

/** The kind of refusal the service throws (errors.ts); http.ts makes 403 and 404 of them. */
async function expectStatus(p: Promise<unknown>, status: 403 | 404) {
	await expect(p).rejects.toMatchObject({ code: status === 403 ? 'forbidden' : 'not-found' });
}

describe('assessment rounds', () => {
	it('only coordinators open a round, with a deadline in the future', async () => {
		await expectStatus(openRound(members[0], NR, { title: 'R', deadline: inDays(7) }), 403);
		await expect(openRound(coordinator, NR, { title: 'R', deadline: inDays(-1) })).rejects.toThrow(
			'fram i tid'
		);
		await expect(openRound(coordinator, NR, { title: 'R', deadline: 'i morgen' })).rejects.toThrow(
			ServiceError
		);
	});

	it('withholds results until three have answered and the round is closed, then shows aggregates only', async () => {
		const id = await openRound(coordinator, NR, { title: 'Første runde', deadline: inDays(7) });
		const view = await roundForAnswer(members[0], NR, id);
		expect(view.statements.map((s) => s.goalId)).toEqual([goalA, goalA, goalB]);

		// Only one open round at a time
		await expect(openRound(coordinator, NR, { title: 'To', deadline: inDays(7) })).rejects.toThrow(
			'allerede en åpen runde'
		);

		await submitAnswers(members[0], NR, id, answerAll(view, 2));
		await submitAnswers(members[1], NR, id, answerAll(view, 4));
		let r = await roundResults(coordinator, NR, id);
		expect(r.results).toEqual({ respondents: 2, released: false, statements: [], goals: [] });
		expect(r.goals.every((g) => g.result === null)).toBe(true);

		// Changing an answer does not count twice
		await submitAnswers(members[1], NR, id, answerAll(view, 5));
		expect((await roundResults(coordinator, NR, id)).results.respondents).toBe(2);

		await submitAnswers(members[2], NR, id, answerAll(view, 2));
		// Enough answers, but the round is open: a figure that moved with the next answer would
		// give that answer away, so only the count shows until the round closes.
		r = await roundResults(members[0], NR, id);
		expect(r.results).toEqual({ respondents: 3, released: false, statements: [], goals: [] });
		expect((await development(await reader(), NR)).rounds[0].respondents).toBe(3);
		expect((await development(await reader(), NR)).goals.every((g) => g.current === null)).toBe(
			true
		);

		// The member sees their own answer back; nobody else's
		const mine = await roundForAnswer(members[1], NR, id);
		expect(Object.values(mine.mine!.ratings).map((x) => x.value)).toEqual([5, 5, 5]);
		const others = await roundForAnswer(coordinator, NR, id);
		expect(others.mine).toBeNull();

		// Conclusions: coordinators only, goals of the round only
		await expectStatus(
			saveConclusion(members[0], NR, id, { goalId: goalA, agreedLevel: '3', narrative: '' }),
			403
		);
		await saveConclusion(coordinator, NR, id, {
			goalId: goalA,
			agreedLevel: '3',
			narrative: 'Enige.'
		});
		await expectStatus(
			saveConclusion(coordinator, NR, id, { goalId: 999_999, agreedLevel: '3', narrative: '' }),
			404
		);

		// Closing freezes the results; answers after that are refused with a message
		await closeRound(coordinator, NR, id);
		await expect(submitAnswers(members[0], NR, id, answerAll(view, 1))).rejects.toThrow(
			'Runden ble avsluttet'
		);
		const [frozen] = await db.select().from(rounds).where(eq(rounds.id, id));
		expect(frozen.results).toMatchObject({ respondents: 3, released: true });
		r = await roundResults(members[0], NR, id);
		expect(r.results.released).toBe(true);
		const a = r.goals.find((g) => g.goalId === goalA)!;
		expect(a.result).toMatchObject({ released: true, detail: 'limited', mean: 3 });
		// Nothing in what the group sees ties a figure to a person, and with three answers
		// nothing a member could work the others' answers back from
		expect(JSON.stringify(r)).not.toMatch(/userId|responseId|comment/);
		expect(JSON.stringify(r)).not.toMatch(/distribution|"min"|"max"|"sd"|dontKnow/);

		const dev = await development(await reader(), NR);
		expect(dev.goals.find((g) => g.goalId === goalA)?.current).toBe(3);
		expect(dev.goals.find((g) => g.goalId === goalB)?.current).toBe(3);
	});

	it('counts the answers of each round and tells each person whether they answered', async () => {
		// Three members answer, the coordinator does not. The counts must be per round (an earlier
		// round's answers must not leak into this one), and «Du har svart» is the viewer's own.
		const id = await openRound(coordinator, NR, { title: 'Telling', deadline: inDays(4) });
		const view = await roundForAnswer(members[0], NR, id);
		for (const m of members) await submitAnswers(m, NR, id, answerAll(view, 3));
		const forCoordinator = (await listRounds(coordinator, NR)).find((r) => r.id === id)!;
		expect(forCoordinator.respondents).toBe(3);
		expect(forCoordinator.answeredByMe).toBe(false);
		for (const m of members) {
			const row = (await listRounds(m, NR)).find((r) => r.id === id)!;
			expect(row.respondents).toBe(3);
			expect(row.answeredByMe).toBe(true);
		}
		await closeRound(coordinator, NR, id);
	});

	it('refuses ratings outside the scale, missing answers and other municipalities', async () => {
		const id = await openRound(coordinator, NR, { title: 'Andre runde', deadline: inDays(3) });
		const view = await roundForAnswer(members[0], NR, id);
		for (const bad of [0, 6, 2.5, -1])
			await expect(submitAnswers(members[0], NR, id, answerAll(view, bad))).rejects.toMatchObject({
				key: 'problems.fremtidsbilde.answerScale'
			});
		await expect(
			submitAnswers(members[0], NR, id, answerAll(view, 3).slice(1))
		).rejects.toMatchObject({
			key: 'problems.fremtidsbilde.answerMissing'
		});
		const outsider = await member('5053');
		await expectStatus(submitAnswers(outsider, NR, id, answerAll(view, 3)), 403);
		await expectStatus(roundResults(outsider, NR, id), 403);
		// A round id from the address that belongs to another municipality is not found
		const own = await member('5053', 'koordinator');
		await expectStatus(roundResults(own, '5053', id), 404);
		await closeRound(coordinator, NR, id);
	});

	it('closes at the deadline and deletes answers later, keeping the results', async () => {
		setNow(new Date('2030-03-01T10:00:00Z'));
		const id = await openRound(coordinator, NR, { title: 'Våren', deadline: inDays(2) });
		const view = await roundForAnswer(members[0], NR, id);
		for (const m of members) await submitAnswers(m, NR, id, answerAll(view, 4));
		setNow(new Date('2030-03-04T10:00:00Z'));
		await expect(submitAnswers(members[0], NR, id, answerAll(view, 1))).rejects.toThrow(
			'Runden ble avsluttet'
		);
		await closeDueRounds();
		const [closed] = await db.select().from(rounds).where(eq(rounds.id, id));
		expect(closed.closedAt?.toISOString()).toBe(closed.deadline.toISOString());
		expect(closed.results).toMatchObject({ respondents: 3, released: true });

		setNow(new Date('2030-07-01T10:00:00Z'));
		await deleteOldAnswers();
		expect(await db.select().from(responses).where(eq(responses.roundId, id))).toEqual([]);
		const r = await roundResults(coordinator, NR, id);
		expect(r.results.respondents).toBe(3);
		expect(r.goals.find((g) => g.goalId === goalA)?.result).toMatchObject({ mean: 4 });
	});

	it('compares each statement with the previous round, never where either is withheld', async () => {
		const NR2 = '5053';
		const coord = await member(NR2, 'koordinator', 'kulturskoleleder');
		const group = [await member(NR2), await member(NR2), await member(NR2)];
		await chooseGoals(coord, NR2, { goalIds: [String(goalA)], focusArea: '' });
		// Each person's rating of both statements (one number: the same for both)
		const round = async (title: string, values: (number | [number | null, number])[]) => {
			const id = await openRound(coord, NR2, { title, deadline: inDays(3) });
			const view = await roundForAnswer(group[0], NR2, id);
			for (const [i, v] of values.entries())
				await submitAnswers(
					group[i],
					NR2,
					id,
					view.statements.map((st, j) => ({
						statementId: st.id,
						value: typeof v === 'number' ? v : v[j],
						comment: ''
					}))
				);
			await closeRound(coord, NR2, id);
			return roundResults(coord, NR2, id);
		};
		const first = await round('Høsten', [2, 2, 2]);
		expect(first.previous).toBeNull();
		expect(first.goals[0].statements[0].previous).toBeNull();
		const second = await round('Våren', [4, 4, 3]);
		expect(second.previous).toMatchObject({ title: 'Høsten', released: true });
		// 3,67 is shown as 3,5 below five answers, so the change is 1,5, not 1,67
		expect(second.goals[0].statements.map((s) => s.previous)).toEqual([
			{ mean: 2, change: 1.5 },
			{ mean: 2, change: 1.5 }
		]);
		// Two answers: withheld, so no comparison either way
		const third = await round('Sommeren', [5, 5]);
		expect(third.results.released).toBe(false);
		expect(third.goals[0].statements.every((s) => s.previous === null)).toBe(true);
		// One «vet ikke» on the first statement: withheld there (two numbers), shown on the second
		const fourth = await round('Høsten igjen', [[null, 3], 3, 3]);
		expect(fourth.previous).toMatchObject({ title: 'Sommeren', released: false });
		expect(fourth.goals[0].statements.every((s) => s.previous === null)).toBe(true);
		const fifth = await round('Våren igjen', [4, 4, 4]);
		expect(fifth.goals[0].statements.map((s) => s.previous)).toEqual([
			null,
			{ mean: 3, change: 1 }
		]);
	});

	it('asks at closing instead of letting the mean replace the agreed level', async () => {
		const NR3 = '3401';
		const coord = await member(NR3, 'koordinator', 'kulturskoleleder');
		const group = [await member(NR3), await member(NR3), await member(NR3)];
		await chooseGoals(coord, NR3, { goalIds: [String(goalB)], focusArea: '' });
		const current = async () =>
			(await development(coord, NR3)).goals.find((g) => g.goalId === goalB)!.current;
		const answered = async (title: string, value: number) => {
			const id = await openRound(coord, NR3, { title, deadline: inDays(3) });
			const view = await roundForAnswer(group[0], NR3, id);
			for (const m of group) await submitAnswers(m, NR3, id, answerAll(view, value));
			return id;
		};
		const first = await answered('Én', 2);
		await saveConclusion(coord, NR3, first, { goalId: goalB, agreedLevel: '3', narrative: '' });
		await closeRound(coord, NR3, first);
		expect(await current()).toBe(3);

		// No decision (closed at the deadline, or «keep»): the agreed 3 stays, not the mean 5
		const second = await answered('To', 5);
		expect((await roundResults(coord, NR3, second)).goals[0].decidedBefore).toBe(3);
		await closeRound(coord, NR3, second, [{ goalId: goalB, choice: 'behold', level: '' }]);
		expect(await current()).toBe(3);

		// Setting a level needs the level; the round stays open when it is missing
		const third = await answered('Tre', 4);
		await expect(
			closeRound(coord, NR3, third, [{ goalId: goalB, choice: 'sett', level: '' }])
		).rejects.toMatchObject({ field: `niva-${goalB}` });
		expect((await roundResults(coord, NR3, third)).round.open).toBe(true);
		await expect(
			closeRound(coord, NR3, third, [{ goalId: 999_999, choice: 'snitt', level: '' }])
		).rejects.toMatchObject({ code: 'not-found' });
		// Choosing the mean
		await closeRound(coord, NR3, third, [{ goalId: goalB, choice: 'snitt', level: '' }]);
		expect(await current()).toBe(4);

		const fourth = await answered('Fire', 1);
		await closeRound(coord, NR3, fourth, [{ goalId: goalB, choice: 'sett', level: '2' }]);
		expect(await current()).toBe(2);
		const r = await roundResults(coord, NR3, fourth);
		expect(r.goals[0].conclusion?.agreedLevel).toBe(2);
	});

	it('reminds only those who have not answered, at most once a day, naming nobody', async () => {
		const NR4 = '4601';
		const coord = await member(NR4, 'koordinator', 'kulturskoleleder');
		const group = [await member(NR4), await member(NR4), await member(NR4)];
		await chooseGoals(coord, NR4, { goalIds: [String(goalA)], focusArea: '' });
		setNow(new Date('2031-02-01T09:00:00Z'));
		const id = await openRound(coord, NR4, { title: 'Påminnelse', deadline: inDays(5) });
		const view = await roundForAnswer(group[0], NR4, id);
		await submitAnswers(group[0], NR4, id, answerAll(view, 3));
		await expectStatus(remindMissing(group[1], NR4, id), 403);
		await remindMissing(coord, NR4, id);
		const reminders = async () =>
			(
				await db
					.select({ to: mailMessages.to })
					.from(mailMessages)
					.where(like(mailMessages.idempotencyKey, `runde-${id}-paminnelse-%`))
			).map((x) => x.to);
		expect((await reminders()).sort()).toEqual(
			[coord.email, group[1].email, group[2].email].sort()
		);
		// The same day again: refused, and nothing more is sent (the time is in the database)
		setNow(new Date('2031-02-01T20:00:00Z'));
		await expect(remindMissing(coord, NR4, id)).rejects.toMatchObject({
			key: 'problems.fremtidsbilde.remindedToday'
		});
		expect(await reminders()).toHaveLength(3);
		// The next day, after another has answered: only the two still missing
		setNow(new Date('2031-02-02T09:30:00Z'));
		await submitAnswers(group[1], NR4, id, answerAll(view, 3));
		await remindMissing(coord, NR4, id);
		expect(await reminders()).toHaveLength(5);
		// The log says that a reminder went out, not to whom
		const logged = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'nabilde.paminnelse'));
		expect(JSON.stringify(logged)).not.toContain(group[2].email);
		expect(JSON.stringify(logged)).not.toContain(group[2].name);
		await closeRound(coord, NR4, id);
	});

	it('lets only one of two coordinators opening at once succeed', async () => {
		const other = await member(NR, 'koordinator', 'politiker');
		const results = await Promise.allSettled([
			openRound(coordinator, NR, { title: 'Samtidig 1', deadline: inDays(5) }),
			openRound(other, NR, { title: 'Samtidig 2', deadline: inDays(5) })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const open = await db.select().from(rounds).where(eq(rounds.municipalityNumber, NR));
		expect(open.filter((r) => r.closedAt === null && r.deadline > now())).toHaveLength(1);
	});
});
