/**
 * An error the user can fix or should be told about, thrown by services and turned into a
 * Norwegian message beside the field (or in the summary) by the route.
 */
export class ServiceError extends Error {
	constructor(
		public code: string,
		message: string,
		/** The form field the message belongs beside, if any. */
		public field?: string
	) {
		super(message);
	}
}

/**
 * The actor may not do this (or nobody is signed in). Thrown by `authorize` in
 * accounts/permissions.ts; the routes' one mapping (http.ts) turns it into a 403 page, never
 * a 500 and never a message beside a field.
 */
export class ForbiddenError extends ServiceError {
	constructor(message: string) {
		super('forbidden', message);
	}
}

export const isForbidden = (e: unknown): e is ServiceError =>
	e instanceof ServiceError && e.code === 'forbidden';
