/**
 * Nåbilde assessment rounds: a coordinator opens a round with a deadline, each member rates
 * the statements of the chosen goals privately, the group sees aggregated results once
 * enough have answered (aggregation.ts), and records an agreed level and narrative per goal.
 *
 * Individual answers are personal data: nobody but the member sees them. When a round closes
 * its aggregated results are frozen on the round; the answers themselves are deleted
 * ANSWER_RETENTION_DAYS later by the cleanup job.
 */
import {
	and,
	asc,
	count,
	desc,
	eq,
	gt,
	inArray,
	isNotNull,
	isNull,
	lt,
	lte,
	or,
	sql
} from 'drizzle-orm';
import { db, type DbOrTx, type Tx } from '../db/client';
import {
	goalStatements,
	goals,
	ratings,
	responses,
	roundConclusions,
	roundStatements,
	rounds
} from './schema';
import { municipalityMembers, users } from '../accounts/schema';
import type { Actor } from '../accounts/actor';
import { recordAudit, storedText } from '../accounts/audit';
import { InvalidError, FieldError, ConflictError } from '../errors';
import { now } from '../clock';
import { parseOsloLocal, formatDateTime } from '$lib/i18n';
import { kickMail, sendMail } from '../mail/send';
import { assertCoordinator, assertRead, assertTakePart, notFound } from './guards';
import { chosenGoals, lockWorkspace, municipalityName } from './workspace.service';
import {
	aggregateRound,
	carryLevels,
	halfStep,
	isValidRating,
	protectResults,
	type Rating,
	type RoundResults,
	type StatementResult
} from './aggregation';
import { fremtidsbildeMail } from './mail';
import type { ConclusionInput, RoundInput } from '$lib/forms/fremtidsbilde';

export const ANSWER_RETENTION_DAYS = 90;
const MAX_ROUND_DAYS = 180;

type RoundRow = typeof rounds.$inferSelect;

export function isOpen(round: Pick<RoundRow, 'closedAt' | 'deadline'>, at = now()): boolean {
	return round.closedAt === null && round.deadline.getTime() > at.getTime();
}

async function roundIn(tx: DbOrTx, nr: string, id: number, lock = false) {
	const q = tx
		.select()
		.from(rounds)
		.where(and(eq(rounds.id, id), eq(rounds.municipalityNumber, nr)));
	const [row] = lock ? await q.for('update') : await q;
	if (!row) notFound('problems.fremtidsbilde.roundNotFound');
	return row;
}

export async function listRounds(actor: Actor | null, nr: string) {
	assertRead(actor, nr);
	const rows = await db
		.select({
			id: rounds.id,
			title: rounds.title,
			openedAt: rounds.openedAt,
			deadline: rounds.deadline,
			closedAt: rounds.closedAt,
			frozenRespondents: sql<number | null>`(${rounds.results}->>'respondents')::int`
		})
		.from(rounds)
		.where(eq(rounds.municipalityNumber, nr))
		.orderBy(desc(rounds.openedAt), desc(rounds.id));
	// Counted in their own grouped queries: a correlated subquery in a one-table select has its
	// outer column rendered unqualified by Drizzle, so it compared the answer's own id instead.
	const ids = rows.map((r) => r.id);
	const counts = ids.length
		? await db
				.select({ roundId: responses.roundId, n: count() })
				.from(responses)
				.where(inArray(responses.roundId, ids))
				.groupBy(responses.roundId)
		: [];
	const mine = ids.length
		? await db
				.select({ roundId: responses.roundId })
				.from(responses)
				.where(and(inArray(responses.roundId, ids), eq(responses.userId, actor.id)))
		: [];
	return rows.map((r) => ({
		...r,
		open: isOpen(r),
		answeredByMe: mine.some((x) => x.roundId === r.id),
		respondents: r.frozenRespondents ?? counts.find((c) => c.roundId === r.id)?.n ?? 0
	}));
}

