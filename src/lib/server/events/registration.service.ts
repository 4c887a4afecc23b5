/**
 * Registering for an event, and what a participant does with their registration through
 * their private link: see it, change it, cancel it, delete it. Seats are handed out under
 * a lock on the event row (check and insert in one transaction), so capacity is never
 * exceeded however many register at once; when a seat frees up, the first on the waitlist
 * gets it and is told by e-mail.
 */
import { and, asc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { db, pool, type DbOrTx, type Tx } from '../db/client';
import { eventQuestions, events, registrations, registrationTokens, type Answers } from './schema';
import { generateToken, hashToken, looksLikeToken } from '../accounts/tokens';
import { normaliseEmail } from '../accounts/passwords';
import { ServiceError } from '../errors';
import { NotFoundError } from '../content/editing';
import { kickMail } from '../mail/send';
import { invalidatePublic } from '../cache/public-cache';
import { now } from '../clock';
import { ambiguousMunicipality, findMunicipality, municipalityChoices } from './municipalities';
import { registrationWindow } from './state';
import { icsAttachment } from './ics';
import {
	eventTemplates,
	manageUrl,
	participantIcs,
	queueEventMail,
	type EventRow,
	type RegistrationRow
} from './mail';
import { PARTICIPANT_ROLES, answerKey, answerSchema, type FormQuestion } from '$lib/forms/events';
import { cohortAccess } from '../programmes/cohort';
import type { Actor } from '../accounts/actor';

export type QuestionRow = typeof eventQuestions.$inferSelect;

export async function questionsOf(eventId: number, tx: DbOrTx = db): Promise<QuestionRow[]> {
	return tx
		.select()
		.from(eventQuestions)
		.where(eq(eventQuestions.eventId, eventId))
		.orderBy(asc(eventQuestions.position), asc(eventQuestions.id));
}

export const toFormQuestion = (q: QuestionRow): FormQuestion => ({
	id: q.id,
	kind: q.kind,
	label: q.label,
	help: q.help,
	required: q.required,
	options: q.options
});

/** Locks the event row for the rest of the transaction (everything about seats starts here). */
export async function lockEvent(tx: Tx, id: number): Promise<EventRow> {
	const [row] = await tx.select().from(events).where(eq(events.id, id)).for('update');
	if (!row) throw new NotFoundError('Fant ikke arrangementet.');
	return row;
}

export async function seatCounts(eventId: number, tx: DbOrTx = db) {
	const [c] = await tx
		.select({
			confirmed: sql<number>`count(*) filter (where ${registrations.status} = 'confirmed')::int`,
			waitlisted: sql<number>`count(*) filter (where ${registrations.status} = 'waitlisted')::int`,
			cancelled: sql<number>`count(*) filter (where ${registrations.status} = 'cancelled')::int`,
			attended: sql<number>`count(*) filter (where ${registrations.status} = 'confirmed' and ${registrations.attendedAt} is not null)::int`
		})
		.from(registrations)
		.where(eq(registrations.eventId, eventId));
	return c;
}

/** 1 for the first in the queue. */
export async function waitlistPosition(
	r: Pick<RegistrationRow, 'id' | 'eventId' | 'waitlistedAt'>,
	tx: DbOrTx = db
): Promise<number> {
	const at = r.waitlistedAt ?? new Date(0);
	const [{ n }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(registrations)
		.where(
			and(
				eq(registrations.eventId, r.eventId),
				eq(registrations.status, 'waitlisted'),
				or(
					lt(registrations.waitlistedAt, at),
					and(eq(registrations.waitlistedAt, at), sql`${registrations.id} <= ${r.id}`)
				)
			)
		);
	return n;
}

/** A fresh private link for a registration (every e-mail with a link gets its own). */
export async function newLink(tx: DbOrTx, registrationId: number): Promise<string> {
	const token = generateToken();
	await tx
		.insert(registrationTokens)
		.values({ hash: hashToken(token), registrationId, createdAt: now() });
	return manageUrl(token);
}

export interface RegistrationDetails {
	name: string;
	municipality: string;
	organisation: string;
	role: string;
	dietary: string;
	dietaryConsent: boolean;
	/** Raw answers by form field (q<id>). */
	answers: Record<string, unknown>;
}
export interface RegistrationData extends RegistrationDetails {
	email: string;
}

/** Checks the details against the event's rules and questions; the columns to store. */
async function checkDetails(ev: EventRow, questions: FormQuestion[], d: RegistrationDetails) {
	const name = d.name.trim();
	if (!name) throw new ServiceError('name', 'Skriv inn navnet ditt', 'name');
	if (!(PARTICIPANT_ROLES as readonly string[]).includes(d.role))
		throw new ServiceError('role', 'Velg rollen din', 'role');
	let municipalityNumber: string | null = null;
	let countyNumber: string | null = null;
	if (d.municipality.trim()) {
		const match = await findMunicipality(d.municipality);
		if (match.kind === 'unknown')
			throw new ServiceError(
				'municipality',
				`Fant ingen kommune som heter «${d.municipality.trim()}». Velg en kommune fra lista, eller la feltet stå tomt og skriv organisasjonen din i stedet.`,
				'municipality'
			);
		if (match.kind === 'ambiguous')
			throw new ServiceError('municipality', ambiguousMunicipality(match.choices), 'municipality');
		municipalityNumber = match.choice.number;
		countyNumber = match.choice.number.slice(0, 2);
	}
	const organisation = d.organisation.trim() || null;
	if (!municipalityNumber && !organisation)
		throw new ServiceError(
			'place',
			'Skriv inn kommunen din, eller organisasjonen din hvis du ikke kommer fra en kommune',
			'municipality'
		);
	const answers: Answers = {};
	for (const q of questions) {
		const key = answerKey(q.id);
		const parsed = answerSchema(q).safeParse(d.answers[key]);
		if (!parsed.success) throw new ServiceError('answer', parsed.error.issues[0].message, key);
		const v = Array.isArray(parsed.data) ? [...new Set(parsed.data)] : parsed.data;
		if (Array.isArray(v) ? v.length > 0 : v !== '') answers[String(q.id)] = v;
	}
	// Dietary needs: physical events only, and only with explicit consent.
	const dietary = ev.format === 'fysisk' ? d.dietary.trim().slice(0, 500) : '';
	if (dietary && !d.dietaryConsent)
		throw new ServiceError(
			'consent',
			'Kryss av for samtykke hvis vi skal ta vare på opplysningene om kosthold og allergier, eller la feltet stå tomt',
			'dietaryConsent'
		);
	return {
		name: name.slice(0, 120),
		municipalityNumber,
		countyNumber,
		organisation,
		role: d.role,
		answers,
		dietary: dietary || null,
		dietaryConsentAt: dietary ? now() : null
	};
}

export type RegisterResult =
	| {
			kind: 'registered';
			registrationId: number;
			/** The private link's token (the page after registering goes there). */
			token: string;
			status: 'confirmed' | 'waitlisted';
			position: number | null;
	  }
	| { kind: 'already'; email: string; resent: boolean };

function isUniqueViolation(e: unknown): boolean {
	const err = e as { code?: string; cause?: { code?: string } };
	return err?.code === '23505' || err?.cause?.code === '23505';
}

/** An event as registration needs it: the row and its questions, read in one query. */
export interface RegistrationTarget {
	event: EventRow;
	questions: FormQuestion[];
}

const questionsJson = sql<FormQuestion[]>`coalesce((
	select json_agg(json_build_object('id', q.id, 'kind', q.kind, 'label', q.label, 'help', q.help,
		'required', q.required, 'options', q.options) order by q.position, q.id)
	from ${eventQuestions} q where q.event_id = "events"."id"), '[]'::json)`;

// Built once (prepared statements): registration is the hot path of a burst.
let targetQueries:
	{ byId: ReturnType<typeof prepareTarget>; bySlug: ReturnType<typeof prepareTarget> } | undefined;

function prepareTarget(by: 'id' | 'slug') {
	return db
		.select({ event: events, questions: questionsJson })
		.from(events)
		.where(
			by === 'id'
				? eq(events.id, sql.placeholder('value'))
				: eq(events.slug, sql.placeholder('value'))
		)
		.prepare(`events_target_by_${by}`);
}

export async function registrationTarget(
	where: { id: number } | { slug: string }
): Promise<RegistrationTarget | null> {
	targetQueries ??= { byId: prepareTarget('id'), bySlug: prepareTarget('slug') };
	const [row] =
		'id' in where
			? await targetQueries.byId.execute({ value: where.id })
			: await targetQueries.bySlug.execute({ value: where.slug });
	return row ?? null;
}

/** Recounts seats and waitlist from the registrations (call with the event row locked). */
export async function syncSeatCounts(tx: DbOrTx, eventId: number) {
	await tx.execute(sql`
		update ${events} set
			confirmed_count = (select count(*) from ${registrations} r where r.event_id = ${eventId} and r.status = 'confirmed'),
			waitlisted_count = (select count(*) from ${registrations} r where r.event_id = ${eventId} and r.status = 'waitlisted')
		where id = ${eventId}`);
}

/** A new registration gets a seat when one is free and nobody is already waiting. */
const SEAT_RULE = 'capacity is null or (confirmed_count < capacity and waitlisted_count = 0)';
const PLACE = '{{plass}}';

/** The one statement that takes a seat or a waitlist place (see `register`). */
const REGISTER_SQL = `
with ev as (
	update events set
		confirmed_count = confirmed_count + case when ${SEAT_RULE} then 1 else 0 end,
		waitlisted_count = waitlisted_count + case when ${SEAT_RULE} then 0 else 1 end
	where id = $1 and status = 'published' and starts_at > $2
		and (registration_closes_at is null or registration_closes_at > $2)
		and (registration_opens_at is null or registration_opens_at <= $2)
	returning id, (capacity is null or waitlisted_count = 0) as seat, waitlisted_count
), r as (
	insert into registrations (event_id, status, name, email, municipality_number, county_number,
		organisation, role, answers, dietary, dietary_consent_at, registered_at, confirmed_at,
		waitlisted_at, updated_at)
	select ev.id, (case when ev.seat then 'confirmed' else 'waitlisted' end)::registration_status,
		$3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11::timestamptz, $2,
		case when ev.seat then $2::timestamptz end, case when ev.seat then null else $2::timestamptz end, $2
	from ev
	returning id, status
), t as (
	insert into registration_tokens (hash, registration_id, created_at)
	select $12, r.id, $2 from r
), m as (
	insert into mail_messages ("to", subject, text, html, template, idempotency_key, attachments, created_at)
	select $4,
		case when ev.seat then $13 else $16 end,
		case when ev.seat then $14 else replace($17, '${PLACE}', ev.waitlisted_count::text) end,
		case when ev.seat then $15 else replace($18, '${PLACE}', ev.waitlisted_count::text) end,
		case when ev.seat then 'arrangement.confirmed' else 'arrangement.waitlisted' end,
		'registration:' || r.id || case when ev.seat then ':confirmed' else ':waitlisted' end,
		case when ev.seat then $19::jsonb else '[]'::jsonb end,
		$2
	from r, ev
)
select r.id, r.status, ev.waitlisted_count from r, ev`;

/**
 * Registers someone. A seat if one is free (and nobody waits), otherwise the waitlist.
 * The same address again for the same event gets no second seat: the link is sent again.
 *
 * Capacity under concurrency: one statement locks the event row (UPDATE), checks that
 * registration is open and a seat is free (the seat rule runs on the row as locked, after
 * any registration before it committed), counts the seat or the waitlist place, and inserts
 * the registration, its link and its e-mail. It is one transaction: all or nothing, and the
 * row stays locked until it commits, so registrations for one event pass one at a time and
 * capacity is never exceeded. Doing it in one statement keeps the lock for the shortest
 * possible time (no round trips to the app while it is held), so a burst is served fast.
 * The unique index on (event, e-mail) for active registrations turns a repeat into a
 * «you are already registered».
 */
export async function register(
	target: RegistrationTarget | number,
	data: RegistrationData,
	/** The signed-in person; needed for gatherings limited to a programme's cohort. */
	actor: Pick<Actor, 'memberships'> | null = null
): Promise<RegisterResult> {
	const t = typeof target === 'number' ? await registrationTarget({ id: target }) : target;
	if (!t) throw new NotFoundError('Fant ikke arrangementet.');
	const ev = t.event;
	if (ev.cohortOnly && ev.programmeId !== null) {
		const access = await cohortAccess(actor, ev.programmeId);
		if (!access.ok) throw new ServiceError('cohort', access.message);
		// The registration counts for the municipality the person takes part for.
		if (!data.municipality.trim()) data = { ...data, municipality: access.municipalityNumber };
	}
	const details = await checkDetails(ev, t.questions, data);
	const email = normaliseEmail(data.email);
	const token = generateToken();
	const url = manageUrl(token);
	const at = now();
	// Both possible e-mails, written before the row is locked; the statement picks one.
	const confirmed = eventTemplates.confirmed(ev, details.name, url);
	const waitlisted = eventTemplates.waitlisted(ev, details.name, PLACE as never, url);
	const ics = participantIcs(ev, { status: 'confirmed', sequence: 0 }, url);
	const attachments = JSON.stringify([icsAttachment(ics)]);
	let rows: { id: number; status: 'confirmed' | 'waitlisted'; waitlisted_count: number }[];
	try {
		// A named (prepared) statement on the driver: parsed once per connection.
		const result = await pool.query({
			name: 'events_register',
			text: REGISTER_SQL,
			values: [
				ev.id,
				at,
				details.name,
				email,
				details.municipalityNumber,
				details.countyNumber,
				details.organisation,
				details.role,
				JSON.stringify(details.answers),
				details.dietary,
				details.dietaryConsentAt,
				hashToken(token),
				confirmed.subject,
				confirmed.text,
				confirmed.html,
				waitlisted.subject,
				waitlisted.text,
				waitlisted.html,
				attachments
			]
		});
		rows = result.rows;
	} catch (e) {
		if (isUniqueViolation(e)) return alreadyRegistered(ev, email, token);
		throw e;
	}
	const [row] = rows;
	if (!row) {
		// Nothing was locked and counted: registration is not open (any more).
		const [current] = await db.select().from(events).where(eq(events.id, ev.id));
		const window = current ? registrationWindow(current, at) : null;
		throw new ServiceError(
			'closed',
			window && !window.open ? window.message : 'Påmeldingen er stengt.'
		);
	}
	kickMailSoon();
	invalidatePublic();
	return {
		kind: 'registered',
		registrationId: row.id,
		token,
		status: row.status,
		position: row.status === 'waitlisted' ? Number(row.waitlisted_count) : null
	};
}

/**
 * Delivery is asked for once per burst of registrations, not once each: when registrations
 * have paused for a moment (or after two seconds at most). The job runner's minute sweep is the
 * safety net. A process-wide timer, not per-user state.
 */
let kickTimer: ReturnType<typeof setTimeout> | null = null;
let firstKickAt = 0;
function kickMailSoon() {
	const t = Date.now();
	if (!kickTimer) firstKickAt = t;
	else clearTimeout(kickTimer);
	const wait = Math.max(0, Math.min(200, firstKickAt + 2000 - t));
	kickTimer = setTimeout(() => {
		kickTimer = null;
		kickMail().catch(() => undefined);
	}, wait);
	kickTimer.unref?.();
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
			content: eventTemplates.linkAgain(ev, reg.name, manageUrl(token)),
			key: `registration:${reg.id}:link:${bucket}`
		});
		if (queued !== null)
			await tx
				.insert(registrationTokens)
				.values({ hash: hashToken(token), registrationId: reg.id, createdAt: now() });
		return { kind: 'already' as const, email, resent: queued !== null };
	});
	// The other registration was cancelled in between: try again.
	if (!result) throw new ServiceError('retry', 'Noe kom i veien. Prøv å sende skjemaet igjen.');
	if (result.resent) kickMailSoon();
	return result;
}

