import { describe, expect, it } from 'vitest';
import {
	DETAIL_RESPONDENTS,
	MIN_RESPONDENTS,
	aggregateRound,
	protectResults,
	carryLevels,
	currentLevel,
	figuresOf,
	isValidRating,
	type Rating
} from './aggregation';

const statements = [
	{ id: 1, goalId: 10, text: 'A' },
	{ id: 2, goalId: 10, text: 'B' },
	{ id: 3, goalId: 20, text: 'C' }
];
const answer = (a: Rating, b: Rating, c: Rating) =>
	new Map<number, Rating>([
		[1, a],
		[2, b],
		[3, c]
	]);

/** Every number anywhere in a value (to prove nothing numeric leaks). */
function numbersIn(value: unknown): number[] {
	if (typeof value === 'number') return [value];
	if (Array.isArray(value)) return value.flatMap(numbersIn);
	if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
	return [];
}

describe('figuresOf', () => {
	it('gives mean, spread, range and distribution', () => {
		const f = figuresOf([1, 3, 3, 5]);
		expect(f.n).toBe(4);
		expect(f.mean).toBe(3);
		expect(f.sd).toBe(1.41);
		expect(f.min).toBe(1);
		expect(f.max).toBe(5);
		expect(f.distribution).toEqual([1, 0, 2, 0, 1]);
	});
});

describe('the at-least-three rule', () => {
	it('is three', () => {
		expect(MIN_RESPONDENTS).toBe(3);
	});

	it('shows nothing at all to a group where two have answered', () => {
		const r = aggregateRound(statements, [answer(1, 2, 3), answer(5, 4, 3)]);
		expect(r.released).toBe(false);
		expect(r.statements).toEqual([]);
		expect(r.goals).toEqual([]);
		// The only number is how many answered: no mean, spread or count per answer can be derived.
		expect(numbersIn(r)).toEqual([2]);
	});

	it('shows nothing with one answer, nor with none', () => {
		expect(numbersIn(aggregateRound(statements, [answer(4, 4, 4)]))).toEqual([1]);
		expect(numbersIn(aggregateRound(statements, []))).toEqual([0]);
	});

	it('shows the results once the third member has answered, without what gives answers away', () => {
		const r = aggregateRound(statements, [answer(1, 2, 3), answer(5, 4, 3), answer(3, 3, 3)]);
		expect(r.released).toBe(true);
		expect(r.respondents).toBe(3);
		const a = r.statements.find((s) => s.id === 1)!;
		// Only its id, its goal and the mean by half steps: no count per step, range or n.
		expect(a).toEqual({
			id: 1,
			goalId: 10,
			text: 'A',
			released: true,
			detail: 'limited',
			mean: 3,
			spread: 'stor'
		});
		const goal = r.goals.find((g) => g.goalId === 10)!;
		expect(goal).toEqual({
			goalId: 10,
			released: true,
			detail: 'limited',
			mean: 3,
			spread: 'stor'
		});
	});

	it('cannot be inverted by someone who knows their own answer (the issue’s 0/2/1/0/0)', () => {
		// Two said 2 and I said 3: per-step counts would tell me both others said 2.
		const r = aggregateRound(statements, [answer(2, 1, 1), answer(2, 1, 1), answer(3, 1, 1)]);
		const a = r.statements.find((s) => s.id === 1)!;
		expect(numbersIn(a)).toEqual([1, 10, 2.5]);
		expect(a).toMatchObject({ mean: 2.5, spread: 'samstemt' });
		expect(JSON.stringify(r)).not.toMatch(/distribution|"min"|"max"|"sd"|"n"|dontKnow/);
	});

	it('stays cut down at four answers and shows the detail from five', () => {
		expect(DETAIL_RESPONDENTS).toBe(5);
		const four = aggregateRound(statements, [
			answer(1, 2, 3),
			answer(2, 2, 3),
			answer(4, 2, 3),
			answer(5, 2, 3)
		]);
		expect(JSON.stringify(four)).not.toMatch(/distribution|"min"|"max"|dontKnow/);
		expect(four.statements.every((s) => s.released && s.detail === 'limited')).toBe(true);
		const five = aggregateRound(statements, [
			answer(1, 2, 3),
			answer(2, 2, 3),
			answer(4, 2, 3),
			answer(5, 2, 3),
			answer(3, 2, 3)
		]);
		const a = five.statements.find((s) => s.id === 1)!;
		if (!a.released || a.detail !== 'full') throw new Error('should be detailed');
		expect(a.distribution).toEqual([1, 1, 1, 1, 1]);
		expect(a.n).toBe(5);
		expect(a.dontKnow).toBe(0);
	});

	it('counts people, not ratings, behind a goal', () => {
		// Five answered, but only four gave a number on statement 1 and 2 (ten ratings in all).
		const r = aggregateRound(statements, [
			answer(2, 2, 3),
			answer(2, 2, 3),
			answer(4, 4, 3),
			answer(4, 4, 3),
			answer(null, null, 3)
		]);
		expect(r.goals.find((g) => g.goalId === 10)).toMatchObject({ detail: 'limited', mean: 3 });
		expect(r.goals.find((g) => g.goalId === 20)).toMatchObject({ detail: 'full', n: 5 });
	});

	it('cuts down results frozen before the rule, and is idempotent', () => {
		const old = {
			respondents: 4,
			released: true,
			statements: [
				{
					id: 1,
					goalId: 10,
					text: 'A',
					released: true,
					dontKnow: 0,
					n: 4,
					mean: 2.75,
					sd: 0.43,
					min: 2,
					max: 3,
					distribution: [0, 1, 3, 0, 0]
				}
			],
			goals: [
				{
					goalId: 10,
					released: true,
					n: 4,
					mean: 2.75,
					sd: 0.43,
					min: 2,
					max: 3,
					distribution: [0, 1, 3, 0, 0]
				}
			]
		} as never;
		const once = protectResults(old);
		expect(once.statements[0]).toEqual({
			id: 1,
			goalId: 10,
			text: 'A',
			released: true,
			detail: 'limited',
			mean: 3,
			spread: 'samstemt'
		});
		expect(once.goals[0]).toEqual({
			goalId: 10,
			released: true,
			detail: 'limited',
			mean: 3,
			spread: 'samstemt'
		});
		expect(protectResults(once)).toEqual(once);
	});

	it('hides a statement where fewer than three gave a number, and keeps it out of the goal', () => {
		// Statement 2: only two numbers (one «vet ikke»). If it counted towards goal 10, the
		// goal mean minus statement 1 would reveal the sum of those two answers.
		const r = aggregateRound(statements, [answer(4, 5, 3), answer(4, 1, 3), answer(4, null, 3)]);
		const b = r.statements.find((s) => s.id === 2)!;
		expect(b.released).toBe(false);
		expect(numbersIn(b)).toEqual([2, 10]); // only its id and goal id
		const goal = r.goals.find((g) => g.goalId === 10)!;
		expect(goal).toEqual({
			goalId: 10,
			released: true,
			detail: 'limited',
			mean: 4,
			spread: 'samstemt'
		});
	});

	it('hides a goal whose every statement is hidden', () => {
		const r = aggregateRound(statements, [
			answer(null, null, 3),
			answer(null, 2, 3),
			answer(4, null, 3)
		]);
		expect(r.released).toBe(true);
		expect(r.goals.find((g) => g.goalId === 10)).toEqual({ goalId: 10, released: false });
		expect(r.goals.find((g) => g.goalId === 20)?.released).toBe(true);
	});

	it('counts «vet ikke» for statements that are shown in detail', () => {
		const r = aggregateRound(statements, [
			answer(2, 2, null),
			...Array.from({ length: 5 }, () => answer(2, 2, 4))
		]);
		const c = r.statements.find((s) => s.id === 3)!;
		if (!c.released || c.detail !== 'full') throw new Error('should be shown in detail');
		expect(c.dontKnow).toBe(1);
		expect(c.n).toBe(5);
	});

	it('ignores ratings outside the scale', () => {
		const r = aggregateRound(statements, [answer(7, 2, 2), answer(0, 2, 2), answer(3, 2, 2)]);
		expect(r.statements.find((s) => s.id === 1)?.released).toBe(false);
	});
});

