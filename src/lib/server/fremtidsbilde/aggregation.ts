/**
 * Turning members' private ratings into group results, and the one rule that protects them:
 * nothing is shown until at least MIN_RESPONDENTS members have answered, and a statement or
 * goal is only shown when at least that many gave it a number (not «vet ikke»). A goal's
 * figures pool only the statements that are shown, so a hidden statement cannot be worked
 * out by subtracting the shown ones from the goal. Pure functions: no database.
 */

/** The fewest answers behind any figure that is shown. */
export const MIN_RESPONDENTS = 3;

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

export type StatementResult = { id: number; goalId: number; text: string } & (
	{ released: false } | ({ released: true; dontKnow: number } & Figures)
);

export type GoalResult = { goalId: number } & (
	{ released: false } | ({ released: true } & Figures)
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

export function aggregateRound(
	statements: StatementInput[],
	responses: ResponseInput[],
	min = MIN_RESPONDENTS
): RoundResults {
	const respondents = responses.length;
	if (respondents < min) return { respondents, released: false, statements: [], goals: [] };

	const statementResults: StatementResult[] = statements.map((s) => {
		const answers = responses.map((r) => r.get(s.id)).filter((v) => v !== undefined);
		const values = answers.filter((v): v is number => isValidRating(v) && v !== null);
		if (values.length < min) return { id: s.id, goalId: s.goalId, text: s.text, released: false };
		return {
			id: s.id,
			goalId: s.goalId,
			text: s.text,
			released: true,
			dontKnow: answers.length - values.length,
			...figuresOf(values)
		};
	});

	const goalIds = [...new Set(statements.map((s) => s.goalId))];
	const goals: GoalResult[] = goalIds.map((goalId) => {
		const shown = statements.filter(
			(s) => s.goalId === goalId && statementResults.find((r) => r.id === s.id)?.released
		);
		const values = shown.flatMap((s) =>
			responses
				.map((r) => r.get(s.id))
				.filter((v): v is number => typeof v === 'number' && isValidRating(v))
		);
		if (values.length < min) return { goalId, released: false };
		return { goalId, released: true, ...figuresOf(values) };
	});

	return { respondents, released: true, statements: statementResults, goals };
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
