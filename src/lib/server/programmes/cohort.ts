/**
 * The cohort: the municipalities taking part in a programme now (status «deltar»), and the
 * rule for gatherings limited to them: a signed-in member of such a municipality's group may
 * register, nobody else. The registration service asks `cohortAccess` before it registers.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import type { Actor } from '../accounts/actor';
import { programmeParticipants, programmes } from './schema';

export type CohortAccess =
	| { ok: true; municipalityNumber: string }
	| { ok: false; reason: 'login' | 'outsider'; message: string };

/** The pure rule: the first of the person's municipalities that is in the cohort. */
export function cohortRule(
	actor: Pick<Actor, 'memberships'> | null,
	cohort: readonly string[],
	programmeName: string
): CohortAccess {
	if (!actor)
		return {
			ok: false,
			reason: 'login',
			message: `Påmeldingen er bare for kommunegruppene i programmet «${programmeName}». Logg inn med kontoen din i kommunegruppen for å melde deg på.`
		};
	const member = actor.memberships.find((m) => cohort.includes(m.municipalityNumber));
	if (!member)
		return {
			ok: false,
			reason: 'outsider',
			message: `Påmeldingen er bare for kommunegruppene i kommunene som deltar i programmet «${programmeName}». Du er ikke med i en slik kommunegruppe, så du kan ikke melde deg på her. Er du med i arbeidet i en av kommunene, kan koordinatoren legge deg til i gruppen.`
		};
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
