/**
 * Route access, checked in hooks.server.ts for every request (page loads and form actions
 * alike) before any route code runs. The first matching rule decides. Anonymous visitors
 * are sent to /logg-inn; signed-in people without the right role get 403.
 */
import type { Actor } from './actor';
import { can, isEditor, isStaff } from './permissions';

export interface AccessRule {
	pattern: RegExp;
	/** Human description, shown in the matrix test and docs. */
	who: string;
	allow: (actor: Actor, match: RegExpMatchArray) => boolean;
}

export const ACCESS_RULES: AccessRule[] = [
	{
		pattern: /^\/admin\/(brukere|logg|e-post)(\/|$)/,
		who: 'admin',
		allow: (a) => can.manageUsers(a)
	},
	{
		pattern: /^\/admin\/(sider|nyheter|ressurser|personer|sporsmal|filer|samfunnsmal)(\/|$)/,
		who: 'admin, redaktør',
		allow: (a) => isEditor(a)
	},
	{
		pattern: /^\/admin\/erfaringer(\/|$)/,
		who: 'admin, redaktør',
		allow: (a) => isEditor(a)
	},
	{
		pattern: /^\/admin\/arrangementer(\/|$)/,
		who: 'admin, redaktør; fylkesleder for egne arrangementer (sjekkes i tjenesten)',
		allow: (a) => isStaff(a)
	},
	{
		pattern: /^\/admin\/program(\/|$)/,
		who: 'admin, redaktør; fylkesleder for programmer avdelingen driver (sjekkes i tjenesten)',
		allow: (a) => isStaff(a)
	},
	{ pattern: /^\/admin(\/|$)/, who: 'admin, redaktør, fylkesleder', allow: (a) => isStaff(a) },
	{ pattern: /^\/forhandsvisning(\/|$)/, who: 'admin, redaktør', allow: (a) => isEditor(a) },
	{
		pattern: /^\/kommuner\/(\d{4})(\/|$)/,
		who: 'kommunens medlemmer; programstab og fylkesavdelingen leser',
		allow: (a, m) => can.participate(a, m[1]) || can.oversee(a, m[1])
	},
	{ pattern: /^\/program\/[^/]+\/sok(\/|$)/, who: 'innlogget', allow: () => true },
	{ pattern: /^\/min-side(\/|$)/, who: 'innlogget', allow: () => true }
];

export type AccessDecision =
	{ kind: 'open' } | { kind: 'allowed' } | { kind: 'login' } | { kind: 'forbidden' };

export function decideAccess(pathname: string, actor: Actor | null): AccessDecision {
	for (const rule of ACCESS_RULES) {
		const match = pathname.match(rule.pattern);
		if (!match) continue;
		if (!actor) return { kind: 'login' };
		return rule.allow(actor, match) ? { kind: 'allowed' } : { kind: 'forbidden' };
	}
	return { kind: 'open' };
}
