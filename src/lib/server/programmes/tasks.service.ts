/**
 * Mellomarbeid (between-work): programme staff set tasks with a due date; each participating
 * municipality answers with text and files, edits until it hands in («Lever»), and staff read
 * the answers. Answers and files are private to the municipality's group and programme staff.
 */
import { createHash } from 'node:crypto';
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { db, type DbOrTx, type Tx } from '../db/client';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { recordAudit, storedText } from '../accounts/audit';
import { InvalidError, FieldError, NotFoundError } from '../errors';
import { assertVersion } from '../content/editing';
import { renderMarkdown } from '../content/markdown';
import { checkUpload, formatFileSize } from '../content/files';
import { counties, municipalities } from '../geo/schema';
import { events } from '../events/schema';
import { now } from '../clock';
import { assertRead, assertTakePart } from '../fremtidsbilde/guards';
import { osloDate } from '$lib/i18n';
import type { AnswerInput, TaskInput } from '$lib/forms/programmes';
import {
	programmeParticipants,
	programmeTasks,
	programmes,
	taskAnswerFiles,
	taskAnswers
} from './schema';
import type { Programme } from './programmes.service';
import { assertAltTexts } from './rules';

/** At most this many files per answer. */
export const MAX_ANSWER_FILES = 10;

type AnswerRow = typeof taskAnswers.$inferSelect;

// ——— Rules (pure) ———

/** An answer can be changed until it is handed in. */
export function assertEditable(answer: Pick<AnswerRow, 'handedInAt'> | null) {
	if (answer?.handedInAt) throw new InvalidError('problems.programmes.answerHandedIn');
}

/** Handing in needs something to hand in: text or at least one file. */
export function assertCanHandIn(
	answer: Pick<AnswerRow, 'handedInAt'> | null,
	text: string,
	files: number
) {
	assertEditable(answer);
	if (!text.trim() && files === 0) throw new FieldError('text', 'problems.programmes.answerEmpty');
}

// ——— Staff ———

export async function tasksOf(programmeId: number) {
	return db
		.select({
			id: programmeTasks.id,
			title: programmeTasks.title,
			dueOn: programmeTasks.dueOn,
			eventTitle: events.title,
			handedIn: sql<number>`(select count(*)::int from ${taskAnswers} a where a.task_id = ${programmeTasks.id} and a.handed_in_at is not null)`
		})
		.from(programmeTasks)
		.leftJoin(events, eq(events.id, programmeTasks.eventId))
		.where(eq(programmeTasks.programmeId, programmeId))
		.orderBy(asc(programmeTasks.dueOn), asc(programmeTasks.id));
}

/** The programme's gatherings (for tying a task to one). */
export async function gatheringsOf(programmeId: number) {
	return db
		.select({
			id: events.id,
			slug: events.slug,
			title: events.title,
			startsAt: events.startsAt,
			status: events.status,
			cohortOnly: events.cohortOnly,
			confirmed: events.confirmedCount
		})
		.from(events)
		.where(eq(events.programmeId, programmeId))
		.orderBy(asc(events.startsAt));
}

async function taskOf(programmeId: number, taskId: number) {
	const [task] = await db
		.select()
		.from(programmeTasks)
		.where(and(eq(programmeTasks.id, taskId), eq(programmeTasks.programmeId, programmeId)));
	if (!task) throw new NotFoundError('problems.programmes.taskNotFound');
	return task;
}

/** Staff may run the programme (the task's between-work is theirs to read). */
function assertManage(actor: Actor, programme: Programme, action: string) {
	authorize(
		actor,
		(a) => can.manageProgramme(a, programme.chapterIds),
		action,
		programme.id,
		'permissions.programme'
	);
}

export async function managedTask(actor: Actor, programme: Programme, taskId: number) {
	assertManage(actor, programme, 'mellomarbeid.les');
	return taskOf(programme.id, taskId);
}

export function taskToForm(task: typeof programmeTasks.$inferSelect | null): Partial<TaskInput> {
	if (!task) return { version: 0 };
	return {
		title: task.title,
		description: task.description,
		dueOn: task.dueOn,
		eventId: task.eventId === null ? '' : String(task.eventId),
		version: task.version
	};
}

