/**
 * Turning members' private ratings into group results, and the one rule that protects them:
 * nothing is shown until at least MIN_RESPONDENTS members have answered, and a statement or
 * goal is only shown when at least that many gave it a number (not «vet ikke»). A goal's
 * figures pool only the statements that are shown, so a hidden statement cannot be worked
 * out by subtracting the shown ones from the goal.
 *
 * Released is not yet detailed: with fewer than DETAIL_RESPONDENTS answers behind a figure, a
 * member who knows their own answer could read the others' from the count per scale step or
 * the lowest and highest (0/2/1/0/0 and my own 3 ⇒ both others said 2). Below that only what
 * cannot be worked back is kept: the mean rounded to a half step and a spread band. The
 * service hands out nothing else, so the page, its JSON, the PDF and exports all get the same.
 * Pure functions: no database.
 */

/** The fewest answers behind any figure that is shown (the release rule). */
export const MIN_RESPONDENTS = 3;

/** The fewest answers behind a figure shown in detail (counts per step, lowest–highest, spread). */
export const DETAIL_RESPONDENTS = 5;

/** Whether a figure built from `n` answers may be shown at all. Shared release rule. */
export const releasable = (n: number, min = MIN_RESPONDENTS) => n >= min;

/** Whether a figure built from `n` answers may be shown in detail. */
export const detailed = (n: number) => n >= DETAIL_RESPONDENTS;

export const SCALE = [1, 2, 3, 4, 5] as const;

/** 1–5, or null for «vet ikke». */
export type Rating = number | null;

export interface StatementInput {
	id: number;
	goalId: number;
	text: string;
}

/** One member's answer: statement id → rating. */
export type ResponseInput = ReadonlyMap<number, Rating>;

export interface Figures {
	/** How many gave a number. */
	n: number;
	mean: number;
	/** Standard deviation (population): how far apart the answers are. */
	sd: number;
	min: number;
	max: number;
	/** Count of 1s, 2s … 5s. */
	distribution: [number, number, number, number, number];
}

/** How far apart the answers are, in words rather than numbers. */
export type SpreadBand = 'samstemt' | 'noe' | 'stor';

/** A figure from fewer than DETAIL_RESPONDENTS answers: nothing that can be worked back. */
export interface Limited {
	detail: 'limited';
	/** The mean rounded to the nearest half step. */
	mean: number;
	spread: SpreadBand;
}

export type StatementResult = { id: number; goalId: number; text: string } & (
	| { released: false }
	| ({ released: true; detail: 'full'; dontKnow: number } & Figures)
	| ({ released: true } & Limited)
);

export type GoalResult = { goalId: number } & (
	| { released: false }
	| ({ released: true; detail: 'full' } & Figures)
	| ({ released: true } & Limited)
);

export interface RoundResults {
	respondents: number;
	/** False while fewer than MIN_RESPONDENTS have answered: then nothing else is filled in. */
	released: boolean;
	statements: StatementResult[];
	goals: GoalResult[];
}

export function isValidRating(v: unknown): v is Rating {
	return v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5);
}

export function figuresOf(values: number[]): Figures {
	const n = values.length;
	const mean = values.reduce((a, b) => a + b, 0) / n;
	const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / n);
	const distribution: Figures['distribution'] = [0, 0, 0, 0, 0];
	for (const v of values) distribution[v - 1]++;
	return {
		n,
		mean: round2(mean),
		sd: round2(sd),
		min: Math.min(...values),
		max: Math.max(...values),
		distribution
	};
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export const halfStep = (x: number) => Math.round(x * 2) / 2;

export function spreadBand(sd: number): SpreadBand {
	if (sd < 0.5) return 'samstemt';
	if (sd < 1) return 'noe';
	return 'stor';
}

export function limited(f: Pick<Figures, 'mean' | 'sd'>): Limited {
	return { detail: 'limited', mean: halfStep(f.mean), spread: spreadBand(f.sd) };
}

/** Results frozen before the detail rule have no `detail` on their figures. */
type Stored<T> = T & { detail?: 'full' | 'limited' };

/** A figure already cut down keeps its band; only the mean is rounded again (idempotent). */
const again = (l: Limited): Limited => ({
	detail: 'limited',
	mean: halfStep(l.mean),
	spread: l.spread
});

/**
 * The results as they may go out: every figure from fewer than DETAIL_RESPONDENTS answers cut
 * down to the mean by half steps and a spread band. Idempotent; also applied to results frozen
 * before the rule existed.
 */