/**
 * Gives free seats to the first on the waitlist, in order, and tells each by e-mail.
 * Call with the event row locked. Nothing happens once the event has started.
 */
export async function promoteFromWaitlist(tx: Tx, ev: EventRow): Promise<RegistrationRow[]> {
	const at = now();
	if (ev.status !== 'published' || at >= ev.startsAt) return [];
	const c = await seatCounts(ev.id, tx);
	if (c.waitlisted === 0) return [];
	const free = ev.capacity === null ? c.waitlisted : ev.capacity - c.confirmed;
	if (free <= 0) return [];
	const next = await tx
		.select()
		.from(registrations)
		.where(and(eq(registrations.eventId, ev.id), eq(registrations.status, 'waitlisted')))
		.orderBy(asc(registrations.waitlistedAt), asc(registrations.id))
		.limit(free)
		.for('update');
	const promoted: RegistrationRow[] = [];
	for (const r of next) {
		const [after] = await tx
			.update(registrations)
			.set({
				status: 'confirmed',
				confirmedAt: at,
				waitlistedAt: null,
				sequence: r.sequence + 1,
				updatedAt: at
			})
			.where(eq(registrations.id, r.id))
			.returning();
		promoted.push(after);
		if (!after.email) continue;
		const url = await newLink(tx, after.id);
		await queueEventMail(tx, {
			kind: 'promoted',
			to: after.email,
			content: eventTemplates.promoted(ev, after.name, url),
			key: `registration:${after.id}:promoted:${after.sequence}`,
			ics: participantIcs(ev, after, url)
		});
	}
	if (promoted.length) await syncSeatCounts(tx, ev.id);
	return promoted;
}

