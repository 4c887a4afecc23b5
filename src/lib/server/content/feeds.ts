/** The news feed (RSS 2.0) and the sitemap. */
import { xmlEscape as x } from '../xml';
import { feedNews, newsYears } from './news.service';
import { pageIdByPath } from './pages.service';
import {
	currentLang,
	HTML_LANG,
	INTL_LOCALE,
	LANGUAGES,
	l,
	m,
	pathIn,
	t,
	type Lang
} from '$lib/i18n';
import { itemLanguages, type ItemLanguages } from './translations';
import type { TranslationKind } from './schema';

/**
 * The news feed in the language of the request: /nn/nyheter.xml is in nynorsk, links and all,
 * with each article's nynorsk version where there is one (the others' text marked lang="nb").
 *
 * It holds the newest `FEED_SIZE` articles, each with its title, date, tags and lead (as
 * `description`, and as the HTML of `content:encoded`), not its body: the link leads to the
 * article, and the channel's link to the news list, which pages through the whole archive.
 * So the feed costs the same however many articles there are.
 */
export async function newsFeed(origin: string): Promise<string> {
	const items = await feedNews();
	const latest = items[0]?.updatedAt ?? new Date(0);
	const entries = items
		.map((a) => {
			const url = `${origin}${l(`/nyheter/${a.slug}`)}`;
			const html = `<p>${x(a.lead)}</p>`;
			const body = a.textLang ? `<div lang="${HTML_LANG[a.textLang]}">${html}</div>` : html;
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
		<title>${x(t(m.pub.news.feedTitle, { site: m.site.name }))}</title>
		<link>${x(origin + l('/nyheter'))}</link>
		<atom:link href="${x(origin + l('/nyheter.xml'))}" rel="self" type="application/rss+xml" />
		<description>${x(m.site.description)}</description>
		<language>${INTL_LOCALE[currentLang()]}</language>
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

/**
 * The fixed public addresses and the news archive's years, with the front page's languages
 * (`translated`, from `publishedLanguagesByItem`). The page tree, news articles and resources
 * are listed a slice at a time (`sitemap.ts`), so they are not here.
 */
export async function contentSitemapEntries(translated: ItemLanguages): Promise<SitemapEntry[]> {
	const [front, latest, years] = await Promise.all([
		pageIdByPath('/'),
		feedNews('nb', 1),
		newsYears()
	]);
	const languages = (kind: TranslationKind, id: number) => itemLanguages(translated, kind, id);
	return [
		{ path: '/', languages: front ? languages('side', front) : undefined },
		{ path: '/nyheter', lastmod: latest[0]?.updatedAt },
		...years.map((y) => ({ path: `/nyheter/arkiv/${y.year}` })),
		{ path: '/ressurser' },
		{ path: '/sporsmal-og-svar' },
		{ path: '/personer' }
		// Not /sok: robots.txt keeps crawlers out of the search.
	];
}

/**
 * The sitemap: every page in each language it exists in (all three for pages that are not
 * content items), each listing its translations (xhtml:link rel="alternate" hreflang, and
 * x-default for the bokmål address).
 */
export function sitemapXml(origin: string, entries: SitemapEntry[]): string {
	const seen = new Set<string>();
	const unique = entries.filter((e) => (seen.has(e.path) ? false : (seen.add(e.path), true)));
	const urls = unique
		.flatMap((e) => {
			const langs = e.languages ?? LANGUAGES;
			const lastmod = e.lastmod ? `<lastmod>${e.lastmod.toISOString()}</lastmod>` : '';
			const alternates =
				langs.length < 2
					? ''
					: [
							...langs.map(
								(lang) =>
									`<xhtml:link rel="alternate" hreflang="${HTML_LANG[lang]}" href="${x(origin + pathIn(lang, e.path))}"/>`
							),
							`<xhtml:link rel="alternate" hreflang="x-default" href="${x(origin + e.path)}"/>`
						].join('');
			return langs.map(
				(lang) =>
					`\t<url><loc>${x(origin + pathIn(lang, e.path))}</loc>${lastmod}${alternates}</url>`
			);
		})
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls}
</urlset>
`;
}

/** The sitemap index: one `<sitemap>` per part (`/sitemap/<part>.xml`). */
export function sitemapIndexXml(
	origin: string,
	parts: { name: string; lastmod?: Date | null }[]
): string {
	const items = parts
		.map((p) => {
			const lastmod = p.lastmod ? `<lastmod>${p.lastmod.toISOString()}</lastmod>` : '';
			return `\t<sitemap><loc>${x(`${origin}/sitemap/${p.name}.xml`)}</loc>${lastmod}</sitemap>`;
		})
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${items}
</sitemapindex>
`;
}
