import { describe, expect, it } from 'vitest';
import { imagesWithoutAlt, markdownToText, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
	it('renders ordinary Markdown', () => {
		const html = renderMarkdown(
			'## Overskrift\n\nTekst med **fet** og [lenke](https://ks.no).\n\n- a\n- b'
		);
		expect(html).toContain('<h2>Overskrift</h2>');
		expect(html).toContain('<strong>fet</strong>');
		expect(html).toContain('<a href="https://ks.no">lenke</a>');
		expect(html).toContain('<li>a</li>');
	});

	it('turns an h1 into h2 so the page keeps one h1', () => {
		expect(renderMarkdown('# Tittel')).toBe('<h2>Tittel</h2>');
	});

	it.each([
		['<script>alert(1)</script>', /<script/i],
		['<img src="x" onerror="alert(1)">', /onerror/i],
		['[klikk](javascript:alert(1))', /javascript:/i],
		['<a href="JaVaScRiPt:alert(1)">x</a>', /javascript:/i],
		['<iframe src="https://evil.example"></iframe>', /<iframe/i],
		['<svg onload="alert(1)"></svg>', /<svg|onload/i],
		['<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:/i],
		['<div style="background:url(javascript:alert(1))">x</div>', /style=|javascript:/i],
		['<form action="/x"><button>Send</button></form>', /<form|<button/i],
		['![x](javascript:alert(1))', /javascript:/i]
	])('renders %s inert', (payload, forbidden) => {
		expect(renderMarkdown(payload)).not.toMatch(forbidden);
	});

	it('keeps alt text on images and lazy-loads them', () => {
		const html = renderMarkdown('![Elever spiller fiolin](https://example.org/a.jpg)');
		expect(html).toContain('alt="Elever spiller fiolin"');
		expect(html).toContain('loading="lazy"');
	});
});

describe('markdownToText', () => {
	it('strips markup and shortens at a word', () => {
		expect(markdownToText('## Hei\n\nDette er **viktig** & riktig.')).toBe(
			'Hei Dette er viktig & riktig.'
		);
		const long = markdownToText('ord '.repeat(200), 50);
		expect(long.length).toBeLessThanOrEqual(52);
		expect(long.endsWith('…')).toBe(true);
	});
});

describe('imagesWithoutAlt', () => {
	it('finds images without alt text', () => {
		expect(imagesWithoutAlt('![](a.png) og ![ok](b.png)')).toEqual(['a.png']);
		expect(imagesWithoutAlt('<img src="c.png">')).toHaveLength(1);
		expect(imagesWithoutAlt('![Beskrivelse](d.png)')).toEqual([]);
	});
});
