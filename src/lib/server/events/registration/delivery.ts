import { kickMail } from '../../mail/send';

/**
 * Delivery is asked for once per burst of registrations, not once each: when registrations
 * have paused for a moment (or after two seconds at most). The job runner's minute sweep is the
 * safety net. A process-wide timer, not per-user state.
 */
let kickTimer: ReturnType<typeof setTimeout> | null = null;
let firstKickAt = 0;
export function kickMailSoon() {
	const t = Date.now();
	if (!kickTimer) firstKickAt = t;
	else clearTimeout(kickTimer);
	const wait = Math.max(0, Math.min(200, firstKickAt + 2000 - t));
	kickTimer = setTimeout(() => {
		kickTimer = null;
		kickMail().catch(() => undefined);
	}, wait);
	kickTimer.unref?.();
}
