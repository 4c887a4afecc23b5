/**
 * Målbilde and gap per chosen goal, and the stakeholder map. Texts carry a version so two
 * members saving the same goal at once do not overwrite each other unseen.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { stakeholders, workspaceGoals } from './schema';
import type { Actor } from '../accounts/actor';
import { FieldError, ConflictError } from '../errors';
import { now } from '../clock';
import { assertTakePart, notFound } from './guards';
import type { GapInput, StakeholderInput, TargetInput } from '$lib/forms/fremtidsbilde';

/** Someone else in the group saved first: what they saved is shown, nothing typed is lost. */
export class EditConflict extends ConflictError {
	constructor(
		public theirs: string,
		public currentVersion: number
	) {
		super('problems.fremtidsbilde.editConflict');
	}
}

async function lockGoal(tx: Tx, nr: string, id: number) {
	const [row] = await tx
		.select()
		.from(workspaceGoals)
		.where(
			and(
				eq(workspaceGoals.id, id),
				eq(workspaceGoals.municipalityNumber, nr),
				isNull(workspaceGoals.removedAt)
			)
		)
		.for('update');
	if (!row) notFound('problems.fremtidsbilde.goalNotFound');
	return row;
}

export function parseSigns(text: string): string[] {
	return text
		.split('\n')
		.map((s) => s.replace(/^\s*[-•*]\s*/, '').trim())
		.filter(Boolean)
		.slice(0, 10);
}

export async function saveTarget(actor: Actor, nr: string, id: number, input: TargetInput) {
	assertTakePart(actor, nr);
	const signs = parseSigns(input.signs);
	if (signs.some((s) => s.length > 300))
		throw new FieldError('signs', 'problems.fremtidsbilde.signTooLong');
	await db.transaction(async (tx) => {
		const row = await lockGoal(tx, nr, id);
		if (row.version !== input.version) throw new EditConflict(row.targetPicture, row.version);
		await tx
			.update(workspaceGoals)
			.set({
				targetPicture: input.targetPicture,
				signs,
				targetLevel: input.targetLevel,
				updatedAt: now(),
				version: row.version + 1
			})
			.where(eq(workspaceGoals.id, id));
	});
}

export async function saveGap(actor: Actor, nr: string, id: number, input: GapInput) {
	assertTakePart(actor, nr);
	await db.transaction(async (tx) => {
		const row = await lockGoal(tx, nr, id);
		if (row.version !== input.version) throw new EditConflict(row.gap, row.version);
		await tx
			.update(workspaceGoals)
			.set({ gap: input.gap, updatedAt: now(), version: row.version + 1 })
			.where(eq(workspaceGoals.id, id));
	});
}

export async function stakeholdersOf(workspaceGoalIds: number[]) {
	if (workspaceGoalIds.length === 0) return [];
	return db
		.select()
		.from(stakeholders)
		.where(inArray(stakeholders.workspaceGoalId, workspaceGoalIds))
		.orderBy(asc(stakeholders.createdAt), asc(stakeholders.id));
}

export async function saveStakeholder(
	actor: Actor,
	nr: string,
	goalId: number,
	id: number | null,
	input: StakeholderInput
) {
	assertTakePart(actor, nr);
	await db.transaction(async (tx) => {
		await lockGoal(tx, nr, goalId);
		if (id === null) {
			await tx.insert(stakeholders).values({ ...input, workspaceGoalId: goalId, createdAt: now() });
			return;
		}
		const [row] = await tx
			.update(stakeholders)
			.set(input)
			.where(and(eq(stakeholders.id, id), eq(stakeholders.workspaceGoalId, goalId)))
			.returning({ id: stakeholders.id });
		if (!row) notFound('problems.fremtidsbilde.stakeholderNotFound');
	});
}

export async function deleteStakeholder(actor: Actor, nr: string, goalId: number, id: number) {
	assertTakePart(actor, nr);
	await db.transaction(async (tx) => {
		await lockGoal(tx, nr, goalId);
		await tx
			.delete(stakeholders)
			.where(and(eq(stakeholders.id, id), eq(stakeholders.workspaceGoalId, goalId)));
	});
}
