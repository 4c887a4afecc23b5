/** Tiltak (actions) per goal and the action-learning log (plan → act → observe → reflect). */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { actions, goals, logEntries, logEntryActions, workspaceGoals } from './schema';
import { municipalityMembers, users } from '../accounts/schema';
import type { Actor } from '../accounts/actor';
import { can } from '../accounts/permissions';
import { actorLabel, DELETED_ACTOR } from '../accounts/audit';
import { InvalidError, FieldError } from '../errors';
import { now } from '../clock';
import { assertRead, assertTakePart, notFound } from './guards';
import { ensureWorkspace } from './workspace.service';
import { assertIndicatorsOf, linkIndicators } from './indicators.service';
import { EditConflict } from './pictures.service';
import { partnerSectors, type ActionInput, type LogInput } from '$lib/forms/fremtidsbilde';
import { m } from '$lib/i18n';

export async function listActions(actor: Actor | null, nr: string) {
	assertRead(actor, nr);
	return actionRows(actor, nr);
}

export async function actionRows(actor: Actor | null, nr: string) {
	assertRead(actor, nr);
	return db
		.select({
			id: actions.id,
			title: actions.title,
			description: actions.description,
			status: actions.status,
			startsOn: actions.startsOn,
			endsOn: actions.endsOn,
			partners: actions.partners,
			partnerSectors: actions.partnerSectors,
			gapAnswered: actions.gapAnswered,
			workspaceGoalId: actions.workspaceGoalId,
			goalTitle: goals.title,
			responsibleId: actions.responsibleId,
			responsible: users.name,
			updatedAt: actions.updatedAt
		})
		.from(actions)
		.innerJoin(workspaceGoals, eq(workspaceGoals.id, actions.workspaceGoalId))
		.innerJoin(goals, eq(goals.id, workspaceGoals.goalId))
		.leftJoin(users, eq(users.id, actions.responsibleId))
		.where(eq(actions.municipalityNumber, nr))
		.orderBy(asc(workspaceGoals.position), asc(actions.startsOn), asc(actions.id));
}

export async function getAction(actor: Actor | null, nr: string, id: number) {
	assertRead(actor, nr);
	const [row] = await db
		.select()
		.from(actions)
		.where(and(eq(actions.id, id), eq(actions.municipalityNumber, nr)));
	if (!row) notFound('problems.fremtidsbilde.actionNotFound');
	return row;
}

async function assertGoalAndResponsible(nr: string, input: ActionInput) {
	const [goal] = await db
		.select({ id: workspaceGoals.id })
		.from(workspaceGoals)
		.where(
			and(
				eq(workspaceGoals.id, Number(input.workspaceGoalId)),
				eq(workspaceGoals.municipalityNumber, nr)
			)
		);
	if (!goal) throw new FieldError('workspaceGoalId', 'problems.fremtidsbilde.chooseGoal');
	if (input.responsibleId) {
		const [member] = await db
			.select({ id: municipalityMembers.id })
			.from(municipalityMembers)
			.where(
				and(
					eq(municipalityMembers.municipalityNumber, nr),
					eq(municipalityMembers.userId, Number(input.responsibleId))
				)
			);
		if (!member) throw new FieldError('responsibleId', 'problems.fremtidsbilde.responsibleMember');
	}
}

/** Creates (id null) or updates an action; returns its id. */
export async function saveAction(actor: Actor, nr: string, id: number | null, input: ActionInput) {
	assertTakePart(actor, nr);
	await assertGoalAndResponsible(nr, input);
	const indicatorIds = [...new Set((input.indicatorIds ?? []).map(Number))];
	await assertIndicatorsOf(nr, indicatorIds);
	const fields = {
		workspaceGoalId: Number(input.workspaceGoalId),
		title: input.title,
		description: input.description,
		responsibleId: input.responsibleId ? Number(input.responsibleId) : null,
		partners: input.partners,
		// In the list's order, each once.
		partnerSectors: partnerSectors.filter((x) => input.partnerSectors.includes(x)),
		startsOn: input.startsOn || null,
		endsOn: input.endsOn || null,
		status: input.status,
		gapAnswered: input.gapAnswered
	};
	return db.transaction(async (tx) => {
		await ensureWorkspace(tx, nr);
		const at = now();
		if (id === null) {
			const [row] = await tx
				.insert(actions)
				.values({ ...fields, municipalityNumber: nr, createdAt: at, updatedAt: at })
				.returning({ id: actions.id });
			await linkIndicators(tx, row.id, indicatorIds);
			return row.id;
		}
		const [before] = await tx
			.select()
			.from(actions)
			.where(and(eq(actions.id, id), eq(actions.municipalityNumber, nr)))
			.for('update');
		if (!before) notFound('problems.fremtidsbilde.actionNotFound');
		if (before.version !== input.version)
			throw new EditConflict(before.description, before.version);
		await tx
			.update(actions)
			.set({ ...fields, updatedAt: at, version: before.version + 1 })
			.where(eq(actions.id, id));
		await linkIndicators(tx, id, indicatorIds);
		return id;
	});
}

export async function deleteAction(actor: Actor, nr: string, id: number) {
	assertTakePart(actor, nr);
	const [row] = await db
		.delete(actions)
		.where(and(eq(actions.id, id), eq(actions.municipalityNumber, nr)))
		.returning({ id: actions.id });
	if (!row) notFound('problems.fremtidsbilde.actionNotFound');
}

