/** The national catalogue of societal goals (samfunnsmål) and their statements, kept by admins. */
import { and, asc, count, eq, ne } from 'drizzle-orm';
import { db } from '../db/client';
import { goalStatements, goals, roundStatements, workspaceGoals } from './schema';
import { pages } from '../content/schema';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { recordAudit, storedText } from '../accounts/audit';
import { invalidatePublic } from '../cache/public-cache';
import { InvalidError, FieldError, NotFoundError } from '../errors';
import { assertVersion, freeSlug } from '../content/editing';
import { slugify } from '../content/slug';
import { now } from '../clock';
import type { GoalInput, StatementInput } from '$lib/forms/fremtidsbilde';

export async function listGoals() {
	return db
		.select({
			id: goals.id,
			slug: goals.slug,
			title: goals.title,
			description: goals.description,
			sdgs: goals.sdgs,
			themePath: pages.path,
			themeTitle: pages.title,
			themeStatus: pages.status
		})
		.from(goals)
		.leftJoin(pages, eq(pages.id, goals.themePageId))
		.orderBy(asc(goals.position), asc(goals.id));
}

/** The admin list: each goal with how many statements it has and how many groups chose it. */
export async function listGoalsAdmin(actor: Actor) {
	authorize(actor, can.editContent, 'samfunnsmal.liste');
	const [list, statementCounts, chosenCounts] = await Promise.all([
		listGoals(),
		db
			.select({ goalId: goalStatements.goalId, n: count() })
			.from(goalStatements)
			.groupBy(goalStatements.goalId),
		db
			.select({ goalId: workspaceGoals.goalId, n: count() })
			.from(workspaceGoals)
			.groupBy(workspaceGoals.goalId)
	]);
	return list.map((g) => ({
		...g,
		statements: statementCounts.find((s) => s.goalId === g.id)?.n ?? 0,
		chosenBy: chosenCounts.find((s) => s.goalId === g.id)?.n ?? 0
	}));
}

export async function getGoal(id: number) {
	const [row] = await db.select().from(goals).where(eq(goals.id, id));
	if (!row) return null;
	const statements = await db
		.select()
		.from(goalStatements)
		.where(eq(goalStatements.goalId, id))
		.orderBy(asc(goalStatements.position), asc(goalStatements.id));
	return { goal: row, statements };
}

/** Pages a goal can point to for more (the Kulturskole 3.0 themes first). */
export async function themePageOptions(actor: Actor) {
	authorize(actor, can.editContent, 'samfunnsmal.sider');
	const rows = await db
		.select({ id: pages.id, title: pages.title, path: pages.path })
		.from(pages)
		.where(ne(pages.path, '/'))
		.orderBy(asc(pages.path));
	return rows.sort(
		(a, b) =>
			Number(!a.path.startsWith('/kulturskole-3-0')) -
				Number(!b.path.startsWith('/kulturskole-3-0')) || a.path.localeCompare(b.path)
	);
}

export async function saveGoal(actor: Actor, id: number | null, input: GoalInput): Promise<number> {
	authorize(actor, can.editContent, 'samfunnsmal.lagre', id);
	const themePageId = input.themePageId ? Number(input.themePageId) : null;
	if (themePageId !== null) {
		const [page] = await db.select({ id: pages.id }).from(pages).where(eq(pages.id, themePageId));
		if (!page) throw new FieldError('themePageId', 'problems.fremtidsbilde.themePage');
	}
	const fields = {
		title: input.title,
		description: input.description,
		sdgs: [...new Set(input.sdgs.map(Number))].sort((a, b) => a - b),
		themePageId,
		position: input.position
	};
	const savedId = await db.transaction(async (tx) => {
		const at = now();
		if (id === null) {
			const slug = await freeSlug(
				tx,
				goals,
				goals.slug,
				goals.id,
				input.slug || slugify(input.title),
				null
			);
			const [row] = await tx
				.insert(goals)
				.values({ ...fields, slug, createdAt: at, updatedAt: at })
				.returning();
			await recordAudit(tx, actor, {
				action: 'samfunnsmal.opprettet',
				entityType: 'samfunnsmal',
				entityId: row.id,
				summary: storedText('admin.auditLog.goalCreated', { title: row.title }),
				after: row
			});
			return row.id;
		}
		const [before] = await tx.select().from(goals).where(eq(goals.id, id)).for('update');
		if (!before) throw new NotFoundError();
		assertVersion(before, input.version);
		const slug =
			!input.slug || input.slug === before.slug
				? before.slug
				: await freeSlug(tx, goals, goals.slug, goals.id, input.slug, id);
		const [after] = await tx
			.update(goals)
			.set({ ...fields, slug, updatedAt: at, version: before.version + 1 })
			.where(eq(goals.id, id))
			.returning();
		await recordAudit(tx, actor, {
			action: 'samfunnsmal.endret',
			entityType: 'samfunnsmal',
			entityId: id,
			summary: storedText('admin.auditLog.goalChanged', { title: after.title }),
			before,
			after
		});
		return id;
	});
	invalidatePublic();
	return savedId;
}

