/**
 * The seat rules, in one place (as pretix keeps its quotas): the lock on the event row that
 * every change to seats starts with, the counts, the rule that gives a seat or a place on the
 * waitlist, and the seating transaction with its group-commit queue.
 *
 * Capacity under concurrency: seats are handed out in a transaction that first locks the
 * event row, checks that registration is open, counts seats and waitlist from the row as
 * locked, and inserts the registrations, their links and their e-mails before it commits and
 * lets go of the row. Registrations for one event therefore pass one transaction at a time,
 * in any number of processes, and capacity is never exceeded. Within a process, registrations
 * for the same event that arrive while such a transaction runs wait for it and then go
 * together in the next one (group commit: one lock, one round of statements and one commit for
 * the whole group, in the order they arrived), so a burst is served fast; alone, a
 * registration goes at once. The unique index on (event, e-mail) for active registrations
 * turns a repeat into a «you are already registered».
 */
import { and, eq, lt, ne, or, sql } from 'drizzle-orm';
import { db, type DbOrTx, type Tx } from '../../db/client';
import {
	eventOptions,
	events,
	registrationOptions,
	registrations,
	registrationTokens
} from '../schema';
import { alias } from 'drizzle-orm/pg-core';
import { hashToken } from '../../accounts/tokens';
import { BusyError, NotFoundError } from '../../errors';
import { sendMails } from '../../mail/send';
import { now } from '../../clock';
import type { Lang, MessageKey } from '$lib/i18n';
import { withLanguage } from '../../i18n';
import { registrationWindow, seatsLeft, type RegistrationWindow } from '../state';
import { icsAttachment } from '../ics';
import { issueSequences, personalIcs } from '../itip';
import { checkinQrAttachment } from '../checkin-code';
import { eventTemplates, manageUrl, type EventRow, type RegistrationRow } from '../mail';
import type { Details } from './details';
import { attendanceOf, attendeeView } from '../attendance';
import { ATTENDANCES, type Attendance } from '$lib/forms/events';

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

/** Recounts seats and waitlist from the registrations (call with the event row locked). */
export async function syncSeatCounts(tx: DbOrTx, eventId: number) {
	await tx.execute(sql`
		update ${events} set
			confirmed_count = (select count(*) from ${registrations} r where r.event_id = ${eventId} and r.status = 'confirmed'),
			waitlisted_count = (select count(*) from ${registrations} r where r.event_id = ${eventId} and r.status = 'waitlisted')
		where id = ${eventId}`);
}

/** Seats taken and people waiting, for one way of attending. */
export interface WayCounts {
	confirmed: number;
	waitlisted: number;
}
export type CountsByWay = Record<Attendance, WayCounts>;

/** The capacity for one way of attending (a hybrid event has one for the room and one for the net). */
export function capacityFor(
	ev: Pick<EventRow, 'format' | 'capacity' | 'digitalCapacity'>,
	way: Attendance
): number | null {
	return ev.format === 'hybrid' && way === 'digitalt' ? ev.digitalCapacity : ev.capacity;
}

/** The SQL for a registration's way of attending (older rows: as the event's format). */
export const wayOf = (ev: Pick<EventRow, 'format'>) =>
	ev.format === 'hybrid'
		? sql`coalesce(${registrations.attendance}::text, 'fysisk')`
		: sql`${ev.format}::text`;

/**
 * Seats left (null: no limit). A hybrid event counts both ways and is full only when both are;
 * `byWay` is its counts (`seatCountsByWay`), null for the other formats.
 */
export function seatsLeftFor(
	ev: Pick<EventRow, 'format' | 'capacity' | 'digitalCapacity'>,
	confirmed: number,
	byWay: CountsByWay | null
): number | null {
	if (ev.format !== 'hybrid' || !byWay) return seatsLeft(ev.capacity, confirmed);
	if (ev.capacity === null || ev.digitalCapacity === null) return null;
	return (
		seatsLeft(ev.capacity, byWay.fysisk.confirmed)! +
		seatsLeft(ev.digitalCapacity, byWay.digitalt.confirmed)!
	);
}

/**
 * Seats and waitlist per way of attending (call with the event row locked), counted from the
 * registrations. An event that is not hybrid has one way only; `fromRow` takes its counts
 * from the row as locked (the seating transaction, which keeps them right).
 */