const csvCell = (v: string) => {
	// Cells starting with = + - @ are formulas in spreadsheets: neutralise them.
	const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
	return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The actions as CSV (semicolon-separated, as Norwegian Excel expects); names only when asked. */
export async function actionsCsv(actor: Actor | null, nr: string, withNames: boolean) {
	const rows = await listActions(actor, nr);
	const h = m.app.actions.csvHead;
	const head = [
		h.goal,
		h.action,
		h.description,
		h.status,
		h.start,
		h.end,
		h.partners,
		h.gap,
		...(withNames ? [h.responsible] : [])
	];
	const lines = rows.map((r) =>
		[
			r.goalTitle,
			r.title,
			r.description,
			m.fremtidsbilde.actionStatus[r.status],
			r.startsOn ?? '',
			r.endsOn ?? '',
			r.partners,
			r.gapAnswered,
			...(withNames ? [r.responsible ?? ''] : [])
		]
			.map(csvCell)
			.join(';')
	);
	// BOM so Excel reads æøå as UTF-8.
	return '\uFEFF' + [head.join(';'), ...lines].join('\r\n') + '\r\n';
}

// ——— Aksjonslæring ———

export async function listLog(actor: Actor | null, nr: string) {
	assertRead(actor, nr);
	return logRows(actor, nr);
}

export async function logRows(actor: Actor | null, nr: string) {
	assertRead(actor, nr);
	const entries = await db
		.select({
			id: logEntries.id,
			cycle: logEntries.cycle,
			phase: logEntries.phase,
			happenedOn: logEntries.happenedOn,
			text: logEntries.text,
			authorId: logEntries.authorId,
			authorName: sql<string>`coalesce(${users.name}, ${DELETED_ACTOR})`,
			version: logEntries.version,
			updatedAt: logEntries.updatedAt
		})
		.from(logEntries)
		.leftJoin(users, eq(users.id, logEntries.authorId))
		.where(eq(logEntries.municipalityNumber, nr))
		.orderBy(desc(logEntries.cycle), asc(logEntries.happenedOn), asc(logEntries.id));
	const links = entries.length
		? await db
				.select({
					entryId: logEntryActions.entryId,
					actionId: actions.id,
					title: actions.title
				})
				.from(logEntryActions)
				.innerJoin(actions, eq(actions.id, logEntryActions.actionId))
				.where(
					inArray(
						logEntryActions.entryId,
						entries.map((e) => e.id)
					)
				)
		: [];
	return entries.map((e) => ({
		...e,
		// A writer whose account is gone is named in the reader's language
		authorName: actorLabel(e.authorName),
		actions: links
			.filter((l) => l.entryId === e.id)
			.map((l) => ({ id: l.actionId, title: l.title }))
	}));
}

export async function getLogEntry(actor: Actor | null, nr: string, id: number) {
	const entry = (await listLog(actor, nr)).find((e) => e.id === id);
	if (!entry) notFound('problems.fremtidsbilde.logNotFound');
	return entry;
}

/** Only the author and the coordinators change an entry once written. */
export function mayEditEntry(actor: Actor | null, nr: string, entry: { authorId: number | null }) {
	return Boolean(actor) && (entry.authorId === actor!.id || can.coordinate(actor, nr));
}

export async function saveLogEntry(actor: Actor, nr: string, id: number | null, input: LogInput) {
	assertTakePart(actor, nr);
	const actionIds = [...new Set(input.actionIds.map(Number))];
	if (actionIds.length) {
		const known = await db
			.select({ id: actions.id })
			.from(actions)
			.where(and(inArray(actions.id, actionIds), eq(actions.municipalityNumber, nr)));
		if (known.length !== actionIds.length)
			throw new FieldError('actionIds', 'problems.fremtidsbilde.chooseActions');
	}
	return db.transaction(async (tx) => {
		await ensureWorkspace(tx, nr);
		const at = now();
		const fields = {
			cycle: input.cycle,
			phase: input.phase,
			happenedOn: input.happenedOn,
			text: input.text
		};
		let entryId: number;
		if (id === null) {
			const [row] = await tx
				.insert(logEntries)
				.values({
					...fields,
					municipalityNumber: nr,
					authorId: actor.id,
					createdAt: at,
					updatedAt: at
				})
				.returning({ id: logEntries.id });
			entryId = row.id;
		} else {
			const [before] = await tx
				.select()
				.from(logEntries)
				.where(and(eq(logEntries.id, id), eq(logEntries.municipalityNumber, nr)))
				.for('update');
			if (!before) notFound('problems.fremtidsbilde.logNotFound');
			if (!mayEditEntry(actor, nr, before))
				throw new InvalidError('problems.fremtidsbilde.logEditAuthor');
			if (before.version !== input.version) throw new EditConflict(before.text, before.version);
			await tx
				.update(logEntries)
				.set({ ...fields, updatedAt: at, version: before.version + 1 })
				.where(eq(logEntries.id, id));
			await tx.delete(logEntryActions).where(eq(logEntryActions.entryId, id));
			entryId = id;
		}
		if (actionIds.length)
			await tx.insert(logEntryActions).values(actionIds.map((actionId) => ({ entryId, actionId })));
		return entryId;
	});
}

export async function deleteLogEntry(actor: Actor, nr: string, id: number) {
	assertTakePart(actor, nr);
	const [entry] = await db
		.select()
		.from(logEntries)
		.where(and(eq(logEntries.id, id), eq(logEntries.municipalityNumber, nr)));
	if (!entry) notFound('problems.fremtidsbilde.logNotFound');
	if (!mayEditEntry(actor, nr, entry))
		throw new InvalidError('problems.fremtidsbilde.logDeleteAuthor');
	await db.delete(logEntries).where(eq(logEntries.id, id));
}
