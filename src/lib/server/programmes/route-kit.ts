/** What the programme routes share: the programme and its call from the address. */
import { error } from '@sveltejs/kit';
import { programmeBySlug, managedProgramme, type Programme } from './programmes.service';
import { callOf, type Call } from './calls.service';
import type { Actor } from '../accounts/actor';
import { ServiceError } from '../errors';

export type CallContext = Call & { programmeName: string; programmeSlug: string };

/** A programme everyone may see (not a draft) with a call, or a 404 page. */
export async function applyContext(
	slug: string
): Promise<{ programme: Programme; call: CallContext }> {
	const programme = await programmeBySlug(slug);
	if (!programme || programme.status === 'utkast') error(404, 'Fant ikke programmet.');
	const call = await callOf(programme.id);
	if (!call) error(404, 'Programmet har ingen utlysning.');
	return {
		programme,
		call: { ...call, programmeName: programme.name, programmeSlug: programme.slug }
	};
}

/** A programme the actor runs, for the review pages. */
export async function reviewContext(actor: Actor | null, slug: string) {
	return managedProgramme(actor, slug);
}

/** A numeric id from the address, or a 404 page. */
export function idParam(param: string | undefined): number {
	if (!param || !/^\d{1,9}$/.test(param)) error(404, 'Fant ikke søknaden.');
	return Number(param);
}

/** Runs a read; "not found" from the service becomes a 404 page (never a 500). */
export async function orNotFound<T>(fn: () => Promise<T>): Promise<T> {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof ServiceError && e.code === 'not-found') error(404, e.message);
		if (e instanceof ServiceError && e.code === 'forbidden') error(403, e.message);
		throw e;
	}
}
