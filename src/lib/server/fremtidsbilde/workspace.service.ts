/**
 * A municipality's workspace: what the header and overview show, the chosen goals (1–3),
 * focus area and local plans, sharing with programme staff, and the staff's list of
 * municipalities at work.
 */
import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { db, type DbOrTx, type Tx } from '../db/client';
import { municipalities, countyChapterCounties, countyChapters } from '../geo/schema';
import { chapterLeaders, municipalityMembers, users } from '../accounts/schema';
import {
	goals,
	localPlans,
	workspaceGoals,
	workspaces,
	actions,
	rounds,
	logEntries
} from './schema';
import type { Actor } from '../accounts/actor';
import { authorize, can, isEditor, leadsChapterOf } from '../accounts/permissions';
import { recordAudit, storedText } from '../accounts/audit';
import { FieldError } from '../errors';
import { now } from '../clock';
import { assertCoordinator, assertRead, notFound, viewerOf } from './guards';
import { sendMail, kickMail } from '../mail/send';
import { fremtidsbildeMail } from './mail';
import type { PlanInput, GoalChoiceInput } from '$lib/forms/fremtidsbilde';

export const MAX_GOALS = 3;

/** The workspace row exists from the first change on; every write starts here. */
export async function ensureWorkspace(tx: DbOrTx, nr: string) {
	await tx.insert(workspaces).values({ municipalityNumber: nr }).onConflictDoNothing();
}

/** Locks the workspace for changes that must not interleave (goal choice, rounds). */
export async function lockWorkspace(tx: Tx, nr: string) {
	await ensureWorkspace(tx, nr);
	const [row] = await tx
		.select()
		.from(workspaces)
		.where(eq(workspaces.municipalityNumber, nr))
		.for('update');
	return row;
}

export async function municipalityName(nr: string): Promise<string | null> {
	if (!/^\d{4}$/.test(nr)) return null;
	const [m] = await db
		.select({ name: municipalities.name })
		.from(municipalities)
		.where(eq(municipalities.number, nr));
	return m?.name ?? null;
}

/** What every page of the tool needs: the municipality, who is looking, the focus area. */
export async function workspaceHeader(actor: Actor | null, nr: string) {
	const name = await municipalityName(nr);
	if (!name) notFound('problems.fremtidsbilde.municipalityUnknown');
	assertRead(actor, nr);
	const [ws] = await db.select().from(workspaces).where(eq(workspaces.municipalityNumber, nr));
	return {
		number: nr,
		name,
		viewer: viewerOf(actor, nr)!,
		focusArea: ws?.focusArea ?? '',
		sharedAt: ws?.sharedAt ?? null
	};
}

/** Active chosen goals, in the group's order, with the catalogue's title. */
export async function chosenGoals(actor: Actor | null, nr: string, tx: DbOrTx = db) {
	assertRead(actor, nr);
	return tx
		.select({
			id: workspaceGoals.id,
			goalId: workspaceGoals.goalId,
			title: goals.title,
			slug: goals.slug,
			targetPicture: workspaceGoals.targetPicture,
			signs: workspaceGoals.signs,
			targetLevel: workspaceGoals.targetLevel,
			gap: workspaceGoals.gap,
			version: workspaceGoals.version,
			updatedAt: workspaceGoals.updatedAt
		})
		.from(workspaceGoals)
		.innerJoin(goals, eq(goals.id, workspaceGoals.goalId))
		.where(and(eq(workspaceGoals.municipalityNumber, nr), isNull(workspaceGoals.removedAt)))
		.orderBy(asc(workspaceGoals.position), asc(workspaceGoals.id));
}

export async function chosenGoal(actor: Actor | null, nr: string, id: number) {
	assertRead(actor, nr);
	const [row] = (await chosenGoals(actor, nr)).filter((g) => g.id === id);
	if (!row) notFound('problems.fremtidsbilde.goalNotFound');
	return row;
}