export async function openRound(actor: Actor, nr: string, input: RoundInput) {
	assertCoordinator(actor, nr);
	const deadline = parseOsloLocal(input.deadline);
	if (!deadline) throw new FieldError('deadline', 'problems.fremtidsbilde.deadlineFormat');
	const at = now();
	if (deadline.getTime() <= at.getTime() + 60 * 60_000)
		throw new FieldError('deadline', 'problems.fremtidsbilde.deadlineSoon');
	if (deadline.getTime() > at.getTime() + MAX_ROUND_DAYS * 24 * 60 * 60_000)
		throw new FieldError('deadline', 'problems.fremtidsbilde.deadlineFar', { max: MAX_ROUND_DAYS });
	const name = (await municipalityName(nr))!;
	const id = await db.transaction(async (tx) => {
		await lockWorkspace(tx, nr);
		const [open] = await tx
			.select({ id: rounds.id })
			.from(rounds)
			.where(
				and(eq(rounds.municipalityNumber, nr), isNull(rounds.closedAt), gt(rounds.deadline, at))
			);
		if (open) throw new InvalidError('problems.fremtidsbilde.roundOpen');
		const chosen = await chosenGoals(actor, nr, tx);
		if (chosen.length === 0) throw new InvalidError('problems.fremtidsbilde.roundGoals');
		const statements = await tx
			.select()
			.from(goalStatements)
			.where(
				inArray(
					goalStatements.goalId,
					chosen.map((g) => g.goalId)
				)
			)
			.orderBy(asc(goalStatements.position), asc(goalStatements.id));
		const ordered = chosen.flatMap((g) => statements.filter((s) => s.goalId === g.goalId));
		if (ordered.length === 0) throw new InvalidError('problems.fremtidsbilde.roundStatements');
		const [round] = await tx
			.insert(rounds)
			.values({
				municipalityNumber: nr,
				title: input.title,
				openedAt: at,
				deadline,
				openedById: actor.id
			})
			.returning();
		await tx.insert(roundStatements).values(
			ordered.map((s, position) => ({
				roundId: round.id,
				goalId: s.goalId,
				text: s.text,
				position
			}))
		);
		const members = await tx
			.select({ id: users.id, name: users.name, email: users.email, lang: users.lang })
			.from(municipalityMembers)
			.innerJoin(users, eq(users.id, municipalityMembers.userId))
			.where(and(eq(municipalityMembers.municipalityNumber, nr), eq(users.isActive, true)));
		for (const m of members)
			await sendMail(tx, {
				to: m.email,
				template: 'nabildeRunde',
				idempotencyKey: `runde-${round.id}-${m.id}`,
				content: fremtidsbildeMail.roundOpened({
					name: m.name,
					lang: m.lang,
					municipality: name,
					title: round.title,
					deadline,
					path: `/kommuner/${nr}/fremtidsbilde/nabilde/${round.id}`
				})
			});
		await recordAudit(tx, actor, {
			action: 'nabilde.apnet',
			entityType: 'runde',
			entityId: round.id,
			summary: storedText('admin.auditLog.roundOpened', {
				title: round.title,
				name,
				deadline: formatDateTime(deadline, 'nb')
			}),
			after: round
		});
		return round.id;
	});
	await kickMail();
	return id;
}

/** Freezes the aggregated results on the round (called once, at closing). */
async function freeze(tx: Tx, round: RoundRow, closedAt: Date) {
	const results = await computeResults(tx, round.id);
	await tx
		.update(rounds)
		.set({ closedAt, results })
		.where(and(eq(rounds.id, round.id), isNull(rounds.closedAt)));
}

/**
 * What the coordinator chose, when closing, for a goal the group set no level for in the round:
 * keep the level from before, use this round's mean, or set a level now.
 */
export interface LevelChoice {
	goalId: number;
	choice: 'behold' | 'snitt' | 'sett';
	level: string;
}

export async function closeRound(
	actor: Actor,
	nr: string,
	id: number,
	choices: LevelChoice[] = []
) {
	assertCoordinator(actor, nr);
	for (const c of choices)
		if (c.choice === 'sett' && !['1', '2', '3', '4', '5'].includes(c.level))
			throw new FieldError(`niva-${c.goalId}`, 'validation.levelRange');
	await db.transaction(async (tx) => {
		const round = await roundIn(tx, nr, id, true);
		if (!isOpen(round)) throw new InvalidError('problems.fremtidsbilde.roundClosed');
		const inRound = new Set(
			(
				await tx
					.select({ goalId: roundStatements.goalId })
					.from(roundStatements)
					.where(eq(roundStatements.roundId, id))
			).map((r) => r.goalId)
		);
		const at = now();
		for (const c of choices) {
			if (!inRound.has(c.goalId)) notFound('problems.fremtidsbilde.goalNotInRound');
			if (c.choice === 'behold') continue;
			// An agreed level already saved wins over the mean; setting a level now replaces it.
			const set =
				c.choice === 'sett'
					? { agreedLevel: Number(c.level), levelFromMean: false }
					: { levelFromMean: true };
			await tx
				.insert(roundConclusions)
				.values({ roundId: id, goalId: c.goalId, ...set, updatedAt: at, updatedById: actor.id })
				.onConflictDoUpdate({
					target: [roundConclusions.roundId, roundConclusions.goalId],
					set: { ...set, updatedAt: at, updatedById: actor.id }
				});
		}
		await freeze(tx, round, at);
		await recordAudit(tx, actor, {
			action: 'nabilde.avsluttet',
			entityType: 'runde',
			entityId: id,
			summary: storedText('admin.auditLog.roundClosed', { title: round.title }),
			after: { choices }
		});
	});
}

