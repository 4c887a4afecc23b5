/** Small request helpers shared by routes. */
import type { RequestEvent } from '@sveltejs/kit';
import { error, fail, json } from '@sveltejs/kit';
import { setError, type SuperValidated } from 'sveltekit-superforms';
import { ServiceError } from './errors';
import { message, type MessageKey } from '$lib/i18n';
import { describeDevice } from './accounts/sessions';
import { log } from './log';
import { config } from './config';
import type { Actor } from './accounts/actor';

let proxyWarned = false;

/**
 * The client's address (adapter-node's `ADDRESS_HEADER`/`XFF_DEPTH` behind a proxy). Warns once
 * when a proxy seems to be in front but the app has not been told, since every visitor would
 * then share the proxy's address and its rate limits.
 */
export function clientIp(event: Pick<RequestEvent, 'getClientAddress' | 'request'>): string {
	if (!proxyWarned && !config.addressHeader && event.request.headers.has('x-forwarded-for')) {
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
export function pathId(
	param: string | null | undefined,
	notFound: MessageKey = 'problems.notFoundPage'
): number {
	return idFrom(param) ?? notFoundPage(notFound);
}

/** The 404 page, saying (in the request's language) what was not found. */
export function notFoundPage(key: MessageKey = 'problems.notFoundPage'): never {
	error(404, message(key));
}

/** The 410 page: what was here was published once and has been unpublished or deleted. */
export function gonePage(): never {
	error(410, message('publishing.gone.title'));
}

/** The 403 page, saying (in the request's language) why not. */
export function forbiddenPage(key: MessageKey = 'permissions.forbidden'): never {
	error(403, message(key));
}

/** The same where `ny` stands for a new item (null). */
export function pathIdOrNew(
	param: string | undefined,
	notFound: MessageKey = 'problems.notFoundPage'
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

// ——— The one mapping of domain errors (errors.ts) to answers ———

/** The HTTP status of a domain error. */
export function statusOf(e: ServiceError): 400 | 403 | 404 | 409 | 503 {
	switch (e.code) {
		case 'not-found':
			return 404;
		case 'forbidden':
			return 403;
		case 'conflict':
			return 409;
		case 'busy':
			return 503;
		default:
			return 400;
	}
}

/**
 * The core every answer below goes through: a domain error as its status, its message in the
 * request's language and the field it belongs beside. Anything that is not a domain error is
 * rethrown (a real 500). With `pages`, "not found" and "forbidden" become the 404 and 403
 * pages here (never a message beside a field).
 */
export function problemOf(
	e: unknown,
	opts: { pages?: boolean } = { pages: true }
): { status: 400 | 403 | 404 | 409 | 503; text: string; field?: string } {
	if (!(e instanceof ServiceError)) throw e;
	const status = statusOf(e);
	if (opts.pages !== false && (status === 403 || status === 404)) error(status, e.text());
	return { status, text: e.text(), field: e.field };
}

/**
 * For page loads and route glue: "not found" and "forbidden" from a service become the 404 and
 * 403 pages; everything else is rethrown. Call it in a `catch`.
 */
export function refuseForbidden(e: unknown): void {
	if (e instanceof ServiceError && (e.code === 'forbidden' || e.code === 'not-found')) problemOf(e);
}

/** Runs a page load's service calls; a refusal or "not found" becomes the 403/404 page. */
export async function orRefused<T>(fn: () => Promise<T>): Promise<T> {
	try {
		return await fn();
	} catch (e) {
		refuseForbidden(e);
		throw e;
	}
}

/**
 * Turns a domain error into a message beside its field (or in the summary) with its status
 * (400, 409 for a conflict, 503 when busy), keeping everything the user typed. "Not found"
 * and "forbidden" are the 404 and 403 pages; other errors are rethrown.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- superforms' own generic form type
export function failWith<T extends SuperValidated<any>>(form: T, e: unknown) {
	const p = problemOf(e);
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	return setError(form, (p.field ?? '') as any, p.text, { status: p.status });
}

export { fail };

/**
 * For form actions without a superform (buttons like delete, restore, move): a domain error
 * becomes `{ [name]: message }` (`{ problem }` unless the page shows it under another name,
 * e.g. `deleteError` beside its button) with 400, 409 or 503; "not found" and "forbidden" are
 * the 404 and 403 pages; anything else is rethrown as a real error.
 */
export function actionProblem<N extends string = 'problem'>(e: unknown, name?: N) {
	const p = problemOf(e);
	return fail(p.status, { [name ?? 'problem']: p.text } as Record<N, string>);
}

/**
 * For the JSON endpoints (autosave, passkeys): `{ [name]: message }` (`{ error }` unless told)
 * with the error's status; anything that is not a domain error is rethrown.
 */
export function jsonProblem(e: unknown, name = 'error'): Response {
	const p = problemOf(e, { pages: false });
	return json({ [name]: p.text }, { status: p.status });
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
