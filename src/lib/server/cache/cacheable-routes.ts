/**
 * The routes whose anonymous GET answers may be kept in the public cache (and nginx's
 * micro-cache, which follows the `x-fk-cache` header `hooks.server.ts` sets). Caching is
 * opt-in: a route not listed here is never cached, so a new page cannot be by accident.
 *
 * Each route lists the query parameters its page reads. An address with any other parameter
 * is answered fresh and not kept, so made-up query strings cannot fill the cache. Never list
 * a page with a form carrying per-visitor state (sign-up, sign-in, password reset,
 * invitations, set-up, previews) or anything under (app) or admin.
 *
 * Search (`/sok`) is kept only without a query: every search is its own address, most are
 * asked once, and a burst of made-up searches would push the real pages out.
 */
export const CACHEABLE_ROUTES: Readonly<Record<string, readonly string[]>> = {
	'/(site)/(public)': [],
	'/(site)/(public)/[...path]': [],
	'/(site)/(public)/nyheter': ['side'],
	'/(site)/(public)/nyheter/[slug]': [],
	'/(site)/(public)/nyheter/arkiv/[year]': ['side'],
	'/(site)/(public)/nyheter.xml': [],
	'/(site)/(public)/arrangementer': ['type', 'fylke'],
	'/(site)/(public)/arrangementer/[slug]': [],
	'/(site)/(public)/arrangementer.ics': [],
	'/(site)/(public)/arrangementer/[slug].ics': [],
	'/(site)/(public)/arrangementer/fylkeslag/[chapter].ics': [],
	'/(site)/(public)/arrangementer/type/[type].ics': [],
	'/(site)/(public)/erfaringer': [],
	'/(site)/(public)/erfaringer/[slug]': [],
	'/(site)/(public)/ressurser': ['type', 'ar', 'side'],
	'/(site)/(public)/ressurser/[slug]': [],
	'/(site)/(public)/personer': [],
	'/(site)/(public)/program': [],
	'/(site)/(public)/program/[slug]': [],
	'/(site)/(public)/sporsmal-og-svar': [],
	'/(site)/(public)/sok': [],
	'/(site)/(public)/sitemap.xml': [],
	'/(site)/(public)/sitemap/[part].xml': [],
	'/(site)/(public)/robots.txt': []
};

/** Whether the answer to `url` on route `routeId` may be cached. */
export function isCacheable(routeId: string | null, url: URL): boolean {
	if (routeId === null || !Object.hasOwn(CACHEABLE_ROUTES, routeId)) return false;
	const allowed = CACHEABLE_ROUTES[routeId]!;
	for (const name of url.searchParams.keys()) if (!allowed.includes(name)) return false;
	return true;
}
