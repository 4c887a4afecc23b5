/**
 * Personal calendar files as iTIP (RFC 5546), so a calendar program updates the event it
 * already has instead of importing a second one: a confirmed seat and every change is a
 * `METHOD:REQUEST`, a cancelled seat or event a `METHOD:CANCEL`; the organiser is the event's
 * contact person and the participant its one ATTENDEE; each person has their own UID for
 * each event; and SEQUENCE only ever grows for that UID.
 *
 * SEQUENCE is the event's own (raised on every change a calendar shows) plus a counter per
 * event and person (`calendar_sequences`), raised each time a personal file goes out. The
 * counter is keyed by a keyed hash of the e-mail address, not by the registration: cancel,
 * delete or anonymise the registration and register again, and the next file still has a
 * higher SEQUENCE than the cancellation the calendar holds.
 */
import { and, eq, sql } from 'drizzle-orm';
import { db, type DbOrTx } from '../db/client';
import { config } from '../config';
import { now } from '../clock';
import { keyedDigest } from '../accounts/secret-box';
import { normaliseEmail } from '../accounts/passwords';
import { calendarSequences, type events, type registrations } from './schema';
import { eventIcs } from './ics';
import { eventContact } from './contact';
import { attendanceOf, attendeeView } from './attendance';

type EventRow = typeof events.$inferSelect;
type RegistrationRow = typeof registrations.$inferSelect;

/** The person as the counter and the UID know them: never the address itself. */
export function personKey(email: string): string {
	return keyedDigest(normaliseEmail(email), 'calendar-person').slice(0, 32);
}

/** The personal UID: one per person and event, stable across registrations. */
export function personalUid(eventId: number, email: string): string {
	const host = new URL(config.origin).hostname;
	return `arrangement-${eventId}-${personKey(email).slice(0, 20)}@${host}`;
}

/**
 * Raises the counters of these people for this event by one (creating them at 1) and returns
 * them by address as given. One statement for a whole group.
 */
export async function issueSequences(
	tx: DbOrTx,
	eventId: number,
	emails: string[]
): Promise<Map<string, number>> {
	const out = new Map<string, number>();
	const unique = [...new Set(emails)];
	if (unique.length === 0) return out;
	const keys = unique.map(personKey);
	const rows = await tx.execute<{ person: string; sequence: number }>(sql`
		insert into ${calendarSequences} (event_id, person, sequence)
		select ${eventId}, p, 1 from unnest(${sql.param(keys)}::text[]) as p
		on conflict (event_id, person) do update set sequence = ${calendarSequences}.sequence + 1
		returning person, sequence`);
	const byKey = new Map(rows.rows.map((r) => [r.person, Number(r.sequence)]));
	unique.forEach((e, i) => out.set(e, byKey.get(keys[i]) ?? 0));
	return out;
}

export async function issueSequence(tx: DbOrTx, eventId: number, email: string): Promise<number> {
	return (await issueSequences(tx, eventId, [email])).get(email) ?? 0;
}

/** The counter as it stands (for a file downloaded again from the private page). */
export async function currentSequence(eventId: number, email: string, tx: DbOrTx = db) {
	const [row] = await tx
		.select({ sequence: calendarSequences.sequence })
		.from(calendarSequences)
		.where(
			and(eq(calendarSequences.eventId, eventId), eq(calendarSequences.person, personKey(email)))
		);
	return row?.sequence ?? 0;
}

export interface PersonalIcsInput {
	event: EventRow;
	registration: Pick<RegistrationRow, 'status' | 'name' | 'email'> &
		Partial<Pick<RegistrationRow, 'attendance'>>;
	/** The person's counter (from issueSequence, or currentSequence for a download). */
	counter: number;
	manageUrl: string | null;
	/** The seat is gone (cancelled by them or by staff) though the row may say otherwise. */
	cancelled?: boolean;
}

/**
 * The person's calendar file: REQUEST for a seat, CANCEL for a seat that is gone or an event
 * that is cancelled. Null for someone on the waitlist: they have no seat to put in a calendar.
 */
export function personalIcs(i: PersonalIcsInput): string | null {
	const r = i.registration;
	// A hybrid event: the meeting link only for those on the net, the address for the room.
	const e = attendeeView(i.event, attendanceOf(i.event, r));
	if (!r.email) return null;
	const cancelled = Boolean(i.cancelled) || r.status === 'cancelled' || e.status === 'cancelled';
	if (!cancelled && r.status !== 'confirmed') return null;
	return eventIcs(e, {
		origin: config.origin,
		stamp: now(),
		sequence: e.sequence + i.counter,
		meetingUrl: !cancelled && e.format === 'digitalt' ? e.meetingUrl : null,
		manageUrl: cancelled ? null : i.manageUrl,
		cancelled,
		itip: {
			uid: personalUid(e.id, r.email),
			organizer: eventContact(e),
			attendee: { name: r.name, email: r.email }
		}
	});
}

/** Issues the next file for one person (raising their counter) in the caller's transaction. */
export async function issuePersonalIcs(
	tx: DbOrTx,
	input: Omit<PersonalIcsInput, 'counter'>
): Promise<string | undefined> {
	const email = input.registration.email;
	if (!email) return undefined;
	const cancelled =
		Boolean(input.cancelled) ||
		input.registration.status === 'cancelled' ||
		input.event.status === 'cancelled';
	if (!cancelled && input.registration.status !== 'confirmed') return undefined;
	const counter = await issueSequence(tx, input.event.id, email);
	return personalIcs({ ...input, counter }) ?? undefined;
}

/** The file on the private page: the latest SEQUENCE as it stands (a download raises nothing). */
export async function downloadIcs(
	e: EventRow,
	r: Pick<RegistrationRow, 'status' | 'name' | 'email'> &
		Partial<Pick<RegistrationRow, 'attendance'>>,
	manageUrl: string
): Promise<string | null> {
	if (!r.email || r.status !== 'confirmed' || e.status === 'cancelled') return null;
	return personalIcs({
		event: e,
		registration: r,
		counter: await currentSequence(e.id, r.email),
		manageUrl
	});
}
