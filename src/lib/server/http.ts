/** Small request helpers shared by routes. */
import type { RequestEvent } from '@sveltejs/kit';
import { error, fail } from '@sveltejs/kit';
import { setError, type SuperValidated } from 'sveltekit-superforms';
import { ServiceError, isForbidden } from './errors';
import { describeDevice } from './accounts/sessions';
import { log } from './log';
import type { Actor } from './accounts/actor';

let proxyWarned = false;

/**
 * The client's address (adapter-node's `ADDRESS_HEADER`/`XFF_DEPTH` behind a proxy). Warns once
 * when a proxy seems to be in front but the app has not been told, since every visitor would
 * then share the proxy's address and its rate limits.
 */
export function clientIp(event: Pick<RequestEvent, 'getClientAddress' | 'request'>): string {
	if (!proxyWarned && !process.env.ADDRESS_HEADER && event.request.headers.has('x-forwarded-for')) {
		proxyWarned = true;
		log.warn('Forespørselen har X-Forwarded-For, men ADDRESS_HEADER er ikke satt (se README)');
	}
	try {
		return event.getClientAddress();
	} catch {
		return 'ukjent';
	}
}

export function device(event: Pick<RequestEvent, 'request'>): string {
	return describeDevice(event.request.headers.get('user-agent'));
}

/** Only our own paths are allowed as "next" after sign-in (no //evil.example, no schemes). */
export function safeNext(value: string | null | undefined, fallback = '/min-side'): string {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
		return fallback;
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f]/.test(value)) return fallback;
	return value;
}

/**
 * A row id (or version) from a URL or a form field: a plain number that fits the database's integer
 * column, else null (so forged or garbled values are "not found", never a database error).
 */
export function idFrom(value: FormDataEntryValue | null | undefined): number | null {
	return typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : null;
}

/** The id in an address: a number (as `idFrom`), or a 404 page saying what was not found. */
export function pathId(param: string | null | undefined, notFound = 'Fant ikke siden'): number {
	return idFrom(param) ?? error(404, notFound);
}

/** The same where `ny` stands for a new item (null). */
export function pathIdOrNew(
	param: string | undefined,
	notFound = 'Fant ikke siden'
): number | null {
	return param === 'ny' ? null : pathId(param, notFound);
}

/**
 * The signed-in person as the services want them. Null when nobody is signed in: the type says
 * Actor so the route can pass it on, and every service refuses a null actor at run time
 * (`authorize` in accounts/permissions.ts) — the route guard is a convenience, not the control.
 */
export function actorOf(locals: App.Locals): Actor {
	return locals.user as Actor;
}

/** Pages with personal content or forms tied to a person are never cached. */
export function noStore(event: Pick<RequestEvent, 'setHeaders'>) {
	event.setHeaders({ 'cache-control': 'private, no-store' });
}

/**
 * The one mapping of a refusal to HTTP: a ForbiddenError (code 'forbidden') from a service
 * becomes a 403 page, never a 500 and never a message beside a field. Every place that turns
 * ServiceErrors into answers calls this first.
 */
export function refuseForbidden(e: unknown): void {
	if (isForbidden(e)) error(403, e.message);
}

/** Runs a page load's service calls; a refusal becomes the 403 page (not a 500). */
export async function orRefused<T>(fn: () => Promise<T>): Promise<T> {
	try {
		return await fn();
	} catch (e) {
		refuseForbidden(e);
		throw e;
	}
}

/**
 * Turns a ServiceError into a message beside its field (or in the summary) and a 400,
 * keeping everything the user typed. Other errors are rethrown.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- superforms' own generic form type
export function failWith<T extends SuperValidated<any>>(form: T, e: unknown) {
	refuseForbidden(e);
	if (e instanceof ServiceError) {
		// 'busy': the server is too busy now (a lock waited too long); 503, try again later.
		const status = e.code === 'busy' ? 503 : 400;
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		return setError(form, (e.field ?? '') as any, e.message, { status });
	}
	throw e;
}

export { fail };

/**
 * For form actions without a superform (buttons like delete, restore, move): a ServiceError
 * becomes `{ problem }` with 400 (409 for a conflict, 404 page for "not found"); anything
 * else is rethrown as a real error.
 */
export function actionProblem(e: unknown) {
	refuseForbidden(e);
	if (e instanceof ServiceError) {
		if (e.code === 'not-found') error(404, e.message);
		return fail(e.code === 'conflict' ? 409 : 400, { problem: e.message });
	}
	throw e;
}

/** Runs an action's service call; returns `{ notice }` on success or the problem as above. */
export async function attempt(fn: () => Promise<unknown>, notice: string) {
	try {
		await fn();
		return { notice };
	} catch (e) {
		return actionProblem(e);
	}
}
