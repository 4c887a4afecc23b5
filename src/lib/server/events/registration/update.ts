/** The participant changes their details and answers through their private link. */
import { eq } from 'drizzle-orm';
import { db, type Tx } from '../../db/client';
import type { EventRow } from '../mail';
import { registrationOptions, registrations } from '../schema';
import { InvalidError } from '../../errors';
import { now } from '../../clock';
import { checkDetails, type RegistrationDetails } from './details';
import { badLink, lockByToken, registrationByToken } from './links';
import { toFormQuestion } from './target';
import { attendanceOf } from '../attendance';
import { releaseOptions, seatOptions } from './seats';
import { promoteOptionWaitlists } from './waitlist';
import { checkOptions } from './options';
import { afterAttendanceMoved, seatFor } from './attendance-change';
import { kickMail } from '../../mail/send';

/**
 * The participant changes their details and answers (until the event starts). At a hybrid
 * event they may change the way they attend: under the event's lock they move to the other
 * way's seats, or to its waitlist when those are full (the answer says which); a seat they
 * leave goes to the first waiting for it.
 */
export async function updateRegistration(
	token: string,
	d: RegistrationDetails
): Promise<{ moved: 'confirmed' | 'waitlisted' | null }> {
	const found = await registrationByToken(token);
	if (!found) throw badLink();
	const details = await checkDetails(found.event, found.questions.map(toFormQuestion), d);
	const wanted = d.options === undefined ? null : await checkOptions(found.event.id, d.options);
	const result = await db.transaction(
		async (tx): Promise<{ moved: 'confirmed' | 'waitlisted' | null }> => {
			const { ev, reg } = await lockByToken(tx, token);
			if (reg.status === 'cancelled') throw new InvalidError('problems.events.cancelledByYou');
			if (now() >= ev.startsAt) throw new InvalidError('problems.events.started');
			const from = attendanceOf(ev, reg);
			const to = details.attendance;
			// Counted without this registration: it leaves its own way's seat or queue.
			const seat = from !== to ? await seatFor(tx, ev, to) : null;
			const [after] = await tx
				.update(registrations)
				.set({
					...details,
					...(seat ?? {}),
					// Consent given earlier stays valid while the text stays.
					dietaryConsentAt: details.dietary ? (reg.dietaryConsentAt ?? now()) : null,
					accessibilityConsentAt: details.accessibility
						? (reg.accessibilityConsentAt ?? now())
						: null,
					sequence: reg.sequence + 1,
					updatedAt: now()
				})
				.where(eq(registrations.id, reg.id))
				.returning();
			if (wanted) await changeOptions(tx, ev, reg.id, after.status === 'confirmed', wanted);
			if (!seat) return { moved: null };
			// The seat left behind goes on; the person gets their new way and calendar file.
			await afterAttendanceMoved(tx, ev, reg, after);
			return { moved: seat.status };
		}
	);
	if (result.moved || wanted) await kickMail();
	return result;
}

/**
 * The options ticked on the private page (call with the event row locked): unticked ones are
 * given up (the first waiting for each gets the place), newly ticked ones placed by the seat
 * rule, the others kept as they are (a place, or the place in the queue).
 */
async function changeOptions(
	tx: Tx,
	ev: EventRow,
	registrationId: number,
	seated: boolean,
	wanted: number[]
) {
	const had = (
		await tx
			.select({ optionId: registrationOptions.optionId })
			.from(registrationOptions)
			.where(eq(registrationOptions.registrationId, registrationId))
	).map((r) => r.optionId);
	const dropped = had.filter((id) => !wanted.includes(id));
	const added = wanted.filter((id) => !had.includes(id));
	await promoteOptionWaitlists(tx, ev, await releaseOptions(tx, registrationId, dropped));
	await seatOptions(tx, ev, [{ registrationId, seated, options: added, at: now() }]);
}