/** Creates (taskId null) or saves a task of a programme the person runs. */
export async function saveTask(
	actor: Actor,
	programme: Programme,
	taskId: number | null,
	input: TaskInput
): Promise<number> {
	assertManage(actor, programme, 'mellomarbeid.lagre');
	if (Number.isNaN(Date.parse(input.dueOn)))
		throw new FieldError('dueOn', 'problems.programmes.dueFormat');
	assertAltTexts(input.description, 'description');
	const eventId = input.eventId === '' ? null : Number(input.eventId);
	if (eventId !== null) {
		const [ev] = await db
			.select({ id: events.id })
			.from(events)
			.where(and(eq(events.id, eventId), eq(events.programmeId, programme.id)));
		if (!ev) throw new FieldError('eventId', 'problems.programmes.eventChoose');
	}
	const values = {
		title: input.title,
		description: input.description,
		dueOn: input.dueOn,
		eventId,
		updatedAt: now()
	};
	return db.transaction(async (tx) => {
		if (taskId === null) {
			const [row] = await tx
				.insert(programmeTasks)
				.values({ ...values, programmeId: programme.id, createdAt: now() })
				.returning();
			await recordAudit(tx, actor, {
				action: 'programme.task.create',
				entityType: 'programme_task',
				entityId: row.id,
				summary: storedText('admin.auditLog.taskCreated', {
					title: row.title,
					programme: programme.name
				}),
				after: row
			});
			return row.id;
		}
		const [before] = await tx
			.select()
			.from(programmeTasks)
			.where(and(eq(programmeTasks.id, taskId), eq(programmeTasks.programmeId, programme.id)))
			.for('update');
		if (!before) throw new NotFoundError('problems.programmes.taskNotFound');
		assertVersion(before, input.version);
		const [after] = await tx
			.update(programmeTasks)
			.set({ ...values, version: before.version + 1 })
			.where(eq(programmeTasks.id, taskId))
			.returning();
		await recordAudit(tx, actor, {
			action: 'programme.task.update',
			entityType: 'programme_task',
			entityId: taskId,
			summary: storedText('admin.auditLog.taskChanged', { title: after.title }),
			before,
			after
		});
		return taskId;
	});
}

/** Every participating municipality's answer to a task (handed in or not), for staff. */
export async function answersForTask(actor: Actor, programme: Programme, taskId: number) {
	assertManage(actor, programme, 'mellomarbeid.svar');
	const task = await taskOf(programme.id, taskId);
	const rows = await db
		.select({
			number: municipalities.number,
			name: municipalities.name,
			county: counties.name,
			status: programmeParticipants.status,
			answerId: taskAnswers.id,
			text: taskAnswers.text,
			handedInAt: taskAnswers.handedInAt,
			updatedAt: taskAnswers.updatedAt
		})
		.from(programmeParticipants)
		.innerJoin(municipalities, eq(municipalities.number, programmeParticipants.municipalityNumber))
		.innerJoin(counties, eq(counties.number, municipalities.countyNumber))
		.leftJoin(
			taskAnswers,
			and(
				eq(taskAnswers.taskId, task.id),
				eq(taskAnswers.municipalityNumber, programmeParticipants.municipalityNumber)
			)
		)
		.where(
			and(
				eq(programmeParticipants.programmeId, programme.id),
				ne(programmeParticipants.status, 'trukket')
			)
		)
		.orderBy(asc(municipalities.name));
	const answerIds = rows.map((r) => r.answerId).filter((id): id is number => id !== null);
	const files = answerIds.length
		? await db
				.select({
					id: taskAnswerFiles.id,
					answerId: taskAnswerFiles.answerId,
					name: taskAnswerFiles.name,
					size: taskAnswerFiles.size
				})
				.from(taskAnswerFiles)
				.where(inArray(taskAnswerFiles.answerId, answerIds))
				.orderBy(asc(taskAnswerFiles.id))
		: [];
	return {
		task,
		answers: rows.map((r) => ({
			number: r.number,
			name: r.name,
			county: r.county,
			handedInAt: r.handedInAt,
			started: r.answerId !== null,
			// Staff read what was handed in; drafts stay with the group.
			textHtml: r.handedInAt && r.text ? renderMarkdown(r.text) : null,
			files: r.handedInAt
				? files
						.filter((f) => f.answerId === r.answerId)
						.map((f) => ({ ...f, sizeText: formatFileSize(f.size) }))
				: []
		}))
	};
}

