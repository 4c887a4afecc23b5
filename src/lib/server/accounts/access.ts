/**
 * Route access, checked in hooks.server.ts for every request (page loads, form actions and
 * endpoints alike) before any route code runs. It decides on the route SvelteKit will actually
 * run — `event.route.id` and its params — never on the address as spelt, so `/%61dmin` and
 * `/admin` meet the same rule (and `canonical.ts` refuses or redirects odd spellings first).
 *
 * This is a convenience that gives people a sign-in page or a 403 early; the control is in the
 * services, which ask the same `can` functions (permissions.ts) with a non-null actor.
 *
 * A route inside a protected area (`PROTECTED_AREAS`) that no rule names is refused, and
 * `access.test.ts` fails for it, so a new protected route cannot be silently open.
 */
import type { Actor } from './actor';
import { can, isEditor, isStaff, isWriter } from './permissions';
import type { MessageKey } from '$lib/i18n';

export interface AccessRule {
	/** Route id without its (groups), e.g. `/admin/nyheter` or `/kommuner/[kommunenummer]`. */
	route: string;
	/** Who may open it, as a catalogue key (`message(rule.who)` reads it in a language). */
	who: MessageKey;
	allow: (actor: Actor, params: Partial<Record<string, string>>) => boolean;
}

/** Route areas that are never open: a route in them with no rule is refused. */
export const PROTECTED_AREAS = [
	'/admin',
	'/forhandsvisning',
	'/kommuner',
	'/min-side',
	'/program/[slug]/sok'
];

const editors = (a: Actor) => isEditor(a);
const staff = (a: Actor) => isStaff(a);
/** Editors and contributors (pages, news and resources, and their previews). */
const writers = (a: Actor) => isWriter(a);
const signedIn = () => true;

/** The first rule whose route is the route or one of its ancestors decides. */
export const ACCESS_RULES: AccessRule[] = [
	{ route: '/admin/brukere', who: 'admin.routeAccess.admin', allow: (a) => can.manageUsers(a) },
	{ route: '/admin/logg', who: 'admin.routeAccess.admin', allow: (a) => can.readAuditLog(a) },
	{ route: '/admin/e-post', who: 'admin.routeAccess.admin', allow: (a) => can.readOutbox(a) },
	{ route: '/admin/innlogging', who: 'admin.routeAccess.admin', allow: (a) => can.manageUsers(a) },
	...['sider', 'nyheter', 'ressurser'].map((area): AccessRule => ({
		route: `/admin/${area}`,
		who: 'workflow.routeAccess.writers',
		allow: writers
	})),
	...['personer', 'sporsmal', 'filer', 'bilder', 'omdirigeringer'].map((area): AccessRule => ({
		route: `/admin/${area}`,
		who: 'admin.routeAccess.editors',
		allow: editors
	})),
	{ route: '/admin/samfunnsmal', who: 'admin.routeAccess.editors', allow: editors },
	{ route: '/admin/erfaringer', who: 'admin.routeAccess.editors', allow: editors },
	{
		route: '/admin/arrangementer',
		who: 'admin.routeAccess.ownEvents',
		allow: staff
	},
	{
		route: '/admin/program',
		who: 'admin.routeAccess.ownProgrammes',
		allow: staff
	},
	{
		route: '/admin/kommuner',
		who: 'admin.routeAccess.ownMunicipalities',
		allow: staff
	},
	// Insight: the country for editors, a chapter for its leaders (the service decides, with
	// can.viewInsight; /admin/innsikt lists a chapter leader's own chapters).
	{
		route: '/admin/innsikt',
		who: 'admin.routeAccess.ownMunicipalities',
		allow: staff
	},
	{
		route: '/admin/markdown',
		who: 'admin.routeAccess.preview',
		allow: (a) => staff(a) || writers(a)
	},
	{
		route: '/admin/oversettelser',
		who: 'admin.routeAccess.ownEvents',
		allow: staff
	},
	{ route: '/admin', who: 'workflow.routeAccess.adminFront', allow: (a) => can.useAdmin(a) },
	{ route: '/forhandsvisning/nyhet', who: 'workflow.routeAccess.writers', allow: writers },
	{ route: '/forhandsvisning/ressurs', who: 'workflow.routeAccess.writers', allow: writers },
	{ route: '/forhandsvisning/side', who: 'workflow.routeAccess.writers', allow: writers },
	{
		route: '/kommuner/[kommunenummer]',
		who: 'admin.routeAccess.workspace',
		allow: (a, p) =>
			can.participate(a, p.kommunenummer ?? '') || can.oversee(a, p.kommunenummer ?? '')
	},
	{ route: '/program/[slug]/sok', who: 'admin.routeAccess.signedIn', allow: signedIn },
	{ route: '/min-side', who: 'admin.routeAccess.signedIn', allow: signedIn }
];

/** `/(site)/(app)/kommuner/[kommunenummer]` → `/kommuner/[kommunenummer]` */
export function plainRouteId(routeId: string): string {
	return routeId.replace(/\/\([^/)]+\)/g, '') || '/';
}

const within = (route: string, ancestor: string) =>
	route === ancestor || route.startsWith(ancestor === '/' ? '/' : ancestor + '/');

/**
 * The rule for a route (by its plain id), if any. The `/admin` rule covers only the admin
 * front page: a new admin section needs its own rule.
 */
export function ruleFor(route: string): AccessRule | null {
	for (const rule of ACCESS_RULES) {
		if (rule.route === '/admin' ? route === '/admin' : within(route, rule.route)) return rule;
	}
	return null;
}

export const isProtected = (route: string) => PROTECTED_AREAS.some((a) => within(route, a));

export type AccessDecision =
	{ kind: 'open' } | { kind: 'allowed' } | { kind: 'login' } | { kind: 'forbidden' };

/**
 * @param routeId `event.route.id` (null when no route matches: SvelteKit answers 404 and
 *   runs no route code)
 */
export function decideAccess(
	routeId: string | null,
	params: Partial<Record<string, string>>,
	actor: Actor | null
): AccessDecision {
	if (routeId === null) return { kind: 'open' };
	const route = plainRouteId(routeId);
	const rule = ruleFor(route);
	if (!rule)
		return isProtected(route)
			? actor
				? { kind: 'forbidden' }
				: { kind: 'login' }
			: { kind: 'open' };
	if (!actor) return { kind: 'login' };
	return rule.allow(actor, params) ? { kind: 'allowed' } : { kind: 'forbidden' };
}