const REMIND_EVERY_MS = 24 * 60 * 60_000;

/**
 * The coordinator reminds everyone who has not answered an open round, at most once a day (the
 * time is kept on the round, so every node sees it). Nobody is told who was reminded: the
 * coordinator hears only that it was sent, and the audit log keeps no names.
 */
export async function remindMissing(actor: Actor, nr: string, id: number) {
	assertCoordinator(actor, nr);
	const name = (await municipalityName(nr))!;
	await db.transaction(async (tx) => {
		const round = await roundIn(tx, nr, id, true);
		if (!isOpen(round)) throw new InvalidError('problems.fremtidsbilde.roundClosed');
		const at = now();
		if (round.remindedAt && at.getTime() - round.remindedAt.getTime() < REMIND_EVERY_MS)
			throw new ConflictError('problems.fremtidsbilde.remindedToday', {
				at: formatDateTime(new Date(round.remindedAt.getTime() + REMIND_EVERY_MS))
			});
		const missing = await tx
			.select({ id: users.id, name: users.name, email: users.email, lang: users.lang })
			.from(municipalityMembers)
			.innerJoin(users, eq(users.id, municipalityMembers.userId))
			.where(
				and(
					eq(municipalityMembers.municipalityNumber, nr),
					eq(users.isActive, true),
					sql`not exists (select 1 from ${responses} where ${responses.roundId} = ${id} and ${responses.userId} = ${users.id})`
				)
			);
		for (const m of missing)
			await sendMail(tx, {
				to: m.email,
				template: 'nabildePaminnelse',
				idempotencyKey: `runde-${id}-paminnelse-${at.getTime()}-${m.id}`,
				content: fremtidsbildeMail.roundReminder({
					name: m.name,
					lang: m.lang,
					municipality: name,
					title: round.title,
					deadline: round.deadline,
					path: `/kommuner/${nr}/fremtidsbilde/nabilde/${id}`
				})
			});
		await tx.update(rounds).set({ remindedAt: at }).where(eq(rounds.id, id));
		await recordAudit(tx, actor, {
			action: 'nabilde.paminnelse',
			entityType: 'runde',
			entityId: id,
			summary: storedText('admin.auditLog.roundReminded', { title: round.title })
		});
	});
	await kickMail();
}

/** Sweep: rounds whose deadline has passed are closed and their results frozen. */
export async function closeDueRounds() {
	const due = await db
		.select({ id: rounds.id })
		.from(rounds)
		.where(and(isNull(rounds.closedAt), lte(rounds.deadline, now())));
	for (const { id } of due)
		await db.transaction(async (tx) => {
			const [round] = await tx.select().from(rounds).where(eq(rounds.id, id)).for('update');
			if (round && round.closedAt === null) await freeze(tx, round, round.deadline);
		});
}

/** Retention: answers of rounds closed long enough ago are deleted; the frozen results stay. */
export async function deleteOldAnswers() {
	const before = new Date(now().getTime() - ANSWER_RETENTION_DAYS * 24 * 60 * 60_000);
	const old = await db
		.select({ id: rounds.id })
		.from(rounds)
		.where(and(lte(rounds.closedAt, before), isNull(rounds.answersDeletedAt)));
	for (const { id } of old)
		await db.transaction(async (tx) => {
			await tx.delete(responses).where(eq(responses.roundId, id));
			await tx.update(rounds).set({ answersDeletedAt: now() }).where(eq(rounds.id, id));
		});
}

