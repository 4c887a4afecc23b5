/**
 * Insight across municipalities: participation in the programmes and the fremtidsbilde work,
 * for programme staff (the whole country) and a county chapter's leaders (their chapter's
 * counties). Every figure leaves this module through suppression.ts: a figure from fewer than
 * three municipalities (or people) is hidden, and so is any figure that would give it away.
 *
 * Reads the programme, event and fremtidsbilde tables itself (never a municipality's own
 * results pages): a municipality's level on a goal is the agreed level of its latest closed
 * round, else that round's frozen mean (`currentLevel`).
 */
import { and, asc, eq, inArray, isNotNull, isNull, ne } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '../db/client';
import { countyChapterCounties, countyChapters, counties, municipalities } from '../geo/schema';
import { municipalityMembers, users } from '../accounts/schema';
import { events, registrations } from '../events/schema';
import {
	programmeParticipants,
	programmeTasks,
	programmes,
	participantStatuses,
	taskAnswers,
	type ParticipantStatus
} from '../programmes/schema';
import {
	actions,
	goals,
	logEntries,
	roundConclusions,
	rounds,
	workspaceGoals
} from '../fremtidsbilde/schema';
import { compositionOf, REQUIRED_ROLES } from '../fremtidsbilde/group.service';
import { partnerSectors } from '$lib/forms/fremtidsbilde';
import { currentLevel, type RoundResults } from '../fremtidsbilde/aggregation';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { NotFoundError } from '../errors';
import { now } from '../clock';
import { m, osloDate } from '$lib/i18n';
import { protect, suppress, tally, type Cell, type Table } from './suppression';

// ——— Filters ———

const date = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.optional()
	.catch(undefined);

/** The GET form's fields (Norwegian names, as in the address). Bad values are left out. */
export const filterSchema = z.object({
	program: z.coerce.number().int().positive().optional().catch(undefined),
	kohort: z.enum(participantStatuses).optional().catch(undefined),
	fylke: z
		.string()
		.regex(/^\d{2}$/)
		.optional()
		.catch(undefined),
	fra: date,
	til: date
});
export type InsightFilters = z.infer<typeof filterSchema>;

export function filtersFrom(params: URLSearchParams): InsightFilters {
	const raw: Record<string, string> = {};
	for (const k of ['program', 'kohort', 'fylke', 'fra', 'til'])
		if (params.get(k)) raw[k] = params.get(k)!.slice(0, 20);
	return filterSchema.parse(raw);
}

/** The filters as an address query (for the export links: the same view). */
export function filterQuery(f: InsightFilters): string {
	const q = new URLSearchParams();
	for (const [k, v] of Object.entries(f)) if (v !== undefined) q.set(k, String(v));
	const s = q.toString();
	return s ? `?${s}` : '';
}

// ——— Scope and permission ———

export interface InsightScope {
	chapter: { id: number; slug: string; name: string } | null;
	counties: { number: string; name: string }[];
}

/**
 * Who may read which insight: the whole country for programme staff (editors), a chapter's
 * counties for its leaders. Refuses everyone else (and a chapter leader asking for another
 * chapter) through `can.viewInsight`.
 */
export async function insightScope(
	actor: Actor,
	chapterSlug: string | null
): Promise<InsightScope> {
	if (chapterSlug === null) {
		authorize(actor, (a) => can.viewInsight(a, null), 'innsikt.les', 'alle');
		return {
			chapter: null,
			counties: await db.select().from(counties).orderBy(asc(counties.number))
		};
	}
	const [chapter] = await db
		.select()
		.from(countyChapters)
		.where(eq(countyChapters.slug, chapterSlug));
	if (!chapter) throw new NotFoundError('problems.notFoundPage');
	authorize(
		actor,
		(a) => can.viewInsight(a, chapter.id),
		'innsikt.les',
		chapter.slug,
		'insight.refused'
	);
	const list = await db
		.select({ number: counties.number, name: counties.name })
		.from(countyChapterCounties)
		.innerJoin(counties, eq(counties.number, countyChapterCounties.countyNumber))
		.where(eq(countyChapterCounties.chapterId, chapter.id))
		.orderBy(asc(counties.number));
	return { chapter, counties: list };
}

