/**
 * Scoped permission checks every fremtidsbilde service makes itself (the route rule in
 * accounts/access.ts only says who may open /kommuner/<nr>): members take part, coordinators
 * manage, programme staff and the county chapter read. They throw the domain errors of errors.ts
 * (ForbiddenError, NotFoundError) and know nothing of HTTP: the routes answer them with http.ts
 * (`orRefused` in the loads, `guardedActions` and `failWith` in the actions of route-kit.ts).
 */
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { NotFoundError } from '../errors';
import type { MessageKey } from '$lib/i18n';

export type Viewer = 'koordinator' | 'medlem' | 'leser';

/** How the person meets this municipality's workspace, or null when they may not see it. */
export function viewerOf(actor: Actor | null, nr: string): Viewer | null {
	if (can.coordinate(actor, nr)) return 'koordinator';
	if (can.participate(actor, nr)) return 'medlem';
	if (can.oversee(actor, nr)) return 'leser';
	return null;
}

/** The shared check (`authorize`: refuses a missing actor, logs the security event). */
function refuse(
	actor: Actor | null,
	allowed: (a: Actor) => boolean,
	action: string,
	nr: string,
	message: MessageKey
): asserts actor is Actor {
	authorize(actor, allowed, action, nr, message);
}

export function assertRead(actor: Actor | null, nr: string): asserts actor is Actor {
	refuse(actor, (a) => viewerOf(a, nr) !== null, 'kommune.les', nr, 'permissions.workspace.read');
}

/** Members and coordinators write; staff and chapter leaders only read. */
export function assertTakePart(actor: Actor | null, nr: string): asserts actor is Actor {
	refuse(
		actor,
		(a) => can.participate(a, nr),
		'kommune.delta',
		nr,
		'permissions.workspace.takePart'
	);
}

export function assertCoordinator(actor: Actor | null, nr: string): asserts actor is Actor {
	refuse(
		actor,
		(a) => can.coordinate(a, nr),
		'kommune.koordiner',
		nr,
		'permissions.workspace.coordinate'
	);
}

/** What was asked for is not in this workspace (the route answers with the 404 page). */
export function notFound(what: MessageKey = 'problems.fremtidsbilde.notFound'): never {
	throw new NotFoundError(what);
}