async function statementsOf(tx: DbOrTx, roundId: number) {
	return tx
		.select({
			id: roundStatements.id,
			goalId: roundStatements.goalId,
			text: roundStatements.text,
			goalTitle: goals.title
		})
		.from(roundStatements)
		.innerJoin(goals, eq(goals.id, roundStatements.goalId))
		.where(eq(roundStatements.roundId, roundId))
		.orderBy(asc(roundStatements.position), asc(roundStatements.id));
}

/** Aggregates the answers in the database (open rounds, and at closing). */
async function computeResults(tx: DbOrTx, roundId: number): Promise<RoundResults> {
	const statements = await statementsOf(tx, roundId);
	const rows = await tx
		.select({
			responseId: ratings.responseId,
			statementId: ratings.roundStatementId,
			value: ratings.value
		})
		.from(ratings)
		.innerJoin(responses, eq(responses.id, ratings.responseId))
		.where(eq(responses.roundId, roundId));
	const [{ n }] = await tx
		.select({ n: count() })
		.from(responses)
		.where(eq(responses.roundId, roundId));
	const byResponse = new Map<number, Map<number, Rating>>();
	for (const r of rows) {
		const map = byResponse.get(r.responseId) ?? new Map<number, Rating>();
		map.set(r.statementId, r.value);
		byResponse.set(r.responseId, map);
	}
	// A response with no ratings still counts as an answer (every statement is required, so rare).
	const answers = [...byResponse.values()];
	while (answers.length < n) answers.push(new Map());
	return aggregateRound(statements, answers);
}

/**
 * What the group may see of a round's answers. Nothing but the count while it is open: figures
 * that change with each new answer would let anyone work out that answer by comparing before
 * and after. Once closed, the aggregates (frozen at closing), if enough answered.
 */
async function visibleResults(round: RoundRow): Promise<RoundResults> {
	if (round.results) return protectResults(round.results as RoundResults);
	const live = await computeResults(db, round.id);
	if (!isOpen(round)) return live;
	return { respondents: live.respondents, released: false, statements: [], goals: [] };
}

/** The answer page: the round, its statements by goal, and the member's own earlier answer. */
export async function roundForAnswer(actor: Actor | null, nr: string, id: number) {
	assertRead(actor, nr);
	const round = await roundIn(db, nr, id);
	const statements = await statementsOf(db, id);
	const [mine] = await db
		.select()
		.from(responses)
		.where(and(eq(responses.roundId, id), eq(responses.userId, actor.id)));
	const myRatings = mine
		? await db.select().from(ratings).where(eq(ratings.responseId, mine.id))
		: [];
	return {
		round: { ...round, results: undefined, open: isOpen(round) },
		goals: groupByGoal(statements),
		statements,
		mine: mine
			? {
					submittedAt: mine.submittedAt,
					updatedAt: mine.updatedAt,
					ratings: Object.fromEntries(
						myRatings.map((r) => [r.roundStatementId, { value: r.value, comment: r.comment }])
					) as Record<number, { value: number | null; comment: string }>
				}
			: null
	};
}

function groupByGoal<T extends { goalId: number; goalTitle: string }>(statements: T[]) {
	const out: { goalId: number; title: string; statements: T[] }[] = [];
	for (const s of statements) {
		let g = out.find((x) => x.goalId === s.goalId);
		if (!g) out.push((g = { goalId: s.goalId, title: s.goalTitle, statements: [] }));
		g.statements.push(s);
	}
	return out;
}

export interface AnswerInput {
	statementId: number;
	value: number | null;
	comment: string;
}

