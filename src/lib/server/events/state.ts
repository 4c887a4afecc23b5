/** Pure rules about an event's registration window and seats (no database, easy to test). */
import { formatDateTime, m, osloAt, osloDate, t } from '$lib/i18n';

export type RegistrationWindow =
	| { open: true }
	| {
			open: false;
			reason: 'draft' | 'cancelled' | 'not-open' | 'deadline' | 'started';
			message: string;
	  };

export interface WindowFields {
	status: 'draft' | 'published' | 'cancelled';
	startsAt: Date;
	registrationOpensAt: Date | null;
	registrationClosesAt: Date | null;
}

/** The moment registration closes: the deadline, or the start when there is none (or it is later). */
export function closesAt(e: Pick<WindowFields, 'startsAt' | 'registrationClosesAt'>): Date {
	const deadline = e.registrationClosesAt;
	return deadline && deadline < e.startsAt ? deadline : e.startsAt;
}

export function registrationWindow(e: WindowFields, at: Date): RegistrationWindow {
	if (e.status === 'draft') return { open: false, reason: 'draft', message: m.events.closedDraft };
	if (e.status === 'cancelled')
		return { open: false, reason: 'cancelled', message: m.events.closedCancelled };
	if (at >= e.startsAt) return { open: false, reason: 'started', message: m.events.closedStarted };
	if (at >= closesAt(e))
		return {
			open: false,
			reason: 'deadline',
			message: `${m.events.closedDeadline} Fristen var ${formatDateTime(closesAt(e))}.`
		};
	if (e.registrationOpensAt && at < e.registrationOpensAt)
		return {
			open: false,
			reason: 'not-open',
			message: t(m.events.closedNotOpen, { at: formatDateTime(e.registrationOpensAt) })
		};
	return { open: true };
}

export function seatsLeft(capacity: number | null, confirmed: number): number | null {
	return capacity === null ? null : Math.max(0, capacity - confirmed);
}

export function seatsText(capacity: number | null, confirmed: number): string {
	if (capacity === null) return m.events.noLimit;
	const left = seatsLeft(capacity, confirmed)!;
	if (left === 0) return m.events.full;
	return left === 1
		? t(m.events.seatsLeftOne, { capacity })
		: t(m.events.seatsLeft, { left, capacity });
}

/** 09:00 Oslo time on the Oslo calendar day before the start. */
export function dayBeforeReminderAt(startsAt: Date): Date {
	const [y, mo, d] = osloDate(startsAt).split('-').map(Number);
	const previous = new Date(Date.UTC(y, mo - 1, d - 1)).toISOString().slice(0, 10);
	return osloAt(previous, '09:00')!;
}

export const HOUR_BEFORE_MS = 60 * 60_000;
