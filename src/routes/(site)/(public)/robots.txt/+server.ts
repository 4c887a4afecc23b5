import { config } from '$lib/server/config';
import type { RequestHandler } from './$types';

/** What crawlers leave alone, at the bokmål addresses and under /nn and /en alike. */
const PRIVATE = ['/admin', '/min-side', '/kommuner', '/logg-inn', '/sok'];

export const GET: RequestHandler = () =>
	new Response(
		`User-agent: *\n${['', '/nn', '/en']
			.flatMap((prefix) => PRIVATE.map((path) => `Disallow: ${prefix}${path}\n`))
			.join('')}\nSitemap: ${config.origin}/sitemap.xml\n`,
		{ headers: { 'content-type': 'text/plain; charset=utf-8' } }
	);
