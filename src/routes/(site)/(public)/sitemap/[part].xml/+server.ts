import { sitemapXml } from '$lib/server/content/feeds';
import { sitemapPart } from '$lib/server/sitemap';
import { config } from '$lib/server/config';
import { notFoundPage } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** One part of the sitemap index (/sitemap.xml lists them once the site has grown past one file). */
export const GET: RequestHandler = async ({ params }) => {
	const entries = await sitemapPart(params.part);
	if (!entries) notFoundPage('problems.pages.page');
	return new Response(sitemapXml(config.origin, entries), {
		headers: { 'content-type': 'application/xml; charset=utf-8' }
	});
};
