/**
 * The organiser's options (day 1, day 2, dinner, overnight): add, change, reorder, delete.
 * Each change locks the event row, as every change to places does (registration/seats.ts).
 *
 * A limit may be set below the places already given, as pretix lets a quota's size go below
 * what is sold: everyone keeps their place, the option shows as overbooked, and newcomers go
 * on its waitlist until places free up. A raised limit (or none) gives the new places to the
 * first waiting, at once.
 */
import { and, asc, eq, max } from 'drizzle-orm';
import { db } from '../db/client';
import { eventOptions } from './schema';
import type { Actor } from '../accounts/actor';
import { recordAudit, storedText } from '../accounts/audit';
import { invalidatePublic } from '../cache/public-cache';
import { kickMail } from '../mail/send';
import { FieldError, InvalidError, NotFoundError } from '../errors';
import { now } from '../clock';
import { lockManaged, managedEvent } from './events.admin';
import { optionCounts } from './registration/seats';
import { promoteOptionWaitlists } from './registration/waitlist';

export const MAX_OPTIONS = 20;
export const OPTION_NAME_MAX = 120;

export interface OptionInput {
	name: string;
	/** As typed: empty for no limit. */
	capacity: string;
}

function checked(input: OptionInput): { name: string; capacity: number | null } {
	const name = input.name.trim();
	if (!name) throw new FieldError('name', 'eventOptions.problems.nameMissing');
	if (name.length > OPTION_NAME_MAX)
		throw new FieldError('name', 'eventOptions.problems.nameTooLong', { max: OPTION_NAME_MAX });
	const cap = input.capacity.trim();
	if (cap !== '' && !/^\d{1,5}$/.test(cap))
		throw new FieldError('capacity', 'eventOptions.problems.capacity');
	return { name, capacity: cap === '' ? null : Number(cap) };
}

/** The event's options with their counts, for the organiser. */
export async function eventOptionsAdmin(actor: Actor, eventId: number) {
	const ev = await managedEvent(actor, eventId);
	return { event: ev, options: await optionCounts(db, eventId) };
}

export async function addOption(actor: Actor, eventId: number, input: OptionInput) {
	const v = checked(input);
	await db.transaction(async (tx) => {
		const ev = await lockManaged(tx, actor, eventId);
		const existing = await optionCounts(tx, eventId);
		if (existing.length >= MAX_OPTIONS)
			throw new InvalidError('eventOptions.problems.max', { max: MAX_OPTIONS });
		const [{ last }] = await tx
			.select({ last: max(eventOptions.position) })
			.from(eventOptions)
			.where(eq(eventOptions.eventId, eventId));
		const at = now();
		const [o] = await tx
			.insert(eventOptions)
			.values({ eventId, position: (last ?? -1) + 1, ...v, createdAt: at, updatedAt: at })
			.returning();
		await recordAudit(tx, actor, {
			action: 'arrangement.valg-lagt-til',
			entityType: 'arrangement',
			entityId: eventId,
			summary: storedText('eventOptions.audit.added', { name: o.name, title: ev.title }),
			after: o
		});
	});
	invalidatePublic();
}

export async function updateOption(
	actor: Actor,
	eventId: number,
	optionId: number,
	input: OptionInput
) {
	const v = checked(input);
	await db.transaction(async (tx) => {
		const ev = await lockManaged(tx, actor, eventId);
		const [before] = await tx
			.select()
			.from(eventOptions)
			.where(and(eq(eventOptions.id, optionId), eq(eventOptions.eventId, eventId)));
		if (!before) throw new NotFoundError('eventOptions.problems.notFound');
		const [after] = await tx
			.update(eventOptions)
			.set({ ...v, updatedAt: now() })
			.where(eq(eventOptions.id, optionId))
			.returning();
		// More places (or no limit): the first waiting get them now.
		const promoted = await promoteOptionWaitlists(tx, ev, [optionId]);
		await recordAudit(tx, actor, {
			action: 'arrangement.valg-endret',
			entityType: 'arrangement',
			entityId: eventId,
			summary: [
				storedText('eventOptions.audit.changed', { name: after.name, title: ev.title }),
				...(promoted ? [storedText('admin.auditLog.promoted', { count: promoted })] : [])
			],
			before,
			after
		});
	});
	await kickMail();
	invalidatePublic();
}

export async function deleteOption(actor: Actor, eventId: number, optionId: number) {
	await db.transaction(async (tx) => {
		const ev = await lockManaged(tx, actor, eventId);
		const [before] = await tx
			.delete(eventOptions)
			.where(and(eq(eventOptions.id, optionId), eq(eventOptions.eventId, eventId)))
			.returning();
		if (!before) throw new NotFoundError('eventOptions.problems.notFound');
		await recordAudit(tx, actor, {
			action: 'arrangement.valg-slettet',
			entityType: 'arrangement',
			entityId: eventId,
			summary: storedText('eventOptions.audit.deleted', { name: before.name, title: ev.title }),
			before
		});
	});
	invalidatePublic();
}

/** Moves an option one place up or down. */
export async function moveOption(
	actor: Actor,
	eventId: number,
	optionId: number,
	direction: 'opp' | 'ned'
) {
	await db.transaction(async (tx) => {
		const ev = await lockManaged(tx, actor, eventId);
		const list = await tx
			.select()
			.from(eventOptions)
			.where(eq(eventOptions.eventId, eventId))
			.orderBy(asc(eventOptions.position), asc(eventOptions.id));
		const i = list.findIndex((o) => o.id === optionId);
		if (i < 0) throw new NotFoundError('eventOptions.problems.notFound');
		const j = direction === 'opp' ? i - 1 : i + 1;
		if (j < 0 || j >= list.length) return;
		[list[i], list[j]] = [list[j], list[i]];
		for (const [position, o] of list.entries())
			await tx.update(eventOptions).set({ position }).where(eq(eventOptions.id, o.id));
		await recordAudit(tx, actor, {
			action: 'arrangement.valg-flyttet',
			entityType: 'arrangement',
			entityId: eventId,
			summary: storedText('eventOptions.audit.moved', { name: list[j].name, title: ev.title })
		});
	});
	invalidatePublic();
}
