/** The participant changes their details and answers through their private link. */
import { eq } from 'drizzle-orm';
import { db } from '../../db/client';
import { registrations } from '../schema';
import { InvalidError } from '../../errors';
import { now } from '../../clock';
import { checkDetails, type RegistrationDetails } from './details';
import { badLink, lockByToken, registrationByToken } from './links';
import { toFormQuestion } from './target';

/** The participant changes their details and answers (until the event starts). */
export async function updateRegistration(token: string, d: RegistrationDetails): Promise<void> {
	const found = await registrationByToken(token);
	if (!found) throw badLink();
	const details = await checkDetails(found.event, found.questions.map(toFormQuestion), d);
	await db.transaction(async (tx) => {
		const { ev, reg } = await lockByToken(tx, token);
		if (reg.status === 'cancelled') throw new InvalidError('problems.events.cancelledByYou');
		if (now() >= ev.startsAt) throw new InvalidError('problems.events.started');
		await tx
			.update(registrations)
			.set({
				...details,
				// Consent given earlier stays valid while the text stays.
				dietaryConsentAt: details.dietary ? (reg.dietaryConsentAt ?? now()) : null,
				accessibilityConsentAt: details.accessibility
					? (reg.accessibilityConsentAt ?? now())
					: null,
				sequence: reg.sequence + 1,
				updatedAt: now()
			})
			.where(eq(registrations.id, reg.id));
	});
}