export function protectResults(r: RoundResults): RoundResults {
	if (!r.released)
		return { respondents: r.respondents, released: false, statements: [], goals: [] };
	const few = !detailed(r.respondents);
	const statements = r.statements.map((s0): StatementResult => {
		const s = s0 as Stored<StatementResult>;
		if (!s.released) return { id: s.id, goalId: s.goalId, text: s.text, released: false };
		const base = { id: s.id, goalId: s.goalId, text: s.text, released: true as const };
		if (s.detail === 'limited') return { ...base, ...again(s) };
		const f = s as Figures & { dontKnow: number };
		if (few || !detailed(f.n)) return { ...base, ...limited(f) };
		return { ...base, detail: 'full', dontKnow: f.dontKnow, ...pickFigures(f) };
	});
	const goals = r.goals.map((g0): GoalResult => {
		const g = g0 as Stored<GoalResult>;
		if (!g.released) return { goalId: g.goalId, released: false };
		const base = { goalId: g.goalId, released: true as const };
		if (g.detail === 'limited') return { ...base, ...again(g) };
		// For figures frozen before the rule, n (ratings) stands in for the people behind them.
		const f = g as Figures;
		if (few || !detailed(f.n)) return { ...base, ...limited(f) };
		return { ...base, detail: 'full', ...pickFigures(f) };
	});
	return { respondents: r.respondents, released: true, statements, goals };
}

const pickFigures = (f: Figures): Figures => ({
	n: f.n,
	mean: f.mean,
	sd: f.sd,
	min: f.min,
	max: f.max,
	distribution: f.distribution
});

export function aggregateRound(
	statements: StatementInput[],
	responses: ResponseInput[],
	min = MIN_RESPONDENTS
): RoundResults {
	const respondents = responses.length;
	if (!releasable(respondents, min))
		return { respondents, released: false, statements: [], goals: [] };

	const statementResults: StatementResult[] = statements.map((s) => {
		const answers = responses.map((r) => r.get(s.id)).filter((v) => v !== undefined);
		const values = answers.filter((v): v is number => isValidRating(v) && v !== null);
		if (!releasable(values.length, min))
			return { id: s.id, goalId: s.goalId, text: s.text, released: false };
		return {
			id: s.id,
			goalId: s.goalId,
			text: s.text,
			released: true,
			detail: 'full',
			dontKnow: answers.length - values.length,
			...figuresOf(values)
		};
	});

	const goalIds = [...new Set(statements.map((s) => s.goalId))];
	const goals: GoalResult[] = goalIds.map((goalId) => {
		const shown = statements.filter(
			(s) => s.goalId === goalId && statementResults.find((r) => r.id === s.id)?.released
		);
		const numeric = (v: Rating | undefined): v is number =>
			typeof v === 'number' && isValidRating(v);
		const values = shown.flatMap((s) => responses.map((r) => r.get(s.id)).filter(numeric));
		if (!releasable(values.length, min)) return { goalId, released: false };
		// How many people stand behind the goal's figure (a person rates several statements).
		const people = responses.filter((r) => shown.some((s) => numeric(r.get(s.id)))).length;
		if (!detailed(people)) return { goalId, released: true, ...limited(figuresOf(values)) };
		return { goalId, released: true, detail: 'full', ...figuresOf(values) };
	});

	return protectResults({ respondents, released: true, statements: statementResults, goals });
}

/** The level a goal is at after a round: the agreed level when the group set one, else the mean. */
export function currentLevel(
	results: RoundResults | null,
	goalId: number,
	agreedLevel: number | null | undefined
): number | null {
	if (agreedLevel !== null && agreedLevel !== undefined) return agreedLevel;
	const g = results?.goals.find((x) => x.goalId === goalId);
	return g && g.released ? g.mean : null;
}

export interface LevelPoint {
	/** The round's mean for the goal, when it may be shown. */
	mean: number | null;
	/** The level the group agreed on in that round. */
	agreed: number | null;
	/** The coordinator chose the mean as the level when closing without an agreed level. */
	fromMean: boolean;
}

/**
 * The goal's level after each round, oldest first. An agreed level counts; so does the mean
 * when the coordinator chose it. A round with neither keeps the level decided before it (a
 * raw mean never silently replaces an agreed level); only before any decision does the mean
 * stand in.
 */
export function carryLevels(
	points: LevelPoint[]
): { level: number | null; kept: boolean; decided: number | null }[] {
	let decided: number | null = null;
	return points.map((p) => {
		if (p.agreed !== null) return { level: (decided = p.agreed), kept: false, decided };
		if (p.fromMean && p.mean !== null) return { level: (decided = p.mean), kept: false, decided };
		if (decided !== null) return { level: decided, kept: true, decided };
		return { level: p.mean, kept: false, decided };
	});
}
