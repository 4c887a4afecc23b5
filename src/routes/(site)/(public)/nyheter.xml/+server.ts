import { newsFeed } from '$lib/server/content/feeds';
import { config } from '$lib/server/config';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () =>
	new Response(await newsFeed(config.origin), {
		headers: { 'content-type': 'application/rss+xml; charset=utf-8' }
	});
