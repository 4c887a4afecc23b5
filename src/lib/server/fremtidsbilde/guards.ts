/**
 * Scoped permission checks every fremtidsbilde service makes itself (the route rule in
 * accounts/access.ts only says who may open /kommuner/<nr>): members take part, coordinators
 * manage, programme staff and the county chapter read. A refusal is a 403 page.
 */
import { error } from '@sveltejs/kit';
import type { Actor } from '../accounts/actor';
import { can } from '../accounts/permissions';

export type Viewer = 'koordinator' | 'medlem' | 'leser';

/** How the person meets this municipality's workspace, or null when they may not see it. */
export function viewerOf(actor: Actor | null, nr: string): Viewer | null {
	if (can.coordinate(actor, nr)) return 'koordinator';
	if (can.participate(actor, nr)) return 'medlem';
	if (can.oversee(actor, nr)) return 'leser';
	return null;
}

export function assertRead(actor: Actor | null, nr: string): asserts actor is Actor {
	if (!viewerOf(actor, nr)) error(403, 'Du har ikke tilgang til denne kommunens fremtidsbilde.');
}

/** Members and coordinators write; staff and chapter leaders only read. */
export function assertTakePart(actor: Actor | null, nr: string): asserts actor is Actor {
	if (!can.participate(actor, nr))
		error(
			403,
			'Bare medlemmer av kommunegruppen kan endre fremtidsbildet. Du kan lese, men ikke endre.'
		);
}

export function assertCoordinator(actor: Actor | null, nr: string): asserts actor is Actor {
	if (!can.coordinate(actor, nr))
		error(403, 'Bare koordinatoren i kommunegruppen kan gjøre dette.');
}

export function notFound(what = 'Fant ikke det du ba om i denne kommunens fremtidsbilde.'): never {
	error(404, what);
}
