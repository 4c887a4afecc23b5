/**
 * A municipal coordinator registers several people from their municipality at once. Each
 * person is a registration of their own (own confirmation, own private link), seated one
 * after the other in the order of the rows, under the same lock and rule as everyone else
 * (`seats.ts`). Seats are per person, not all or nothing: the rows that fit get a seat and
 * the rest go on the waitlist in their order, as they would had they registered themselves
 * that moment, and the coordinator is shown who got what. (All or nothing would leave the
 * whole group out for want of one seat, and push them behind later singles on the waitlist.)
 *
 * Questions the event asks each participant cannot be answered by someone else: an event with
 * required questions takes no group registration. Dietary needs are not asked (they need the
 * person's own consent); each can add them through their private link.
 */
import { and, eq, inArray, ne } from 'drizzle-orm';
import { db } from '../../db/client';
import { registrations } from '../schema';
import type { Actor } from '../../accounts/actor';
import { authorize, can } from '../../accounts/permissions';
import { recordAudit, storedText } from '../../accounts/audit';
import { generateToken } from '../../accounts/tokens';
import { invalidatePublic } from '../../cache/public-cache';
import { InvalidError, NotFoundError, ServiceError } from '../../errors';
import { now } from '../../clock';
import { currentLang, type MessageKey, type MessageValues } from '$lib/i18n';
import { email as emailField } from '$lib/forms/fields';
import { cohortAccess } from '../../programmes/cohort';
import { checkDetails, type Details } from './details';
import { seatCountsByWay, seatsLeftFor, seatTogether, type Seeker } from './seats';
import { registrationTarget } from './target';
import { kickMailSoon } from './delivery';
import { checkOptions, offeredOptions } from './options';
import { municipalityChoices } from '../municipalities';
import { registrationWindow } from '../state';

/** At most this many people in one group registration. */
export const GROUP_ROWS_MAX = 20;

export interface GroupRow {
	name: string;
	email: string;
	role: string;
	/** A hybrid event: how this person attends ('fysisk' or 'digitalt'). */
	attendance?: string;
}

export type GroupField = keyof GroupRow | 'consent';
export interface GroupProblem {
	/** 0-based row index; -1 for the form as a whole (the coordinator's confirmation). */
	row: number;
	field: GroupField;
	key: MessageKey;
	values?: MessageValues;
}

export interface GroupSeat {
	name: string;
	email: string;
	status: 'confirmed' | 'waitlisted' | 'already';
	position: number | null;
}

export type GroupResult =
	{ kind: 'invalid'; problems: GroupProblem[] } | { kind: 'registered'; seats: GroupSeat[] };

export const isBlankRow = (r: GroupRow) => !r.name.trim() && !r.email.trim() && !r.role.trim();

/** The event as the group page shows it, if this coordinator may register a group for it. */
export async function groupTarget(actor: Actor, municipalityNumber: string, slug: string) {
	authorize(
		actor,
		(a) => can.coordinate(a, municipalityNumber),
		'arrangement.gruppepamelding',
		slug,
		'signup.problems.notCoordinator'
	);
	const t = await registrationTarget({ slug });
	if (!t || t.event.status === 'draft') throw new NotFoundError('problems.events.notFound');
	return t;
}

/**
 * Registers the rows (blank rows are left out). Nothing is registered while any row has a
 * problem: each is reported beside its field (missing name, bad address, a role not on the
 * list, an address twice in the group, an address already registered), and while the
 * coordinator has not confirmed they agreed it with the people.
 */
