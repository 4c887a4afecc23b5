/**
 * Staff's event use cases: list, create, edit, publish, unpublish, copy, cancel and delete events.
 * Editors manage every event, county-chapter leaders their own chapter's; every function
 * checks that itself. Every change is audited; changes of time, place or link tell the
 * participants (with an updated calendar file), more seats go to the waitlist.
 */
import { and, asc, desc, eq, gte, ilike, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import { db, type DbOrTx, type Tx } from '../db/client';
import { countyChapters } from '../geo/schema';
import { eventOptions, eventQuestions, events, registrations } from './schema';
import type { Actor } from '../accounts/actor';
import { authorize, can, isEditor } from '../accounts/permissions';
import { recordAudit, storedText } from '../accounts/audit';
import { invalidatePublic } from '../cache/public-cache';
import { InvalidError, FieldError, NotFoundError, ForbiddenError } from '../errors';
import { assertVersion, claimPath, freeSlug, recordMove } from '../content/editing';
import { slugify } from '../content/slug';
import { imagesWithoutAlt } from '../content/markdown';
import { kickMail } from '../mail/send';
import { now } from '../clock';
import {
	formatRange,
	m,
	message,
	parseOsloLocal,
	t,
	toOsloInput,
	type MessageKey
} from '$lib/i18n';
import type { EventInput } from '$lib/forms/events';
import { eventTemplates, whenText, whereText, type EventRow, type RegistrationRow } from './mail';
import { contactFields, contactToForm } from './contact';
import { attendanceOf, attendeeView } from './attendance';
import { lockEvent, seatCounts, seatCountsByWay } from './registration/seats';
import { queueParticipantMails } from './batch-mail';
import { promoteFromWaitlist } from './registration/waitlist';
import { programmeById } from '../programmes/programmes.service';

/** The shared refusal (errors.ts), thrown through `authorize`; a 403 page in the routes. */
export { ForbiddenError };

/** Paths under /arrangementer that are not events. */
const RESERVED = new Set(['min-pamelding']);

export function assertCanManage(
	actor: Actor,
	ev: Pick<EventRow, 'chapterId'> & { id?: number },
	action = 'arrangement.endre'
) {
	authorize(actor, (a) => can.manageEvent(a, ev.chapterId), action, ev.id, 'permissions.event');
}

/**
 * The event, if this person may manage it (NotFoundError / ForbiddenError otherwise);
 * `action` names what they are doing in a refusal's log line.
 */
export async function managedEvent(
	actor: Actor,
	id: number,
	action = 'arrangement.endre',
	tx: Tx | typeof db = db
): Promise<EventRow> {
	const [row] = await tx.select().from(events).where(eq(events.id, id));
	if (!row) throw new NotFoundError('problems.events.notFound');
	assertCanManage(actor, row, action);
	return row;
}

/** Locks the event for a change and checks the person may make it. */
export async function lockManaged(
	tx: Tx,
	actor: Actor,
	id: number,
	action = 'arrangement.endre'
): Promise<EventRow> {
	const row = await lockEvent(tx, id);
	assertCanManage(actor, row, action);
	return row;
}

export async function listEventsAdmin(
	actor: Actor,
	filter: { q?: string; status?: string; when?: string } = {}
) {
	authorize(actor, can.useAdmin, 'arrangement.liste', null, 'permissions.event');
	const q = filter.q?.trim();
	const at = now();
	const editor: boolean = isEditor(actor);
	const scope = editor
		? undefined
		: actor.chapterIds.length
			? inArray(events.chapterId, actor.chapterIds)
			: sql`false`;
	return db
		.select({
			id: events.id,
			slug: events.slug,
			title: events.title,
			type: events.type,
			status: events.status,
			startsAt: events.startsAt,
			endsAt: events.endsAt,
			capacity: events.capacity,
			chapterName: countyChapters.name,
			confirmed: sql<number>`(select count(*)::int from ${registrations} r where r.event_id = "events"."id" and r.status = 'confirmed')`,
			waitlisted: sql<number>`(select count(*)::int from ${registrations} r where r.event_id = "events"."id" and r.status = 'waitlisted')`
		})
		.from(events)
		.leftJoin(countyChapters, eq(countyChapters.id, events.chapterId))
		.where(
			and(
				scope,
				q ? or(ilike(events.title, `%${q}%`), ilike(events.lead, `%${q}%`)) : undefined,
				filter.status === 'draft' || filter.status === 'published' || filter.status === 'cancelled'
					? eq(events.status, filter.status)
					: undefined,
				filter.when === 'kommende'
					? gte(events.endsAt, at)
					: filter.when === 'tidligere'
						? lt(events.endsAt, at)
						: undefined
			)
		)
		.orderBy(
			filter.when === 'tidligere' ? desc(events.startsAt) : asc(events.startsAt),
			asc(events.id)
		);
}

/** County chapters this person may put an event under (editors: all, and national). */
export async function chapterOptions(actor: Actor) {
	authorize(actor, can.useAdmin, 'arrangement.avdelinger', null, 'permissions.event');
	const rows = await db.select().from(countyChapters).orderBy(asc(countyChapters.name));
	const editor: boolean = isEditor(actor);
	return {
		national: editor,
		chapters: rows.filter((c) => editor || actor.chapterIds.includes(c.id))
	};
}

export function eventToForm(row: EventRow | null): Partial<EventInput> {
	if (!row) return { version: 0, intent: 'lagre', format: 'fysisk', type: 'seminar' };
	return {
		title: row.title,
		slug: row.slug,
		type: row.type,
		lead: row.lead,
		description: row.description,
		agenda: row.agenda,
		startsAt: toOsloInput(row.startsAt),
		endsAt: toOsloInput(row.endsAt),
		format: row.format,
		venue: row.venue,
		address: row.address,
		meetingUrl: row.meetingUrl ?? '',
		audience: row.audience,
		organisers: row.organisers.join(', '),
		...contactToForm(row),
		capacity: row.capacity === null ? '' : String(row.capacity),
		digitalCapacity: row.digitalCapacity === null ? '' : String(row.digitalCapacity),
		registrationOpensAt: toOsloInput(row.registrationOpensAt),
		registrationClosesAt: toOsloInput(row.registrationClosesAt),
		recordingUrl: row.recordingUrl ?? '',
		resources: row.resources,
		chapterId: row.chapterId === null ? '' : String(row.chapterId),
		programmeId: row.programmeId === null ? '' : String(row.programmeId),
		cohortOnly: row.cohortOnly,
		version: row.version,
		intent: 'lagre',
		creationKey: ''
	};
}

function date(value: string, field: string, label: MessageKey): Date {
	const d = parseOsloLocal(value);
	if (!d) throw new FieldError(field, 'problems.events.dateFormat', { label: message(label) });
	return d;
}

/** The form's text turned into columns, with the rules that span fields. */
async function fieldsFrom(actor: Actor, input: EventInput, currentProgrammeId: number | null) {
	const startsAt = date(input.startsAt, 'startsAt', 'problems.events.labels.startsAt');
	const endsAt = date(input.endsAt, 'endsAt', 'problems.events.labels.endsAt');
	if (endsAt <= startsAt) throw new FieldError('endsAt', 'problems.events.endBeforeStart');
	const registrationOpensAt = input.registrationOpensAt
		? date(input.registrationOpensAt, 'registrationOpensAt', 'problems.events.labels.opensAt')
		: null;
	const registrationClosesAt = input.registrationClosesAt
		? date(input.registrationClosesAt, 'registrationClosesAt', 'problems.events.labels.closesAt')
		: null;
	if (registrationClosesAt && registrationClosesAt > startsAt)
		throw new FieldError('registrationClosesAt', 'problems.events.closesAfterStart');
	if (registrationOpensAt && registrationOpensAt >= (registrationClosesAt ?? startsAt))
		throw new FieldError('registrationOpensAt', 'problems.events.opensAfterClose');
	const capacity = input.capacity === '' ? null : Number(input.capacity);
	if (capacity !== null && capacity < 1)
		throw new FieldError('capacity', 'problems.events.capacityMin');
	// A hybrid event: places on the net too (empty: no limit).
	const digitalCapacity =
		input.format !== 'hybrid' || !input.digitalCapacity ? null : Number(input.digitalCapacity);
	if (digitalCapacity !== null && digitalCapacity < 1)
		throw new FieldError('digitalCapacity', 'problems.events.capacityMin');
	const chapterId = input.chapterId === '' ? null : Number(input.chapterId);
	if (chapterId !== null) {
		const [c] = await db.select().from(countyChapters).where(eq(countyChapters.id, chapterId));
		if (!c) throw new FieldError('chapterId', 'problems.events.chapterChoose');
	}
	if (!can.manageEvent(actor, chapterId))
		throw new FieldError('chapterId', 'problems.events.chapterOwn');
	const programmeId = input.programmeId === '' ? null : Number(input.programmeId);
	if (programmeId !== null && programmeId !== currentProgrammeId) {
		const p = await programmeById(programmeId);
		if (!p) throw new FieldError('programmeId', 'problems.events.programmeChoose');
		if (!can.manageProgramme(actor, p.chapterIds))
			throw new FieldError('programmeId', 'problems.events.programmeOwn');
	}
	if (input.cohortOnly && programmeId === null)
		throw new FieldError('cohortOnly', 'problems.events.cohortProgramme');
	for (const [field, text] of [
		['description', input.description],
		['agenda', input.agenda],
		['resources', input.resources]
	] as const) {
		const missing = imagesWithoutAlt(text);
		if (missing.length)
			throw new FieldError(field, 'problems.altMissing', { images: missing.join(', ') });
	}
	const digital = input.format === 'digitalt';
	const online = input.format !== 'fysisk';
	return {
		title: input.title,
		type: input.type,
		lead: input.lead,
		description: input.description,
		agenda: input.agenda,
		startsAt,
		endsAt,
		format: input.format,
		venue: digital ? '' : input.venue,
		address: digital ? '' : input.address,
		meetingUrl: online ? input.meetingUrl || null : null,
		audience: input.audience,
		organisers: [
			...new Set(
				input.organisers
					.split(',')
					.map((s) => s.trim())
					.filter(Boolean)
			)
		].slice(0, 10),
		...contactFields(input),
		capacity,
		digitalCapacity,
		registrationOpensAt,
		registrationClosesAt,
		recordingUrl: input.recordingUrl || null,
		resources: input.resources,
		chapterId,
		programmeId,
		cohortOnly: programmeId !== null && input.cohortOnly
	};
}

type Fields = Awaited<ReturnType<typeof fieldsFrom>>;

function checkPublishable(f: Fields) {
	if (f.format !== 'digitalt' && !f.venue && !f.address)
		throw new FieldError('venue', 'problems.events.venueMissing');
}

async function uniqueEventSlug(tx: DbOrTx, wanted: string, exceptId: number | null) {
	const base = RESERVED.has(wanted) ? `${wanted}-arrangement` : wanted;
	return freeSlug(tx, events, events.slug, events.id, base, exceptId);
}

/** What participants are told changed (time, place, link), empty when nothing they rely on did. */
export function noticeableChanges(before: EventRow, after: EventRow): string[] {
	const out: string[] = [];
	if (
		before.startsAt.getTime() !== after.startsAt.getTime() ||
		before.endsAt.getTime() !== after.endsAt.getTime()
	)
		out.push(
			t(m.mail.events.changes.time, {
				when: whenText(after),
				before: formatRange(before.startsAt, before.endsAt)
			})
		);
	if (
		before.format !== after.format ||
		before.venue !== after.venue ||
		before.address !== after.address
	)
		out.push(
			t(m.mail.events.changes.place, { where: whereText(after), before: whereText(before) })
		);
	if (after.format === 'digitalt' && (before.meetingUrl ?? '') !== (after.meetingUrl ?? ''))
		out.push(m.mail.events.changes.meetingLink);
	return out;
}

/** Fields a calendar shows: a change raises SEQUENCE. */
function calendarChanged(before: EventRow, f: Fields): boolean {
	return (
		before.title !== f.title ||
		before.lead !== f.lead ||
		before.startsAt.getTime() !== f.startsAt.getTime() ||
		before.endsAt.getTime() !== f.endsAt.getTime() ||
		before.format !== f.format ||
		before.venue !== f.venue ||
		before.address !== f.address ||
		(before.meetingUrl ?? null) !== f.meetingUrl
	);
}

/** Tells everyone still registered what changed, each with a fresh link and calendar file. */
async function notifyChange(tx: Tx, before: EventRow, ev: EventRow) {
	const list = await tx
		.select()
		.from(registrations)
		.where(
			and(
				eq(registrations.eventId, ev.id),
				inArray(registrations.status, ['confirmed', 'waitlisted'])
			)
		);
	// In the language each registered in: the changes, the links, the calendar file.
	await queueParticipantMails(
		tx,
		ev,
		list.map((r) => ({
			registration: r,
			link: true,
			ics: r.status === 'confirmed' ? ('request' as const) : undefined
		})),
		(r, url, ics) => ({
			kind: 'changed',
			to: r.email!,
			// A hybrid event's meeting link only to those attending digitally (attendance.ts)
			content: eventTemplates.changed(
				attendeeView(ev, attendanceOf(ev, r)),
				r.name,
				r.status === 'confirmed',
				noticeableChanges(before, ev),
				url!
			),
			key: `event:${ev.id}:changed:${ev.sequence}:${r.id}`,
			ics
		})
	);
	return list.length;
}

export type SaveResult = { id: number; notified: number; promoted: number };

/** What an edit does to the event's status besides saving the form. */
type StatusChange = 'keep' | 'publish' | 'unpublish';

/** A new event from the form, a draft or (with `publish`) published at once. */
export async function createEvent(
	actor: Actor,
	input: EventInput,
	{ publish = false }: { publish?: boolean } = {}
): Promise<SaveResult> {
	authorize(actor, can.useAdmin, 'arrangement.lagre', null, 'permissions.event');
	const f = await fieldsFrom(actor, input, null);
	if (publish) checkPublishable(f);
	const result = await db.transaction(async (tx): Promise<SaveResult> => {
		const at = now();
		if (input.creationKey) {
			const [earlier] = await tx
				.select({ id: events.id })
				.from(events)
				.where(eq(events.creationKey, input.creationKey));
			if (earlier) return { id: earlier.id, notified: 0, promoted: 0 };
		}
		const slug = await uniqueEventSlug(tx, input.slug || slugify(input.title), null);
		const [row] = await tx
			.insert(events)
			.values({
				...f,
				slug,
				status: publish ? 'published' : 'draft',
				publishedAt: publish ? at : null,
				creationKey: input.creationKey || null,
				createdAt: at,
				updatedAt: at
			})
			.returning();
		await claimPath(tx, `/arrangementer/${slug}`);
		await recordAudit(tx, actor, {
			action: publish ? 'arrangement.publisert' : 'arrangement.opprettet',
			entityType: 'arrangement',
			entityId: row.id,
			summary: storedText(
				publish ? 'admin.auditLog.eventCreatedPublished' : 'admin.auditLog.eventCreated',
				{ title: row.title }
			),
			after: row
		});
		return { id: row.id, notified: 0, promoted: 0 };
	});
	invalidatePublic();
	return result;
}

/** Whether a change of time, place or link is mailed to the participants (default: yes). */
export interface NoticeChoice {
	notify?: boolean;
}

/** Saves the form's changes to an event; its status stays. */
export function updateEvent(
	actor: Actor,
	id: number,
	input: EventInput,
	{ notify = true }: NoticeChoice = {}
): Promise<SaveResult> {
	return editEvent(actor, id, input, 'keep', notify);
}

/** Saves the form's changes and publishes the event. */
export function publishEvent(
	actor: Actor,
	id: number,
	input: EventInput,
	{ notify = true }: NoticeChoice = {}
): Promise<SaveResult> {
	return editEvent(actor, id, input, 'publish', notify);
}

/** Saves the form's changes and takes the event back to draft (only while nobody is registered). */
export function unpublishEvent(actor: Actor, id: number, input: EventInput): Promise<SaveResult> {
	return editEvent(actor, id, input, 'unpublish');
}

const editAudit = {
	keep: { action: 'arrangement.endret', summary: 'admin.auditLog.eventChanged' },
	publish: { action: 'arrangement.publisert', summary: 'admin.auditLog.eventPublished' },
	unpublish: { action: 'arrangement.avpublisert', summary: 'admin.auditLog.eventUnpublished' }
} as const;

/**
 * What saving the form would tell the participants, without saving: the event as it would be,
 * the changes they would read, and who would get them (empty: nobody would be told).
 */
export async function plannedNotice(
	actor: Actor,
	id: number,
	input: EventInput,
	change: Exclude<StatusChange, 'unpublish'>
): Promise<{
	after: EventRow;
	changes: string[];
	recipients: Pick<RegistrationRow, 'id' | 'status' | 'attendance'>[];
}> {
	authorize(actor, can.useAdmin, 'arrangement.lagre', id, 'permissions.event');
	const before = await managedEvent(actor, id);
	const f = await fieldsFrom(actor, input, before.programmeId);
	const status =
		change === 'publish' && before.status !== 'cancelled' ? 'published' : before.status;
	const after: EventRow = { ...before, ...f, status, sequence: before.sequence + 1 };
	const changes = noticeableChanges(before, after);
	const tell = changes.length > 0 && after.status === 'published' && now() < after.endsAt;
	const recipients = tell
		? await db
				.select({
					id: registrations.id,
					status: registrations.status,
					attendance: registrations.attendance
				})
				.from(registrations)
				.where(
					and(
						eq(registrations.eventId, id),
						inArray(registrations.status, ['confirmed', 'waitlisted']),
						isNotNull(registrations.email)
					)
				)
		: [];
	return { after, changes, recipients };
}

/** The edit the three use cases above share: save, change the status, tell, promote, audit. */
async function editEvent(
	actor: Actor,
	id: number,
	input: EventInput,
	change: StatusChange,
	notify = true
): Promise<SaveResult> {
	authorize(actor, can.useAdmin, 'arrangement.lagre', id, 'permissions.event');
	// Someone else's event is refused before anything about the form is said.
	const current = await managedEvent(actor, id);
	const f = await fieldsFrom(actor, input, current.programmeId);
	if (change === 'publish') checkPublishable(f);
	const result = await db.transaction(async (tx): Promise<SaveResult> => {
		const at = now();
		const before = await lockManaged(tx, actor, id);
		assertVersion(before, input.version);
		let status = before.status;
		if (change !== 'keep') {
			if (before.status === 'cancelled') throw new InvalidError('problems.events.cancelledPublish');
			if (change === 'unpublish') {
				const c = await seatCounts(id, tx);
				if (c.confirmed + c.waitlisted > 0)
					throw new InvalidError('problems.events.unpublishRegistrations');
			}
			status = change === 'publish' ? 'published' : 'draft';
		}
		if (status === 'published') checkPublishable(f);
		if (f.capacity !== null || f.digitalCapacity !== null) {
			// Per way of attending for a hybrid event (older rows count as the room).
			const byWay = await seatCountsByWay({ ...before, format: f.format }, tx);
			const c = await seatCounts(id, tx);
			const room = f.format === 'hybrid' ? byWay.fysisk.confirmed : c.confirmed;
			if (f.capacity !== null && f.capacity < room)
				throw new FieldError('capacity', 'problems.events.capacityBelowConfirmed', {
					confirmed: room
				});
			if (f.digitalCapacity !== null && f.digitalCapacity < byWay.digitalt.confirmed)
				throw new FieldError('digitalCapacity', 'problems.events.capacityBelowConfirmed', {
					confirmed: byWay.digitalt.confirmed
				});
		}
		const wanted = input.slug || before.slug;
		const slug = wanted === before.slug ? before.slug : await uniqueEventSlug(tx, wanted, id);
		const bump = calendarChanged(before, f) || status !== before.status;
		const [after] = await tx
			.update(events)
			.set({
				...f,
				slug,
				status,
				publishedAt: status === 'published' ? (before.publishedAt ?? at) : before.publishedAt,
				sequence: before.sequence + (bump ? 1 : 0),
				updatedAt: at,
				version: before.version + 1
			})
			.where(eq(events.id, id))
			.returning();
		if (slug !== before.slug)
			await recordMove(tx, `/arrangementer/${before.slug}`, `/arrangementer/${slug}`);
		const changes = noticeableChanges(before, after);
		const tell = changes.length > 0 && after.status === 'published' && at < after.endsAt;
		const notified = tell && notify ? await notifyChange(tx, before, after) : 0;
		const promoted =
			(before.capacity !== null && (after.capacity === null || after.capacity > before.capacity)) ||
			(before.format === 'hybrid' &&
				before.digitalCapacity !== null &&
				(after.digitalCapacity === null || after.digitalCapacity > before.digitalCapacity))
				? (await promoteFromWaitlist(tx, after)).length
				: 0;
		await recordAudit(tx, actor, {
			action: editAudit[change].action,
			entityType: 'arrangement',
			entityId: id,
			summary: [
				storedText(editAudit[change].summary, { title: after.title }),
				...(notified ? [storedText('admin.auditLog.notified', { count: notified })] : []),
				...(tell && !notify ? [storedText('afterEvent.changeNotice.auditNotNotified')] : []),
				...(promoted ? [storedText('admin.auditLog.promoted', { count: promoted })] : [])
			],
			before,
			after
		});
		return { id, notified, promoted };
	});
	if (result.notified || result.promoted) await kickMail();
	invalidatePublic();
	return result;
}

/** A new draft with the same content and questions (no participants), to edit and publish. */
export async function copyEvent(actor: Actor, id: number): Promise<number> {
	const newId = await db.transaction(async (tx) => {
		const src = await lockManaged(tx, actor, id);
		const at = now();
		const slug = await uniqueEventSlug(tx, src.slug.replace(/-\d+$/, ''), null);
		const [copy] = await tx
			.insert(events)
			.values({
				slug,
				type: src.type,
				title: src.title,
				lead: src.lead,
				description: src.description,
				agenda: src.agenda,
				startsAt: src.startsAt,
				endsAt: src.endsAt,
				format: src.format,
				venue: src.venue,
				address: src.address,
				meetingUrl: src.meetingUrl,
				audience: src.audience,
				organisers: src.organisers,
				contactName: src.contactName,
				contactEmail: src.contactEmail,
				capacity: src.capacity,
				digitalCapacity: src.digitalCapacity,
				registrationOpensAt: src.registrationOpensAt,
				registrationClosesAt: src.registrationClosesAt,
				chapterId: src.chapterId,
				programmeId: src.programmeId,
				cohortOnly: src.cohortOnly,
				status: 'draft',
				createdAt: at,
				updatedAt: at
			})
			.returning();
		const questions = await tx
			.select()
			.from(eventQuestions)
			.where(eq(eventQuestions.eventId, id))
			.orderBy(asc(eventQuestions.position), asc(eventQuestions.id));
		if (questions.length)
			await tx.insert(eventQuestions).values(
				questions.map((q) => ({
					eventId: copy.id,
					position: q.position,
					kind: q.kind,
					label: q.label,
					help: q.help,
					required: q.required,
					options: q.options,
					createdAt: at,
					updatedAt: at
				}))
			);
		// The options (day 1, dinner …) with their limits; no places come along.
		const options = await tx
			.select()
			.from(eventOptions)
			.where(eq(eventOptions.eventId, id))
			.orderBy(asc(eventOptions.position), asc(eventOptions.id));
		if (options.length)
			await tx.insert(eventOptions).values(
				options.map((o) => ({
					eventId: copy.id,
					position: o.position,
					name: o.name,
					capacity: o.capacity,
					createdAt: at,
					updatedAt: at
				}))
			);
		await claimPath(tx, `/arrangementer/${slug}`);
		await recordAudit(tx, actor, {
			action: 'arrangement.kopiert',
			entityType: 'arrangement',
			entityId: copy.id,
			summary: storedText('admin.auditLog.eventCopied', { title: src.title, id: src.id }),
			after: copy
		});
		return copy.id;
	});
	return newId;
}

/** Cancels a published event: everyone registered is told, with a calendar file that removes it. */
export async function cancelEvent(actor: Actor, id: number, reason: string, version: number) {
	const told = await db.transaction(async (tx) => {
		const before = await lockManaged(tx, actor, id);
		assertVersion(before, version);
		if (before.status !== 'published')
			throw new InvalidError(
				before.status === 'cancelled'
					? 'problems.events.alreadyCancelled'
					: 'problems.events.cancelDraft'
			);
		const at = now();
		const [after] = await tx
			.update(events)
			.set({
				status: 'cancelled',
				cancelledAt: at,
				cancelReason: reason,
				sequence: before.sequence + 1,
				updatedAt: at,
				version: before.version + 1
			})
			.where(eq(events.id, id))
			.returning();
		const list = await tx
			.select()
			.from(registrations)
			.where(
				and(
					eq(registrations.eventId, id),
					inArray(registrations.status, ['confirmed', 'waitlisted'])
				)
			);
		// Each in the language they registered in, with the calendar file that removes the seat.
		await queueParticipantMails(
			tx,
			after,
			list.map((r) => ({
				registration: r,
				ics: r.status === 'confirmed' ? ('cancel' as const) : undefined
			})),
			(r, _url, ics) => ({
				kind: 'cancelled',
				to: r.email!,
				content: eventTemplates.eventCancelled(after, r.name),
				key: `event:${id}:cancelled:${r.id}`,
				ics
			})
		);
		await recordAudit(tx, actor, {
			action: 'arrangement.avlyst',
			entityType: 'arrangement',
			entityId: id,
			summary: storedText('admin.auditLog.eventCancelled', {
				title: after.title,
				count: list.length
			}),
			before,
			after
		});
		return list.length;
	});
	await kickMail();
	invalidatePublic();
	return told;
}

/** Deletes an event nobody has registered for (otherwise: cancel it). */
export async function deleteEvent(actor: Actor, id: number, version: number) {
	await db.transaction(async (tx) => {
		const before = await lockManaged(tx, actor, id);
		assertVersion(before, version);
		const [{ n }] = await tx
			.select({ n: sql<number>`count(*)::int` })
			.from(registrations)
			.where(eq(registrations.eventId, id));
		if (n > 0) throw new InvalidError('problems.events.deleteRegistrations');
		await tx.delete(events).where(eq(events.id, id));
		await recordAudit(tx, actor, {
			action: 'arrangement.slettet',
			entityType: 'arrangement',
			entityId: id,
			summary: storedText('admin.auditLog.eventDeleted', { title: before.title }),
			before
		});
	});
	invalidatePublic();
}