/** The chapters a person may open insight for (the links on /admin/innsikt). */
export async function insightChapters(actor: Actor) {
	authorize(actor, can.useAdmin, 'innsikt.avdelinger');
	const all = await db.select().from(countyChapters).orderBy(asc(countyChapters.name));
	return all.filter((c) => can.viewInsight(actor, c.id));
}

// ——— The figures ———

export type Phase = 'ikke_med' | ParticipantStatus;
export const PHASES: Phase[] = ['ikke_med', 'deltar', 'fullfort', 'trukket'];

export interface Figure {
	id: string;
	title: string;
	/** What each figure counts (municipalities, registrations …). */
	unit: string;
	/** The heading of the rows' column. */
	rowHeading: string;
	table: Table;
	/** Draw a bar chart beside the table. */
	chart: boolean;
}

export interface Tile {
	number: string;
	name: string;
	countyNumber: string;
	phase: Phase;
}

export interface Insight {
	scope: InsightScope;
	filters: InsightFilters;
	programmes: { id: number; name: string }[];
	municipalityCount: Cell;
	participation: Figure[];
	fremtidsbilde: Figure[];
	/** Every municipality in the view and its phase (public: programme pages list participants). */
	tiles: Tile[];
	hiddenAny: boolean;
}

const inPeriod = (day: string | null, f: InsightFilters) =>
	day !== null && (!f.fra || day >= f.fra) && (!f.til || day <= f.til);

const PHASE_RANK: Record<Phase, number> = { ikke_med: 0, trukket: 1, deltar: 2, fullfort: 3 };

/** Rounds a level to the 1–5 scale step it is nearest (for the distribution). */
const step = (v: number) => String(Math.min(5, Math.max(1, Math.round(v))));

/**
 * A query filtered on `list` (`inArray`), or no rows when the list is empty: the view's
 * municipalities, programmes or tasks may be none, and `in ()` is not SQL.
 */
function forAny<T>(list: readonly unknown[], query: () => Promise<T[]>): Promise<T[]> {
	return list.length ? query() : Promise.resolve([]);
}

/** What a figure counts and how: the facts, the rows and columns they fall in, who is behind each. */
interface FigureSpec<F> {
	id: string;
	title: string;
	unit: string;
	rowHeading: string;
	facts: F[];
	/** The rows' keys and the labels shown for them. */
	rows: string[];
	rowLabels: string[];
	row: (f: F) => string;
	/** The columns' keys and labels; one column «n» when absent. */
	cols?: string[];
	colLabels: string[];
	col?: (f: F) => string;
	who: (f: F) => string;
	/** Sums per row and column (false where the rows do not add up to anything shown). */
	totals?: boolean;
	/** Draw a bar chart beside the table. */
	chart?: boolean;
}

/** Counts the facts, protects the table (suppression.ts) and labels it: the one way a figure is made. */
function protectedFigure<F>(spec: FigureSpec<F>): Figure {
	const cols = spec.cols ?? ['n'];
	const table = suppress(
		tally(spec.facts, {
			rows: spec.rows,
			cols,
			row: spec.row,
			col: spec.col ?? (() => cols[0]),
			who: spec.who,
			totals: spec.totals
		})
	);
	return {
		id: spec.id,
		title: spec.title,
		unit: spec.unit,
		rowHeading: spec.rowHeading,
		chart: spec.chart ?? true,
		table: { ...table, rows: spec.rowLabels, cols: spec.colLabels }
	};
}

