import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from './slug';

describe('slugify', () => {
	it('turns Norwegian titles into readable ASCII slugs', () => {
		expect(slugify('Kulturskole 3.0 – Helhetlig oppvekst')).toBe(
			'kulturskole-3-0-helhetlig-oppvekst'
		);
		expect(slugify('Livsløpsperspektivet')).toBe('livslopsperspektivet');
		expect(slugify('Bærekraft og å være i verden')).toBe('baerekraft-og-a-vaere-i-verden');
		expect(slugify('  «Sitat» !!  ')).toBe('sitat');
	});
	it('never returns an empty slug', () => {
		expect(slugify('!!!')).toBe('side');
		expect(slugify('')).toBe('side');
	});
	it('cuts long titles at a word boundary-ish without trailing dash', () => {
		const s = slugify('a'.repeat(79) + ' bbbb', 80);
		expect(s.length).toBeLessThanOrEqual(80);
		expect(s.endsWith('-')).toBe(false);
	});
});

describe('uniqueSlug', () => {
	it('adds a number when the slug is taken', () => {
		const taken = new Set(['nyhet', 'nyhet-2']);
		expect(uniqueSlug('nyhet', (s) => taken.has(s))).toBe('nyhet-3');
		expect(uniqueSlug('annet', (s) => taken.has(s))).toBe('annet');
	});
});