/** Everything the private page shows, or null for a link that does not (or no longer) work. */
export async function registrationByToken(token: string) {
	if (!looksLikeToken(token)) return null;
	const [row] = await db
		.select({ registration: registrations })
		.from(registrationTokens)
		.innerJoin(registrations, eq(registrations.id, registrationTokens.registrationId))
		.where(eq(registrationTokens.hash, hashToken(token)));
	if (!row || row.registration.anonymisedAt) return null;
	const r = row.registration;
	const [ev] = await db.select().from(events).where(eq(events.id, r.eventId));
	if (!ev) return null;
	const questions = await questionsOf(ev.id);
	const position = r.status === 'waitlisted' ? await waitlistPosition(r) : null;
	return { registration: r, event: ev, questions, position };
}

const badLink = () =>
	new ServiceError(
		'token',
		'Lenken virker ikke. Den kan være skrevet feil, eller påmeldingen kan være slettet.'
	);

async function lockByToken(tx: Tx, token: string) {
	if (!looksLikeToken(token)) throw badLink();
	const [t] = await tx
		.select({ registrationId: registrationTokens.registrationId })
		.from(registrationTokens)
		.where(eq(registrationTokens.hash, hashToken(token)));
	if (!t) throw badLink();
	const [{ eventId }] = await tx
		.select({ eventId: registrations.eventId })
		.from(registrations)
		.where(eq(registrations.id, t.registrationId));
	const ev = await lockEvent(tx, eventId);
	const [reg] = await tx
		.select()
		.from(registrations)
		.where(eq(registrations.id, t.registrationId))
		.for('update');
	if (!reg || reg.anonymisedAt) throw badLink();
	return { ev, reg };
}

