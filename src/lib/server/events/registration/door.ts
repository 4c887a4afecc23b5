/**
 * Staff register someone by hand: a walk-in at the door, or a person who phoned. The same
 * checks as everyone else (their details, one registration per address, the seat rule under
 * the event's lock in `seats.ts`), with three differences staff need: the deadline, the opening
 * time and the start do not apply (only a draft or cancelled event is closed); staff may give a
 * seat on purpose when the event is full (`overbook`, a choice they tick, audited as such);
 * and a person with a seat can be checked in at once. The event's questions (its own, dietary
 * and accessibility needs) are asked and checked as on the public form; an address is needed,
 * since the private link (and later the certificate) goes to it.
 */
import { and, eq, ne } from 'drizzle-orm';
import { db } from '../../db/client';
import { registrations } from '../schema';
import type { Actor } from '../../accounts/actor';
import { managedEvent } from '../events.admin';
import { recordAudit, storedText } from '../../accounts/audit';
import { generateToken } from '../../accounts/tokens';
import { invalidatePublic } from '../../cache/public-cache';
import { FieldError, InvalidError } from '../../errors';
import { now } from '../../clock';
import { currentLang } from '$lib/i18n';
import { normaliseEmail } from '../../accounts/passwords';
import { checkDetails, type RegistrationData } from './details';
import { questionsOf, toFormQuestion } from './target';
import { capacityFor, seatCountsByWay, seatTogether } from './seats';
import { kickMailSoon } from './delivery';
import { checkOptions } from './options';

export interface DoorInput
	extends
		Pick<
			RegistrationData,
			'name' | 'email' | 'role' | 'municipality' | 'organisation' | 'attendance'
		>,
		Partial<
			Pick<
				RegistrationData,
				'dietary' | 'dietaryConsent' | 'accessibility' | 'accessibilityConsent' | 'answers'
			>
		> {
	/** Give a seat even when the event is full. */
	overbook: boolean;
	/** Check the person in at once (with a seat only). */
	checkIn: boolean;
	/** The options ticked (form values: ids); places by the same rule (`overbook` is for the seat only). */
	options?: unknown;
}

export interface DoorResult {
	registrationId: number;
	status: 'confirmed' | 'waitlisted';
	position: number | null;
	checkedIn: boolean;
	overbooked: boolean;
}

export async function registerByStaff(
	actor: Actor,
	eventId: number,
	input: DoorInput
): Promise<DoorResult> {
	const ev = await managedEvent(actor, eventId, 'arrangement.pamelding-manuelt');
	// The same questions and checks as the public form.
	const questions = (await questionsOf(ev.id)).map(toFormQuestion);
	const details = await checkDetails(ev, questions, {
		...input,
		dietary: input.dietary ?? '',
		dietaryConsent: input.dietaryConsent ?? false,
		answers: input.answers ?? {}
	});
	const options = await checkOptions(ev.id, input.options);
	const email = normaliseEmail(input.email);
	const [existing] = await db
		.select({ id: registrations.id })
		.from(registrations)
		.where(
			and(
				eq(registrations.eventId, ev.id),
				eq(registrations.email, email),
				ne(registrations.status, 'cancelled')
			)
		);
	if (existing) throw new FieldError('email', 'signup.problems.already', { email });
	const at = now();
	let checkedIn = false;
	let overbooked = false;
	const [outcome] = await seatTogether(
		ev.id,
		[{ details, email, token: generateToken(), at, lang: currentLang(), options }],
		{
			byStaff: true,
			overbook: input.overbook,
			inTransaction: async (tx, locked, [o]) => {
				if (o.kind !== 'registered') return;
				// Overbooked: the seat was given past the capacity (or past people waiting).
				if (locked.format === 'hybrid') {
					// Against the seats of the way the person attends (counted with them in).
					const way = details.attendance;
					const cap = capacityFor(locked, way);
					const c = (await seatCountsByWay(locked, tx))[way];
					overbooked =
						o.status === 'confirmed' && cap !== null && (c.confirmed > cap || c.waitlisted > 0);
				} else
					overbooked =
						o.status === 'confirmed' &&
						locked.capacity !== null &&
						(locked.confirmedCount >= locked.capacity || locked.waitlistedCount > 0);
				checkedIn = input.checkIn && o.status === 'confirmed';
				if (checkedIn)
					await tx.update(registrations).set({ attendedAt: at }).where(eq(registrations.id, o.id));
				await recordAudit(tx, actor, {
					action: 'arrangement.pamelding-manuelt',
					entityType: 'arrangement',
					entityId: locked.id,
					summary: [
						storedText('signup.audit.door', { id: o.id, title: locked.title }),
						...(overbooked ? [storedText('signup.audit.overbooked')] : []),
						...(checkedIn ? [storedText('signup.audit.checkedIn')] : [])
					],
					after: { registrationId: o.id, status: o.status, overbooked, checkedIn }
				});
			}
		}
	);
	if (outcome.kind === 'closed') throw new InvalidError(outcome.key, outcome.values);
	if (outcome.kind === 'already')
		throw new FieldError('email', 'signup.problems.already', { email });
	kickMailSoon();
	invalidatePublic();
	return {
		registrationId: outcome.id,
		status: outcome.status,
		position: outcome.position,
		checkedIn,
		overbooked
	};
}
