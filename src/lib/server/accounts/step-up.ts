/**
 * Step-up for routes: a security change (e-mail, second factors, someone's role) needs a
 * sign-in or confirmation from the last ten minutes (`STEP_UP_MS`); otherwise the person is
 * sent to confirm with their password or a code and comes back to the page (not the action:
 * they press the button again, knowingly).
 */
import { redirect } from '@sveltejs/kit';
import { recentlyAuthenticated } from './second-factor';

export const STEP_UP_PATH = '/logg-inn/bekreft';

export const stepUpUrl = (back: string) => `${STEP_UP_PATH}?neste=${encodeURIComponent(back)}`;

/** Goes on when the session was confirmed recently, else to the step-up page and then `back`. */
export function requireRecentSignIn(locals: App.Locals, back: string): void {
	const session = locals.session;
	if (!session) redirect(303, `/logg-inn?neste=${encodeURIComponent(back)}`);
	if (!recentlyAuthenticated(session)) redirect(303, stepUpUrl(back));
}
