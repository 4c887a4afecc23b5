/** Small helpers for the admin routes of events: ids from the path, service errors as 404/403. */
import { error } from '@sveltejs/kit';
import { NotFoundError } from '../content/editing';
import { ForbiddenError } from './events.admin';
import { pathId, pathIdOrNew } from '../http';

/** The event id in the path ('ny' is null: a new event). */
export function eventIdParam(param: string, allowNew = false): number | null {
	const notFound = 'Fant ikke arrangementet';
	return allowNew ? pathIdOrNew(param, notFound) : pathId(param, notFound);
}

export function numberParam(value: string | null | undefined, what = 'det du ba om'): number {
	return pathId(value, `Fant ikke ${what}`);
}

/** Runs a service call; «not found» and «not yours» become 404 and 403 pages. */
export async function orError<T>(p: Promise<T>): Promise<T> {
	try {
		return await p;
	} catch (e) {
		if (e instanceof ForbiddenError) error(403, e.message);
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
}
