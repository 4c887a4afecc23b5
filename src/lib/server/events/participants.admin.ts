/**
 * Staff's work with an event's participants: the lists (with search), moving people between
 * the waitlist and seats by hand, check-in at the door, messages to everyone, and the CSV
 * export (personal fields only when asked for, and the export is logged).
 */
import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { counties, municipalities } from '../geo/schema';
import {
	eventMessages,
	eventOptions,
	eventQuestions,
	registrationOptions,
	registrations
} from './schema';
import type { Actor } from '../accounts/actor';
import { recordAudit, storedText } from '../accounts/audit';
import { invalidatePublic } from '../cache/public-cache';
import { InvalidError, NotFoundError } from '../errors';

import { kickMail } from '../mail/send';
import { now } from '../clock';
import { currentLang, formatDateTime, m, t } from '$lib/i18n';
import { PARTICIPANT_ROLES, participantRoleLabel, type MessageInput } from '$lib/forms/events';
import { eventTemplates, participantIcs, queueEventMail } from './mail';
import { withLanguage } from '../i18n';
import { lockManaged, managedEvent } from './events.admin';
import { lockRegistration, newLink } from './registration/links';
import { promoteFromWaitlist, promoteOptionWaitlists } from './registration/waitlist';
import {
	capacityFor,
	optionCounts,
	type OptionPlace,
	releaseOptions,
	seatPendingOptions,
	suspendOptions,
	seatCountsByWay,
	syncSeatCounts,
	waitlistPosition,
	wayOf
} from './registration/seats';
import { attendanceOf, attendeeView } from './attendance';

export type ParticipantStatus = 'confirmed' | 'waitlisted' | 'cancelled';
export const isParticipantStatus = (s: string | null): s is ParticipantStatus =>
	s === 'confirmed' || s === 'waitlisted' || s === 'cancelled';

const participantColumns = {
	id: registrations.id,
	status: registrations.status,
	attendance: registrations.attendance,
	name: registrations.name,
	email: registrations.email,
	municipalityNumber: registrations.municipalityNumber,
	municipality: municipalities.name,
	county: counties.name,
	organisation: registrations.organisation,
	role: registrations.role,
	answers: registrations.answers,
	dietary: registrations.dietary,
	accessibility: registrations.accessibility,
	registeredAt: registrations.registeredAt,
	confirmedAt: registrations.confirmedAt,
	waitlistedAt: registrations.waitlistedAt,
	cancelledAt: registrations.cancelledAt,
	attendedAt: registrations.attendedAt,
	anonymisedAt: registrations.anonymisedAt
};

/** The role codes whose label (in the language answering now) contains the text. */
const rolesNamed = (text: string) =>
	PARTICIPANT_ROLES.filter((r) =>
		participantRoleLabel(r).toLocaleLowerCase().includes(text.toLocaleLowerCase())
	);