/** A goal can be deleted only while no municipality has chosen it or rated it. */
export async function deleteGoal(actor: Actor, id: number, version: number) {
	authorize(actor, can.editContent, 'samfunnsmal.slett', id);
	await db.transaction(async (tx) => {
		const [before] = await tx.select().from(goals).where(eq(goals.id, id)).for('update');
		if (!before) throw new NotFoundError();
		assertVersion(before, version);
		const [[chosen], [rated]] = await Promise.all([
			tx.select({ n: count() }).from(workspaceGoals).where(eq(workspaceGoals.goalId, id)),
			tx.select({ n: count() }).from(roundStatements).where(eq(roundStatements.goalId, id))
		]);
		if (chosen.n > 0 || rated.n > 0)
			throw new InvalidError(
				chosen.n === 1
					? 'problems.fremtidsbilde.goalInUseOne'
					: 'problems.fremtidsbilde.goalInUseMany',
				{ count: chosen.n }
			);
		await tx.delete(goals).where(eq(goals.id, id));
		await recordAudit(tx, actor, {
			action: 'samfunnsmal.slettet',
			entityType: 'samfunnsmal',
			entityId: id,
			summary: storedText('admin.auditLog.goalDeleted', { title: before.title }),
			before
		});
	});
	invalidatePublic();
}

export async function saveStatement(
	actor: Actor,
	goalId: number,
	id: number | null,
	input: StatementInput
) {
	authorize(actor, can.editContent, 'samfunnsmal.pastand', goalId);
	await db.transaction(async (tx) => {
		const [goal] = await tx.select().from(goals).where(eq(goals.id, goalId));
		if (!goal) throw new NotFoundError();
		const at = now();
		if (id === null) {
			const [row] = await tx
				.insert(goalStatements)
				.values({ goalId, ...input, createdAt: at, updatedAt: at })
				.returning();
			await recordAudit(tx, actor, {
				action: 'pastand.opprettet',
				entityType: 'pastand',
				entityId: row.id,
				summary: storedText('admin.auditLog.statementAdded', { title: goal.title }),
				after: row
			});
			return;
		}
		const [before] = await tx
			.select()
			.from(goalStatements)
			.where(and(eq(goalStatements.id, id), eq(goalStatements.goalId, goalId)))
			.for('update');
		if (!before) throw new NotFoundError('problems.fremtidsbilde.statementNotFound');
		const [after] = await tx
			.update(goalStatements)
			.set({ ...input, updatedAt: at, version: before.version + 1 })
			.where(eq(goalStatements.id, id))
			.returning();
		await recordAudit(tx, actor, {
			action: 'pastand.endret',
			entityType: 'pastand',
			entityId: id,
			summary: storedText('admin.auditLog.statementChanged', { title: goal.title }),
			before,
			after
		});
	});
}

/** Rounds already opened keep their own copy of the statements, so deleting is always safe. */
export async function deleteStatement(actor: Actor, goalId: number, id: number) {
	authorize(actor, can.editContent, 'samfunnsmal.pastand-slett', goalId);
	await db.transaction(async (tx) => {
		const [before] = await tx
			.delete(goalStatements)
			.where(and(eq(goalStatements.id, id), eq(goalStatements.goalId, goalId)))
			.returning();
		if (!before) throw new NotFoundError('problems.fremtidsbilde.statementNotFound');
		await recordAudit(tx, actor, {
			action: 'pastand.slettet',
			entityType: 'pastand',
			entityId: id,
			summary: storedText('admin.auditLog.statementDeleted'),
			before
		});
	});
}
