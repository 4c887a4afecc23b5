/** Promotion from the waitlist when seats free up. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { registrationOptions, registrations } from '../schema';
import { now } from '../../clock';
import { eventTemplates, type EventRow, type RegistrationRow } from '../mail';
import { queueParticipantMails } from '../batch-mail';
import {
	capacityFor,
	freeSeats,
	optionCounts,
	seatCountsByWay,
	seatPendingOptions,
	syncSeatCounts,
	wayOf
} from './seats';
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
	// With the seat come the options they ticked (behind those already waiting for them), in order.
	const options = new Map<number, Awaited<ReturnType<typeof seatPendingOptions>>>();
	for (const r of promoted) options.set(r.id, await seatPendingOptions(tx, ev, r.id));
	await queueParticipantMails(
		tx,
		ev,
		promoted.map((r) => ({ registration: r, link: true, ics: 'request' as const })),
		(after, url, ics) => ({
			kind: 'promoted',
			to: after.email!,
			content: eventTemplates.promoted(
				attendeeView(ev, attendanceOf(ev, after)),
				after.name,
				url!,
				options.get(after.id)
			),
			key: `registration:${after.id}:promoted:${after.sequence}`,
			ics,
			qrFor: after.id
		})
	);
	await syncSeatCounts(tx, ev.id);
	return promoted;
}

/**
 * Gives an option's free places to the first on its waitlist, in order, and tells each by
 * e-mail (call with the event row locked; `only`: just these options). Nothing happens once
 * the event has started. The number promoted.
 */
export async function promoteOptionWaitlists(
	tx: Tx,
	ev: EventRow,
	only?: number[]
): Promise<number> {
	const at = now();
	if (ev.status !== 'published' || at >= ev.startsAt) return 0;
	if (only && only.length === 0) return 0;
	let count = 0;
	for (const o of await optionCounts(tx, ev.id)) {
		if (only && !only.includes(o.id)) continue;
		if (o.waitlisted === 0) continue;
		const free = freeSeats(o.capacity, o);
		if (free <= 0) continue;
		const next = await tx
			.select({ registration: registrations, waitlistedAt: registrationOptions.waitlistedAt })
			.from(registrationOptions)
			.innerJoin(registrations, eq(registrations.id, registrationOptions.registrationId))
			.where(
				and(eq(registrationOptions.optionId, o.id), eq(registrationOptions.status, 'waitlisted'))
			)
			.orderBy(asc(registrationOptions.waitlistedAt), asc(registrationOptions.registrationId))
			.limit(free)
			.for('update');
		if (next.length === 0) continue;
		await tx
			.update(registrationOptions)
			.set({ status: 'confirmed', waitlistedAt: null })
			.where(
				and(
					eq(registrationOptions.optionId, o.id),
					inArray(
						registrationOptions.registrationId,
						next.map((n) => n.registration.id)
					)
				)
			);
		count += next.length;
		const waitedSince = new Map(next.map((n) => [n.registration.id, n.waitlistedAt]));
		await queueParticipantMails(
			tx,
			ev,
			next.map((n) => ({ registration: n.registration, link: true })),
			(r, url) => ({
				kind: 'option-promoted',
				to: r.email!,
				content: eventTemplates.optionPromoted(ev, r.name, o.name, url!),
				key: `registration:${r.id}:option:${o.id}:promoted:${waitedSince.get(r.id)?.getTime() ?? 0}`
			})
		);
	}
	return count;
}
