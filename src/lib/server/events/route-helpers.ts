/** Small helpers for the admin routes of events: ids from the path, service errors as 404/403. */
import { error } from '@sveltejs/kit';
import { NotFoundError } from '../content/editing';
import { ForbiddenError } from './events.admin';

/** The event id in the path ('ny' is null: a new event). */
export function eventIdParam(param: string, allowNew = false): number | null {
	if (allowNew && param === 'ny') return null;
	if (!/^\d{1,9}$/.test(param)) error(404, 'Fant ikke arrangementet');
	return Number(param);
}

export function numberParam(value: string | null | undefined, what = 'det du ba om'): number {
	if (!value || !/^\d{1,9}$/.test(value)) error(404, `Fant ikke ${what}`);
	return Number(value);
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