export async function listPlans(actor: Actor | null, nr: string) {
	assertRead(actor, nr);
	return db
		.select()
		.from(localPlans)
		.where(eq(localPlans.municipalityNumber, nr))
		.orderBy(asc(localPlans.createdAt), asc(localPlans.id));
}

/** The group's choice of 1–3 goals and its own focus area (coordinators). */
export async function chooseGoals(actor: Actor, nr: string, input: GoalChoiceInput) {
	assertCoordinator(actor, nr);
	const ids = [...new Set(input.goalIds.map(Number))];
	if (ids.length < 1) throw new FieldError('goalIds', 'problems.fremtidsbilde.goalsMin');
	if (ids.length > MAX_GOALS)
		throw new FieldError('goalIds', 'problems.fremtidsbilde.goalsMax', { max: MAX_GOALS });
	await db.transaction(async (tx) => {
		await lockWorkspace(tx, nr);
		const known = await tx.select({ id: goals.id }).from(goals).where(inArray(goals.id, ids));
		if (known.length !== ids.length)
			throw new FieldError('goalIds', 'problems.fremtidsbilde.goalGone');
		const existing = await tx
			.select()
			.from(workspaceGoals)
			.where(eq(workspaceGoals.municipalityNumber, nr));
		const at = now();
		for (const row of existing) {
			if (!ids.includes(row.goalId) && row.removedAt === null)
				await tx
					.update(workspaceGoals)
					.set({ removedAt: at, updatedAt: at })
					.where(eq(workspaceGoals.id, row.id));
		}
		for (const [position, goalId] of ids.entries()) {
			const row = existing.find((r) => r.goalId === goalId);
			if (row)
				await tx
					.update(workspaceGoals)
					.set({ removedAt: null, position, updatedAt: at })
					.where(eq(workspaceGoals.id, row.id));
			else
				await tx
					.insert(workspaceGoals)
					.values({ municipalityNumber: nr, goalId, position, createdAt: at, updatedAt: at });
		}
		await tx
			.update(workspaces)
			.set({ focusArea: input.focusArea, updatedAt: at })
			.where(eq(workspaces.municipalityNumber, nr));
		await recordAudit(tx, actor, {
			action: 'fremtidsbilde.mal',
			entityType: 'kommune',
			entityId: nr,
			summary: storedText('admin.auditLog.goalsChosen', { number: nr }),
			after: { goalIds: ids, focusArea: input.focusArea }
		});
	});
}

export async function savePlan(actor: Actor, nr: string, id: number | null, input: PlanInput) {
	assertCoordinator(actor, nr);
	await db.transaction(async (tx) => {
		await ensureWorkspace(tx, nr);
		const values = { name: input.name, kind: input.kind, url: input.url || null };
		if (id === null) {
			await tx.insert(localPlans).values({ ...values, municipalityNumber: nr, createdAt: now() });
			return;
		}
		const [row] = await tx
			.update(localPlans)
			.set(values)
			.where(and(eq(localPlans.id, id), eq(localPlans.municipalityNumber, nr)))
			.returning({ id: localPlans.id });
		if (!row) notFound('problems.fremtidsbilde.planNotFound');
	});
}

export async function deletePlan(actor: Actor, nr: string, id: number) {
	assertCoordinator(actor, nr);
	await db
		.delete(localPlans)
		.where(and(eq(localPlans.id, id), eq(localPlans.municipalityNumber, nr)));
}

