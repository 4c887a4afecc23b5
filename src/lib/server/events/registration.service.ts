/**
 * Registering for an event, and what a participant does with their registration through
 * their private link: see it, change it, cancel it, delete it. Seats are handed out under
 * a lock on the event row (check and insert in one transaction), so capacity is never
 * exceeded however many register at once; when a seat frees up, the first on the waitlist
 * gets it and is told by e-mail.
 */
import { and, asc, eq, inArray, lt, ne, or, sql } from 'drizzle-orm';
import { db, type DbOrTx, type Tx } from '../db/client';
import { eventQuestions, events, registrations, registrationTokens, type Answers } from './schema';
import { generateToken, hashToken, looksLikeToken } from '../accounts/tokens';
import { normaliseEmail } from '../accounts/passwords';
import { InvalidError, FieldError, NotFoundError, BusyError } from '../errors';

import { kickMail, sendMails } from '../mail/send';
import { invalidatePublic } from '../cache/public-cache';
import { now } from '../clock';
import type { MessageKey } from '$lib/i18n';
import { ambiguousMunicipality, findMunicipality, municipalityChoices } from './municipalities';
import { registrationWindow } from './state';
import { icsAttachment } from './ics';
import { checkinQrAttachment } from './checkin-code';
import { accessibilityColumns } from './accessibility';
import {
	eventTemplates,
	manageUrl,
	participantIcs,
	queueEventMail,
	type EventRow,
	type RegistrationRow
} from './mail';
import {
	PARTICIPANT_ROLES,
	answerKey,
	answerProblem,
	answerSchema,
	type FormQuestion
} from '$lib/forms/events';
import { currentLang, m, type Lang } from '$lib/i18n';
import { withLanguage } from '../i18n';
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
	if (!row) throw new NotFoundError('problems.events.notFound');
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
	accessibility?: string;
	accessibilityConsent?: boolean;
	/** Raw answers by form field (q<id>). */
	answers: Record<string, unknown>;
}
export interface RegistrationData extends RegistrationDetails {
	email: string;
}

