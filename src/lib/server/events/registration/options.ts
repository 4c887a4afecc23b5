/**
 * The options a registrant ticks (day 1, dinner …), as the forms need them: what is offered
 * with the places left, and the check of what was ticked. The rules that give places are in
 * seats.ts (`seatOptions`), promotion in waitlist.ts (`promoteOptionWaitlists`).
 */
import { eq } from 'drizzle-orm';
import { db, type DbOrTx } from '../../db/client';
import { eventOptions } from '../schema';
import { FieldError } from '../../errors';
import { seatsLeft } from '../state';
import { optionCounts } from './seats';

export type { OfferedOption as FormOption } from '$lib/forms/events';
import type { OfferedOption as FormOption } from '$lib/forms/events';

/** The event's options with the places left (in the event's order). */
export async function offeredOptions(eventId: number, tx: DbOrTx = db): Promise<FormOption[]> {
	return (await optionCounts(tx, eventId)).map((o) => ({
		id: o.id,
		name: o.name,
		left: o.capacity === null ? null : o.waitlisted > 0 ? 0 : seatsLeft(o.capacity, o.confirmed)
	}));
}

/** The ticked options (form values: ids as text) checked against the event's; no query when none. */
export async function checkOptions(eventId: number, raw: unknown): Promise<number[]> {
	const list = (Array.isArray(raw) ? raw : raw ? [raw] : []).map(String).filter(Boolean);
	if (list.length === 0) return [];
	const offered = new Set(
		(
			await db
				.select({ id: eventOptions.id })
				.from(eventOptions)
				.where(eq(eventOptions.eventId, eventId))
		).map((o) => o.id)
	);
	const ids = [...new Set(list.map((s) => (/^\d{1,9}$/.test(s) ? Number(s) : NaN)))];
	if (ids.some((id) => !offered.has(id)))
		throw new FieldError('options', 'eventOptions.problems.notOffered');
	return ids;
}
