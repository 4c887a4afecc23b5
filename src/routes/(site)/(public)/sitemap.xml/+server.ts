import { sitemapIndexXml, sitemapXml } from '$lib/server/content/feeds';
import { sitemap } from '$lib/server/sitemap';
import { config } from '$lib/server/config';
import type { RequestHandler } from './$types';

/** Every address, or past `SITEMAP_PART_SIZE` a sitemap index of parts (/sitemap/<part>.xml). */
export const GET: RequestHandler = async () => {
	const map = await sitemap();
	return new Response(
		map.kind === 'urls'
			? sitemapXml(config.origin, map.entries)
			: sitemapIndexXml(config.origin, map.parts),
		{ headers: { 'content-type': 'application/xml; charset=utf-8' } }
	);
};
