/**
 * Check-in by the QR code in the confirmation: the phone's camera opens admin/arrangementer/innsjekk with
 * the code; a signed-in staff member with rights on the event sees the person and checks them
 * in (idempotent: a second scan says they are already checked in). Anyone else is refused.
 */
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { municipalities } from '../geo/schema';
import { events, registrations } from './schema';
import type { Actor } from '../accounts/actor';
import { assertCanManage, lockManaged } from './events.admin';
import { recordAudit, storedText } from '../accounts/audit';
import { NotFoundError } from '../errors';
import { now } from '../clock';
import { parseCheckinCode } from './checkin-code';
import { attendanceOf } from './attendance';

const ACTION = 'arrangement.innsjekk-qr';

async function find(code: string) {
	const id = parseCheckinCode(code);
	if (id === null) throw new NotFoundError('afterEvent.scan.unknownCode');
	const [row] = await db
		.select({
			id: registrations.id,
			name: registrations.name,
			status: registrations.status,
			attendedAt: registrations.attendedAt,
			anonymisedAt: registrations.anonymisedAt,
			organisation: registrations.organisation,
			attendance: registrations.attendance,
			municipality: municipalities.name,
			event: {
				id: events.id,
				title: events.title,
				chapterId: events.chapterId,
				startsAt: events.startsAt,
				format: events.format
			}
		})
		.from(registrations)
		.innerJoin(events, eq(events.id, registrations.eventId))
		.leftJoin(municipalities, eq(municipalities.number, registrations.municipalityNumber))
		.where(eq(registrations.id, id));
	if (!row || row.anonymisedAt) throw new NotFoundError('afterEvent.scan.unknownCode');
	return row;
}

/** The person behind a scanned code, for staff who manage their event. */
export async function scannedRegistration(actor: Actor, code: string) {
	const r = await find(code);
	assertCanManage(actor, r.event, ACTION);
	return {
		id: r.id,
		name: r.name,
		place: r.municipality ?? r.organisation ?? '',
		// A hybrid event: how the person attends (else null)
		attendance: r.event.format === 'hybrid' ? attendanceOf(r.event, r) : null,
		status: r.status,
		attendedAt: r.attendedAt,
		event: { id: r.event.id, title: r.event.title, startsAt: r.event.startsAt }
	};
}

/**
 * Checks the scanned person in. Idempotent: someone already checked in keeps their first
 * time, and the answer says so. Only confirmed registrations can be checked in.
 */
export async function checkInByCode(
	actor: Actor,
	code: string
): Promise<{ name: string; already: boolean; eventId: number }> {
	const r = await find(code);
	return db.transaction(async (tx) => {
		const ev = await lockManaged(tx, actor, r.event.id, ACTION);
		const [reg] = await tx
			.select()
			.from(registrations)
			.where(and(eq(registrations.id, r.id), eq(registrations.eventId, ev.id)))
			.for('update');
		if (!reg || reg.status !== 'confirmed') throw new NotFoundError('problems.events.notConfirmed');
		if (reg.attendedAt) return { name: reg.name, already: true, eventId: ev.id };
		const at = now();
		await tx
			.update(registrations)
			.set({ attendedAt: at, updatedAt: at })
			.where(eq(registrations.id, reg.id));
		await recordAudit(tx, actor, {
			action: 'arrangement.innsjekket',
			entityType: 'arrangement',
			entityId: ev.id,
			summary: storedText('admin.auditLog.checkedIn', { id: reg.id, title: ev.title })
		});
		return { name: reg.name, already: false, eventId: ev.id };
	});
}
