/** The news feed (RSS 2.0) and the sitemap. */
import { xmlEscape as x } from '../xml';
import { allPublishedNews, newsYears } from './news.service';
import { publishedPageRows } from './pages.service';
import { listResources } from './resources.service';
import { renderMarkdown } from './markdown';
import { buildTree, flatten } from './tree';
import { HTML_LANG, LANGUAGES, m, pathIn, type Lang } from '$lib/i18n';
import { publishedLanguagesByItem } from './translations';

export async function newsFeed(origin: string): Promise<string> {
	const items = await allPublishedNews();
	const latest = items[0]?.updatedAt ?? new Date(0);
	const entries = items
		.map((a) => {
			const url = `${origin}/nyheter/${a.slug}`;
			const body = `<p>${x(a.lead)}</p>${renderMarkdown(a.body)}`;
			return `
		<item>
			<title>${x(a.title)}</title>
			<link>${x(url)}</link>
			<guid isPermaLink="true">${x(url)}</guid>
			<pubDate>${(a.publishedAt ?? a.createdAt).toUTCString()}</pubDate>
			<description>${x(a.lead)}</description>
			<content:encoded>${x(body)}</content:encoded>${a.tags.map((t) => `\n\t\t\t<category>${x(t)}</category>`).join('')}
		</item>`;
		})
		.join('');
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
	<channel>
		<title>${x(m.site.name)} – nyheter</title>
		<link>${x(origin)}/nyheter</link>
		<atom:link href="${x(origin)}/nyheter.xml" rel="self" type="application/rss+xml" />
		<description>${x(m.site.description)}</description>
		<language>nb-NO</language>
		<lastBuildDate>${latest.toUTCString()}</lastBuildDate>${entries}
	</channel>
</rss>
`;
}

export interface SitemapEntry {
	path: string;
	lastmod?: Date | null;
	/** The languages the address really exists in (content with language versions); all when absent. */
	languages?: readonly Lang[];
}

/** Every public address: fixed pages, the page tree, news, the news archive and resources. */
export async function contentSitemapEntries(): Promise<SitemapEntry[]> {
	const [pages, news, years, resources, translated] = await Promise.all([
		publishedPageRows('nb'),
		allPublishedNews(),
		newsYears(),
		listResources(),
		publishedLanguagesByItem()
	]);
	const languages = (kind: string, id: number): Lang[] => translated.get(`${kind}:${id}`) ?? ['nb'];
	const front = pages.find((p) => p.path === '/');
	return [
		{ path: '/', languages: front ? languages('side', front.id) : undefined },
		{ path: '/nyheter', lastmod: news[0]?.updatedAt },
		...years.map((y) => ({ path: `/nyheter/arkiv/${y.year}` })),
		{ path: '/ressurser' },
		{ path: '/sporsmal-og-svar' },
		{ path: '/personer' },
		{ path: '/sok' },
		// Only pages whose ancestors are published too (the tree leaves the others out).
		...flatten(buildTree(pages))
			.filter((p) => p.path !== '/' && !p.linkUrl)
			.map((p) => ({ path: p.path, lastmod: p.updatedAt, languages: languages('side', p.id) })),
		...news.map((a) => ({
			path: `/nyheter/${a.slug}`,
			lastmod: a.updatedAt,
			languages: languages('nyhet', a.id)
		})),
		...resources.map((r) => ({
			path: `/ressurser/${r.slug}`,
			lastmod: r.updatedAt,
			languages: languages('ressurs', r.id)
		}))
	];
}

/** The address in each language it exists in (hreflang), for one sitemap entry. */
function alternates(origin: string, e: SitemapEntry): string {
	const langs = e.languages ?? LANGUAGES;
	if (langs.length < 2) return '';
	return langs
		.map(
			(l) =>
				`<xhtml:link rel="alternate" hreflang="${HTML_LANG[l]}" href="${x(origin + pathIn(l, e.path))}"/>`
		)
		.join('');
}

export function sitemapXml(origin: string, entries: SitemapEntry[]): string {
	const seen = new Set<string>();
	const urls = entries
		.filter((e) => (seen.has(e.path) ? false : (seen.add(e.path), true)))
		.map(
			(e) =>
				`\t<url><loc>${x(origin + e.path)}</loc>${e.lastmod ? `<lastmod>${e.lastmod.toISOString()}</lastmod>` : ''}${alternates(origin, e)}</url>`
		)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls}
</urlset>
`;
}
