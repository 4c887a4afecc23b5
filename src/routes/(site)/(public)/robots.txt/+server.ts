import { config } from '$lib/server/config';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () =>
	new Response(
		`User-agent: *\nDisallow: /admin\nDisallow: /min-side\nDisallow: /kommuner\nDisallow: /logg-inn\nDisallow: /sok\n\nSitemap: ${config.origin}/sitemap.xml\n`,
		{ headers: { 'content-type': 'text/plain; charset=utf-8' } }
	);
