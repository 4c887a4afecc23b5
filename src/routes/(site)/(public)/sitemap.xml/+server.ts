import { sitemapXml } from '$lib/server/content/feeds';
import { allSitemapEntries } from '$lib/server/sitemap';
import { config } from '$lib/server/config';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () =>
	new Response(sitemapXml(config.origin, await allSitemapEntries()), {
		headers: { 'content-type': 'application/xml; charset=utf-8' }
	});
