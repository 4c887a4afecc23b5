import { describe, expect, it } from 'vitest';
import { itemJsonLd, jsonLdScript, serializeJsonLd } from './json-ld';

describe('JSON-LD in a script element', () => {
	const hostile = {
		headline: 'Slutt </script><script>alert(1)</script> <!-- og & mer',
		sep: 'linje\u2028skille\u2029avsnitt'
	};

	it('never lets the text end the script element or open a comment', () => {
		const html = jsonLdScript(hostile);
		// Exactly one closing tag: the element's own.
		expect(html.match(/<\/script/gi)).toHaveLength(1);
		expect(html.endsWith('</script>')).toBe(true);
		const inner = html.slice('<script type="application/ld+json">'.length, -'</script>'.length);
		expect(inner).not.toMatch(/[<>&\u2028\u2029]/);
		expect(inner).not.toContain('<!--');
	});

	it('reads back as the same data', () => {
		expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
	});

	it('describes a news item as a NewsArticle with its dates and image', () => {
		const data = itemJsonLd({
			type: 'NewsArticle',
			url: 'https://example.org/nyheter/a',
			headline: 'A',
			description: 'B',
			image: 'https://example.org/filer/1/bilde.png',
			datePublished: '2024-05-01T10:00:00+02:00',
			inLanguage: 'nb-NO',
			siteName: 'Fremtidens kulturskole'
		});
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: 'A',
			image: ['https://example.org/filer/1/bilde.png'],
			datePublished: '2024-05-01T10:00:00+02:00',
			publisher: { '@type': 'Organization', name: 'Fremtidens kulturskole' }
		});
	});
});
