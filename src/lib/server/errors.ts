/**
 * The domain errors services throw. They know nothing of HTTP or SvelteKit: each carries a
 * message key into the catalogue (`problems.events.full`, `permissions.forbidden` …) and the
 * values to fill in, and is turned into text only when answered — in the language of the
 * request (`message` from $lib/i18n). The one mapping to responses and form failures is in
 * http.ts (`problemOf`, `failWith`, `actionProblem`, `jsonProblem`, `orRefused`).
 */
import { message, type Lang, type MessageKey, type MessageValues } from '$lib/i18n';

/** Why something cannot be done, as a catalogue key and its values (resolved when shown). */
export type Reason = { key: MessageKey; values?: MessageValues };

/** What kind of problem: decides the answer (http.ts), never the wording. */
export type ProblemKind = 'invalid' | 'not-found' | 'forbidden' | 'conflict' | 'busy';

/**
 * The common base: a message key and its values, and the form field the message belongs
 * beside (if any). `message` is resolved whenever it is read, in the language then answering.
 */
export abstract class ServiceError extends Error {
	abstract readonly code: ProblemKind;

	constructor(
		public readonly key: MessageKey,
		public readonly values: MessageValues = {},
		/** The form field the message belongs beside, if any. */
		public readonly field?: string
	) {
		super(key);
		this.name = new.target.name;
		Object.defineProperty(this, 'message', {
			get: () => this.text(),
			enumerable: false,
			configurable: true
		});
	}

	/** The message in a language (the request's language unless told). */
	text(lang?: Lang): string {
		return message(this.key, this.values, lang);
	}
}

/** The input cannot be taken as it is; the message goes beside `field` when there is one. */
export class InvalidError extends ServiceError {
	readonly code = 'invalid' as const;
}

/** The same, written field first: `new FieldError('email', 'problems.accounts.emailTaken')`. */
export class FieldError extends InvalidError {
	constructor(field: string, key: MessageKey, values: MessageValues = {}) {
		super(key, values, field);
	}
}

/** What was asked for does not exist (or the actor may not know that it does): a 404. */
export class NotFoundError extends ServiceError {
	readonly code = 'not-found' as const;
	constructor(key: MessageKey = 'problems.notFound', values: MessageValues = {}) {
		super(key, values);
	}
}

/**
 * The actor may not do this (or nobody is signed in). Thrown by `authorize` in
 * accounts/permissions.ts; http.ts turns it into a 403 page, never a 500 and never a
 * message beside a field.
 */
export class ForbiddenError extends ServiceError {
	readonly code = 'forbidden' as const;
	constructor(key: MessageKey = 'permissions.forbidden', values: MessageValues = {}) {
		super(key, values);
	}
}

/** The state changed under the actor (someone else saved, the round closed …): a 409. */
export class ConflictError extends ServiceError {
	readonly code = 'conflict' as const;
}

/** The server is too busy now (a lock waited too long): a 503, try again in a moment. */
export class BusyError extends ServiceError {
	readonly code = 'busy' as const;
	constructor(key: MessageKey = 'busy.registration', values: MessageValues = {}) {
		super(key, values);
	}
}