// ——— The municipality ———

/** Join condition: the municipality takes part (or completed) in the task's programme. */
const takesPartIn = (nr: string) =>
	and(
		eq(programmeParticipants.programmeId, programmeTasks.programmeId),
		eq(programmeParticipants.municipalityNumber, nr),
		ne(programmeParticipants.status, 'trukket')
	);

/** Tasks of the programmes the municipality takes part in (or completed), with its answers. */
export async function tasksForMunicipality(actor: Actor | null, nr: string) {
	assertRead(actor, nr);
	return db
		.select({
			id: programmeTasks.id,
			title: programmeTasks.title,
			dueOn: programmeTasks.dueOn,
			programme: programmes.name,
			handedInAt: taskAnswers.handedInAt,
			started: sql<boolean>`${taskAnswers.id} is not null`
		})
		.from(programmeTasks)
		.innerJoin(programmes, eq(programmes.id, programmeTasks.programmeId))
		.innerJoin(programmeParticipants, takesPartIn(nr))
		.leftJoin(
			taskAnswers,
			and(eq(taskAnswers.taskId, programmeTasks.id), eq(taskAnswers.municipalityNumber, nr))
		)
		.orderBy(desc(programmeTasks.dueOn), desc(programmeTasks.id));
}

/** A task the municipality answers (404 unless its programme includes the municipality). */
async function taskForMunicipality(nr: string, taskId: number) {
	const [row] = await db
		.select({ task: programmeTasks, programme: programmes.name })
		.from(programmeTasks)
		.innerJoin(programmes, eq(programmes.id, programmeTasks.programmeId))
		.innerJoin(programmeParticipants, takesPartIn(nr))
		.where(eq(programmeTasks.id, taskId));
	if (!row) throw new NotFoundError('problems.pages.task');
	return row;
}

async function answerOf(nr: string, taskId: number): Promise<AnswerRow | null> {
	const [a] = await db
		.select()
		.from(taskAnswers)
		.where(and(eq(taskAnswers.taskId, taskId), eq(taskAnswers.municipalityNumber, nr)));
	return a ?? null;
}

async function filesOf(answerId: number) {
	const rows = await db
		.select({
			id: taskAnswerFiles.id,
			name: taskAnswerFiles.name,
			size: taskAnswerFiles.size,
			uploadedAt: taskAnswerFiles.uploadedAt
		})
		.from(taskAnswerFiles)
		.where(eq(taskAnswerFiles.answerId, answerId))
		.orderBy(asc(taskAnswerFiles.id));
	return rows.map((f) => ({ ...f, sizeText: formatFileSize(f.size) }));
}

export async function answerView(actor: Actor | null, nr: string, taskId: number) {
	assertRead(actor, nr);
	const { task, programme } = await taskForMunicipality(nr, taskId);
	const answer = await answerOf(nr, taskId);
	return {
		task: { ...task, descriptionHtml: renderMarkdown(task.description) },
		programme,
		answer,
		files: answer ? await filesOf(answer.id) : [],
		canWrite: can.participate(actor, nr) && !answer?.handedInAt,
		overdue: osloDate(now()) > task.dueOn
	};
}

