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
