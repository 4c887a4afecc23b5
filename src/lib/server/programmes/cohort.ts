/**
 * The cohort: the municipalities taking part in a programme now (status «deltar»), and the
 * rule for gatherings limited to them: a signed-in member of such a municipality's group may
 * register, nobody else. The registration service asks `cohortAccess` before it registers.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import type { Actor } from '../accounts/actor';
import { message, type MessageKey } from '$lib/i18n';
import { programmeParticipants, programmes } from './schema';

export type CohortAccess =
	| { ok: true; municipalityNumber: string }
	| {
			ok: false;
			reason: 'login' | 'outsider';
			/** The catalogue key and values of the refusal, and its text in the request's language. */
			key: MessageKey;
			values: { programme: string };
			message: string;
	  };

const refusal = (reason: 'login' | 'outsider', programme: string): CohortAccess => {
	const key = reason === 'login' ? 'problems.cohort.login' : 'problems.cohort.outsider';
	const values = { programme };
	return { ok: false, reason, key, values, message: message(key, values) };
};

/** The pure rule: the first of the person's municipalities that is in the cohort. */
export function cohortRule(
	actor: Pick<Actor, 'memberships'> | null,
	cohort: readonly string[],
	programmeName: string
): CohortAccess {
	if (!actor) return refusal('login', programmeName);
	const member = actor.memberships.find((m) => cohort.includes(m.municipalityNumber));
	if (!member) return refusal('outsider', programmeName);
	return { ok: true, municipalityNumber: member.municipalityNumber };
}

/** Municipalities in the programme's cohort now. */
export async function cohortOf(programmeId: number): Promise<string[]> {
	const rows = await db
		.select({ nr: programmeParticipants.municipalityNumber })
		.from(programmeParticipants)
		.where(
			and(
				eq(programmeParticipants.programmeId, programmeId),
				eq(programmeParticipants.status, 'deltar')
			)
		);
	return rows.map((r) => r.nr);
}

/** May this person register for a gathering limited to the programme's cohort? */
export async function cohortAccess(
	actor: Pick<Actor, 'memberships'> | null,
	programmeId: number
): Promise<CohortAccess> {
	const [p] = await db
		.select({ name: programmes.name })
		.from(programmes)
		.where(eq(programmes.id, programmeId));
	const name = p?.name ?? 'programmet';
	const mine = actor?.memberships.map((m) => m.municipalityNumber) ?? [];
	const cohort =
		actor && mine.length
			? (
					await db
						.select({ nr: programmeParticipants.municipalityNumber })
						.from(programmeParticipants)
						.where(
							and(
								eq(programmeParticipants.programmeId, programmeId),
								eq(programmeParticipants.status, 'deltar'),
								inArray(programmeParticipants.municipalityNumber, mine)
							)
						)
				).map((r) => r.nr)
			: [];
	return cohortRule(actor, cohort, name);
}