async function fileCount(tx: DbOrTx, answerId: number): Promise<number> {
	const [{ n }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(taskAnswerFiles)
		.where(eq(taskAnswerFiles.answerId, answerId));
	return n;
}

/** The answer row, locked, created empty if it is the first save. */
async function lockAnswer(tx: Tx, nr: string, taskId: number): Promise<AnswerRow> {
	await tx
		.insert(taskAnswers)
		.values({ taskId, municipalityNumber: nr, createdAt: now(), updatedAt: now(), version: 0 })
		.onConflictDoNothing();
	const [row] = await tx
		.select()
		.from(taskAnswers)
		.where(and(eq(taskAnswers.taskId, taskId), eq(taskAnswers.municipalityNumber, nr)))
		.for('update');
	return row;
}

/** Saves the text (and hands in when `handIn`). Returns the new version. */
export async function saveAnswer(
	actor: Actor | null,
	nr: string,
	taskId: number,
	input: AnswerInput,
	handIn = false
): Promise<number> {
	assertTakePart(actor, nr);
	const { task } = await taskForMunicipality(nr, taskId);
	return db.transaction(async (tx) => {
		const before = await lockAnswer(tx, nr, taskId);
		assertEditable(before);
		assertVersion(before, input.version);
		if (handIn) {
			assertCanHandIn(before, input.text, await fileCount(tx, before.id));
		}
		const at = now();
		const [after] = await tx
			.update(taskAnswers)
			.set({
				text: input.text,
				updatedAt: at,
				version: before.version + 1,
				...(handIn ? { handedInAt: at, handedInById: actor.id } : {})
			})
			.where(eq(taskAnswers.id, before.id))
			.returning();
		if (handIn)
			await recordAudit(tx, actor, {
				action: 'programme.answer.hand-in',
				entityType: 'task_answer',
				entityId: after.id,
				summary: storedText('admin.auditLog.taskDelivered', { number: nr, title: task.title })
			});
		return after.version;
	});
}

/** Adds a file to the answer (sniffed and named by content; refused after hand-in). */
export async function addAnswerFile(
	actor: Actor | null,
	nr: string,
	taskId: number,
	file: { name: string; bytes: Uint8Array }
) {
	assertTakePart(actor, nr);
	await taskForMunicipality(nr, taskId);
	const check = checkUpload(file.bytes, file.name);
	if (!check.ok) throw new FieldError('file', check.reason.key, check.reason.values);
	await db.transaction(async (tx) => {
		const answer = await lockAnswer(tx, nr, taskId);
		assertEditable(answer);
		if ((await fileCount(tx, answer.id)) >= MAX_ANSWER_FILES)
			throw new FieldError('file', 'problems.programmes.filesMax', { max: MAX_ANSWER_FILES });
		await tx.insert(taskAnswerFiles).values({
			answerId: answer.id,
			name: check.name,
			mime: check.kind.mime,
			size: file.bytes.length,
			sha256: createHash('sha256').update(file.bytes).digest('hex'),
			data: Buffer.from(file.bytes),
			uploadedAt: now()
		});
		await tx
			.update(taskAnswers)
			.set({ updatedAt: now(), version: answer.version + 1 })
			.where(eq(taskAnswers.id, answer.id));
	});
}

export async function removeAnswerFile(
	actor: Actor | null,
	nr: string,
	taskId: number,
	fileId: number
) {
	assertTakePart(actor, nr);
	await taskForMunicipality(nr, taskId);
	await db.transaction(async (tx) => {
		const answer = await lockAnswer(tx, nr, taskId);
		assertEditable(answer);
		const removed = await tx
			.delete(taskAnswerFiles)
			.where(and(eq(taskAnswerFiles.id, fileId), eq(taskAnswerFiles.answerId, answer.id)))
			.returning({ id: taskAnswerFiles.id });
		if (!removed.length) throw new NotFoundError('problems.programmes.fileNotFound');
		await tx
			.update(taskAnswers)
			.set({ updatedAt: now(), version: answer.version + 1 })
			.where(eq(taskAnswers.id, answer.id));
	});
}

/** A file of an answer, for the group and programme staff only. */
export async function answerFile(actor: Actor | null, nr: string, taskId: number, fileId: number) {
	assertRead(actor, nr);
	const [row] = await db
		.select({ file: taskAnswerFiles })
		.from(taskAnswerFiles)
		.innerJoin(taskAnswers, eq(taskAnswers.id, taskAnswerFiles.answerId))
		.where(
			and(
				eq(taskAnswerFiles.id, fileId),
				eq(taskAnswers.taskId, taskId),
				eq(taskAnswers.municipalityNumber, nr)
			)
		);
	return row?.file ?? null;
}
