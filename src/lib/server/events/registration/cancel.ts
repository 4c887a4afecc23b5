/** The participant cancels through their private link. */
import { eq } from 'drizzle-orm';
import { db } from '../../db/client';
import { registrations } from '../schema';
import { InvalidError } from '../../errors';
import { kickMail } from '../../mail/send';
import { invalidatePublic } from '../../cache/public-cache';
import { now } from '../../clock';
import { withLanguage } from '../../i18n';
import { eventTemplates, participantIcs, queueEventMail } from '../mail';
import { lockByToken } from './links';
import { releaseOptions, syncSeatCounts } from './seats';
import { promoteFromWaitlist, promoteOptionWaitlists } from './waitlist';

/** The participant cancels: their seat goes to the first on the waitlist. */
export async function cancelRegistration(token: string): Promise<{ promoted: number }> {
	const promoted = await db.transaction(async (tx) => {
		const { ev, reg } = await lockByToken(tx, token);
		if (reg.status === 'cancelled') return 0;
		const at = now();
		if (at >= ev.endsAt) throw new InvalidError('problems.events.endedCancel');
		const [after] = await tx
			.update(registrations)
			.set({ status: 'cancelled', cancelledAt: at, sequence: reg.sequence + 1, updatedAt: at })
			.where(eq(registrations.id, reg.id))
			.returning();
		if (after.email)
			await queueEventMail(tx, {
				kind: 'self-cancelled',
				to: after.email,
				...(await withLanguage(after.lang, async () => ({
					content: eventTemplates.selfCancelled(ev, after.name, reg.status === 'waitlisted'),
					ics:
						reg.status === 'confirmed' ? await participantIcs(tx, ev, after, null, true) : undefined
				}))),
				key: `registration:${after.id}:self-cancelled:${after.sequence}`
			});
		// Its option places go to the first waiting for each, then its seat.
		await promoteOptionWaitlists(tx, ev, await releaseOptions(tx, reg.id));
		const promoted = reg.status === 'confirmed' ? (await promoteFromWaitlist(tx, ev)).length : 0;
		await syncSeatCounts(tx, ev.id);
		return promoted;
	});
	await kickMail();
	invalidatePublic();
	return { promoted };
}