/** The participant changes their details and answers (until the event starts). */
export async function updateRegistration(token: string, d: RegistrationDetails): Promise<void> {
	const found = await registrationByToken(token);
	if (!found) throw badLink();
	const details = await checkDetails(found.event, found.questions.map(toFormQuestion), d);
	await db.transaction(async (tx) => {
		const { ev, reg } = await lockByToken(tx, token);
		if (reg.status === 'cancelled')
			throw new ServiceError(
				'cancelled',
				'Du har meldt deg av dette arrangementet. Meld deg på igjen hvis du vil delta.'
			);
		if (now() >= ev.startsAt)
			throw new ServiceError(
				'started',
				'Arrangementet har startet, så påmeldingen kan ikke endres lenger.'
			);
		await tx
			.update(registrations)
			.set({
				...details,
				// Consent given earlier stays valid while the text stays.
				dietaryConsentAt: details.dietary ? (reg.dietaryConsentAt ?? now()) : null,
				sequence: reg.sequence + 1,
				updatedAt: now()
			})
			.where(eq(registrations.id, reg.id));
	});
}

/** The participant cancels: their seat goes to the first on the waitlist. */
export async function cancelRegistration(token: string): Promise<{ promoted: number }> {
	const promoted = await db.transaction(async (tx) => {
		const { ev, reg } = await lockByToken(tx, token);
		if (reg.status === 'cancelled') return 0;
		const at = now();
		if (at >= ev.endsAt)
			throw new ServiceError('ended', 'Arrangementet er over, så du kan ikke melde deg av nå.');
		const [after] = await tx
			.update(registrations)
			.set({ status: 'cancelled', cancelledAt: at, sequence: reg.sequence + 1, updatedAt: at })
			.where(eq(registrations.id, reg.id))
			.returning();
		if (after.email)
			await queueEventMail(tx, {
				kind: 'self-cancelled',
				to: after.email,
				content: eventTemplates.selfCancelled(ev, after.name, reg.status === 'waitlisted'),
				key: `registration:${after.id}:self-cancelled:${after.sequence}`,
				ics: reg.status === 'confirmed' ? participantIcs(ev, after, null, true) : undefined
			});
		const promoted = reg.status === 'confirmed' ? (await promoteFromWaitlist(tx, ev)).length : 0;
		await syncSeatCounts(tx, ev.id);
		return promoted;
	});
	await kickMail();
	invalidatePublic();
	return { promoted };
}