export async function seatCountsByWay(
	ev: EventRow,
	tx: DbOrTx = db,
	{ fromRow = false }: { fromRow?: boolean } = {}
): Promise<CountsByWay> {
	const out: CountsByWay = {
		fysisk: { confirmed: 0, waitlisted: 0 },
		digitalt: { confirmed: 0, waitlisted: 0 }
	};
	if (ev.format !== 'hybrid') {
		const c = fromRow
			? { confirmed: ev.confirmedCount, waitlisted: ev.waitlistedCount }
			: await seatCounts(ev.id, tx);
		out[ev.format] = { confirmed: c.confirmed, waitlisted: c.waitlisted };
		return out;
	}
	const rows = await tx
		.select({
			way: sql<string>`${wayOf(ev)}`,
			confirmed: sql<number>`count(*) filter (where ${registrations.status} = 'confirmed')::int`,
			waitlisted: sql<number>`count(*) filter (where ${registrations.status} = 'waitlisted')::int`
		})
		.from(registrations)
		.where(eq(registrations.eventId, ev.id))
		.groupBy(sql`1`);
	for (const r of rows)
		if ((ATTENDANCES as readonly string[]).includes(r.way))
			out[r.way as Attendance] = { confirmed: r.confirmed, waitlisted: r.waitlisted };
	return out;
}

