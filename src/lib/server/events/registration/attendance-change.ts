/**
 * A hybrid registration moves between the room and the net: by the participant on their
 * private page (update.ts) or by staff on the participant list. Under the event's lock the
 * person takes a seat of the other way, or its waitlist when those are full; the seat left
 * behind goes to the first waiting for it; and the person is told by e-mail with the new way
 * (the meeting link only when on the net) and a new personal calendar file (iTIP REQUEST
 * with a higher SEQUENCE, or CANCEL when the seat is gone).
 */
import { eq } from 'drizzle-orm';
import { db, type Tx } from '../../db/client';
import { withLanguage } from '../../i18n';
import { registrations } from '../schema';
import type { Actor } from '../../accounts/actor';
import { recordAudit, storedText } from '../../accounts/audit';
import { InvalidError } from '../../errors';
import { kickMail } from '../../mail/send';
import { now } from '../../clock';
import { m } from '$lib/i18n';
import type { Attendance } from '$lib/forms/events';
import { attendanceOf, attendeeView } from '../attendance';
import {
	eventTemplates,
	participantIcs,
	queueEventMail,
	type EventRow,
	type RegistrationRow
} from '../mail';
import { lockManaged } from '../events.admin';
import {
	capacityFor,
	place,
	seatCountsByWay,
	seatPendingOptions,
	suspendOptions,
	syncSeatCounts,
	waitlistPosition
} from './seats';
import { promoteFromWaitlist, promoteOptionWaitlists } from './waitlist';
import { lockRegistration, newLink } from './links';

/** The seat a move to `to` gets (counted without this registration, which leaves its way). */
export async function seatFor(tx: Tx, ev: EventRow, to: Attendance) {
	const byWay = await seatCountsByWay(ev, tx);
	const status = place(capacityFor(ev, to), byWay[to]);
	return status === 'confirmed'
		? { status, confirmedAt: now(), waitlistedAt: null }
		: { status, confirmedAt: null, waitlistedAt: now() };
}

/**
 * After the row is written (`after` attends the new way): the seat left behind goes on, and
 * the person gets the mail with their new way and calendar file. Call with the event locked.
 */
export async function afterAttendanceMoved(
	tx: Tx,
	ev: EventRow,
	before: RegistrationRow,
	after: RegistrationRow
) {
	// Options follow the seat: lost with it (back to pending), placed with a new one.
	if (before.status === 'confirmed' && after.status === 'waitlisted')
		await promoteOptionWaitlists(tx, ev, await suspendOptions(tx, after.id));
	if (before.status === 'waitlisted' && after.status === 'confirmed')
		await seatPendingOptions(tx, ev, after.id);
	await syncSeatCounts(tx, ev.id);
	await promoteFromWaitlist(tx, ev);
	const email = after.email;
	if (!email) return;
	const way = attendanceOf(ev, after);
	const seat = after.status === 'confirmed';
	const hadSeat = before.status === 'confirmed';
	await withLanguage(after.lang, async () => {
		const url = await newLink(tx, after.id);
		await queueEventMail(tx, {
			kind: 'attendance-changed',
			to: email,
			content: eventTemplates.attendanceChanged(
				attendeeView(ev, way),
				after.name,
				m.app.events.attendance[way],
				seat ? null : await waitlistPosition(after, tx, ev),
				hadSeat,
				url
			),
			key: `registration:${after.id}:attendance:${after.sequence}`,
			// A seat: the file with the new way replaces the old; none left: the old one goes.
			ics: seat
				? await participantIcs(tx, ev, after, url)
				: hadSeat
					? await participantIcs(tx, ev, after, null, true)
					: undefined
		});
	});
}

/** Staff move someone at a hybrid event to the other way of attending. */
export async function changeAttendanceByStaff(
	actor: Actor,
	eventId: number,
	registrationId: number,
	to: Attendance
): Promise<'confirmed' | 'waitlisted' | null> {
	const moved = await db.transaction(async (tx) => {
		const ev = await lockManaged(tx, actor, eventId);
		if (ev.format !== 'hybrid') throw new InvalidError('problems.events.attendanceNotHybrid');
		const reg = await lockRegistration(tx, eventId, registrationId);
		if (reg.status === 'cancelled') throw new InvalidError('problems.events.attendanceCancelled');
		if (now() >= ev.endsAt) throw new InvalidError('problems.events.endedMove');
		if (attendanceOf(ev, reg) === to) return null;
		const seat = await seatFor(tx, ev, to);
		const [after] = await tx
			.update(registrations)
			.set({ attendance: to, ...seat, sequence: reg.sequence + 1, updatedAt: now() })
			.where(eq(registrations.id, reg.id))
			.returning();
		await afterAttendanceMoved(tx, ev, reg, after);
		await recordAudit(tx, actor, {
			action: 'arrangement.deltaker-flyttet',
			entityType: 'arrangement',
			entityId: eventId,
			summary: storedText('afterEvent.audit.attendanceMoved', {
				id: reg.id,
				title: ev.title,
				way: storedText(`app.events.attendance.${to}`)
			})
		});
		return seat.status;
	});
	if (moved) await kickMail();
	return moved;
}
