/**
 * Registering for an event, and what a participant does with their registration through
 * their private link: see it, change it, cancel it, delete it. Seats are handed out under
 * a lock on the event row (check and insert in one transaction), so capacity is never
 * exceeded however many register at once; when a seat frees up, the first on the waitlist
 * gets it and is told by e-mail.
 */
import { and, asc, eq, lt, or, sql } from 'drizzle-orm';
import { db, type DbOrTx, type Tx } from '../db/client';
import { eventQuestions, events, registrations, registrationTokens, type Answers } from './schema';
import { generateToken, hashToken, looksLikeToken } from '../accounts/tokens';
import { normaliseEmail } from '../accounts/passwords';
import { ServiceError } from '../errors';
import { NotFoundError } from '../content/editing';
import { kickMail } from '../mail/send';
import { invalidatePublic } from '../cache/public-cache';
import { now } from '../clock';
import { findMunicipality } from './municipalities';
import { getsSeat, registrationWindow } from './state';
import {
	eventTemplates,
	manageUrl,
	participantIcs,
	queueEventMail,
	type EventRow,
	type RegistrationRow
} from './mail';
import { PARTICIPANT_ROLES, answerKey, answerSchema, type FormQuestion } from '$lib/forms/events';

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
async function checkDetails(ev: EventRow, questions: QuestionRow[], d: RegistrationDetails) {
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
			throw new ServiceError(
				'municipality',
				`Det finnes flere kommuner som heter ${match.choices[0].name}. Skriv hvilken du mener: ${match.choices.map((c) => `«${c.label}»`).join(' eller ')}.`,
				'municipality'
			);
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
		const parsed = answerSchema(toFormQuestion(q)).safeParse(d.answers[key]);
		if (!parsed.success) throw new ServiceError('answer', parsed.error.issues[0].message, key);
		const v = parsed.data;
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

/**
 * Registers someone. A seat if one is free (and nobody waits), otherwise the waitlist.
 * The same address again for the same event gets no second seat: the link is sent again.
 */
export async function register(
	eventId: number,
	data: RegistrationData,
	retried = false
): Promise<RegisterResult> {
	const [ev] = await db.select().from(events).where(eq(events.id, eventId));
	if (!ev) throw new NotFoundError('Fant ikke arrangementet.');
	const questions = await questionsOf(eventId);
	const details = await checkDetails(ev, questions, data);
	const email = normaliseEmail(data.email);
	const token = generateToken();
	let result: RegisterResult;
	try {
		result = await db.transaction(async (tx) => {
			const locked = await lockEvent(tx, eventId);
			const at = now();
			const window = registrationWindow(locked, at);
			if (!window.open) throw new ServiceError('closed', window.message);
			const [c] = await tx
				.select({
					confirmed: sql<number>`count(*) filter (where ${registrations.status} = 'confirmed')::int`,
					waitlisted: sql<number>`count(*) filter (where ${registrations.status} = 'waitlisted')::int`,
					existing: sql<
						number | null
					>`max(${registrations.id}) filter (where ${registrations.email} = ${email} and ${registrations.status} <> 'cancelled')`
				})
				.from(registrations)
				.where(eq(registrations.eventId, eventId));
			if (c.existing) return sendLinkAgain(tx, locked, c.existing, token);
			const seat = getsSeat(locked.capacity, c.confirmed, c.waitlisted);
			const [reg] = await tx
				.insert(registrations)
				.values({
					...details,
					eventId,
					email,
					status: seat ? 'confirmed' : 'waitlisted',
					registeredAt: at,
					confirmedAt: seat ? at : null,
					waitlistedAt: seat ? null : at,
					updatedAt: at
				})
				.returning();
			await tx
				.insert(registrationTokens)
				.values({ hash: hashToken(token), registrationId: reg.id, createdAt: at });
			const url = manageUrl(token);
			const position = seat ? null : c.waitlisted + 1;
			await queueEventMail(
				tx,
				seat
					? {
							kind: 'confirmed',
							to: email,
							content: eventTemplates.confirmed(locked, reg.name, url),
							key: `registration:${reg.id}:confirmed`,
							ics: participantIcs(locked, reg, url)
						}
					: {
							kind: 'waitlisted',
							to: email,
							content: eventTemplates.waitlisted(locked, reg.name, position!, url),
							key: `registration:${reg.id}:waitlisted`
						}
			);
			return {
				kind: 'registered' as const,
				registrationId: reg.id,
				token,
				status: reg.status as 'confirmed' | 'waitlisted',
				position
			};
		});
	} catch (e) {
		// Two submits of the same address raced past each other: the second is a repeat.
		if (!retried && isUniqueViolation(e)) return register(eventId, data, true);
		throw e;
	}
	await kickMail();
	invalidatePublic();
	return result;
}

/** At most one such e-mail per registration per quarter of an hour (no mail bombing). */
async function sendLinkAgain(
	tx: Tx,
	ev: EventRow,
	registrationId: number,
	token: string
): Promise<RegisterResult> {
	const [reg] = await tx.select().from(registrations).where(eq(registrations.id, registrationId));
	const bucket = Math.floor(now().getTime() / (15 * 60_000));
	const url = manageUrl(token);
	const queued = await queueEventMail(tx, {
		kind: 'link',
		to: reg.email!,
		content: eventTemplates.linkAgain(ev, reg.name, url),
		key: `registration:${reg.id}:link:${bucket}`
	});
	if (queued !== null)
		await tx
			.insert(registrationTokens)
			.values({ hash: hashToken(token), registrationId: reg.id, createdAt: now() });
	return { kind: 'already', email: reg.email!, resent: queued !== null };
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
	const details = await checkDetails(found.event, found.questions, d);
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
		return reg.status === 'confirmed' ? (await promoteFromWaitlist(tx, ev)).length : 0;
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
	});
	await kickMail();
	invalidatePublic();
}
