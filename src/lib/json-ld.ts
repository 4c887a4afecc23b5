/**
 * Structured data (schema.org JSON-LD) for a page's <head>. The JSON goes inside a <script>
 * element, where the HTML parser ends the element at the first `</script` whatever the JSON
 * says, and `<!--` changes how it reads on: so every `<`, `>` and `&` is written as a JSON
 * escape (`\u003c` …), which JSON readers turn back into the same text. U+2028 and U+2029
 * are escaped too (valid in JSON, not in older JavaScript string literals).
 */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/** The whole element, ready for `{@html}` in <svelte:head>. */
export function jsonLdScript(data: unknown): string {
	return `<script type="application/ld+json">${serializeJsonLd(data)}</` + `script>`;
}

export interface JsonLdItem {
	type: 'NewsArticle' | 'WebPage';
	url: string;
	headline: string;
	description?: string;
	image?: string;
	datePublished?: string;
	dateModified?: string;
	inLanguage: string;
	siteName: string;
}

/** A NewsArticle or WebPage, published by the programme (schema.org vocabulary). */
export function itemJsonLd(item: JsonLdItem): Record<string, unknown> {
	const publisher = { '@type': 'Organization', name: item.siteName };
	return {
		'@context': 'https://schema.org',
		'@type': item.type,
		...(item.type === 'NewsArticle'
			? { headline: item.headline, mainEntityOfPage: item.url }
			: { name: item.headline }),
		url: item.url,
		inLanguage: item.inLanguage,
		...(item.description ? { description: item.description } : {}),
		...(item.image ? { image: [item.image] } : {}),
		...(item.datePublished ? { datePublished: item.datePublished } : {}),
		...(item.dateModified ? { dateModified: item.dateModified } : {}),
		publisher,
		...(item.type === 'WebPage'
			? { isPartOf: { '@type': 'WebSite', name: item.siteName } }
			: { author: publisher })
	};
}
