/** Registering for an event: a seat if one is free (and nobody waits), otherwise the waitlist. */
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '../../db/client';
import { registrations, registrationTokens } from '../schema';
import { generateToken, hashToken } from '../../accounts/tokens';
import { normaliseEmail } from '../../accounts/passwords';
import { InvalidError, NotFoundError } from '../../errors';
import { invalidatePublic } from '../../cache/public-cache';
import { now } from '../../clock';
import { currentLang } from '$lib/i18n';
import { withLanguage } from '../../i18n';
import { cohortAccess } from '../../programmes/cohort';
import type { Actor } from '../../accounts/actor';
import { eventTemplates, manageUrl, queueEventMail, type EventRow } from '../mail';
import { checkDetails, type RegistrationData } from './details';
import { allocate, type OptionPlace } from './seats';
import { checkOptions } from './options';
import { registrationTarget, type RegistrationTarget } from './target';
import { kickMailSoon } from './delivery';

export type RegisterResult =
	| {
			kind: 'registered';
			registrationId: number;
			/** The private link's token (the page after registering goes there). */
			token: string;
			status: 'confirmed' | 'waitlisted';
			position: number | null;
			/** Places on the options ticked. */
			options: OptionPlace[];
	  }
	| { kind: 'already'; email: string; resent: boolean };

/**
 * Registers someone (seats: see `seats.ts`). The same address again for the same event gets
 * no second seat: the link is sent again.
 */
export async function register(
	target: RegistrationTarget | number,
	data: RegistrationData,
	/** The signed-in person; needed for gatherings limited to a programme's cohort. */
	actor: Pick<Actor, 'memberships'> | null = null
): Promise<RegisterResult> {
	const t = typeof target === 'number' ? await registrationTarget({ id: target }) : target;
	if (!t) throw new NotFoundError('problems.events.notFound');
	const ev = t.event;
	if (ev.cohortOnly && ev.programmeId !== null) {
		const access = await cohortAccess(actor, ev.programmeId);
		if (!access.ok) throw new InvalidError(access.key, access.values);
		// The registration counts for the municipality the person takes part for.
		if (!data.municipality.trim()) data = { ...data, municipality: access.municipalityNumber };
	}
	const details = await checkDetails(ev, t.questions, data);
	const options = await checkOptions(ev.id, data.options);
	const email = normaliseEmail(data.email);
	const token = generateToken();
	const outcome = await allocate(ev.id, {
		details,
		email,
		token,
		at: now(),
		lang: currentLang(),
		options
	});
	if (outcome.kind === 'already') return alreadyRegistered(ev, email, token);
	if (outcome.kind === 'closed') throw new InvalidError(outcome.key, outcome.values);
	kickMailSoon();
	invalidatePublic();
	return {
		kind: 'registered',
		registrationId: outcome.id,
		token,
		status: outcome.status,
		position: outcome.position,
		options: outcome.options ?? []
	};
}

/** At most one such e-mail per registration per quarter of an hour (no mail bombing). */
async function alreadyRegistered(
	ev: EventRow,
	email: string,
	token: string
): Promise<RegisterResult> {
	const result = await db.transaction(async (tx) => {
		const [reg] = await tx
			.select()
			.from(registrations)
			.where(
				and(
					eq(registrations.eventId, ev.id),
					eq(registrations.email, email),
					inArray(registrations.status, ['confirmed', 'waitlisted'])
				)
			);
		if (!reg) return null;
		const bucket = Math.floor(now().getTime() / (15 * 60_000));
		const queued = await queueEventMail(tx, {
			kind: 'link',
			to: email,
			content: withLanguage(reg.lang, () =>
				eventTemplates.linkAgain(ev, reg.name, manageUrl(token))
			),
			key: `registration:${reg.id}:link:${bucket}`
		});
		if (queued !== null)
			await tx
				.insert(registrationTokens)
				.values({ hash: hashToken(token), registrationId: reg.id, createdAt: now() });
		return { kind: 'already' as const, email, resent: queued !== null };
	});
	// The other registration was cancelled in between: try again.
	if (!result) throw new InvalidError('problems.events.retry');
	if (result.resent) kickMailSoon();
	return result;
}
