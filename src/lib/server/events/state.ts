/** Pure rules about an event's registration window and seats (no database, easy to test). */
import { formatDateTime, m, message, osloAt, osloDate, t, type MessageKey } from '$lib/i18n';

export type RegistrationWindow =
	| { open: true }
	| {
			open: false;
			reason: 'draft' | 'cancelled' | 'not-open' | 'deadline' | 'started';
			/** Why, as a catalogue key and its values, and as text in the request's language. */
			key: MessageKey;
			values: Record<string, string>;
			message: string;
	  };

type Reason = Extract<RegistrationWindow, { open: false }>['reason'];
const closed = (reason: Reason, key: MessageKey, values: Record<string, string> = {}) =>
	({ open: false, reason, key, values, message: message(key, values) }) as const;

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
	if (e.status === 'draft') return closed('draft', 'events.closedDraft');
	if (e.status === 'cancelled') return closed('cancelled', 'events.closedCancelled');
	if (at >= e.startsAt) return closed('started', 'events.closedStarted');
	if (at >= closesAt(e))
		return closed('deadline', 'problems.registration.deadlinePassed', {
			at: formatDateTime(closesAt(e))
		});
	if (e.registrationOpensAt && at < e.registrationOpensAt)
		return closed('not-open', 'events.closedNotOpen', {
			at: formatDateTime(e.registrationOpensAt)
		});
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
