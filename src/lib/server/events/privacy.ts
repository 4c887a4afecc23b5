/**
 * Retention of registrations, enforced by a scheduled job with the app's clock:
 * - dietary and allergy answers, and accessibility needs, are deleted the day after the event
 *   (from 00:00 Oslo time);
 * - registrations are anonymised FK_REGISTRATION_RETENTION_MONTHS (default 12) months after
 *   the event: name, address, municipality, organisation, role, answers and links go; the
 *   status, attendance and county stay for the figures.
 */
import { and, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { events, registrations, registrationTokens } from './schema';
import { now } from '../clock';
import { config } from '../config';
import { osloDate } from '$lib/i18n';

export function retentionMonths(): number {
	return config.registrationRetentionMonths;
}

/** Deletes dietary and accessibility needs of events that ended before today (Oslo calendar). */
export async function purgeDietary(at: Date = now()): Promise<number> {
	const today = osloDate(at);
	const done = await db
		.update(registrations)
		.set({
			dietary: null,
			dietaryConsentAt: null,
			accessibility: null,
			accessibilityConsentAt: null,
			updatedAt: at
		})
		.where(
			and(
				or(isNotNull(registrations.dietary), isNotNull(registrations.accessibility)),
				inArray(
					registrations.eventId,
					db
						.select({ id: events.id })
						.from(events)
						.where(sql`(${events.endsAt} at time zone 'Europe/Oslo')::date < ${today}::date`)
				)
			)
		)
		.returning({ id: registrations.id });
	return done.length;
}

/** The moment before which an event's registrations are anonymised. */
export function anonymiseBefore(at: Date, months = retentionMonths()): Date {
	const d = new Date(at);
	d.setUTCMonth(d.getUTCMonth() - months);
	return d;
}

export async function anonymiseOld(at: Date = now(), months = retentionMonths()): Promise<number> {
	const cutoff = anonymiseBefore(at, months);
	return db.transaction(async (tx) => {
		const old = tx.select({ id: events.id }).from(events).where(lte(events.endsAt, cutoff));
		const done = await tx
			.update(registrations)
			.set({
				name: '',
				email: null,
				municipalityNumber: null,
				organisation: null,
				role: '',
				answers: {},
				dietary: null,
				dietaryConsentAt: null,
				accessibility: null,
				accessibilityConsentAt: null,
				anonymisedAt: at,
				updatedAt: at
			})
			.where(and(isNull(registrations.anonymisedAt), inArray(registrations.eventId, old)))
			.returning({ id: registrations.id });
		if (done.length)
			await tx.delete(registrationTokens).where(
				inArray(
					registrationTokens.registrationId,
					done.map((d) => d.id)
				)
			);
		return done.length;
	});
}

export async function enforceRetention(at: Date = now()) {
	return { dietary: await purgeDietary(at), anonymised: await anonymiseOld(at) };
}