/** A member's private answer; can be changed until the round closes. */
export async function submitAnswers(
	actor: Actor,
	nr: string,
	roundId: number,
	answers: AnswerInput[]
) {
	assertTakePart(actor, nr);
	await db.transaction(async (tx) => {
		// Shares the lock with closing, so an answer never slips in after the results froze.
		const [round] = await tx
			.select()
			.from(rounds)
			.where(and(eq(rounds.id, roundId), eq(rounds.municipalityNumber, nr)))
			.for('share');
		if (!round) notFound('problems.fremtidsbilde.roundNotFound');
		if (!isOpen(round))
			throw new ConflictError('problems.fremtidsbilde.roundClosedAt', {
				at: formatDateTime(round.closedAt ?? round.deadline)
			});
		const statements = await statementsOf(tx, roundId);
		for (const s of statements) {
			const a = answers.find((x) => x.statementId === s.id);
			if (!a)
				throw new FieldError(`s${s.id}`, 'problems.fremtidsbilde.answerMissing', {
					statement: s.text
				});
			if (!isValidRating(a.value))
				throw new FieldError(`s${s.id}`, 'problems.fremtidsbilde.answerScale', {
					statement: s.text
				});
		}
		const at = now();
		const [response] = await tx
			.insert(responses)
			.values({ roundId, userId: actor.id, submittedAt: at, updatedAt: at })
			.onConflictDoUpdate({
				target: [responses.roundId, responses.userId],
				set: { updatedAt: at }
			})
			.returning();
		await tx.delete(ratings).where(eq(ratings.responseId, response.id));
		await tx.insert(ratings).values(
			statements.map((s) => {
				const a = answers.find((x) => x.statementId === s.id)!;
				return {
					responseId: response.id,
					roundStatementId: s.id,
					value: a.value,
					comment: a.comment
				};
			})
		);
	});
}

/**
 * The round before this one in the same municipality (closed, opened earlier), to compare with.
 * Statements are matched by goal and wording, since each round keeps its own copy of them.
 */
async function previousRound(round: RoundRow) {
	const [prev] = await db
		.select()
		.from(rounds)
		.where(
			and(
				eq(rounds.municipalityNumber, round.municipalityNumber),
				isNotNull(rounds.closedAt),
				or(
					lt(rounds.openedAt, round.openedAt),
					and(eq(rounds.openedAt, round.openedAt), lt(rounds.id, round.id))
				)
			)
		)
		.orderBy(desc(rounds.openedAt), desc(rounds.id))
		.limit(1);
	if (!prev) return null;
	const results = await visibleResults(prev);
	const statements = await statementsOf(db, prev.id);
	return { round: prev, results, statements };
}

/**
 * A statement's figure in the previous round and the change since, under the same protection:
 * nothing where either round withholds the figure (the release rule); where either was cut
 * down (fewer than five answers), both are the half-step means that are shown anyway.
 */
function comparison(
	s: { goalId: number; text: string },
	now: StatementResult | null,
	prev: Awaited<ReturnType<typeof previousRound>>
): { mean: number; change: number } | null {
	if (!prev || !now?.released || !prev.results.released) return null;
	const match = prev.statements.find((x) => x.goalId === s.goalId && x.text === s.text);
	const before = match && prev.results.statements.find((r) => r.id === match.id);
	if (!before?.released) return null;
	const limitedEither = now.detail === 'limited' || before.detail === 'limited';
	const a = limitedEither ? halfStep(now.mean) : now.mean;
	const b = limitedEither ? halfStep(before.mean) : before.mean;
	return { mean: b, change: Math.round((a - b) * 100) / 100 };
}

/** The results page: aggregated figures (or that they are withheld) and the group's conclusions. */
export async function roundResults(actor: Actor | null, nr: string, id: number) {
	assertRead(actor, nr);
	const round = await roundIn(db, nr, id);
	const results = await visibleResults(round);
	const statements = await statementsOf(db, id);
	const conclusions = await db
		.select()
		.from(roundConclusions)
		.where(eq(roundConclusions.roundId, id));
	const [{ members }] = await db
		.select({ members: count() })
		.from(municipalityMembers)
		.where(eq(municipalityMembers.municipalityNumber, nr));
	const prev = results.released ? await previousRound(round) : null;
	const before = isOpen(round) ? await decidedBefore(nr, round) : new Map<number, number>();
	return {
		round: { ...round, results: undefined, open: isOpen(round) },
		members,
		results,
		previous: prev && {
			id: prev.round.id,
			title: prev.round.title,
			released: prev.results.released
		},
		goals: groupByGoal(statements).map((g) => ({
			...g,
			result: results.goals.find((r) => r.goalId === g.goalId) ?? null,
			statements: g.statements.map((s) => {
				const result = results.statements.find((r) => r.id === s.id) ?? null;
				return { ...s, result, previous: comparison(s, result, prev) };
			}),
			conclusion: conclusions.find((c) => c.goalId === g.goalId) ?? null,
			/** The level a round without a decision keeps (offered when closing). */
			decidedBefore: before.get(g.goalId) ?? null
		}))
	};
}

