import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHEABLE_ROUTES, isCacheable } from './cacheable-routes';

const routes = path.resolve('src/routes');
const isRoute = (id: string) => {
	const dir = path.join(routes, id);
	return ['+page.svelte', '+page.server.ts', '+page.ts', '+server.ts'].some((f) =>
		fs.existsSync(path.join(dir, f))
	);
};

describe('cacheable routes', () => {
	it('lists only routes that exist in src/routes', () => {
		const ids = Object.keys(CACHEABLE_ROUTES);
		expect(ids.length).toBeGreaterThan(10);
		expect(ids.filter((id) => !isRoute(id))).toEqual([]);
	});

	it('never lists pages with forms holding per-visitor state, or signed-in areas', () => {
		const never =
			/pamelding|min-pamelding|logg-inn|glemt-passord|invitasjon|oppsett|forhandsvisning|\(app\)|^\/admin|test-api|filer|helse|metrics|logg-ut/;
		expect(Object.keys(CACHEABLE_ROUTES).filter((id) => never.test(id))).toEqual([]);
	});

	it('caches a listed route only with the query parameters its page reads', () => {
		const u = (s: string) => new URL(s, 'http://x');
		expect(isCacheable('/(site)/(public)/nyheter', u('/nyheter'))).toBe(true);
		expect(isCacheable('/(site)/(public)/nyheter', u('/nyheter?side=2'))).toBe(true);
		expect(isCacheable('/(site)/(public)/nyheter', u('/nyheter?side=2&x=1'))).toBe(false);
		expect(isCacheable('/(site)/(public)/sok', u('/sok'))).toBe(true);
		expect(isCacheable('/(site)/(public)/sok', u('/sok?q=musikk'))).toBe(false);
		expect(isCacheable('/(site)/(public)/arrangementer/[slug]/pamelding', u('/a'))).toBe(false);
		expect(isCacheable('/(site)/(public)/ny-side-ingen-har-valgt', u('/a'))).toBe(false);
		expect(isCacheable('toString', u('/'))).toBe(false);
		expect(isCacheable(null, u('/'))).toBe(false);
	});
});
