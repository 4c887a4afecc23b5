/** The participant deletes their registration through their private link. */
import { eq } from 'drizzle-orm';
import { db } from '../../db/client';
import { registrations } from '../schema';
import { kickMail } from '../../mail/send';
import { invalidatePublic } from '../../cache/public-cache';
import { forgetMailOf } from '../forget-mail';
import { lockByToken } from './links';
import { releaseOptions, syncSeatCounts } from './seats';
import { promoteFromWaitlist, promoteOptionWaitlists } from './waitlist';

/** The participant deletes their registration and everything in it; a seat they held goes on. */
export async function deleteRegistration(token: string): Promise<void> {
	await db.transaction(async (tx) => {
		const { ev, reg } = await lockByToken(tx, token);
		await forgetMailOf(tx, reg);
		const freed = await releaseOptions(tx, reg.id);
		await tx.delete(registrations).where(eq(registrations.id, reg.id));
		await promoteOptionWaitlists(tx, ev, freed);
		if (reg.status === 'confirmed') await promoteFromWaitlist(tx, ev);
		await syncSeatCounts(tx, ev.id);
	});
	await kickMail();
	invalidatePublic();
}
