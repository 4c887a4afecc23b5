/**
 * The events' recurring work, asked every minute by the job runner with the app's clock:
 * the reminder the day before at 09:00 Oslo time, the reminder an hour before digital
 * events, and the message after the event with the recording. Each mail has an idempotency
 * key and each event is marked when done, so nothing goes out twice however often this runs.
 * Reminders never go to people who registered after the reminder's time.
 */
import { and, eq, gt, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { events, registrations } from './schema';
import { kickMail } from '../mail/send';
import { now } from '../clock';
import { osloDate } from '$lib/i18n';
import { dayBeforeReminderAt, HOUR_BEFORE_MS } from './state';
import { eventTemplates, queueEventMail, type EventRow } from './mail';
import { queueParticipantMails } from './batch-mail';
import { sendEvaluationInvites } from './evaluation';
import { withLanguage } from '../i18n';
import { attendanceOf, attendeeView } from './attendance';

const DAY = 24 * 60 * 60_000;
/** How long after an event the message with the recording may still go out. */
export const FOLLOW_UP_WINDOW_MS = 60 * DAY;

/** Locks an event for the sweep unless another sweep holds it (that one does the work). */
async function claim(tx: Tx, id: number, still: SQL): Promise<EventRow | null> {
	const [row] = await tx
		.select()
		.from(events)
		.where(and(eq(events.id, id), still))
		.for('update', { skipLocked: true });
	return row ?? null;
}

async function confirmedBefore(tx: Tx, eventId: number, cutoff: Date) {
	return tx
		.select()
		.from(registrations)
		.where(
			and(
				eq(registrations.eventId, eventId),
				eq(registrations.status, 'confirmed'),
				lte(registrations.registeredAt, cutoff),
				isNull(registrations.anonymisedAt)
			)
		);
}

type Kind = 'day' | 'hour';

/**
 * The day-before reminder says «tomorrow»: it goes only while that is true, on an Oslo
 * calendar day before the event's. A sweep that runs late (downtime, or the event was moved
 * to today) sends nothing for it; the hour-before reminder of digital events still goes.
 */
export function dayReminderFits(startsAt: Date, at: Date): boolean {
	return osloDate(at) < osloDate(startsAt);
}

async function remind(kind: Kind, eventId: number, due: Date, at: Date): Promise<number> {
	const column = kind === 'day' ? events.reminderDayFor : events.reminderHourFor;
	return db.transaction(async (tx) => {
		const ev = await claim(
			tx,
			eventId,
			and(
				eq(events.status, 'published'),
				or(isNull(column), sql`${column} <> ${events.startsAt}`)
			) as SQL
		);
		if (!ev) return 0;
		const late = kind === 'day' && !dayReminderFits(ev.startsAt, at);
		// A hybrid event: the meeting link only for those on the net; the hour's reminder
		// (a link to join) only to them.
		const told = (late ? [] : await confirmedBefore(tx, ev.id, due)).filter(
			(r) => kind === 'day' || attendeeView(ev, attendanceOf(ev, r)).format === 'digitalt'
		);
		// In the language each registered in: the mail, its links and calendar file.
		const sent = await queueParticipantMails(
			tx,
			ev,
			told.map((r) => ({
				registration: r,
				link: true,
				ics: kind === 'day' ? ('request' as const) : undefined
			})),
			(r, url, ics) => {
				const seen = attendeeView(ev, attendanceOf(ev, r));
				return {
					kind: kind === 'day' ? 'reminder-day' : 'reminder-hour',
					to: r.email!,
					content:
						kind === 'day'
							? eventTemplates.reminderDay(seen, r.name, url!)
							: eventTemplates.reminderHour(seen, r.name, url!),
					key: `registration:${r.id}:reminder-${kind}:${ev.startsAt.toISOString()}`,
					ics
				};
			}
		);
		await tx
			.update(events)
			.set(kind === 'day' ? { reminderDayFor: ev.startsAt } : { reminderHourFor: ev.startsAt })
			.where(eq(events.id, ev.id));
		return sent;
	});
}

/** Sends the reminders that are due; returns how many mails were queued. */
export async function sendDueReminders(at: Date = now()): Promise<number> {
	// Events starting within two days whose reminders have not gone for their current start.
	const soon = await db
		.select({
			id: events.id,
			startsAt: events.startsAt,
			format: events.format,
			reminderDayFor: events.reminderDayFor,
			reminderHourFor: events.reminderHourFor
		})
		.from(events)
		.where(
			and(
				eq(events.status, 'published'),
				gt(events.startsAt, at),
				lte(events.startsAt, new Date(at.getTime() + 2 * DAY))
			)
		);
	let sent = 0;
	for (const e of soon) {
		const start = e.startsAt.getTime();
		const dayDue = dayBeforeReminderAt(e.startsAt);
		if (dayDue <= at && e.reminderDayFor?.getTime() !== start)
			sent += await remind('day', e.id, dayDue, at);
		const hourDue = new Date(start - HOUR_BEFORE_MS);
		if (e.format !== 'fysisk' && hourDue <= at && e.reminderHourFor?.getTime() !== start)
			sent += await remind('hour', e.id, hourDue, at);
	}
	return sent;
}

/** After the event: thanks, with the recording (once the recording or resources are there). */
export async function sendFollowUps(at: Date = now()): Promise<number> {
	const due = await db
		.select({ id: events.id })
		.from(events)
		.where(
			and(
				eq(events.status, 'published'),
				lte(events.endsAt, at),
				gt(events.endsAt, new Date(at.getTime() - FOLLOW_UP_WINDOW_MS)),
				isNull(events.followUpSentAt),
				or(sql`${events.recordingUrl} is not null`, sql`${events.resources} <> ''`)
			)
		);
	let sent = 0;
	for (const { id } of due) {
		sent += await db.transaction(async (tx) => {
			const ev = await claim(tx, id, isNull(events.followUpSentAt));
			if (!ev) return 0;
			let n = 0;
			for (const r of await confirmedBefore(tx, ev.id, ev.endsAt)) {
				if (!r.email) continue;
				const queued = await queueEventMail(tx, {
					kind: 'follow-up',
					to: r.email,
					content: withLanguage(r.lang, () => eventTemplates.followUp(ev, r.name)),
					key: `registration:${r.id}:follow-up`
				});
				if (queued !== null) n++;
			}
			await tx.update(events).set({ followUpSentAt: at }).where(eq(events.id, ev.id));
			return n;
		});
	}
	return sent;
}

export async function eventSweep(at: Date = now()) {
	const reminders = await sendDueReminders(at);
	const followUps = await sendFollowUps(at);
	await sendEvaluationInvites(at);
	if (reminders + followUps > 0) await kickMail();
	return { reminders, followUps };
}
