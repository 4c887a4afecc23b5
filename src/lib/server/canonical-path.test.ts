import { describe, expect, it } from 'vitest';
import { checkPath } from './canonical-path';

describe('one spelling per address', () => {
	it('leaves ordinary paths alone, also encoded non-ASCII letters', () => {
		for (const p of ['/', '/admin/nyheter/3', '/nyheter/bl%C3%A5b%C3%A6r', '/filer/1/Rapport.pdf'])
			expect(checkPath(p)).toEqual({ kind: 'ok' });
	});

	it('redirects encoded letters and doubled slashes to the canonical form', () => {
		expect(checkPath('/%61dmin/nyheter/ny')).toEqual({ kind: 'redirect', to: '/admin/nyheter/ny' });
		expect(checkPath('/%66orhandsvisning/nyhet/1')).toEqual({
			kind: 'redirect',
			to: '/forhandsvisning/nyhet/1'
		});
		expect(checkPath('//admin//brukere')).toEqual({ kind: 'redirect', to: '/admin/brukere' });
		expect(checkPath('/admin/%7e')).toEqual({ kind: 'redirect', to: '/admin/~' });
	});

	it('refuses what could decode to more than one address', () => {
		for (const p of [
			'/admin%2Fbrukere',
			'/admin%2fbrukere',
			'/%2561dmin',
			'/admin;x',
			'/admin%3Bx',
			'/admin%5Cbrukere',
			'/admin%00',
			'/admin%zz',
			'/admin%',
			'/%C0%AFadmin',
			'/%ED%A0%80',
			'/%FF'
		])
			expect(checkPath(p), p).toEqual({ kind: 'bad' });
	});
});
