import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCESS_RULES, decideAccess, isProtected, plainRouteId, ruleFor } from './access';
import type { Actor } from './actor';
import { can } from './permissions';

const actor = (over: Partial<Actor>): Actor => ({
	id: 1,
	name: 'X',
	email: 'x@example.no',
	organisation: '',
	globalRole: null,
	chapterIds: [],
	chapterCounties: [],
	memberships: [],
	...over
});

const admin = actor({ globalRole: 'admin' });
const editor = actor({ globalRole: 'redaktor' });
const chapter = actor({ chapterIds: [3], chapterCounties: ['50'] });
const member = actor({ memberships: [{ municipalityNumber: '5001', role: 'medlem' }] });
const coordinator = actor({ memberships: [{ municipalityNumber: '5001', role: 'koordinator' }] });
const nobody = actor({});

/** Every route id in src/routes, as SvelteKit spells `event.route.id`. */
function routeIds(dir = path.resolve('src/routes'), id = ''): string[] {
	const entries = fs.readdirSync(dir, { withFileTypes: true });
	const here = entries.some(
		(e) => e.isFile() && /^\+(page|server)(\.server)?\.(ts|svelte)$/.test(e.name)
	)
		? [id || '/']
		: [];
	return [
		...here,
		...entries
			.filter((e) => e.isDirectory())
			.flatMap((e) => routeIds(path.join(dir, e.name), `${id}/${e.name}`))
	];
}

describe('route access', () => {
	it('decides on the route that runs: anonymous visitors sign in, public routes stay open', () => {
		expect(decideAccess('/admin', {}, null).kind).toBe('login');
		expect(decideAccess('/(site)/(app)/min-side', {}, null).kind).toBe('login');
		expect(decideAccess('/(site)/(public)/nyheter', {}, null).kind).toBe('open');
		// No route: SvelteKit answers 404 and runs no route code.
		expect(decideAccess(null, {}, null).kind).toBe('open');
	});

	it.each([
		['/admin/brukere/[id]', {}, [admin], [editor, chapter, member, nobody]],
		['/admin/logg', {}, [admin], [editor, chapter]],
		['/admin/e-post/[id]', {}, [admin], [editor, chapter, member]],
		['/admin/nyheter/[id]', {}, [admin, editor], [chapter, member, coordinator, nobody]],
		['/admin', {}, [admin, editor, chapter], [member, coordinator, nobody]],
		['/admin/arrangementer/[id]', {}, [admin, editor, chapter], [member, coordinator, nobody]],
		['/(site)/(public)/forhandsvisning/nyhet/[id]', {}, [admin, editor], [chapter, member]],
		[
			'/(site)/(app)/kommuner/[kommunenummer]/fremtidsbilde',
			{ kommunenummer: '5001' },
			[admin, editor, chapter, member, coordinator],
			[nobody]
		],
		[
			'/(site)/(app)/kommuner/[kommunenummer]/mellomarbeid/[taskId]',
			{ kommunenummer: '0301' },
			[admin, editor],
			[chapter, member, coordinator, nobody]
		],
		['/(site)/(app)/min-side', {}, [admin, member, nobody], []]
	])('%s', (route, params, yes, no) => {
		for (const a of yes) expect(decideAccess(route, params, a).kind).toBe('allowed');
		for (const a of no) expect(decideAccess(route, params, a).kind).toBe('forbidden');
	});

	it('refuses a protected route that no rule names', () => {
		expect(decideAccess('/admin/rapporter', {}, admin).kind).toBe('forbidden');
		expect(decideAccess('/admin/rapporter', {}, null).kind).toBe('login');
		expect(decideAccess('/(site)/(public)/forhandsvisning/arrangement/[id]', {}, editor).kind).toBe(
			'forbidden'
		);
	});

	it('has a rule for every protected route in src/routes, and no rule for a route that is gone', () => {
		const ids = routeIds().map(plainRouteId);
		const guarded = ids.filter(isProtected);
		expect(guarded.length).toBeGreaterThan(60);
		const missing = guarded.filter((id) => ruleFor(id) === null);
		expect(missing, 'beskyttede ruter uten regel i access.ts').toEqual([]);
		for (const rule of ACCESS_RULES)
			expect(
				ids.some((id) => id === rule.route || id.startsWith(rule.route + '/')),
				rule.route
			).toBe(true);
	});

	it('separates taking part, coordinating and overseeing a municipality', () => {
		expect(can.coordinate(coordinator, '5001')).toBe(true);
		expect(can.coordinate(member, '5001')).toBe(false);
		expect(can.participate(member, '5001')).toBe(true);
		expect(can.participate(member, '5002')).toBe(false);
		expect(can.oversee(chapter, '5001')).toBe(true);
		expect(can.oversee(chapter, '0301')).toBe(false);
	});
});
