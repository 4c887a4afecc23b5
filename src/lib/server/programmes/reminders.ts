/**
 * Reminders before a between-work task is due, and retention of answers.
 *
 * Reminders: from REMINDER_DAYS days before the due date until the day itself, each
 * coordinator of a participating municipality that has not handed in gets one e-mail per task
 * (the mail's idempotency key makes it exactly-once, so the minute sweep may run any number of
 * times).
 *
 * Retention: answers are the group's working notes about its culture school; they are not
 * collected as personal data, but they may name people. They are kept while the programme
 * runs and for ANSWER_RETENTION_YEARS after it ended (the programme's end date, or the task's
 * due date when the programme has none), then deleted with their files.
 */
import { and, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { municipalityMembers, users } from '../accounts/schema';
import { sendMail, kickMail } from '../mail/send';
import { render, siteUrl } from '../mail/layout';
import { withLanguage } from '../i18n';
import { now } from '../clock';
import { formatDate, m, osloDate, t } from '$lib/i18n';
import { programmeParticipants, programmeTasks, programmes, taskAnswers } from './schema';

export const REMINDER_DAYS = 3;
export const ANSWER_RETENTION_YEARS = 3;

/** yyyy-mm-dd plus n days (calendar arithmetic on the date alone). */
export function addDays(day: string, n: number): string {
	const d = new Date(`${day}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + n);
	return d.toISOString().slice(0, 10);
}

/** Is a reminder due today for a task due on `dueOn`? */
export function reminderDue(dueOn: string, today: string, days = REMINDER_DAYS): boolean {
	return today <= dueOn && today >= addDays(dueOn, -days);
}

function reminderMail(
	name: string,
	task: { title: string; dueOn: string },
	nr: string,
	taskId: number
) {
	const w = m.mail.programmes.taskReminder;
	const values = { title: task.title, due: formatDate(task.dueOn) };
	return render(t(w.subject, values), t(w.greeting, { name }), [
		{ p: t(w.body, values) },
		{ button: { label: w.button, url: siteUrl(`/kommuner/${nr}/mellomarbeid/${taskId}`) } },
		{ small: w.why }
	]);
}

/** Queues the reminders that are due; returns how many new e-mails were queued. */
export async function sendTaskReminders(): Promise<number> {
	const today = osloDate(now());
	// One row per (task due soon, coordinator of a participant that has not handed it in).
	const due = await db
		.select({
			taskId: programmeTasks.id,
			title: programmeTasks.title,
			dueOn: programmeTasks.dueOn,
			userId: users.id,
			name: users.name,
			email: users.email,
			lang: users.lang,
			nr: programmeParticipants.municipalityNumber
		})
		.from(programmeTasks)
		.innerJoin(
			programmeParticipants,
			and(
				eq(programmeParticipants.programmeId, programmeTasks.programmeId),
				eq(programmeParticipants.status, 'deltar')
			)
		)
		.leftJoin(
			taskAnswers,
			and(
				eq(taskAnswers.taskId, programmeTasks.id),
				eq(taskAnswers.municipalityNumber, programmeParticipants.municipalityNumber)
			)
		)
		.innerJoin(
			municipalityMembers,
			and(
				eq(municipalityMembers.municipalityNumber, programmeParticipants.municipalityNumber),
				eq(municipalityMembers.role, 'koordinator')
			)
		)
		.innerJoin(users, and(eq(users.id, municipalityMembers.userId), eq(users.isActive, true)))
		.where(
			and(
				gte(programmeTasks.dueOn, today),
				lte(programmeTasks.dueOn, addDays(today, REMINDER_DAYS)),
				isNull(taskAnswers.handedInAt)
			)
		);
	if (!due.length) return 0;
	let queued = 0;
	await db.transaction(async (tx) => {
		for (const d of due) {
			const id = await sendMail(tx, {
				to: d.email,
				template: 'mellomarbeid.reminder',
				// In the language the coordinator chose on their account.
				content: withLanguage(d.lang, () => reminderMail(d.name, d, d.nr, d.taskId)),
				idempotencyKey: `mellomarbeid:${d.taskId}:${d.nr}:${d.userId}:reminder`
			});
			if (id !== null) queued++;
		}
	});
	if (queued) await kickMail();
	return queued;
}

/** Deletes answers (and their files) kept longer than the retention period. */
export async function deleteOldTaskAnswers(): Promise<number> {
	const cutoff = addDays(osloDate(now()), -365 * ANSWER_RETENTION_YEARS);
	const old = db
		.select({ id: programmeTasks.id })
		.from(programmeTasks)
		.innerJoin(programmes, eq(programmes.id, programmeTasks.programmeId))
		.where(sql`coalesce(${programmes.endsOn}, ${programmeTasks.dueOn}) < ${cutoff}`);
	const deleted = await db
		.delete(taskAnswers)
		.where(inArray(taskAnswers.taskId, old))
		.returning({ id: taskAnswers.id });
	return deleted.length;
}
