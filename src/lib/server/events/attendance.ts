/**
 * How a registrant attends: in the room or on the net. A hybrid event offers both, each with
 * its own capacity; every other event only its own format. What a person is shown (the
 * address or the meeting link) follows from the way they attend (`attendeeView`).
 */
import type { Attendance } from '$lib/forms/events';

interface Formatted {
	format: 'fysisk' | 'digitalt' | 'hybrid';
}

/** The way a registration attends (older rows without one: the event's format; hybrid: the room). */
export function attendanceOf(
	ev: Formatted,
	r: { attendance?: Attendance | null } | null | undefined
): Attendance {
	if (ev.format !== 'hybrid') return ev.format;
	return r?.attendance ?? 'fysisk';
}

/**
 * The event as one attendee sees it: a hybrid event becomes a physical one for those in the
 * room (the address, never the meeting link) and a digital one for those on the net.
 */
export function attendeeView<E extends Formatted & { meetingUrl: string | null }>(
	ev: E,
	attendance: Attendance
): E {
	if (ev.format !== 'hybrid') return ev;
	return attendance === 'digitalt'
		? { ...ev, format: 'digitalt' }
		: { ...ev, format: 'fysisk', meetingUrl: null };
}
