/**
 * Markdown → safe HTML. Editors write Markdown; what reaches the page can never run script:
 * sanitize-html keeps a small allow-list of tags and attributes and only http(s), mailto
 * and tel links. An h1 in the text becomes h2 (the page title is the page's one h1).
 */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import type { SafeHtml } from '$lib/safe-html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const ALLOWED: sanitizeHtml.IOptions = {
	allowedTags: [
		'h2',
		'h3',
		'h4',
		'h5',
		'h6',
		'p',
		'br',
		'hr',
		'ul',
		'ol',
		'li',
		'a',
		'strong',
		'em',
		'b',
		'i',
		'blockquote',
		'code',
		'pre',
		'table',
		'thead',
		'tbody',
		'tr',
		'th',
		'td',
		'img',
		'abbr',
		'del',
		'sup',
		'sub',
		'figure',
		'figcaption'
	],
	allowedAttributes: {
		a: ['href', 'title', 'hreflang'],
		img: ['src', 'alt', 'title', 'width', 'height'],
		th: ['scope', 'align'],
		td: ['align'],
		abbr: ['title'],
		ol: ['start']
	},
	allowedSchemes: ['http', 'https', 'mailto', 'tel'],
	allowedSchemesByTag: { img: ['http', 'https'] },
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
	transformTags: {
		h1: 'h2',
		img: (tagName, attribs) => ({
			tagName,
			attribs: { ...attribs, alt: attribs.alt ?? '', loading: 'lazy' }
		})
	},
	exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src
};
ALLOWED.allowedAttributes = {
	...ALLOWED.allowedAttributes,
	img: ['src', 'alt', 'title', 'width', 'height', 'loading']
};

export function renderMarkdown(source: string | null | undefined): SafeHtml {
	if (!source) return '' as SafeHtml;
	const html = marked.parse(source) as string;
	return sanitizeHtml(html, ALLOWED).trim() as SafeHtml;
}

/** Plain text of Markdown, for descriptions, feeds and meta tags. */
export function markdownToText(source: string | null | undefined, max = 300): string {
	if (!source) return '';
	const text = sanitizeHtml(marked.parse(source) as string, {
		allowedTags: [],
		allowedAttributes: {}
	})
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
	return text.length > max ? text.slice(0, max - 1).replace(/\s+\S*$/, '') + ' …' : text;
}

/** Images in Markdown that lack alt text: the editor refuses to save them. */
export function imagesWithoutAlt(source: string): string[] {
	const missing: string[] = [];
	for (const m of source.matchAll(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g)) {
		if (!m[1].trim()) missing.push(m[2]);
	}
	for (const m of source.matchAll(/<img\b[^>]*>/gi)) {
		if (!/\balt\s*=\s*["'][^"']+["']/i.test(m[0])) missing.push(m[0]);
	}
	return missing;
}
