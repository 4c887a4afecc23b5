import { describe, expect, it } from 'vitest';
import { l, setLanguageSource } from '$lib/i18n';
import { parseLang, pathIn, splitLangPath } from './languages';

describe('languages in values and addresses', () => {
	it('takes only our three languages and ignores bad values', () => {
		expect(parseLang('nb')).toBe('nb');
		expect(parseLang('nn')).toBe('nn');
		expect(parseLang('en')).toBe('en');
		for (const bad of ['de', 'NN', 'en-GB', 'nno', '', ' nn', null, undefined, 1, ['nn'], {}])
			expect(parseLang(bad), String(bad)).toBeNull();
	});

	it('reads the language prefix of an address', () => {
		expect(splitLangPath('/nn/nyheter')).toEqual({ lang: 'nn', path: '/nyheter' });
		expect(splitLangPath('/en/arrangementer/x')).toEqual({ lang: 'en', path: '/arrangementer/x' });
		expect(splitLangPath('/nn')).toEqual({ lang: 'nn', path: '/' });
		expect(splitLangPath('/en/')).toEqual({ lang: 'en', path: '/' });
		expect(splitLangPath('/nyheter')).toEqual({ lang: 'nb', path: '/nyheter' });
		expect(splitLangPath('/')).toEqual({ lang: 'nb', path: '/' });
	});

	it('does not read a look-alike as a language', () => {
		// An unknown prefix is a bokmål address (which then is a 404), not a language.
		expect(splitLangPath('/de/x')).toEqual({ lang: 'nb', path: '/de/x' });
		expect(splitLangPath('/nnx')).toEqual({ lang: 'nb', path: '/nnx' });
		expect(splitLangPath('/nn-no/x')).toEqual({ lang: 'nb', path: '/nn-no/x' });
		expect(splitLangPath('/english')).toEqual({ lang: 'nb', path: '/english' });
		// /nb/… is redirected by the server, not taken as a prefix here.
		expect(splitLangPath('/nb/nyheter')).toEqual({ lang: 'nb', path: '/nb/nyheter' });
	});

	it('writes a bokmål address in each language', () => {
		expect(pathIn('nb', '/nyheter')).toBe('/nyheter');
		expect(pathIn('nn', '/nyheter')).toBe('/nn/nyheter');
		expect(pathIn('en', '/')).toBe('/en');
		expect(pathIn('en', '/?q=kultur')).toBe('/en?q=kultur');
		expect(pathIn('nn', '/sok?q=a#b')).toBe('/nn/sok?q=a#b');
		// Already in a language, elsewhere, or not a path: left alone.
		expect(pathIn('en', '/nn/nyheter')).toBe('/nn/nyheter');
		expect(pathIn('nn', 'https://example.org/x')).toBe('https://example.org/x');
		expect(pathIn('nn', '//example.org/x')).toBe('//example.org/x');
		expect(pathIn('nn', 'mailto:post@example.org')).toBe('mailto:post@example.org');
		expect(pathIn('nn', '#main')).toBe('#main');
		// The round trip: the path splitLangPath finds is the one pathIn was given.
		for (const path of ['/', '/nyheter', '/arrangementer/2024/x?y=1'])
			for (const lang of ['nb', 'nn', 'en'] as const)
				expect(splitLangPath(pathIn(lang, path).split('?')[0])).toEqual({
					lang,
					path: path.split('?')[0]
				});
	});

	it('l() gives the address in the language being answered in', () => {
		try {
			setLanguageSource(() => 'nn');
			expect(l('/nyheter')).toBe('/nn/nyheter');
			expect(l('/')).toBe('/nn');
			setLanguageSource(() => 'en');
			expect(l('/arrangementer?type=webinar')).toBe('/en/arrangementer?type=webinar');
			setLanguageSource(() => 'nb');
			expect(l('/nyheter')).toBe('/nyheter');
		} finally {
			setLanguageSource(() => 'nb');
		}
	});
});