/** Per goal, the level decided (agreed, or the mean chosen) in the rounds before `round`. */
async function decidedBefore(nr: string, round: RoundRow) {
	const earlier = await db
		.select()
		.from(rounds)
		.where(
			and(
				eq(rounds.municipalityNumber, nr),
				isNotNull(rounds.closedAt),
				or(
					lt(rounds.openedAt, round.openedAt),
					and(eq(rounds.openedAt, round.openedAt), lt(rounds.id, round.id))
				)
			)
		)
		.orderBy(asc(rounds.openedAt), asc(rounds.id));
	const out = new Map<number, number>();
	if (!earlier.length) return out;
	const conclusions = await db
		.select()
		.from(roundConclusions)
		.where(
			inArray(
				roundConclusions.roundId,
				earlier.map((r) => r.id)
			)
		);
	const results = await Promise.all(earlier.map((r) => visibleResults(r)));
	const goalIds = new Set(conclusions.map((c) => c.goalId));
	for (const goalId of goalIds) {
		const levels = carryLevels(
			earlier.map((r, i) => {
				const c = conclusions.find((x) => x.roundId === r.id && x.goalId === goalId);
				const res = results[i].goals.find((x) => x.goalId === goalId);
				return {
					mean: res && res.released ? res.mean : null,
					agreed: c?.agreedLevel ?? null,
					fromMean: c?.levelFromMean ?? false
				};
			})
		);
		const decided = levels.at(-1)?.decided ?? null;
		if (decided !== null) out.set(goalId, decided);
	}
	return out;
}

/** The group's agreed level and narrative for a goal after a round (coordinators record it). */
export async function saveConclusion(
	actor: Actor,
	nr: string,
	roundId: number,
	input: ConclusionInput
) {
	assertCoordinator(actor, nr);
	await db.transaction(async (tx) => {
		await roundIn(tx, nr, roundId, true);
		const [inRound] = await tx
			.select({ id: roundStatements.id })
			.from(roundStatements)
			.where(and(eq(roundStatements.roundId, roundId), eq(roundStatements.goalId, input.goalId)))
			.limit(1);
		if (!inRound) notFound('problems.fremtidsbilde.goalNotInRound');
		const values = {
			agreedLevel: input.agreedLevel === '' ? null : Number(input.agreedLevel),
			narrative: input.narrative,
			updatedAt: now(),
			updatedById: actor.id
		};
		await tx
			.insert(roundConclusions)
			.values({ roundId, goalId: input.goalId, ...values })
			.onConflictDoUpdate({
				target: [roundConclusions.roundId, roundConclusions.goalId],
				set: values
			});
	});
}

/**
 * Development over time: per chosen goal, the level after each round (agreed level, else the
 * mean when it may be shown), oldest round first. Also what the gap chart needs.
 */
export async function development(actor: Actor | null, nr: string) {
	assertRead(actor, nr);
	const chosen = await chosenGoals(actor, nr);
	const list = await db
		.select()
		.from(rounds)
		.where(eq(rounds.municipalityNumber, nr))
		.orderBy(asc(rounds.openedAt), asc(rounds.id));
	const conclusions = list.length
		? await db
				.select()
				.from(roundConclusions)
				.where(
					inArray(
						roundConclusions.roundId,
						list.map((r) => r.id)
					)
				)
		: [];
	const perRound = await Promise.all(
		list.map(async (r) => ({
			id: r.id,
			title: r.title,
			openedAt: r.openedAt,
			open: isOpen(r),
			results: await visibleResults(r)
		}))
	);
	return {
		rounds: perRound.map(({ results, ...r }) => ({ ...r, respondents: results.respondents })),
		goals: chosen.map((g) => {
			const raw = perRound.map((r) => {
				const c = conclusions.find((x) => x.roundId === r.id && x.goalId === g.goalId);
				const res = r.results.goals.find((x) => x.goalId === g.goalId);
				return {
					roundId: r.id,
					mean: res && res.released ? res.mean : null,
					agreed: c?.agreedLevel ?? null,
					fromMean: c?.levelFromMean ?? false
				};
			});
			const levels = carryLevels(raw);
			const points = raw.map((p, i) => ({ ...p, ...levels[i] }));
			const latest = [...points].reverse().find((p) => p.level !== null) ?? null;
			return {
				id: g.id,
				goalId: g.goalId,
				title: g.title,
				targetLevel: g.targetLevel,
				gap: g.gap,
				points,
				current: latest?.level ?? null
			};
		})
	};
}