function search(q: string | undefined) {
	const s = q?.trim();
	if (!s) return undefined;
	const like = `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
	return or(
		ilike(registrations.name, like),
		ilike(registrations.email, like),
		ilike(registrations.organisation, like),
		ilike(municipalities.name, like),
		ilike(registrations.role, like),
		// Roles are stored as codes: search their labels in the language answering
		...rolesNamed(s).map((r) => eq(registrations.role, r))
	);
}

/** Participants per page of the list. */
export const PARTICIPANTS_PAGE_SIZE = 50;

/**
 * A page of a status's list, in its natural order (seats by name, the waitlist by queue,
 * cancelled by time), searched in the database, with the total that matched.
 */
export async function participants(
	actor: Actor,
	eventId: number,
	filter: { status: ParticipantStatus; q?: string; page?: number }
) {
	const ev = await managedEvent(actor, eventId);
	const order =
		filter.status === 'waitlisted'
			? [asc(registrations.waitlistedAt), asc(registrations.id)]
			: filter.status === 'confirmed'
				? [asc(registrations.name), asc(registrations.id)]
				: [asc(registrations.cancelledAt), asc(registrations.id)];
	const where = and(
		eq(registrations.eventId, eventId),
		eq(registrations.status, filter.status),
		search(filter.q)
	);
	const counts = await listCounts(ev);
	// Without a search the status's count is the total; with one, count what matched.
	const total = filter.q?.trim()
		? (
				await db
					.select({ n: sql<number>`count(*)::int` })
					.from(registrations)
					.leftJoin(municipalities, eq(municipalities.number, registrations.municipalityNumber))
					.where(where)
			)[0]!.n
		: counts[filter.status];
	const pages = Math.max(1, Math.ceil(total / PARTICIPANTS_PAGE_SIZE));
	const page = Math.min(Math.max(1, filter.page ?? 1), pages);
	const rows = await db
		.select({
			...participantColumns,
			// The place in the queue counts everyone waiting ahead, also those a search leaves
			// out, in the order waitlistPosition counts it (a hybrid event: a queue per way of
			// attending): a range of registrations_event_status_idx per row on the page.
			position:
				filter.status === 'waitlisted'
					? sql<number>`(select count(*) from registrations q
						where q.event_id = ${registrations.eventId} and q.status = 'waitlisted'
							and ${ev.format === 'hybrid' ? sql`coalesce(q.attendance::text, 'fysisk')` : sql`${ev.format}::text`} = ${wayOf(ev)}
							and (q.waitlisted_at, q.id) <= (${registrations.waitlistedAt}, ${registrations.id}))::int`
					: sql<null>`null`
		})
		.from(registrations)
		.leftJoin(municipalities, eq(municipalities.number, registrations.municipalityNumber))
		.leftJoin(counties, eq(counties.number, registrations.countyNumber))
		.where(where)
		.orderBy(...order)
		.limit(PARTICIPANTS_PAGE_SIZE)
		.offset((page - 1) * PARTICIPANTS_PAGE_SIZE);
	const placed = await optionPlacesByRegistration(
		eventId,
		rows.map((r) => r.id)
	);
	const withPositions = rows.map((r) => ({
		...r,
		attendance: attendanceOf(ev, r),
		position: r.position ?? null,
		options: placed.get(r.id) ?? []
	}));
	return {
		event: ev,
		counts,
		options: await optionCounts(db, eventId),
		rows: withPositions,
		total,
		page,
		pages
	};
}

/**
 * The tabs' counts: seats and waitlist from the event row (kept with every change, in the same
 * transaction, by syncSeatCounts), the cancelled and the checked-in counted down an index.
 */
async function listCounts(ev: Awaited<ReturnType<typeof managedEvent>>) {
	const [c] = await db
		.select({
			cancelled: sql<number>`count(*) filter (where ${registrations.status} = 'cancelled')::int`,
			attended: sql<number>`count(*) filter (where ${registrations.status} = 'confirmed')::int`
		})
		.from(registrations)
		.where(
			and(
				eq(registrations.eventId, ev.id),
				// Two index ranges: the cancelled, and registrations_attended_idx.
				sql`(${registrations.status} = 'cancelled' or (${registrations.status} = 'confirmed' and ${registrations.attendedAt} is not null))`
			)
		);
	return {
		confirmed: ev.confirmedCount,
		waitlisted: ev.waitlistedCount,
		cancelled: c!.cancelled,
		attended: c!.attended
	};
}

/**
 * The option places of the given registrations at an event, with waitlist positions (one
 * query; each position counts the option's queue up to that place, down its index).
 */
async function optionPlacesByRegistration(eventId: number, registrationIds: number[]) {
	const out = new Map<number, OptionPlace[]>();
	if (!registrationIds.length) return out;
	const rows = await db
		.select({
			registrationId: registrationOptions.registrationId,
			optionId: eventOptions.id,
			name: eventOptions.name,
			status: registrationOptions.status,
			position: sql<
				number | null
			>`case when ${registrationOptions.status} = 'waitlisted' then (select count(*) from registration_options q where q.option_id = ${registrationOptions.optionId} and q.status = 'waitlisted' and q.waitlisted_at <= ${registrationOptions.waitlistedAt} and (q.waitlisted_at, q.registration_id) <= (${registrationOptions.waitlistedAt}, ${registrationOptions.registrationId}))::int end`
		})
		.from(registrationOptions)
		.innerJoin(eventOptions, eq(eventOptions.id, registrationOptions.optionId))
		.where(
			and(
				eq(eventOptions.eventId, eventId),
				inArray(registrationOptions.registrationId, registrationIds)
			)
		)
		.orderBy(asc(eventOptions.position), asc(eventOptions.id));
	for (const { registrationId, ...p } of rows) {
		const list = out.get(registrationId) ?? [];
		list.push(p);
		out.set(registrationId, list);
	}
	return out;
}

export type MoveTarget = ParticipantStatus;

/**
 * Moves someone by hand. To a seat only when one is free; to the waitlist at the end of the
 * queue (the freed seat waits for a hand move or the next cancellation); cancelling someone
 * with a seat gives it to the first on the waitlist. The person is told by e-mail.
 */
export async function moveRegistration(
	actor: Actor,
	eventId: number,
	registrationId: number,
	to: MoveTarget
) {
	await db.transaction(async (tx) => {
		const ev = await lockManaged(tx, actor, eventId);
		const reg = await lockRegistration(tx, eventId, registrationId);
		if (reg.status === to) return;
		const at = now();
		if (at >= ev.endsAt) throw new InvalidError('problems.events.endedMove');
		// A seat of the way the person attends (a hybrid event: the room's or the net's).
		const way = attendanceOf(ev, reg);
		const capacity = capacityFor(ev, way);
		if (to === 'confirmed' && capacity !== null) {
			const c = (await seatCountsByWay(ev, tx))[way];
			if (c.confirmed >= capacity)
				throw new InvalidError('problems.events.full', {
					confirmed: c.confirmed,
					capacity
				});
		}
		if (to !== 'cancelled' && reg.status === 'cancelled' && reg.email) {
			const [other] = await tx
				.select({ id: registrations.id })
				.from(registrations)
				.where(
					and(
						eq(registrations.eventId, eventId),
						eq(registrations.email, reg.email),
						inArray(registrations.status, ['confirmed', 'waitlisted'])
					)
				);
			if (other) throw new InvalidError('problems.events.duplicateEmail');
		}
		const [after] = await tx
			.update(registrations)
			.set({
				status: to,
				confirmedAt: to === 'confirmed' ? at : reg.confirmedAt,
				waitlistedAt: to === 'waitlisted' ? at : null,
				cancelledAt: to === 'cancelled' ? at : null,
				sequence: reg.sequence + 1,
				updatedAt: at
			})
			.where(eq(registrations.id, reg.id))
			.returning();
		// Options follow the seat (seats.ts): placed with it, given up or back to pending without it.
		const options = to === 'confirmed' ? await seatPendingOptions(tx, ev, reg.id) : [];
		const freed =
			to === 'cancelled'
				? await releaseOptions(tx, reg.id)
				: reg.status === 'confirmed'
					? await suspendOptions(tx, reg.id)
					: [];
		const email = after.email;
		// In the language the person registered in: the mail, its links and calendar file.
		if (email)
			await withLanguage(after.lang, async () => {
				const url = to === 'cancelled' ? null : await newLink(tx, after.id);
				if (to === 'confirmed')
					await queueEventMail(tx, {
						kind: 'promoted',
						to: email,
						content: eventTemplates.promoted(
							attendeeView(ev, attendanceOf(ev, after)),
							after.name,
							url!,
							options
						),
						key: `registration:${after.id}:promoted:${after.sequence}`,
						ics: await participantIcs(tx, ev, after, url),
						qrFor: after.id
					});
				else if (to === 'waitlisted')
					await queueEventMail(tx, {
						kind: 'waitlisted',
						to: email,
						content: eventTemplates.movedToWaitlist(
							ev,
							after.name,
							await waitlistPosition(after, tx),
							url!
						),
						key: `registration:${after.id}:waitlisted:${after.sequence}`,
						ics:
							reg.status === 'confirmed'
								? await participantIcs(tx, ev, after, null, true)
								: undefined
					});
				else
					await queueEventMail(tx, {
						kind: 'self-cancelled',
						to: email,
						content: eventTemplates.cancelledByStaff(ev, after.name),
						key: `registration:${after.id}:cancelled:${after.sequence}`,
						ics:
							reg.status === 'confirmed'
								? await participantIcs(tx, ev, after, null, true)
								: undefined
					});
			});
		await promoteOptionWaitlists(tx, ev, freed);
		const promoted =
			to === 'cancelled' && reg.status === 'confirmed' ? await promoteFromWaitlist(tx, ev) : [];
		await syncSeatCounts(tx, eventId);
		const label = storedText(
			(
				{
					confirmed: 'admin.auditLog.toConfirmed',
					waitlisted: 'admin.auditLog.toWaitlisted',
					cancelled: 'admin.auditLog.toCancelled'
				} as const
			)[to]
		);
		await recordAudit(tx, actor, {
			action: 'arrangement.deltaker-flyttet',
			entityType: 'arrangement',
			entityId: eventId,
			summary: [
				storedText('admin.auditLog.registrationMoved', { id: reg.id, to: label, title: ev.title }),
				...(promoted.length
					? [storedText('admin.auditLog.promoted', { count: promoted.length })]
					: [])
			],
			before: { id: reg.id, status: reg.status },
			after: { id: reg.id, status: to }
		});
	});
	await kickMail();
	invalidatePublic();
}

/** Check-in at the door (or undo it). */
export async function setAttendance(
	actor: Actor,
	eventId: number,
	registrationId: number,
	attended: boolean
) {
	return db.transaction(async (tx) => {
		const ev = await lockManaged(tx, actor, eventId);
		const [after] = await tx
			.update(registrations)
			.set({ attendedAt: attended ? now() : null, updatedAt: now() })
			.where(
				and(
					eq(registrations.id, registrationId),
					eq(registrations.eventId, eventId),
					eq(registrations.status, 'confirmed')
				)
			)
			.returning({ id: registrations.id, name: registrations.name });
		if (!after) throw new NotFoundError('problems.events.notConfirmed');
		await recordAudit(tx, actor, {
			action: attended ? 'arrangement.innsjekket' : 'arrangement.innsjekk-angret',
			entityType: 'arrangement',
			entityId: eventId,
			summary: storedText(attended ? 'admin.auditLog.checkedIn' : 'admin.auditLog.checkInUndone', {
				id: after.id,
				title: ev.title
			})
		});
		return after;
	});
}

const AUDIENCE_STATUSES = {
	confirmed: ['confirmed'],
	waitlisted: ['waitlisted'],
	all: ['confirmed', 'waitlisted']
} as const;

/** Sends a message to everyone registered (or the seated, or the waiting); a double submit sends once. */
export async function messageParticipants(actor: Actor, eventId: number, input: MessageInput) {
	const sent = await db.transaction(async (tx) => {
		const ev = await lockManaged(tx, actor, eventId);
		const at = now();
		const [msg] = await tx
			.insert(eventMessages)
			.values({
				eventId,
				subject: input.subject,
				body: input.body,
				audience: input.audience,
				sentById: actor.id,
				sentByName: actor.name,
				nonce: input.nonce,
				sentAt: at
			})
			.onConflictDoNothing()
			.returning();
		if (!msg) return null;
		const list = await tx
			.select()
			.from(registrations)
			.where(
				and(
					eq(registrations.eventId, eventId),
					inArray(registrations.status, [...AUDIENCE_STATUSES[input.audience]])
				)
			);
		let count = 0;
		for (const r of list) {
			const to = r.email;
			if (!to) continue;
			await withLanguage(r.lang, async () => {
				const url = await newLink(tx, r.id);
				await queueEventMail(tx, {
					kind: 'message',
					to,
					content: eventTemplates.staffMessage(ev, r.name, input.subject, input.body, url),
					key: `event-message:${msg.id}:${r.id}`
				});
			});
			count++;
		}
		await tx.update(eventMessages).set({ recipients: count }).where(eq(eventMessages.id, msg.id));
		await recordAudit(tx, actor, {
			action: 'arrangement.melding-sendt',
			entityType: 'arrangement',
			entityId: eventId,
			summary: storedText('admin.auditLog.messageSent', {
				subject: input.subject,
				count,
				title: ev.title
			}),
			after: { subject: input.subject, audience: input.audience, recipients: count }
		});
		return count;
	});
	if (sent) await kickMail();
	return sent;
}

export async function listMessages(actor: Actor, eventId: number) {
	await managedEvent(actor, eventId);
	return db
		.select()
		.from(eventMessages)
		.where(eq(eventMessages.eventId, eventId))
		.orderBy(sql`${eventMessages.sentAt} desc`);
}

// ——— CSV ———

/** A CSV cell: quoted when needed; formulas defused (a cell starting with = + - @ is text). */
export function csvCell(value: unknown): string {
	let s = value === null || value === undefined ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Registrations read per statement while a CSV export streams. */
export const CSV_BATCH_SIZE = 500;

/**
 * The participant list as CSV (semicolon-separated, UTF-8 with BOM for Excel), streamed: the
 * header first, then the registrations in batches of CSV_BATCH_SIZE read one after the other
 * (keyset on status, time of registration, id) as the download is read, so the file is never
 * built in memory. Without `personal` it has no names, addresses, organisations or free-text
 * answers; dietary needs only with `dietary`. Exports with personal data are written to the
 * audit log (when the export starts).
 */
export async function participantsCsv(
	actor: Actor,
	eventId: number,
	opts: { personal: boolean; dietary: boolean }
): Promise<{ filename: string; body: ReadableStream<Uint8Array> }> {
	// The header row, statuses and yes/no in the requester's language (also while it streams).
	const lang = currentLang();
	const w = m.admin.csv;
	const ev = await managedEvent(actor, eventId);
	const questions = await db
		.select()
		.from(eventQuestions)
		.where(eq(eventQuestions.eventId, eventId))
		.orderBy(asc(eventQuestions.position), asc(eventQuestions.id));
	const shown = questions.filter((q) => opts.personal || q.kind !== 'text');
	const hybrid = ev.format === 'hybrid';
	// A column per option: the person's status on it (empty: not ticked).
	const offered = await optionCounts(db, eventId);
	const header = [
		w.status,
		...(opts.personal ? [w.name, w.email, w.organisation] : []),
		w.municipality,
		w.county,
		w.role,
		w.registered,
		w.attended,
		...(hybrid ? [m.admin.events.attendanceColumn] : []),
		...shown.map((q) => q.label),
		...offered.map((o) => t(m.eventOptions.csv.column, { name: o.name })),
		...(opts.dietary ? [w.dietary, m.afterEvent.accessibility.column] : [])
	];
	const line = (r: CsvRow, placed: Map<number, OptionPlace[]>) =>
		[
			w.statuses[r.status],
			...(opts.personal ? [r.name, r.email ?? '', r.organisation ?? ''] : []),
			r.municipality ?? '',
			r.county ?? '',
			r.role ? participantRoleLabel(r.role) : '',
			formatDateTime(r.registeredAt),
			r.attendedAt ? w.yes : '',
			...(hybrid ? [m.app.events.attendance[attendanceOf(ev, r)]] : []),
			...shown.map((q) => {
				const a = r.answers[String(q.id)];
				return Array.isArray(a)
					? a.join(', ')
					: a === 'ja'
						? w.yes
						: a === 'nei'
							? w.no
							: (a ?? '');
			}),
			...offered.map((o) => {
				const p = placed.get(r.id)?.find((x) => x.optionId === o.id);
				return p ? m.eventOptions.csv[p.status] : '';
			}),
			...(opts.dietary ? [r.dietary ?? '', r.accessibility ?? ''] : [])
		]
			.map(csvCell)
			.join(';');
	if (opts.personal || opts.dietary)
		await recordAudit(db, actor, {
			action: 'arrangement.eksportert',
			entityType: 'arrangement',
			entityId: eventId,
			summary: storedText('admin.auditLog.exported', {
				title: ev.title,
				what: storedText(
					opts.personal && opts.dietary
						? 'admin.auditLog.exportBoth'
						: opts.personal
							? 'admin.auditLog.exportPersonal'
							: 'admin.auditLog.exportDietary'
				)
			})
		});
	const encoder = new TextEncoder();
	let after: CsvRow | null = null;
	let done = false;
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			controller.enqueue(encoder.encode('\uFEFF' + header.map(csvCell).join(';') + '\r\n'));
		},
		async pull(controller) {
			if (done) return;
			try {
				await withLanguage(lang, async () => {
					const batch = await csvBatch(eventId, after);
					const placed = offered.length
						? await optionPlacesByRegistration(
								eventId,
								batch.map((r) => r.id)
							)
						: new Map<number, OptionPlace[]>();
					if (batch.length)
						controller.enqueue(encoder.encode(batch.map((r) => line(r, placed) + '\r\n').join('')));
					after = batch.at(-1) ?? after;
					if (batch.length < CSV_BATCH_SIZE) {
						done = true;
						controller.close();
					}
				});
			} catch (e) {
				done = true;
				controller.error(e);
			}
		}
	});
	return { filename: `deltakere-${ev.slug}.csv`, body };
}

type CsvRow = Awaited<ReturnType<typeof csvBatch>>[number];

/**
 * The next CSV_BATCH_SIZE registrations after `after` (by status, time of registration, id;
 * the time as PostgreSQL wrote it, as a Date would lose the stored microseconds).
 */
function csvBatch(
	eventId: number,
	after: { status: ParticipantStatus; registeredKey: string; id: number } | null
) {
	return db
		.select({
			...participantColumns,
			registeredKey: sql<string>`${registrations.registeredAt}::text`
		})
		.from(registrations)
		.leftJoin(municipalities, eq(municipalities.number, registrations.municipalityNumber))
		.leftJoin(counties, eq(counties.number, registrations.countyNumber))
		.where(
			and(
				eq(registrations.eventId, eventId),
				after
					? sql`(${registrations.status}, ${registrations.registeredAt}, ${registrations.id}) > (${after.status}::registration_status, ${after.registeredKey}::timestamptz, ${after.id})`
					: undefined
			)
		)
		.orderBy(asc(registrations.status), asc(registrations.registeredAt), asc(registrations.id))
		.limit(CSV_BATCH_SIZE);
}
