import { describe, expect, it } from 'vitest';
import {
	MIN_RESPONDENTS,
	aggregateRound,
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

	it('shows the results once the third member has answered', () => {
		const r = aggregateRound(statements, [answer(1, 2, 3), answer(5, 4, 3), answer(3, 3, 3)]);
		expect(r.released).toBe(true);
		expect(r.respondents).toBe(3);
		const a = r.statements.find((s) => s.id === 1)!;
		expect(a.released).toBe(true);
		if (!a.released) throw new Error('unreachable');
		expect(a.mean).toBe(3);
		expect(a.n).toBe(3);
		expect(a.dontKnow).toBe(0);
		expect(a.distribution).toEqual([1, 0, 1, 0, 1]);
		const goal = r.goals.find((g) => g.goalId === 10)!;
		expect(goal.released).toBe(true);
		if (!goal.released) throw new Error('unreachable');
		expect(goal.n).toBe(6);
		expect(goal.mean).toBe(3);
	});

	it('hides a statement where fewer than three gave a number, and keeps it out of the goal', () => {
		// Statement 2: only two numbers (one «vet ikke»). If it counted towards goal 10, the
		// goal mean minus statement 1 would reveal the sum of those two answers.
		const r = aggregateRound(statements, [answer(4, 5, 3), answer(4, 1, 3), answer(4, null, 3)]);
		const b = r.statements.find((s) => s.id === 2)!;
		expect(b.released).toBe(false);
		expect(numbersIn(b)).toEqual([2, 10]); // only its id and goal id
		const goal = r.goals.find((g) => g.goalId === 10)!;
		if (!goal.released) throw new Error('goal should be shown');
		expect(goal.n).toBe(3);
		expect(goal.mean).toBe(4);
		expect(goal.distribution).toEqual([0, 0, 0, 3, 0]);
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

	it('counts «vet ikke» for statements that are shown', () => {
		const r = aggregateRound(statements, [
			answer(2, 2, null),
			answer(2, 2, 4),
			answer(2, 2, 4),
			answer(2, 2, 4)
		]);
		const c = r.statements.find((s) => s.id === 3)!;
		if (!c.released) throw new Error('should be shown');
		expect(c.dontKnow).toBe(1);
		expect(c.n).toBe(3);
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
	it('falls back to the mean when it may be shown', () => {
		expect(currentLevel(r, 10, null)).toBe(2.33);
	});
	it('is unknown when results are withheld', () => {
		expect(currentLevel(aggregateRound(statements, [answer(1, 1, 1)]), 10, null)).toBeNull();
	});
});