/** 1 for the first in the queue. */
export async function waitlistPosition(
	r: Pick<RegistrationRow, 'id' | 'eventId' | 'waitlistedAt'> & {
		attendance?: Attendance | null;
	},
	tx: DbOrTx = db,
	/** A hybrid event: the queue is the one for the registration's way of attending. */
	ev?: Pick<EventRow, 'format'>
): Promise<number> {
	const at = r.waitlistedAt ?? new Date(0);
	const sameWay = ev?.format === 'hybrid' ? sql`${wayOf(ev)} = ${attendanceOf(ev, r)}` : undefined;
	const [{ n }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(registrations)
		.where(
			and(
				eq(registrations.eventId, r.eventId),
				eq(registrations.status, 'waitlisted'),
				sameWay,
				or(
					lt(registrations.waitlistedAt, at),
					and(eq(registrations.waitlistedAt, at), sql`${registrations.id} <= ${r.id}`)
				)
			)
		);
	return n;
}

/** How many seats are free for promotion from the waitlist (with the counts as locked). */
export function freeSeats(
	capacity: number | null,
	c: { confirmed: number; waitlisted: number }
): number {
	return capacity === null ? c.waitlisted : capacity - c.confirmed;
}

/**
 * The seat rule for one newcomer, with the counts so far: a seat when one is free and nobody
 * waits. Staff may overbook on purpose (a walk-in at the door): a seat whatever the counts.
 */
export function place(
	capacity: number | null,
	c: { confirmed: number; waitlisted: number },
	{ overbook = false }: { overbook?: boolean } = {}
): 'confirmed' | 'waitlisted' {
	return overbook || capacity === null || (c.confirmed < capacity && c.waitlisted === 0)
		? 'confirmed'
		: 'waitlisted';
}

/**
 * Whether seats can be handed out now. For staff registering by hand, the deadline, the
 * opening time and the start do not count (a walk-in at the door); a draft or cancelled
 * event still takes nobody.
 */
function seatingWindow(ev: EventRow, byStaff: boolean): RegistrationWindow {
	const window = registrationWindow(ev, now());
	if (window.open || !byStaff) return window;
	return window.reason === 'draft' || window.reason === 'cancelled' ? window : { open: true };
}

/** How seats are handed out in one seating transaction. */
export interface SeatOptions {
	/** Registered by staff: the registration window's times do not apply. */
	byStaff?: boolean;
	/** Staff chose to give a seat even when the event is full. */
	overbook?: boolean;
	/** Runs in the seating transaction, with the event locked, after the registrations are in (audit). */
	inTransaction?: (tx: Tx, ev: EventRow, outcomes: Outcome[]) => Promise<void>;
}

export function isUniqueViolation(e: unknown): boolean {
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

/** Someone asking for a seat, with checked details. */
export interface Seeker {
	details: Details;
	email: string;
	token: string;
	at: Date;
	/** The language the registration is made in: its mails are written in it. */
	lang: Lang;
	/** The options ticked (ids of the event's options, checked). */
	options?: number[];
}
export type Outcome =
	| {
			kind: 'registered';
			id: number;
			status: 'confirmed' | 'waitlisted';
			position: number | null;
			/** Places on the options ticked. */
			options?: OptionPlace[];
	  }
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

/** A seat or a place on the waitlist for one person, through the event's group-commit queue. */
export function allocate(eventId: number, seeker: Seeker): Promise<Outcome> {
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
export async function seatGroup(
	eventId: number,
	group: Seeker[],
	opts: SeatOptions = {}
): Promise<Outcome[]> {
	return db.transaction(async (tx) => {
		const [ev] = await tx.select().from(events).where(eq(events.id, eventId)).for('update');
		const window = ev ? seatingWindow(ev, opts.byStaff ?? false) : null;
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
		// The seat rule, one after the other, with the counts as locked: each against the
		// capacity and the queue of the way they attend (a hybrid event has two).
		const byWay = await seatCountsByWay(ev, tx, { fromRow: true });
		const places = group.map((g) => {
			if (taken.has(g.email)) return null;
			const way = g.details.attendance;
			const counts = byWay[way];
			if (place(capacityFor(ev, way), counts, opts) === 'confirmed') {
				counts.confirmed++;
				return { status: 'confirmed' as const, position: null };
			}
			counts.waitlisted++;
			return { status: 'waitlisted' as const, position: counts.waitlisted };
		});
		const seated = group.flatMap((g, i) => {
			const spot = places[i];
			return spot ? [{ ...g, ...spot }] : [];
		});
		const ids = new Map<string, number>();
		let chosen = new Map<number, OptionPlace[]>();
		if (seated.length > 0) {
			// One statement for the whole group (registrations in arrival order, then their links),
			// with the values as arrays: building a many-row insert costs more than running it.
			const col = <T>(f: (s: (typeof seated)[number]) => T) => sql.param(seated.map(f));
			const inserted = await tx.execute<{ id: number; email: string }>(sql`
				with input as (
					select * from unnest(${col((s) => s.status)}::registration_status[],
						${col((s) => s.details.attendance)}::attendance[],
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
						with ordinality as i(status, attendance, name, email, municipality_number, county_number,
							organisation, role, answers, dietary, dietary_consent_at, accessibility,
							accessibility_consent_at, at, hash, lang, n)
				), r as (
					insert into ${registrations} (event_id, status, attendance, name, email, municipality_number,
						county_number, organisation, role, answers, dietary, dietary_consent_at,
						accessibility, accessibility_consent_at, registered_at, confirmed_at, waitlisted_at, updated_at, lang)
					select ${ev.id}, status, attendance, name, email, municipality_number, county_number,
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
			// The options ticked, by the same rule under the same lock (options follow the event seat).
			chosen = await seatOptions(
				tx,
				ev,
				seated.flatMap((s) => optionWish(s, ids.get(s.email)!))
			);
			const seqs = await issueSequences(
				tx,
				ev.id,
				seated.filter((s) => s.status === 'confirmed').map((s) => s.email)
			);
			await sendMails(
				tx,
				seated.map((s) =>
					// Each in the language the person registered in (a group mixes languages).
					withLanguage(s.lang, () => {
						const url = manageUrl(s.token);
						// The meeting link only to those on the net; the room's address to the others.
						const seen = attendeeView(ev, s.details.attendance);
						const id = ids.get(s.email)!;
						return s.status === 'confirmed'
							? {
									to: s.email,
									template: 'arrangement.confirmed',
									content: eventTemplates.confirmed(seen, s.details.name, url, chosen.get(id)),
									idempotencyKey: `registration:${id}:confirmed`,
									attachments: [
										icsAttachment(
											personalIcs({
												event: seen,
												registration: { status: 'confirmed', name: s.details.name, email: s.email },
												counter: seqs.get(s.email)!,
												manageUrl: url
											})!
										),
										checkinQrAttachment(id)
									]
								}
							: {
									to: s.email,
									template: 'arrangement.waitlisted',
									content: eventTemplates.waitlisted(
										seen,
										s.details.name,
										s.position!,
										url,
										chosen.get(id)
									),
									idempotencyKey: `registration:${id}:waitlisted`
								};
					})
				)
			);
			await tx
				.update(events)
				.set({
					confirmedCount: byWay.fysisk.confirmed + byWay.digitalt.confirmed,
					waitlistedCount: byWay.fysisk.waitlisted + byWay.digitalt.waitlisted
				})
				.where(eq(events.id, ev.id));
		}
		const outcomes = group.map((g, i): Outcome => {
			const spot = places[i];
			if (!spot) return { kind: 'already' };
			const id = ids.get(g.email)!;
			return { kind: 'registered', id, ...spot, options: chosen.get(id) ?? [] };
		});
		if (opts.inTransaction) await opts.inTransaction(tx, ev, outcomes);
		return outcomes;
	});
}

/**
 * Several people together in one seating transaction, outside the queue (a group registered
 * by a coordinator, someone registered by staff): the same lock and the same rule, in the
 * order given. An address registered at the same moment elsewhere makes the transaction fail
 * on the unique index; then it runs again, and that address is found taken.
 */
export async function seatTogether(
	eventId: number,
	seekers: Seeker[],
	opts: SeatOptions = {}
): Promise<Outcome[]> {
	// One row per address in a seating (the insert pairs registrations and links by address).
	if (new Set(seekers.map((s) => s.email)).size !== seekers.length)
		throw new Error('seatTogether: the same address twice');
	for (let attempt = 1; ; attempt++) {
		try {
			return await seatGroup(eventId, seekers, opts);
		} catch (e) {
			if (isLockTimeout(e)) throw busyError();
			if (!isUniqueViolation(e) || attempt >= 3) throw e;
		}
	}
}

// ——— Options (day 1, day 2, dinner, overnight): each with its own places and waitlist ———
//
// An option's places are separate from the event seat (someone with a seat may wait for the
// dinner), and decided by the same rule (`place`), under the same lock on the event row: every
// change to an option's places runs in a transaction that took `lockEvent` (or inside
// `seatGroup`). Options follow the event seat: someone on the event's waitlist gets no option
// places; what they ticked is kept as pending and placed when they get a seat (behind those
// already waiting for the option). An option's waitlist is ordered by the time the person
// joined it, then registration id.

/** A registration's place on one option, as the mails and the private page show it. */
export interface OptionPlace {
	optionId: number;
	name: string;
	status: 'confirmed' | 'waitlisted' | 'pending';
	/** On the option's waitlist: 1 for the first. */
	position: number | null;
}

export interface OptionCount {
	id: number;
	name: string;
	position: number;
	capacity: number | null;
	confirmed: number;
	waitlisted: number;
}

/** Each of the event's options with its places taken and people waiting, in the event's order. */
export async function optionCounts(tx: DbOrTx, eventId: number): Promise<OptionCount[]> {
	return tx
		.select({
			id: eventOptions.id,
			name: eventOptions.name,
			position: eventOptions.position,
			capacity: eventOptions.capacity,
			// Counted per option and status down registration_options_option_idx (an index range
			// each), not by joining every place at the event and grouping.
			confirmed: sql<number>`(select count(*) from registration_options ro where ro.option_id = ${eventOptions.id} and ro.status = 'confirmed')::int`,
			waitlisted: sql<number>`(select count(*) from registration_options ro where ro.option_id = ${eventOptions.id} and ro.status = 'waitlisted')::int`
		})
		.from(eventOptions)
		.where(eq(eventOptions.eventId, eventId))
		.orderBy(eventOptions.position, eventOptions.id);
}

const optionWish = (
	s: Seeker & { status: 'confirmed' | 'waitlisted' },
	registrationId: number
): OptionWish[] =>
	s.options?.length
		? [{ registrationId, seated: s.status === 'confirmed', options: s.options, at: s.at }]
		: [];

/** Someone's chosen options to place: `seated` when they have the event seat. */
export interface OptionWish {
	registrationId: number;
	seated: boolean;
	options: number[];
	at: Date;
}

/**
 * Places chosen options, one person after the other in the order given, with the counts as
 * locked (call with the event row locked): a place when one is free and nobody waits for the
 * option, otherwise its waitlist; pending for someone without the event seat. The rows are
 * inserted; the answer is each registration's places.
 */
export async function seatOptions(
	tx: Tx,
	ev: Pick<EventRow, 'id'>,
	wishes: OptionWish[]
): Promise<Map<number, OptionPlace[]>> {
	const out = new Map<number, OptionPlace[]>();
	if (!wishes.some((w) => w.options.length > 0)) return out;
	const counts = new Map((await optionCounts(tx, ev.id)).map((o) => [o.id, o]));
	// The queue's time is taken under the lock (ties go by registration id, the seating order),
	// so an option's waitlist is in the order places were decided, across processes too.
	const queuedAt = now();
	const rows: (typeof registrationOptions.$inferInsert)[] = [];
	for (const w of wishes) {
		const places: OptionPlace[] = [];
		for (const c of [...counts.values()].filter((o) => w.options.includes(o.id))) {
			let status: OptionPlace['status'] = 'pending';
			let position: number | null = null;
			if (w.seated) {
				status = place(c.capacity, c);
				if (status === 'confirmed') c.confirmed++;
				else position = ++c.waitlisted;
			}
			places.push({ optionId: c.id, name: c.name, status, position });
			rows.push({
				registrationId: w.registrationId,
				optionId: c.id,
				status,
				createdAt: w.at,
				waitlistedAt: status === 'waitlisted' ? queuedAt : null
			});
		}
		out.set(w.registrationId, places);
	}
	if (rows.length) await tx.insert(registrationOptions).values(rows);
	return out;
}

/**
 * A person who just got the event seat: their pending options are placed now (call with the
 * event row locked). Their places, for the mail.
 */
export async function seatPendingOptions(
	tx: Tx,
	ev: Pick<EventRow, 'id'>,
	registrationId: number
): Promise<OptionPlace[]> {
	const pending = await tx
		.delete(registrationOptions)
		.where(
			and(
				eq(registrationOptions.registrationId, registrationId),
				eq(registrationOptions.status, 'pending')
			)
		)
		.returning({ optionId: registrationOptions.optionId });
	if (!pending.length) return [];
	const placed = await seatOptions(tx, ev, [
		{ registrationId, seated: true, options: pending.map((p) => p.optionId), at: now() }
	]);
	return placed.get(registrationId) ?? [];
}

/**
 * A person who lost the event seat (moved to the waitlist by staff): their option places go
 * back to pending. The options whose places freed up (for `promoteOptionWaitlists`).
 */
export async function suspendOptions(tx: Tx, registrationId: number): Promise<number[]> {
	const rows = await tx
		.update(registrationOptions)
		.set({ status: 'pending', waitlistedAt: null })
		.where(eq(registrationOptions.registrationId, registrationId))
		.returning({ optionId: registrationOptions.optionId });
	return rows.map((r) => r.optionId);
}

/**
 * A registration gives up options (cancelled, or unticked on the private page): its rows go.
 * `only`: just these options. The options whose places freed up.
 */
export async function releaseOptions(
	tx: Tx,
	registrationId: number,
	only?: number[]
): Promise<number[]> {
	if (only && only.length === 0) return [];
	const rows = await tx
		.delete(registrationOptions)
		.where(
			and(
				eq(registrationOptions.registrationId, registrationId),
				only ? sql`${registrationOptions.optionId} = any(${sql.param(only)}::int[])` : undefined
			)
		)
		.returning({ optionId: registrationOptions.optionId, status: registrationOptions.status });
	return rows.filter((r) => r.status === 'confirmed').map((r) => r.optionId);
}

/** A registration's option places, with waitlist positions (in the event's order of options). */
export async function optionPlacesOf(
	registrationId: number,
	tx: DbOrTx = db
): Promise<OptionPlace[]> {
	const mine = alias(registrationOptions, 'mine');
	return tx
		.select({
			optionId: eventOptions.id,
			name: eventOptions.name,
			status: mine.status,
			position: sql<number | null>`case when ${mine.status} = 'waitlisted' then (
				select count(*) from ${registrationOptions} w
				where w.option_id = ${mine.optionId} and w.status = 'waitlisted'
					and (w.waitlisted_at < ${mine.waitlistedAt}
						or (w.waitlisted_at = ${mine.waitlistedAt} and w.registration_id <= ${mine.registrationId}))
			)::int end`
		})
		.from(mine)
		.innerJoin(eventOptions, eq(eventOptions.id, mine.optionId))
		.where(eq(mine.registrationId, registrationId))
		.orderBy(eventOptions.position, eventOptions.id);
}
