import { m } from '$lib/i18n';
import { metricsAllowed, metricsContentType, metricsText } from '$lib/server/metrics';
import type { RequestHandler } from './$types';

/**
 * Prometheus' scrape address. Without FK_METRICS_TOKEN or FK_METRICS_ALLOW (or with the
 * wrong token from an address not allowed) it is a 404 like any unknown address.
 */
export const GET: RequestHandler = async (event) => {
	if (!metricsAllowed(event))
		return new Response(m.errors.notFoundTitle, {
			status: 404,
			headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
		});
	return new Response(await metricsText(), {
		headers: { 'content-type': metricsContentType, 'cache-control': 'no-store' }
	});
};