export async function registerGroup(
	actor: Actor,
	municipalityNumber: string,
	slug: string,
	input: GroupRow[],
	/** The coordinator confirms they agreed the registration with the people. */
	agreed: boolean,
	/** The options ticked for everyone in the group (ids as text). */
	optionsTicked: string[] = []
): Promise<GroupResult> {
	const t = await groupTarget(actor, municipalityNumber, slug);
	const ev = t.event;
	if (t.questions.some((q) => q.required)) throw new InvalidError('signup.problems.questions');
	const options = await checkOptions(ev.id, optionsTicked);
	if (ev.cohortOnly && ev.programmeId !== null) {
		// The municipality itself must be in the programme's cohort.
		const own = actor.memberships.filter((x) => x.municipalityNumber === municipalityNumber);
		const access = await cohortAccess({ memberships: own }, ev.programmeId);
		if (!access.ok) throw new InvalidError(access.key, access.values);
	}
	const rows = input
		.slice(0, GROUP_ROWS_MAX)
		.map((r, row) => ({ ...r, row }))
		.filter((r) => !isBlankRow(r));
	if (rows.length === 0)
		return { kind: 'invalid', problems: [{ row: 0, field: 'name', key: 'signup.problems.empty' }] };

	const problems: GroupProblem[] = agreed
		? []
		: [{ row: -1, field: 'consent', key: 'signup.group.consentMissing' }];
	const people: { row: number; details: Details; email: string }[] = [];
	const seen = new Set<string>();
	const rowEmail = new Map<number, string>();
	const addressCheck = emailField();
	for (const r of rows) {
		let details: Details | null = null;
		try {
			details = await checkDetails(ev, [], {
				name: r.name,
				municipality: municipalityNumber,
				organisation: '',
				role: r.role,
				attendance: r.attendance,
				dietary: '',
				dietaryConsent: false,
				answers: {}
			});
		} catch (e) {
			if (!(e instanceof ServiceError) || !e.field) throw e;
			problems.push({ row: r.row, field: e.field as GroupField, key: e.key, values: e.values });
		}
		const parsed = addressCheck.safeParse(r.email);
		if (!parsed.success) {
			problems.push({
				row: r.row,
				field: 'email',
				key: r.email.trim() ? 'signup.problems.emailInvalid' : 'signup.problems.emailMissing'
			});
			continue;
		}
		const email = parsed.data;
		rowEmail.set(r.row, email);
		if (seen.has(email)) {
			problems.push({
				row: r.row,
				field: 'email',
				key: 'signup.problems.twice',
				values: { email }
			});
			continue;
		}
		seen.add(email);
		if (details) people.push({ row: r.row, details, email });
	}
	// Already registered (before anything is seated; one registered meanwhile shows as «already»).
	const emails = [...seen];
	const taken = new Set(
		emails.length
			? (
					await db
						.select({ email: registrations.email })
						.from(registrations)
						.where(
							and(
								eq(registrations.eventId, ev.id),
								inArray(registrations.email, emails),
								ne(registrations.status, 'cancelled')
							)
						)
				).map((r) => r.email)
			: []
	);
	for (const r of rows) {
		const email = rowEmail.get(r.row);
		if (email && taken.has(email) && !problems.some((p) => p.row === r.row && p.field === 'email'))
			problems.push({
				row: r.row,
				field: 'email',
				key: 'signup.problems.already',
				values: { email }
			});
	}
	if (problems.length) return { kind: 'invalid', problems: problems.sort((a, b) => a.row - b.row) };

	const at = now();
	const lang = currentLang();
	const seekers: Seeker[] = people.map((p) => ({
		details: p.details,
		email: p.email,
		token: generateToken(),
		at,
		lang,
		options
	}));
	const outcomes = await seatTogether(ev.id, seekers, {
		inTransaction: async (tx, locked, outs) => {
			const seated = outs.filter((o) => o.kind === 'registered');
			if (!seated.length) return;
			const confirmed = seated.filter((o) => o.status === 'confirmed').length;
			await recordAudit(tx, actor, {
				action: 'arrangement.gruppepamelding',
				entityType: 'arrangement',
				entityId: locked.id,
				summary: storedText('signup.audit.group', {
					title: locked.title,
					municipality: municipalityNumber,
					count: seated.length,
					confirmed,
					waitlisted: seated.length - confirmed
				}),
				after: { municipalityNumber, registrationIds: seated.map((o) => o.id) }
			});
		}
	});
	const closed = outcomes.find((o) => o.kind === 'closed');
	if (closed) throw new InvalidError(closed.key, closed.values);
	kickMailSoon();
	invalidatePublic();
	return {
		kind: 'registered',
		seats: people.map((p, i) => {
			const o = outcomes[i];
			return {
				name: p.details.name,
				email: p.email,
				status: o.kind === 'registered' ? o.status : 'already',
				position: o.kind === 'registered' ? o.position : null
			};
		})
	};
}

/** What the group page shows: the event, the municipality, whether seats can be had now. */
export async function groupPage(actor: Actor, municipalityNumber: string, slug: string) {
	const t = await groupTarget(actor, municipalityNumber, slug);
	const ev = t.event;
	const window = registrationWindow(ev, now());
	const municipality =
		(await municipalityChoices()).find((c) => c.number === municipalityNumber)?.label ??
		municipalityNumber;
	return {
		event: {
			slug: ev.slug,
			title: ev.title,
			type: ev.type,
			startsAt: ev.startsAt,
			endsAt: ev.endsAt,
			format: ev.format,
			venue: ev.venue,
			address: ev.address,
			capacity: ev.capacity,
			seatsLeft: seatsLeftFor(
				ev,
				ev.confirmedCount,
				ev.format === 'hybrid' ? await seatCountsByWay(ev) : null
			),
			waitlisted: ev.waitlistedCount
		},
		municipality,
		window: window.open ? null : window.message,
		offered: await offeredOptions(ev.id),
		asksQuestions: t.questions.some((q) => q.required)
	};
}

/** The municipalities this person coordinates (where they may register a group). */
export async function coordinatedMunicipalities(actor: Actor) {
	const mine = actor.memberships.filter((x) => x.role === 'koordinator');
	const all = await municipalityChoices();
	return mine.map((x) => ({
		number: x.municipalityNumber,
		name: all.find((c) => c.number === x.municipalityNumber)?.label ?? x.municipalityNumber
	}));
}
