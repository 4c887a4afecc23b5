import { redirect } from '@sveltejs/kit';
import { startProviderSignIn } from '$lib/server/accounts/providers.service';
import { setFlowCookie } from '$lib/server/accounts/provider-cookies';
import { safeNext } from '$lib/server/http';
import { l } from '$lib/i18n';
import type { RequestHandler } from './$types';

/**
 * A provider's button on /logg-inn (a link: the site's CSP allows forms to post only to itself,
 * and a POST answered with a redirect to the provider would be one). Starts the flow and sends
 * the browser to Feide, ID-porten or Ansattporten.
 */
export const GET: RequestHandler = async (event) => {
	const provider = event.params.leverandor as 'feide' | 'idporten' | 'ansattporten';
	const next = l(safeNext(event.url.searchParams.get('neste')));
	const started = await startProviderSignIn(provider, next);
	if (!started) redirect(303, l('/logg-inn/feil?grunn=unavailable'));
	setFlowCookie(event.cookies, started.token);
	event.setHeaders({ 'cache-control': 'no-store' });
	redirect(303, started.url);
};
