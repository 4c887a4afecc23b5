/** Promotion from the waitlist when seats free up. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { registrations } from '../schema';
import { now } from '../../clock';
import { withLanguage } from '../../i18n';
import {
	eventTemplates,
	participantIcs,
	queueEventMail,
	type EventRow,
	type RegistrationRow
} from '../mail';
import { capacityFor, freeSeats, seatCountsByWay, syncSeatCounts, wayOf } from './seats';
import { attendanceOf, attendeeView } from '../attendance';
import { ATTENDANCES } from '$lib/forms/events';
import { newLink } from './links';

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
	const promoted: RegistrationRow[] = [];
	for (const r of next) {
		const [after] = await tx
			.update(registrations)
			.set({
				status: 'confirmed',
				confirmedAt: at,
				waitlistedAt: null,
				sequence: r.sequence + 1,
				updatedAt: at
			})
			.where(eq(registrations.id, r.id))
			.returning();
		promoted.push(after);
		if (!after.email) continue;
		const to = after.email;
		await withLanguage(after.lang, async () => {
			const url = await newLink(tx, after.id);
			await queueEventMail(tx, {
				kind: 'promoted',
				to,
				content: eventTemplates.promoted(
					attendeeView(ev, attendanceOf(ev, after)),
					after.name,
					url
				),
				key: `registration:${after.id}:promoted:${after.sequence}`,
				ics: await participantIcs(tx, ev, after, url),
				qrFor: after.id
			});
		});
	}
	if (promoted.length) await syncSeatCounts(tx, ev.id);
	return promoted;
}