describe('isValidRating', () => {
	it('accepts 1–5 and «vet ikke» only', () => {
		for (const v of [1, 2, 3, 4, 5, null]) expect(isValidRating(v)).toBe(true);
		for (const v of [0, 6, 2.5, -1, '3', undefined, NaN]) expect(isValidRating(v)).toBe(false);
	});
});

describe('currentLevel', () => {
	const r = aggregateRound(statements, [answer(2, 2, 4), answer(2, 2, 4), answer(3, 3, 4)]);
	it('prefers the level the group agreed on', () => {
		expect(currentLevel(r, 10, 4)).toBe(4);
	});
	it('falls back to the mean when it may be shown (by half steps below five answers)', () => {
		expect(currentLevel(r, 10, null)).toBe(2.5);
	});
	it('is unknown when results are withheld', () => {
		expect(currentLevel(aggregateRound(statements, [answer(1, 1, 1)]), 10, null)).toBeNull();
	});
});

describe('carryLevels', () => {
	const p = (mean: number | null, agreed: number | null = null, fromMean = false) => ({
		mean,
		agreed,
		fromMean
	});
	it('keeps the agreed level when a later round has no decision, instead of the raw mean', () => {
		expect(carryLevels([p(2.5, 3), p(4.5)]).map((l) => l.level)).toEqual([3, 3]);
		expect(carryLevels([p(2.5, 3), p(4.5)])[1].kept).toBe(true);
	});
	it('uses the mean when chosen, and a level set later wins', () => {
		expect(carryLevels([p(2.5, 3), p(4.5, null, true), p(1), p(2, 5)]).map((l) => l.level)).toEqual(
			[3, 4.5, 4.5, 5]
		);
	});
	it('falls back to the mean before anything was decided', () => {
		expect(carryLevels([p(2.5), p(null), p(3.5)]).map((l) => l.level)).toEqual([2.5, null, 3.5]);
		expect(carryLevels([p(2.5), p(3.5)]).map((l) => l.decided)).toEqual([null, null]);
	});
});
