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
	actor: Actor | null,
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
export async function insightChapters(actor: Actor | null) {
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

/** Sectors an action's partners are sorted into, by words in what the group wrote. */
export const SECTORS = [
	'skole',
	'barnehage',
	'helse',
	'nav',
	'bibliotek',
	'frivillighet',
	'kultur',
	'annet'
] as const;
export type Sector = (typeof SECTORS)[number];
const SECTOR_WORDS: [Sector, RegExp][] = [
	['skole', /skole|oppvekst|sfo|aks\b|elev/i],
	['barnehage', /barnehage/i],
	['helse', /helse|psykisk|lege|omsorg|flyktning|introduks/i],
	['nav', /\bnav\b/i],
	['bibliotek', /bibliotek/i],
	['frivillighet', /frivillig|lag\b|forening|idrett|korps|menighet/i],
	['kultur', /kultur|kino|museum|kunst/i]
];

/** The sectors named in an action's partners (none when empty; «annet» for the rest). */
export function sectorsOf(partners: string): Sector[] {
	if (!partners.trim()) return [];
	const found = SECTOR_WORDS.filter(([, re]) => re.test(partners)).map(([s]) => s);
	return found.length ? found : ['annet'];
}

/** Rounds a level to the 1–5 scale step it is nearest (for the distribution). */
const step = (v: number) => String(Math.min(5, Math.max(1, Math.round(v))));

export async function insight(
	actor: Actor | null,
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
	const programmeList = programmeIds.length
		? await db
				.select({ id: programmes.id, name: programmes.name, startsOn: programmes.startsOn })
				.from(programmes)
				.where(inArray(programmes.id, programmeIds))
				.orderBy(asc(programmes.startsOn), asc(programmes.name))
		: [];
	if (f.program !== undefined && !programmeList.some((p) => p.id === f.program))
		f.program = undefined;
	const shownProgrammes = programmeList.filter(
		(p) => f.program === undefined || p.id === f.program
	);
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
	const progRows = shownProgrammes.map((p) => String(p.id));
	const progLabels = shownProgrammes.map((p) => p.name);
	const figure = (
		id: string,
		title: string,
		unit: string,
		rowHeading: string,
		table: ReturnType<typeof suppress>,
		chart = true
	): Figure => ({ id, title, unit, rowHeading, table, chart });
	const labelled = (t: Table, rows: string[], cols?: string[]): Table => ({
		...t,
		rows,
		cols: cols ?? t.cols
	});

	// Participation: municipalities per programme and status.
	const statusLabels = participantStatuses.map((s) => L.phases[s]);
	const phases = suppress(
		tally(participants, {
			rows: progRows,
			cols: [...participantStatuses],
			row: (p) => String(p.programmeId),
			col: (p) => p.status,
			who: (p) => p.nr
		})
	);

	// Groups: complete or missing roles, per programme (members of active accounts).
	const members = nrs.length
		? await db
				.select({
					nr: municipalityMembers.municipalityNumber,
					role: municipalityMembers.role,
					groupRole: municipalityMembers.groupRole
				})
				.from(municipalityMembers)
				.innerJoin(users, eq(users.id, municipalityMembers.userId))
				.where(and(inArray(municipalityMembers.municipalityNumber, nrs), eq(users.isActive, true)))
		: [];
	const composition = new Map(
		nrs.map((nr) => [nr, compositionOf(members.filter((x) => x.nr === nr))])
	);
	const groups = suppress(
		tally(participants, {
			rows: progRows,
			cols: ['complete', 'incomplete'],
			row: (p) => String(p.programmeId),
			col: (p) => (composition.get(p.nr)?.complete ? 'complete' : 'incomplete'),
			who: (p) => p.nr
		})
	);
	const missingFacts = participants.flatMap((p) =>
		(composition.get(p.nr)?.missing ?? []).map((role) => ({ nr: p.nr, role }))
	);
	const missing = suppress(
		tally(missingFacts, {
			rows: [...REQUIRED_ROLES],
			cols: ['n'],
			row: (x) => x.role,
			col: () => 'n',
			who: (x) => x.nr,
			totals: false
		})
	);

	// Gatherings: registrations from the selected municipalities to the programmes' events.
	const regs = progRows.length
		? await db
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
						inArray(
							events.programmeId,
							shownProgrammes.map((p) => p.id)
						),
						ne(registrations.status, 'cancelled'),
						ne(events.status, 'cancelled')
					)
				)
		: [];
	const regFacts = regs.filter(
		(r) => r.nr !== null && selected.has(r.nr) && inPeriod(osloDate(r.startsAt), f)
	);
	const gatherings = suppress(
		tally(regFacts, {
			rows: progRows,
			cols: ['attended', 'absent', 'upcoming'],
			row: (r) => String(r.programmeId),
			col: (r) =>
				r.attendedAt ? 'attended' : osloDate(r.startsAt) < today ? 'absent' : 'upcoming',
			// People: the address, or the registration once anonymised.
			who: (r) => r.email ?? `#${r.id}`
		})
	);

	// Between-work: each task of a programme, for each of its participants.
	const tasks = progRows.length
		? await db
				.select({
					id: programmeTasks.id,
					programmeId: programmeTasks.programmeId,
					dueOn: programmeTasks.dueOn
				})
				.from(programmeTasks)
				.where(
					inArray(
						programmeTasks.programmeId,
						shownProgrammes.map((p) => p.id)
					)
				)
		: [];
	const shownTasks = tasks.filter((t) => inPeriod(t.dueOn, f));
	const answers = shownTasks.length
		? await db
				.select({
					taskId: taskAnswers.taskId,
					nr: taskAnswers.municipalityNumber,
					handedInAt: taskAnswers.handedInAt
				})
				.from(taskAnswers)
				.where(
					and(
						inArray(
							taskAnswers.taskId,
							shownTasks.map((t) => t.id)
						),
						isNotNull(taskAnswers.handedInAt)
					)
				)
		: [];
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
	const betweenWork = suppress(
		tally(taskFacts, {
			rows: progRows,
			cols: ['onTime', 'late', 'missing', 'notDue'],
			row: (x) => String(x.programmeId),
			col: (x) => x.state,
			who: (x) => x.nr
		})
	);

	// Fremtidsbilde: chosen goals, levels and gaps from the latest closed rounds.
	const catalogue = await db
		.select({ id: goals.id, title: goals.title })
		.from(goals)
		.orderBy(asc(goals.position), asc(goals.id));
	const goalRows = catalogue.map((g) => String(g.id));
	const goalLabels = catalogue.map((g) => g.title);
	const chosen = nrs.length
		? await db
				.select({
					nr: workspaceGoals.municipalityNumber,
					goalId: workspaceGoals.goalId,
					targetLevel: workspaceGoals.targetLevel
				})
				.from(workspaceGoals)
				.where(
					and(inArray(workspaceGoals.municipalityNumber, nrs), isNull(workspaceGoals.removedAt))
				)
		: [];
	const goalsChosen = suppress(
		tally(chosen, {
			rows: goalRows,
			cols: ['n'],
			row: (c) => String(c.goalId),
			col: () => 'n',
			who: (c) => c.nr,
			// A municipality chooses up to three goals: the rows do not add up to anything shown.
			totals: false
		})
	);

	const closed = nrs.length
		? await db
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
		: [];
	const closedInPeriod = closed.filter((r) => inPeriod(osloDate(r.closedAt!), f));
	const conclusions = closedInPeriod.length
		? await db
				.select({
					roundId: roundConclusions.roundId,
					goalId: roundConclusions.goalId,
					agreedLevel: roundConclusions.agreedLevel
				})
				.from(roundConclusions)
				.where(
					inArray(
						roundConclusions.roundId,
						closedInPeriod.map((r) => r.id)
					)
				)
		: [];
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
	const scaleCols = ['1', '2', '3', '4', '5'];
	const levels = suppress(
		tally(levelFacts, {
			rows: goalRows,
			cols: scaleCols,
			row: (x) => String(x.goalId),
			col: (x) => step(x.level),
			who: (x) => x.nr
		})
	);
	const gapCols = ['0', '1', '2', '3', '4'];
	const gaps = suppress(
		tally(levelFacts, {
			rows: goalRows,
			cols: gapCols,
			row: (x) => String(x.goalId),
			col: (x) => String(Math.min(4, Math.round(x.gap))),
			who: (x) => x.nr
		})
	);
	const changeFacts = levelFacts.filter((x) => x.previous !== null);
	const change = suppress(
		tally(changeFacts, {
			rows: goalRows,
			cols: ['down', 'same', 'up'],
			row: (x) => String(x.goalId),
			col: (x) =>
				x.level - x.previous! > 0.25 ? 'up' : x.level - x.previous! < -0.25 ? 'down' : 'same',
			who: (x) => x.nr
		})
	);

	// Rounds completed per municipality that has begun (has a chosen goal or a round).
	const begun = [...new Set([...chosen.map((c) => c.nr), ...closed.map((r) => r.nr)])];
	const roundsPer = begun.map((nr) => ({
		nr,
		n: closedInPeriod.filter((r) => r.nr === nr).length
	}));
	const roundCols = ['0', '1', '2', '3'];
	const roundsDone = suppress(
		tally(roundsPer, {
			rows: ['n'],
			cols: roundCols,
			row: () => 'n',
			col: (x) => String(Math.min(3, x.n)),
			who: (x) => x.nr
		})
	);

	// Actions, by status and by the partners' sector.
	const actionRows = nrs.length
		? await db
				.select({
					nr: actions.municipalityNumber,
					status: actions.status,
					partners: actions.partners,
					goalId: workspaceGoals.goalId,
					createdAt: actions.createdAt
				})
				.from(actions)
				.innerJoin(workspaceGoals, eq(workspaceGoals.id, actions.workspaceGoalId))
				.where(inArray(actions.municipalityNumber, nrs))
		: [];
	const actionFacts = actionRows.filter((a) => inPeriod(osloDate(a.createdAt), f));
	const actionStatuses = ['planlagt', 'i_gang', 'fullfort', 'avbrutt'] as const;
	const actionsByStatus = suppress(
		tally(actionFacts, {
			rows: goalRows,
			cols: [...actionStatuses],
			row: (a) => String(a.goalId),
			col: (a) => a.status,
			who: (a) => a.nr
		})
	);
	const sectorFacts = actionFacts.flatMap((a) =>
		sectorsOf(a.partners).map((s) => ({ nr: a.nr, sector: s }))
	);
	const actionsBySector = suppress(
		tally(sectorFacts, {
			rows: [...SECTORS],
			cols: ['n'],
			row: (x) => x.sector,
			col: () => 'n',
			who: (x) => x.nr,
			// An action may name partners in several sectors.
			totals: false
		})
	);

	// The action-learning log: entries per cycle and step.
	const entries = nrs.length
		? await db
				.select({
					nr: logEntries.municipalityNumber,
					cycle: logEntries.cycle,
					phase: logEntries.phase,
					happenedOn: logEntries.happenedOn
				})
				.from(logEntries)
				.where(inArray(logEntries.municipalityNumber, nrs))
		: [];
	const cycleRows = ['1', '2', '3', '4'];
	const steps = ['plan', 'handling', 'observasjon', 'refleksjon'] as const;
	const logSteps = suppress(
		tally(
			entries.filter((e) => inPeriod(e.happenedOn, f)),
			{
				rows: cycleRows,
				cols: [...steps],
				row: (e) => String(Math.min(4, e.cycle)),
				col: (e) => e.phase,
				who: (e) => e.nr
			}
		)
	);

	// The tile grid: each municipality's phase (the furthest it has come in the programmes shown).
	const phaseOf = new Map<string, Phase>();
	for (const p of participants) {
		const was = phaseOf.get(p.nr) ?? 'ikke_med';
		if (PHASE_RANK[p.status] > PHASE_RANK[was]) phaseOf.set(p.nr, p.status);
	}
	const tiles: Tile[] = munis.map((x) => ({ ...x, phase: phaseOf.get(x.number) ?? 'ikke_med' }));

	const participation = [
		figure(
			'faser',
			L.figures.phases,
			L.units.municipalities,
			L.headings.programme,
			labelled(phases, progLabels, statusLabels)
		),
		figure(
			'grupper',
			L.figures.groups,
			L.units.municipalities,
			L.headings.programme,
			labelled(groups, progLabels, [L.groups.complete, L.groups.incomplete])
		),
		figure(
			'roller',
			L.figures.missingRoles,
			L.units.municipalities,
			L.headings.role,
			labelled(
				missing,
				REQUIRED_ROLES.map((r) => m.fremtidsbilde.groupRoles[r]),
				[L.units.municipalities]
			),
			false
		),
		figure(
			'samlinger',
			L.figures.gatherings,
			L.units.registrations,
			L.headings.programme,
			labelled(gatherings, progLabels, [
				L.gatherings.attended,
				L.gatherings.absent,
				L.gatherings.upcoming
			])
		),
		figure(
			'mellomarbeid',
			L.figures.betweenWork,
			L.units.tasks,
			L.headings.programme,
			labelled(betweenWork, progLabels, [
				L.betweenWork.onTime,
				L.betweenWork.late,
				L.betweenWork.missing,
				L.betweenWork.notDue
			])
		)
	];
	const fremtidsbilde = [
		figure(
			'mal',
			L.figures.goalsChosen,
			L.units.municipalities,
			L.headings.goal,
			labelled(goalsChosen, goalLabels, [L.units.municipalities])
		),
		figure(
			'niva',
			L.figures.levels,
			L.units.municipalities,
			L.headings.goal,
			labelled(levels, goalLabels, scaleCols)
		),
		figure(
			'gap',
			L.figures.gaps,
			L.units.municipalities,
			L.headings.goal,
			labelled(gaps, goalLabels, gapCols)
		),
		figure(
			'runder',
			L.figures.rounds,
			L.units.municipalities,
			L.headings.rounds,
			labelled(roundsDone, [L.units.municipalities], ['0', '1', '2', L.roundsThreeOrMore]),
			false
		),
		figure(
			'endring',
			L.figures.change,
			L.units.municipalities,
			L.headings.goal,
			labelled(change, goalLabels, [L.change.down, L.change.same, L.change.up])
		),
		figure(
			'tiltak',
			L.figures.actionsByStatus,
			L.units.actions,
			L.headings.goal,
			labelled(
				actionsByStatus,
				goalLabels,
				actionStatuses.map((s) => m.fremtidsbilde.actionStatus[s])
			)
		),
		figure(
			'sektor',
			L.figures.actionsBySector,
			L.units.actions,
			L.headings.sector,
			labelled(
				actionsBySector,
				SECTORS.map((s) => L.sectors[s]),
				[L.units.actions]
			),
			false
		),
		figure(
			'logg',
			L.figures.logSteps,
			L.units.logEntries,
			L.headings.cycle,
			labelled(
				logSteps,
				cycleRows.map((c) => (c === '4' ? L.cycleFourOrMore : c)),
				steps.map((s) => m.fremtidsbilde.phases[s])
			)
		)
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
