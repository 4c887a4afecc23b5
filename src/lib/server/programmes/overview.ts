/**
 * The overview for programme staff: per participating municipality, whether its group is
 * complete, registrations for the next gathering, whether the latest due between-work task is
 * handed in, and its fremtidsbilde progress (rounds closed, actions by status).
 */
import { and, asc, desc, eq, gt, inArray, isNotNull, lte, ne, or, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { municipalityMembers, users } from '../accounts/schema';
import { municipalities } from '../geo/schema';
import { events, registrations } from '../events/schema';
import { actions, rounds } from '../fremtidsbilde/schema';
import { compositionOf } from '../fremtidsbilde/group.service';
import { now } from '../clock';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import type { Programme } from './programmes.service';
import { osloDate } from '$lib/i18n';
import { programmeParticipants, programmeTasks, taskAnswers } from './schema';

export type ActionCounts = Record<'planlagt' | 'i_gang' | 'fullfort' | 'avbrutt', number>;

export interface OverviewRow {
	number: string;
	name: string;
	status: 'deltar' | 'fullfort' | 'trukket';
	groupComplete: boolean;
	missingRoles: string[];
	/** Registrations (confirmed or waitlisted) for the next gathering; null when none is planned. */
	nextRegistrations: number | null;
	/** Handed in the task whose due date passed last (or the next one); null when there is none. */
	handedIn: boolean | null;
	roundsDone: number;
	actions: ActionCounts;
}

/** The task the overview follows: the one due most recently, or else the next one. */
export function followedTask<T extends { dueOn: string }>(tasks: T[], today: string): T | null {
	const past = tasks.filter((t) => t.dueOn <= today).sort((a, b) => (a.dueOn < b.dueOn ? 1 : -1));
	if (past.length) return past[0];
	const next = [...tasks].sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1));
	return next[0] ?? null;
}

export async function programmeOverview(
	actor: Actor,
	programme: Pick<Programme, 'id' | 'chapterIds'>
) {
	authorize(
		actor,
		(a) => can.manageProgramme(a, programme.chapterIds),
		'program.oversikt',
		programme.id,
		'permissions.programme'
	);
	const programmeId = programme.id;
	const at = now();
	const today = osloDate(at);
	const participants = await db
		.select({
			number: programmeParticipants.municipalityNumber,
			name: municipalities.name,
			status: programmeParticipants.status
		})
		.from(programmeParticipants)
		.innerJoin(municipalities, eq(municipalities.number, programmeParticipants.municipalityNumber))
		.where(eq(programmeParticipants.programmeId, programmeId))
		.orderBy(asc(municipalities.name));
	const nrs = participants.map((p) => p.number);
	const [nextGathering] = await db
		.select({ id: events.id, title: events.title, startsAt: events.startsAt, slug: events.slug })
		.from(events)
		.where(
			and(
				eq(events.programmeId, programmeId),
				eq(events.status, 'published'),
				gt(events.startsAt, at)
			)
		)
		.orderBy(asc(events.startsAt))
		.limit(1);
	const tasks = await db
		.select({ id: programmeTasks.id, title: programmeTasks.title, dueOn: programmeTasks.dueOn })
		.from(programmeTasks)
		.where(eq(programmeTasks.programmeId, programmeId))
		.orderBy(desc(programmeTasks.dueOn));
	const task = followedTask(tasks, today);
	if (!nrs.length) return { rows: [] as OverviewRow[], nextGathering: nextGathering ?? null, task };

	const [members, regs, handed, roundCounts, actionCounts] = await Promise.all([
		db
			.select({
				nr: municipalityMembers.municipalityNumber,
				role: municipalityMembers.role,
				groupRole: municipalityMembers.groupRole
			})
			.from(municipalityMembers)
			.innerJoin(users, eq(users.id, municipalityMembers.userId))
			.where(and(inArray(municipalityMembers.municipalityNumber, nrs), eq(users.isActive, true))),
		nextGathering
			? db
					.select({ nr: registrations.municipalityNumber, n: sql<number>`count(*)::int` })
					.from(registrations)
					.where(
						and(
							eq(registrations.eventId, nextGathering.id),
							ne(registrations.status, 'cancelled'),
							inArray(registrations.municipalityNumber, nrs)
						)
					)
					.groupBy(registrations.municipalityNumber)
			: Promise.resolve([]),
		task
			? db
					.select({ nr: taskAnswers.municipalityNumber })
					.from(taskAnswers)
					.where(and(eq(taskAnswers.taskId, task.id), isNotNull(taskAnswers.handedInAt)))
			: Promise.resolve([]),
		db
			.select({ nr: rounds.municipalityNumber, n: sql<number>`count(*)::int` })
			.from(rounds)
			.where(
				and(
					inArray(rounds.municipalityNumber, nrs),
					or(isNotNull(rounds.closedAt), lte(rounds.deadline, at))
				)
			)
			.groupBy(rounds.municipalityNumber),
		db
			.select({
				nr: actions.municipalityNumber,
				status: actions.status,
				n: sql<number>`count(*)::int`
			})
			.from(actions)
			.where(inArray(actions.municipalityNumber, nrs))
			.groupBy(actions.municipalityNumber, actions.status)
	]);
	const handedSet = new Set(handed.map((h) => h.nr));
	const rows: OverviewRow[] = participants.map((p) => {
		const composition = compositionOf(members.filter((m) => m.nr === p.number));
		const counts: ActionCounts = { planlagt: 0, i_gang: 0, fullfort: 0, avbrutt: 0 };
		for (const a of actionCounts.filter((a) => a.nr === p.number)) counts[a.status] = a.n;
		return {
			number: p.number,
			name: p.name,
			status: p.status,
			groupComplete: composition.complete,
			missingRoles: [...composition.missing],
			nextRegistrations: nextGathering ? (regs.find((r) => r.nr === p.number)?.n ?? 0) : null,
			handedIn: task ? handedSet.has(p.number) : null,
			roundsDone: roundCounts.find((r) => r.nr === p.number)?.n ?? 0,
			actions: counts
		};
	});
	return { rows, nextGathering: nextGathering ?? null, task };
}
