/**
 * The application's clock. Business rules (deadlines, publishing, reminders, retention)
 * ask this clock, never `Date.now()` or SQL `now()`, so end-to-end tests can move time.
 * The offset is process-wide state (not per user) and can only change in a test build
 * (end-to-end tests, through test-api/klokke) or a unit test; a production build refuses.
 */
import { TEST_BUILD } from './config';

let offsetMs = 0;

export function now(): Date {
	return new Date(Date.now() + offsetMs);
}

/** Test mode only: make `now()` return `to` from this moment on. */
export function setNow(to: Date): void {
	if (!TEST_BUILD) throw new Error('The clock can only be moved in a test build');
	offsetMs = to.getTime() - Date.now();
}

export function resetClock(): void {
	offsetMs = 0;
}
