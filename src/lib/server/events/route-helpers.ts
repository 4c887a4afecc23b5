/** Small helpers for the admin routes of events: ids from the path, service errors as 404/403. */
import { orRefused, pathId, pathIdOrNew } from '../http';
import type { MessageKey } from '$lib/i18n';

/** The event id in the path ('ny' is null: a new event). */
export function eventIdParam(param: string, allowNew = false): number | null {
	const notFound = 'problems.pages.eventAdmin';
	return allowNew ? pathIdOrNew(param, notFound) : pathId(param, notFound);
}

export function numberParam(
	value: string | null | undefined,
	notFound: MessageKey = 'problems.pages.something'
): number {
	return pathId(value, notFound);
}

/** Runs a service call; «not found» and «not yours» become 404 and 403 pages (http.ts). */
export function orError<T>(p: Promise<T>): Promise<T> {
	return orRefused(() => p);
}