export async function insight(
	actor: Actor,
	chapterSlug: string | null,
	filters: InsightFilters
): Promise<Insight> {
	const scope = await insightScope(actor, chapterSlug);
	const L = m.insight;
	const today = osloDate(now());
	const scopeCounties = scope.counties.map((c) => c.number);
	const f: InsightFilters = {
		...filters,
		fylke: filters.fylke && scopeCounties.includes(filters.fylke) ? filters.fylke : undefined
	};
	const countyFilter = f.fylke ? [f.fylke] : scopeCounties;

	const munis = await db
		.select({
			number: municipalities.number,
			name: municipalities.name,
			countyNumber: municipalities.countyNumber
		})
		.from(municipalities)
		.where(inArray(municipalities.countyNumber, countyFilter))
		.orderBy(asc(municipalities.countyNumber), asc(municipalities.name));
	const inCounty = new Set(munis.map((x) => x.number));

	const allParticipants = (
		await db
			.select({
				programmeId: programmeParticipants.programmeId,
				nr: programmeParticipants.municipalityNumber,
				status: programmeParticipants.status
			})
			.from(programmeParticipants)
	).filter((p) => inCounty.has(p.nr));
	const programmeIds = [...new Set(allParticipants.map((p) => p.programmeId))];
	const programmeList = await forAny(programmeIds, () =>
		db
			.select({ id: programmes.id, name: programmes.name, startsOn: programmes.startsOn })
			.from(programmes)
			.where(inArray(programmes.id, programmeIds))
			.orderBy(asc(programmes.startsOn), asc(programmes.name))
	);
	if (f.program !== undefined && !programmeList.some((p) => p.id === f.program))
		f.program = undefined;
	const shownProgrammes = programmeList.filter(
		(p) => f.program === undefined || p.id === f.program
	);
	const shownIds = shownProgrammes.map((p) => p.id);
	const participants = allParticipants.filter(
		(p) =>
			(f.program === undefined || p.programmeId === f.program) &&
			(f.kohort === undefined || p.status === f.kohort)
	);
	/** The municipalities the view is about. */
	const selected =
		f.program !== undefined || f.kohort !== undefined
			? new Set(participants.map((p) => p.nr))
			: inCounty;
	const nrs = [...selected];
	/** Rows per programme shown: the key, the label, and where a fact falls. */
	const perProgramme = {
		rows: shownProgrammes.map((p) => String(p.id)),
		rowLabels: shownProgrammes.map((p) => p.name),
		rowHeading: L.headings.programme,
		row: (x: { programmeId: number | null }) => String(x.programmeId)
	};
	const byNr = (x: { nr: string }) => x.nr;

	// Groups: complete or missing roles (members of active accounts).
	const members = await forAny(nrs, () =>
		db
			.select({
				nr: municipalityMembers.municipalityNumber,
				role: municipalityMembers.role,
				groupRole: municipalityMembers.groupRole
			})
			.from(municipalityMembers)
			.innerJoin(users, eq(users.id, municipalityMembers.userId))
			.where(and(inArray(municipalityMembers.municipalityNumber, nrs), eq(users.isActive, true)))
	);
	const composition = new Map(
		nrs.map((nr) => [nr, compositionOf(members.filter((x) => x.nr === nr))])
	);

	// Gatherings: registrations from the selected municipalities to the programmes' events.
	const regs = await forAny(shownIds, () =>
		db
			.select({
				id: registrations.id,
				email: registrations.email,
				nr: registrations.municipalityNumber,
				attendedAt: registrations.attendedAt,
				programmeId: events.programmeId,
				startsAt: events.startsAt
			})
			.from(registrations)
			.innerJoin(events, eq(events.id, registrations.eventId))
			.where(
				and(
					inArray(events.programmeId, shownIds),
					ne(registrations.status, 'cancelled'),
					ne(events.status, 'cancelled')
				)
			)
	);

	// Between-work: each task of a programme, for each of its participants.
	const tasks = await forAny(shownIds, () =>
		db
			.select({
				id: programmeTasks.id,
				programmeId: programmeTasks.programmeId,
				dueOn: programmeTasks.dueOn
			})
			.from(programmeTasks)
			.where(inArray(programmeTasks.programmeId, shownIds))
	);
	const shownTasks = tasks.filter((t) => inPeriod(t.dueOn, f));
	const taskIds = shownTasks.map((t) => t.id);
	const answers = await forAny(taskIds, () =>
		db
			.select({
				taskId: taskAnswers.taskId,
				nr: taskAnswers.municipalityNumber,
				handedInAt: taskAnswers.handedInAt
			})
			.from(taskAnswers)
			.where(and(inArray(taskAnswers.taskId, taskIds), isNotNull(taskAnswers.handedInAt)))
	);
	const handed = new Map(answers.map((a) => [`${a.taskId}:${a.nr}`, a.handedInAt!]));
	const taskFacts = shownTasks.flatMap((t) =>
		participants
			.filter((p) => p.programmeId === t.programmeId)
			.map((p) => {
				const at = handed.get(`${t.id}:${p.nr}`);
				const state = at
					? osloDate(at) <= t.dueOn
						? 'onTime'
						: 'late'
					: t.dueOn < today
						? 'missing'
						: 'notDue';
				return { programmeId: t.programmeId, nr: p.nr, state };
			})
	);

	// Fremtidsbilde: chosen goals, levels and gaps from the latest closed rounds.
	const catalogue = await db
		.select({ id: goals.id, title: goals.title })
		.from(goals)
		.orderBy(asc(goals.position), asc(goals.id));
	const perGoal = {
		rows: catalogue.map((g) => String(g.id)),
		rowLabels: catalogue.map((g) => g.title),
		rowHeading: L.headings.goal,
		row: (x: { goalId: number }) => String(x.goalId)
	};
	const chosen = await forAny(nrs, () =>
		db
			.select({
				nr: workspaceGoals.municipalityNumber,
				goalId: workspaceGoals.goalId,
				targetLevel: workspaceGoals.targetLevel
			})
			.from(workspaceGoals)
			.where(and(inArray(workspaceGoals.municipalityNumber, nrs), isNull(workspaceGoals.removedAt)))
	);
	const closed = await forAny(nrs, () =>
		db
			.select({
				id: rounds.id,
				nr: rounds.municipalityNumber,
				closedAt: rounds.closedAt,
				results: rounds.results
			})
			.from(rounds)
			.where(
				and(
					inArray(rounds.municipalityNumber, nrs),
					isNotNull(rounds.closedAt),
					isNotNull(rounds.results)
				)
			)
			.orderBy(asc(rounds.closedAt), asc(rounds.id))
	);
	const closedInPeriod = closed.filter((r) => inPeriod(osloDate(r.closedAt!), f));
	const closedIds = closedInPeriod.map((r) => r.id);
	const conclusions = await forAny(closedIds, () =>
		db
			.select({
				roundId: roundConclusions.roundId,
				goalId: roundConclusions.goalId,
				agreedLevel: roundConclusions.agreedLevel
			})
			.from(roundConclusions)
			.where(inArray(roundConclusions.roundId, closedIds))
	);
	const agreed = new Map(conclusions.map((c) => [`${c.roundId}:${c.goalId}`, c.agreedLevel]));
	/** The level of each chosen goal after each closed round, oldest first. */
	const levelsOf = (nr: string, goalId: number) =>
		closedInPeriod
			.filter((r) => r.nr === nr)
			.map((r) => currentLevel(r.results as RoundResults, goalId, agreed.get(`${r.id}:${goalId}`)))
			.filter((v): v is number => v !== null);
	const levelFacts = chosen.flatMap((c) => {
		const seq = levelsOf(c.nr, c.goalId);
		if (!seq.length) return [];
		const level = seq[seq.length - 1];
		const previous = seq.length > 1 ? seq[seq.length - 2] : null;
		return [{ ...c, level, previous, gap: Math.max(0, c.targetLevel - level) }];
	});
	const changeFacts = levelFacts.flatMap((x) =>
		x.previous === null ? [] : [{ ...x, delta: x.level - x.previous }]
	);

	// Rounds completed per municipality that has begun (has a chosen goal or a round).
	const begun = [...new Set([...chosen.map((c) => c.nr), ...closed.map((r) => r.nr)])];
	const roundsPer = begun.map((nr) => ({
		nr,
		n: closedInPeriod.filter((r) => r.nr === nr).length
	}));

	// Actions, by status and by the sectors the group chose for the partners.
	const actionFacts = (
		await forAny(nrs, () =>
			db
				.select({
					nr: actions.municipalityNumber,
					status: actions.status,
					partnerSectors: actions.partnerSectors,
					goalId: workspaceGoals.goalId,
					createdAt: actions.createdAt
				})
				.from(actions)
				.innerJoin(workspaceGoals, eq(workspaceGoals.id, actions.workspaceGoalId))
				.where(inArray(actions.municipalityNumber, nrs))
		)
	).filter((a) => inPeriod(osloDate(a.createdAt), f));
	const sectorFacts = actionFacts.flatMap((a) =>
		a.partnerSectors.map((sector) => ({ nr: a.nr, sector }))
	);

	// The action-learning log: entries per cycle and step.
	const entries = (
		await forAny(nrs, () =>
			db
				.select({
					nr: logEntries.municipalityNumber,
					cycle: logEntries.cycle,
					phase: logEntries.phase,
					happenedOn: logEntries.happenedOn
				})
				.from(logEntries)
				.where(inArray(logEntries.municipalityNumber, nrs))
		)
	).filter((e) => inPeriod(e.happenedOn, f));

	// The tile grid: each municipality's phase (the furthest it has come in the programmes shown).
	const phaseOf = new Map<string, Phase>();
	for (const p of participants) {
		const was = phaseOf.get(p.nr) ?? 'ikke_med';
		if (PHASE_RANK[p.status] > PHASE_RANK[was]) phaseOf.set(p.nr, p.status);
	}
	const tiles: Tile[] = munis.map((x) => ({ ...x, phase: phaseOf.get(x.number) ?? 'ikke_med' }));

	const scaleCols = ['1', '2', '3', '4', '5'];
	const gapCols = ['0', '1', '2', '3', '4'];
	const actionStatuses = ['planlagt', 'i_gang', 'fullfort', 'avbrutt'] as const;
	const steps = ['plan', 'handling', 'observasjon', 'refleksjon'] as const;
	const cycleRows = ['1', '2', '3', '4'];
	const participation = [
		protectedFigure({
			id: 'faser',
			title: L.figures.phases,
			unit: L.units.municipalities,
			...perProgramme,
			facts: participants,
			cols: [...participantStatuses],
			colLabels: participantStatuses.map((s) => L.phases[s]),
			col: (p) => p.status,
			who: byNr
		}),
		protectedFigure({
			id: 'grupper',
			title: L.figures.groups,
			unit: L.units.municipalities,
			...perProgramme,
			facts: participants,
			cols: ['complete', 'incomplete'],
			colLabels: [L.groups.complete, L.groups.incomplete],
			col: (p) => (composition.get(p.nr)?.complete ? 'complete' : 'incomplete'),
			who: byNr
		}),
		protectedFigure({
			id: 'roller',
			title: L.figures.missingRoles,
			unit: L.units.municipalities,
			rowHeading: L.headings.role,
			facts: participants.flatMap((p) =>
				(composition.get(p.nr)?.missing ?? []).map((role) => ({ nr: p.nr, role }))
			),
			rows: [...REQUIRED_ROLES],
			rowLabels: REQUIRED_ROLES.map((r) => m.fremtidsbilde.groupRoles[r]),
			row: (x) => x.role,
			colLabels: [L.units.municipalities],
			who: byNr,
			totals: false,
			chart: false
		}),
		protectedFigure({
			id: 'samlinger',
			title: L.figures.gatherings,
			unit: L.units.registrations,
			...perProgramme,
			facts: regs.filter(
				(r) => r.nr !== null && selected.has(r.nr) && inPeriod(osloDate(r.startsAt), f)
			),
			cols: ['attended', 'absent', 'upcoming'],
			colLabels: [L.gatherings.attended, L.gatherings.absent, L.gatherings.upcoming],
			col: (r) =>
				r.attendedAt ? 'attended' : osloDate(r.startsAt) < today ? 'absent' : 'upcoming',
			// People: the address, or the registration once anonymised.
			who: (r) => r.email ?? `#${r.id}`
		}),
		protectedFigure({
			id: 'mellomarbeid',
			title: L.figures.betweenWork,
			unit: L.units.tasks,
			...perProgramme,
			facts: taskFacts,
			cols: ['onTime', 'late', 'missing', 'notDue'],
			colLabels: [
				L.betweenWork.onTime,
				L.betweenWork.late,
				L.betweenWork.missing,
				L.betweenWork.notDue
			],
			col: (x) => x.state,
			who: byNr
		})
	];
	const fremtidsbilde = [
		protectedFigure({
			id: 'mal',
			title: L.figures.goalsChosen,
			unit: L.units.municipalities,
			...perGoal,
			facts: chosen,
			colLabels: [L.units.municipalities],
			who: byNr,
			// A municipality chooses up to three goals: the rows do not add up to anything shown.
			totals: false
		}),
		protectedFigure({
			id: 'niva',
			title: L.figures.levels,
			unit: L.units.municipalities,
			...perGoal,
			facts: levelFacts,
			cols: scaleCols,
			colLabels: scaleCols,
			col: (x) => step(x.level),
			who: byNr
		}),
		protectedFigure({
			id: 'gap',
			title: L.figures.gaps,
			unit: L.units.municipalities,
			...perGoal,
			facts: levelFacts,
			cols: gapCols,
			colLabels: gapCols,
			col: (x) => String(Math.min(4, Math.round(x.gap))),
			who: byNr
		}),
		protectedFigure({
			id: 'runder',
			title: L.figures.rounds,
			unit: L.units.municipalities,
			rowHeading: L.headings.rounds,
			facts: roundsPer,
			rows: ['n'],
			rowLabels: [L.units.municipalities],
			row: () => 'n',
			cols: ['0', '1', '2', '3'],
			colLabels: ['0', '1', '2', L.roundsThreeOrMore],
			col: (x) => String(Math.min(3, x.n)),
			who: byNr,
			chart: false
		}),
		protectedFigure({
			id: 'endring',
			title: L.figures.change,
			unit: L.units.municipalities,
			...perGoal,
			facts: changeFacts,
			cols: ['down', 'same', 'up'],
			colLabels: [L.change.down, L.change.same, L.change.up],
			col: (x) => (x.delta > 0.25 ? 'up' : x.delta < -0.25 ? 'down' : 'same'),
			who: byNr
		}),
		protectedFigure({
			id: 'tiltak',
			title: L.figures.actionsByStatus,
			unit: L.units.actions,
			...perGoal,
			facts: actionFacts,
			cols: [...actionStatuses],
			colLabels: actionStatuses.map((s) => m.fremtidsbilde.actionStatus[s]),
			col: (a) => a.status,
			who: byNr
		}),
		protectedFigure({
			id: 'sektor',
			title: L.figures.actionsBySector,
			unit: L.units.actions,
			rowHeading: L.headings.sector,
			facts: sectorFacts,
			rows: [...partnerSectors],
			rowLabels: partnerSectors.map((s) => L.sectors[s]),
			row: (x) => x.sector,
			colLabels: [L.units.actions],
			who: byNr,
			// An action may name partners in several sectors.
			totals: false,
			chart: false
		}),
		protectedFigure({
			id: 'logg',
			title: L.figures.logSteps,
			unit: L.units.logEntries,
			rowHeading: L.headings.cycle,
			facts: entries,
			rows: cycleRows,
			rowLabels: cycleRows.map((c) => (c === '4' ? L.cycleFourOrMore : c)),
			row: (e) => String(Math.min(4, e.cycle)),
			cols: [...steps],
			colLabels: steps.map((s) => m.fremtidsbilde.phases[s]),
			col: (e) => e.phase,
			who: byNr
		})
	];
	const hiddenAny = [...participation, ...fremtidsbilde].some(
		(x) => x.table.hidden.small + x.table.hidden.linked > 0
	);
	return {
		scope,
		filters: f,
		programmes: programmeList.map(({ id, name }) => ({ id, name })),
		municipalityCount: protect({ value: selected.size, n: selected.size }),
		participation,
		fremtidsbilde,
		tiles,
		hiddenAny
	};
}

/** A protected figure as text: the number in the language's format, or the hidden mark. */
export function cellText(c: Cell, format: (n: number) => string): string {
	return c.hidden ? m.insight.hiddenMark : format(c.value);
}

/**
 * The view as CSV rows: one block per figure (its title, a heading row, its rows and totals),
 * written from the same protected tables the page shows.
 */
export function* insightCsv(view: Insight, format: (n: number) => string): Generator<string[]> {
	const L = m.insight;
	for (const fig of [...view.participation, ...view.fremtidsbilde]) {
		yield [fig.title, fig.unit];
		const t = fig.table;
		yield [fig.rowHeading, ...t.cols, ...(t.rowTotals ? [L.total] : [])];
		for (let r = 0; r < t.rows.length; r++)
			yield [
				t.rows[r],
				...t.cells[r].map((c) => cellText(c, format)),
				...(t.rowTotals ? [cellText(t.rowTotals[r], format)] : [])
			];
		if (t.colTotals)
			yield [
				L.total,
				...t.colTotals.map((c) => cellText(c, format)),
				...(t.total ? [cellText(t.total, format)] : [])
			];
		yield [];
	}
}