/** The participant deletes their registration and everything in it; a seat they held goes on. */
export async function deleteRegistration(token: string): Promise<void> {
	await db.transaction(async (tx) => {
		const { ev, reg } = await lockByToken(tx, token);
		await tx.delete(registrations).where(eq(registrations.id, reg.id));
		if (reg.status === 'confirmed') await promoteFromWaitlist(tx, ev);
		await syncSeatCounts(tx, ev.id);
	});
	await kickMail();
	invalidatePublic();
}

/** What the participant's private page shows, and the change form's values. */
export async function registrationPage(token: string) {
	const found = await registrationByToken(token);
	if (!found) return null;
	const { registration: r, event: ev, position } = found;
	const questions = found.questions.map(toFormQuestion);
	const municipality = r.municipalityNumber
		? ((await municipalityChoices()).find((c) => c.number === r.municipalityNumber)?.label ?? '')
		: '';
	const values: Record<string, unknown> = {
		name: r.name,
		municipality,
		organisation: r.organisation ?? '',
		role: r.role,
		dietary: r.dietary ?? '',
		dietaryConsent: r.dietaryConsentAt !== null
	};
	for (const q of questions)
		values[answerKey(q.id)] = r.answers[String(q.id)] ?? (q.kind === 'multiple' ? [] : '');
	const at = now();
	const active = r.status !== 'cancelled' && ev.status !== 'cancelled';
	return {
		registration: {
			status: r.status,
			name: r.name,
			email: r.email ?? '',
			municipality,
			organisation: r.organisation ?? '',
			role: r.role,
			dietary: r.dietary,
			registeredAt: r.registeredAt,
			position,
			answers: questions.map((q) => {
				const a = r.answers[String(q.id)];
				return {
					label: q.label,
					answer: Array.isArray(a)
						? a.join(', ')
						: a === 'ja'
							? 'Ja'
							: a === 'nei'
								? 'Nei'
								: (a ?? '')
				};
			})
		},
		event: {
			slug: ev.slug,
			title: ev.title,
			type: ev.type,
			startsAt: ev.startsAt,
			endsAt: ev.endsAt,
			format: ev.format,
			venue: ev.venue,
			address: ev.address,
			status: ev.status,
			cancelReason: ev.cancelReason
		},
		meetingUrl: r.status === 'confirmed' && ev.format === 'digitalt' ? ev.meetingUrl : null,
		questions,
		values,
		canChange: active && at < ev.startsAt,
		canCancel: active && at < ev.endsAt
	};
}

/** The participant's own calendar file (with the meeting link once they have a seat). */
export async function participantCalendar(token: string): Promise<string | null> {
	const found = await registrationByToken(token);
	if (!found) return null;
	return participantIcs(found.event, found.registration, manageUrl(token));
}
