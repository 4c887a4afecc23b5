/** Promotion from the waitlist when seats free up. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { registrations } from '../schema';
import { now } from '../../clock';
import { eventTemplates, type EventRow, type RegistrationRow } from '../mail';
import { queueParticipantMails } from '../batch-mail';
import { capacityFor, freeSeats, seatCountsByWay, syncSeatCounts, wayOf } from './seats';
import { attendanceOf, attendeeView } from '../attendance';
import { ATTENDANCES } from '$lib/forms/events';

/**
 * Gives free seats to the first on the waitlist, in order, and tells each by e-mail.
 * Call with the event row locked. Nothing happens once the event has started.
 */
export async function promoteFromWaitlist(tx: Tx, ev: EventRow): Promise<RegistrationRow[]> {
	const at = now();
	if (ev.status !== 'published' || at >= ev.startsAt) return [];
	// Each way of attending has its own seats and its own queue (a hybrid event has two).
	const byWay = await seatCountsByWay(ev, tx);
	const next: RegistrationRow[] = [];
	for (const way of ATTENDANCES) {
		const c = byWay[way];
		if (c.waitlisted === 0) continue;
		const free = freeSeats(capacityFor(ev, way), c);
		if (free <= 0) continue;
		next.push(
			...(await tx
				.select()
				.from(registrations)
				.where(
					and(
						eq(registrations.eventId, ev.id),
						eq(registrations.status, 'waitlisted'),
						sql`${wayOf(ev)} = ${way}`
					)
				)
				.orderBy(asc(registrations.waitlistedAt), asc(registrations.id))
				.limit(free)
				.for('update'))
		);
	}
	if (next.length === 0) return [];
	// The whole batch at once: one statement each for the seats, the links, the calendar
	// counters and the mails (the event stays locked while they run).
	const updated = await tx
		.update(registrations)
		.set({
			status: 'confirmed',
			confirmedAt: at,
			waitlistedAt: null,
			sequence: sql`${registrations.sequence} + 1`,
			updatedAt: at
		})
		.where(
			inArray(
				registrations.id,
				next.map((r) => r.id)
			)
		)
		.returning();
	const byId = new Map(updated.map((r) => [r.id, r]));
	const promoted = next.map((r) => byId.get(r.id)!);
	await queueParticipantMails(
		tx,
		ev,
		promoted.map((r) => ({ registration: r, link: true, ics: 'request' as const })),
		(after, url, ics) => ({
			kind: 'promoted',
			to: after.email!,
			content: eventTemplates.promoted(attendeeView(ev, attendanceOf(ev, after)), after.name, url!),
			key: `registration:${after.id}:promoted:${after.sequence}`,
			ics,
			qrFor: after.id
		})
	);
	await syncSeatCounts(tx, ev.id);
	return promoted;
}