/** The coordinator shares the summary with programme staff: admins and the county chapter are told. */
export async function shareWithStaff(actor: Actor, nr: string, note: string) {
	assertCoordinator(actor, nr);
	const name = (await municipalityName(nr))!;
	const recipients = await staffFor(nr);
	await db.transaction(async (tx) => {
		await ensureWorkspace(tx, nr);
		const at = now();
		await tx
			.update(workspaces)
			.set({ sharedAt: at, sharedById: actor.id, sharedNote: note, updatedAt: at })
			.where(eq(workspaces.municipalityNumber, nr));
		for (const r of recipients)
			await sendMail(tx, {
				to: r.email,
				template: 'fremtidsbildeDelt',
				content: fremtidsbildeMail.shared({
					name: r.name,
					lang: r.lang,
					municipality: name,
					sharedBy: actor.name,
					note,
					path: `/kommuner/${nr}/fremtidsbilde/sammendrag`
				})
			});
		await recordAudit(tx, actor, {
			action: 'fremtidsbilde.delt',
			entityType: 'kommune',
			entityId: nr,
			summary: storedText('admin.auditLog.shared', { name }),
			after: { note, recipients: recipients.length }
		});
	});
	await kickMail();
}

/** Admins, and the leaders of the county chapter that covers the municipality. */
async function staffFor(nr: string) {
	const admins = await db
		.select({ email: users.email, name: users.name, lang: users.lang })
		.from(users)
		.where(and(eq(users.globalRole, 'admin'), eq(users.isActive, true)));
	const leaders = await db
		.select({ email: users.email, name: users.name, lang: users.lang })
		.from(chapterLeaders)
		.innerJoin(users, eq(users.id, chapterLeaders.userId))
		.innerJoin(countyChapterCounties, eq(countyChapterCounties.chapterId, chapterLeaders.chapterId))
		.where(and(eq(countyChapterCounties.countyNumber, nr.slice(0, 2)), eq(users.isActive, true)));
	const seen = new Set<string>();
	return [...admins, ...leaders].filter((r) => !seen.has(r.email) && seen.add(r.email));
}

/**
 * Programme staff's list of municipalities with a group or a workspace: editors see all,
 * chapter leaders the municipalities of their chapter.
 */
export async function listWorkspacesForStaff(actor: Actor) {
	authorize(actor, can.useAdmin, 'kommuner.liste');
	const memberCounts = db
		.select({
			nr: municipalityMembers.municipalityNumber,
			members: count().as('members'),
			coordinators:
				sql<number>`count(*) filter (where ${municipalityMembers.role} = 'koordinator')`.as(
					'coordinators'
				)
		})
		.from(municipalityMembers)
		.groupBy(municipalityMembers.municipalityNumber)
		.as('mc');
	const rows = await db
		.select({
			number: municipalities.number,
			name: municipalities.name,
			members: sql<number>`coalesce(${memberCounts.members}, 0)`,
			coordinators: sql<number>`coalesce(${memberCounts.coordinators}, 0)`,
			sharedAt: workspaces.sharedAt,
			updatedAt: workspaces.updatedAt,
			chapter: sql<
				string | null
			>`(select c.name from ${countyChapterCounties} cc join ${countyChapters} c on c.id = cc.chapter_id where cc.county_number = ${municipalities.countyNumber} limit 1)`,
			goals: sql<number>`(select count(*) from ${workspaceGoals} wg where wg.municipality_number = ${municipalities.number} and wg.removed_at is null)`,
			rounds: sql<number>`(select count(*) from ${rounds} r where r.municipality_number = ${municipalities.number})`,
			actions: sql<number>`(select count(*) from ${actions} a where a.municipality_number = ${municipalities.number})`,
			logEntries: sql<number>`(select count(*) from ${logEntries} l where l.municipality_number = ${municipalities.number})`
		})
		.from(municipalities)
		.leftJoin(memberCounts, eq(memberCounts.nr, municipalities.number))
		.leftJoin(workspaces, eq(workspaces.municipalityNumber, municipalities.number))
		.where(sql`${memberCounts.nr} is not null or ${workspaces.municipalityNumber} is not null`)
		.orderBy(asc(municipalities.name));
	return rows.filter((r) => isEditor(actor) || leadsChapterOf(actor, r.number));
}