/** Checks the details against the event's rules and questions; the columns to store. */
async function checkDetails(ev: EventRow, questions: FormQuestion[], d: RegistrationDetails) {
	const name = d.name.trim();
	if (!name) throw new FieldError('name', 'problems.events.nameMissing');
	if (!(PARTICIPANT_ROLES as readonly string[]).includes(d.role))
		throw new FieldError('role', 'problems.events.roleMissing');
	let municipalityNumber: string | null = null;
	let countyNumber: string | null = null;
	if (d.municipality.trim()) {
		const match = await findMunicipality(d.municipality);
		if (match.kind === 'unknown')
			throw new FieldError('municipality', 'problems.events.municipalityUnknown', {
				name: d.municipality.trim()
			});
		if (match.kind === 'ambiguous') {
			const { key, values } = ambiguousMunicipality(match.choices);
			throw new FieldError('municipality', key, values);
		}
		municipalityNumber = match.choice.number;
		countyNumber = match.choice.number.slice(0, 2);
	}
	const organisation = d.organisation.trim() || null;
	if (!municipalityNumber && !organisation)
		throw new FieldError('municipality', 'problems.events.placeMissing');
	const answers: Answers = {};
	for (const q of questions) {
		const key = answerKey(q.id);
		const parsed = answerSchema(q).safeParse(d.answers[key]);
		if (!parsed.success) {
			const { key: said, values } = answerProblem(q, parsed.error.issues[0]);
			throw new FieldError(key, said, values);
		}
		const v = Array.isArray(parsed.data) ? [...new Set(parsed.data)] : parsed.data;
		if (Array.isArray(v) ? v.length > 0 : v !== '') answers[String(q.id)] = v;
	}
	// Dietary needs: physical events only, and only with explicit consent.
	const dietary = ev.format === 'fysisk' ? d.dietary.trim().slice(0, 500) : '';
	if (dietary && !d.dietaryConsent)
		throw new FieldError('dietaryConsent', 'problems.events.dietaryConsent');
	return {
		name: name.slice(0, 120),
		municipalityNumber,
		countyNumber,
		organisation,
		role: d.role,
		answers,
		dietary: dietary || null,
		dietaryConsentAt: dietary ? now() : null,
		...accessibilityColumns(d)
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

/** PostgreSQL gave up waiting for a lock (lock_timeout, SQLSTATE 55P03). */
export function isLockTimeout(e: unknown): boolean {
	const err = e as { code?: string; cause?: { code?: string } };
	return err?.code === '55P03' || err?.cause?.code === '55P03';
}

/** The event is too busy now: the route answers 503 with the message and the form kept. */
export const busyError = () => new BusyError('busy.registration');

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

/**
 * Registers someone. A seat if one is free (and nobody waits), otherwise the waitlist.
 * The same address again for the same event gets no second seat: the link is sent again.
 *
 * Capacity under concurrency: seats are handed out in a transaction that first locks the
 * event row (`lockEvent`), checks that registration is open, counts seats and waitlist from
 * the row as locked, and inserts the registrations, their links and their e-mails before it
 * commits and lets go of the row. Registrations for one event therefore pass one transaction
 * at a time, in any number of processes, and capacity is never exceeded. Within a process,
 * registrations for the same event that arrive while such a transaction runs wait for it and
 * then go together in the next one (group commit: one lock, one round of statements and one
 * commit for the whole group, in the order they arrived), so a burst is served fast; alone, a
 * registration goes at once. The unique index on (event, e-mail) for active registrations
 * turns a repeat into a «you are already registered».
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
	const email = normaliseEmail(data.email);
	const token = generateToken();
	const outcome = await allocate(ev.id, { details, email, token, at: now(), lang: currentLang() });
	if (outcome.kind === 'already') return alreadyRegistered(ev, email, token);
	if (outcome.kind === 'closed') throw new InvalidError(outcome.key, outcome.values);
	kickMailSoon();
	invalidatePublic();
	return {
		kind: 'registered',
		registrationId: outcome.id,
		token,
		status: outcome.status,
		position: outcome.position
	};
}

type Details = Awaited<ReturnType<typeof checkDetails>>;
interface Seeker {
	details: Details;
	email: string;
	token: string;
	at: Date;
	/** The language the registration is made in: its mails are written in it. */
	lang: Lang;
}
type Outcome =
	| { kind: 'registered'; id: number; status: 'confirmed' | 'waitlisted'; position: number | null }
	| { kind: 'already' }
	| { kind: 'closed'; key: MessageKey; values: Record<string, string> };
interface Waiting extends Seeker {
	resolve(o: Outcome): void;
	reject(e: unknown): void;
}

/** At most this many registrations in one transaction. */
const GROUP_MAX = 100;
/** Per event: the registrations waiting for the transaction that runs now (process-wide queue). */
const queues = new Map<number, Waiting[]>();

function allocate(eventId: number, seeker: Seeker): Promise<Outcome> {
	return new Promise((resolve, reject) => {
		const queue = queues.get(eventId);
		if (queue) queue.push({ ...seeker, resolve, reject });
		else {
			queues.set(eventId, [{ ...seeker, resolve, reject }]);
			void drain(eventId);
		}
	});
}

/** Runs the event's queue, one group at a time, until nobody waits. */
async function drain(eventId: number) {
	const queue = queues.get(eventId)!;
	try {
		while (queue.length > 0) {
			// The first of each address only: a second one goes in the next group (and is told
			// it is already registered).
			const seen = new Set<string>();
			const group: Waiting[] = [];
			for (let i = 0; i < queue.length && group.length < GROUP_MAX;) {
				if (seen.has(queue[i].email)) i++;
				else {
					seen.add(queue[i].email);
					group.push(...queue.splice(i, 1));
				}
			}
			await runGroup(eventId, group);
		}
	} finally {
		queues.delete(eventId);
	}
}

async function runGroup(eventId: number, group: Waiting[]) {
	try {
		const outcomes = await seatGroup(eventId, group);
		group.forEach((w, i) => w.resolve(outcomes[i]));
		return;
	} catch (e) {
		// The event row stayed locked too long (another process holds it): each in the group
		// is told to try again, rather than queueing once more behind the same lock.
		if (isLockTimeout(e)) {
			for (const w of group) w.reject(busyError());
			return;
		}
		if (group.length === 1) {
			if (isUniqueViolation(e)) group[0].resolve({ kind: 'already' });
			else group[0].reject(e);
			return;
		}
	}
	// The group failed as a whole (say, an address registered at the same moment by another
	// process): each on its own, so one problem does not stop the others.
	for (const w of group) await runGroup(eventId, [w]);
}

/** One transaction for a group of registrations to one event, in the order they came. */
async function seatGroup(eventId: number, group: Seeker[]): Promise<Outcome[]> {
	return db.transaction(async (tx) => {
		const [ev] = await tx.select().from(events).where(eq(events.id, eventId)).for('update');
		const window = ev ? registrationWindow(ev, now()) : null;
		if (!ev || !window?.open) {
			const { key, values }: { key: MessageKey; values: Record<string, string> } =
				window && !window.open ? window : { key: 'problems.registration.closed', values: {} };
			return group.map(() => ({ kind: 'closed' as const, key, values }));
		}
		const taken = new Set(
			(
				await tx
					.select({ email: registrations.email })
					.from(registrations)
					.where(
						and(
							eq(registrations.eventId, ev.id),
							sql`${registrations.email} = any(${sql.param(group.map((g) => g.email))}::text[])`,
							ne(registrations.status, 'cancelled')
						)
					)
			).map((r) => r.email)
		);
		// The seat rule, one after the other: a seat when one is free and nobody is waiting.
		let confirmed = ev.confirmedCount;
		let waitlisted = ev.waitlistedCount;
		const places = group.map((g) => {
			if (taken.has(g.email)) return null;
			if (ev.capacity === null || (confirmed < ev.capacity && waitlisted === 0)) {
				confirmed++;
				return { status: 'confirmed' as const, position: null };
			}
			waitlisted++;
			return { status: 'waitlisted' as const, position: waitlisted };
		});
		const seated = group.flatMap((g, i) => {
			const place = places[i];
			return place ? [{ ...g, ...place }] : [];
		});
		const ids = new Map<string, number>();
		if (seated.length > 0) {
			// One statement for the whole group (registrations in arrival order, then their links),
			// with the values as arrays: building a many-row insert costs more than running it.
			const col = <T>(f: (s: (typeof seated)[number]) => T) => sql.param(seated.map(f));
			const inserted = await tx.execute<{ id: number; email: string }>(sql`
				with input as (
					select * from unnest(${col((s) => s.status)}::registration_status[],
						${col((s) => s.details.name)}::text[], ${col((s) => s.email)}::text[],
						${col((s) => s.details.municipalityNumber)}::text[],
						${col((s) => s.details.countyNumber)}::text[],
						${col((s) => s.details.organisation)}::text[], ${col((s) => s.details.role)}::text[],
						${col((s) => JSON.stringify(s.details.answers))}::text[],
						${col((s) => s.details.dietary)}::text[],
						${col((s) => s.details.dietaryConsentAt)}::timestamptz[],
						${col((s) => s.details.accessibility)}::text[],
						${col((s) => s.details.accessibilityConsentAt)}::timestamptz[],
						${col((s) => s.at)}::timestamptz[], ${col((s) => hashToken(s.token))}::text[],
						${col((s) => s.lang)}::text[])
						with ordinality as i(status, name, email, municipality_number, county_number,
							organisation, role, answers, dietary, dietary_consent_at, accessibility,
							accessibility_consent_at, at, hash, lang, n)
				), r as (
					insert into ${registrations} (event_id, status, name, email, municipality_number,
						county_number, organisation, role, answers, dietary, dietary_consent_at,
						accessibility, accessibility_consent_at, registered_at, confirmed_at, waitlisted_at, updated_at, lang)
					select ${ev.id}, status, name, email, municipality_number, county_number,
						organisation, role, answers::jsonb, dietary, dietary_consent_at, accessibility,
						accessibility_consent_at, at,
						case when status = 'confirmed' then at end,
						case when status = 'waitlisted' then at end, at, lang
					from input order by n
					returning id, email
				), t as (
					insert into ${registrationTokens} (hash, registration_id, created_at)
					select input.hash, r.id, input.at from input join r using (email)
				)
				select id, email from r`);
			for (const r of inserted.rows) ids.set(r.email, r.id);
			await sendMails(
				tx,
				seated.map((s) =>
					// Each in the language the person registered in (a group mixes languages).
					withLanguage(s.lang, () => {
						const url = manageUrl(s.token);
						const id = ids.get(s.email)!;
						return s.status === 'confirmed'
							? {
									to: s.email,
									template: 'arrangement.confirmed',
									content: eventTemplates.confirmed(ev, s.details.name, url),
									idempotencyKey: `registration:${id}:confirmed`,
									attachments: [
										icsAttachment(participantIcs(ev, { status: 'confirmed', sequence: 0 }, url)),
										checkinQrAttachment(id)
									]
								}
							: {
									to: s.email,
									template: 'arrangement.waitlisted',
									content: eventTemplates.waitlisted(ev, s.details.name, s.position!, url),
									idempotencyKey: `registration:${id}:waitlisted`
								};
					})
				)
			);
			await tx
				.update(events)
				.set({ confirmedCount: confirmed, waitlistedCount: waitlisted })
				.where(eq(events.id, ev.id));
		}
		return group.map((g, i): Outcome => {
			const place = places[i];
			return place ? { kind: 'registered', id: ids.get(g.email)!, ...place } : { kind: 'already' };
		});
	});
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
		const to = after.email;
		await withLanguage(after.lang, async () => {
			const url = await newLink(tx, after.id);
			await queueEventMail(tx, {
				kind: 'promoted',
				to,
				content: eventTemplates.promoted(ev, after.name, url),
				key: `registration:${after.id}:promoted:${after.sequence}`,
				ics: participantIcs(ev, after, url),
				qrFor: after.id
			});
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

const badLink = () => new InvalidError('problems.events.badLink');

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
				...withLanguage(after.lang, () => ({
					content: eventTemplates.selfCancelled(ev, after.name, reg.status === 'waitlisted'),
					ics: reg.status === 'confirmed' ? participantIcs(ev, after, null, true) : undefined
				})),
				key: `registration:${after.id}:self-cancelled:${after.sequence}`
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
		dietaryConsent: r.dietaryConsentAt !== null,
		accessibility: r.accessibility ?? '',
		accessibilityConsent: r.accessibilityConsentAt !== null
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
			accessibility: r.accessibility,
			registeredAt: r.registeredAt,
			position,
			answers: questions.map((q) => {
				const a = r.answers[String(q.id)];
				return {
					label: q.label,
					answer: Array.isArray(a)
						? a.join(', ')
						: a === 'ja'
							? m.app.common.yes
							: a === 'nei'
								? m.app.common.no
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
