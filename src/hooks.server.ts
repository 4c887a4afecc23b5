import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { randomUUID } from 'node:crypto';
import { bootstrap } from '$lib/server/bootstrap';
import { log } from '$lib/server/log';
import { config } from '$lib/server/config';
import {
	CACHE_MARK,
	publicCache,
	PublicCache,
	SESSION_COOKIE
} from '$lib/server/cache/public-cache';
import { isCacheable } from '$lib/server/cache/cacheable-routes';
import {
	deleteSessionCookie,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/accounts/sessions';
import { loadActor } from '$lib/server/accounts/actor';
import { decideAccess } from '$lib/server/accounts/access';
import { checkPath } from '$lib/server/canonical-path';
import { l, m } from '$lib/i18n';
import { HTML_LANG } from '$lib/i18n/languages';
import { langOfUrl, withLanguage } from '$lib/server/i18n';
import { stashForm } from '$lib/server/form-stash';
import { forbiddenResponse } from '$lib/server/refusal-page';
import { checkRequestBody } from '$lib/server/request-body';
import { timeRequests } from '$lib/server/metrics';
import { redirect, error } from '@sveltejs/kit';
import { discoverAll } from '$lib/server/accounts/providers';

export const init: ServerInit = async () => {
	await bootstrap();
	// Sign-in providers' discovery, read once at start (a failure only hides that button).
	void discoverAll().catch(() => undefined);
};

/**
 * The language of the answer, from the address (/nn/…, /en/…, bokmål without a prefix); the
 * rest of the request is handled in it. `/nb/…` is not an address of ours: it goes to the
 * bokmål address.
 */
const language: Handle = async ({ event, resolve }) => {
	const nb = /^\/nb(\/.*)?$/.exec(event.url.pathname);
	if (nb && (event.request.method === 'GET' || event.request.method === 'HEAD'))
		return new Response(null, {
			status: 308,
			headers: { location: (nb[1] || '/') + event.url.search }
		});
	const lang = langOfUrl(event.url);
	event.locals.lang = lang;
	return withLanguage(lang, () =>
		resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%fk.lang%', HTML_LANG[lang])
		})
	);
};

const requestId: Handle = async ({ event, resolve }) => {
	event.locals.requestId = randomUUID().slice(0, 8);
	// PostgreSQL text cannot hold NUL; no address of ours contains control characters.
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f]/.test(decodeSafe(event.url.pathname) + decodeSafe(event.url.search)))
		return badAddress();
	// One spelling per address, before the cache or any access rule sees it.
	const path = checkPath(event.url.pathname);
	if (path.kind === 'bad') return badAddress();
	if (path.kind === 'redirect') {
		const method = event.request.method;
		if (method !== 'GET' && method !== 'HEAD') return badAddress();
		return new Response(null, {
			status: 308,
			headers: { location: path.to + event.url.search }
		});
	}
	// `?/default` names SvelteKit's reserved action, which it answers with a 500: none of ours.
	if (event.request.method === 'POST' && event.url.searchParams.has('/default'))
		return badAddress();
	return resolve(event);
};

const badAddress = () =>
	new Response(m.errors.badAddress, {
		status: 400,
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});

function decodeSafe(s: string): string {
	try {
		return decodeURIComponent(s.replace(/\+/g, ' '));
	} catch {
		return s;
	}
}

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const h = response.headers;
	h.set('x-content-type-options', 'nosniff');
	h.set('referrer-policy', 'strict-origin-when-cross-origin');
	h.set('x-frame-options', 'DENY');
	h.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
	h.set('cross-origin-opener-policy', 'same-origin');
	if (config.secureCookies)
		h.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
	return response;
};

/**
 * The signed-in person (if any), with the session lifetimes of `sessions.ts`. A session still
 * waiting for its second factor signs no one in: it is only `locals.pending`, which the
 * second-factor pages under /logg-inn read.
 */
const session: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	event.locals.pending = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const found = await validateSessionToken(token);
		if (found) {
			setSessionCookie(event.cookies, token, found.session.expiresAt);
			if (found.complete) {
				event.locals.session = found.session;
				event.locals.user = await loadActor(found.user);
			} else {
				event.locals.pending = {
					session: found.session,
					user: { id: found.user.id, name: found.user.name, email: found.user.email },
					staff: found.staff,
					enrol: !found.hasTotp
				};
			}
		} else {
			deleteSessionCookie(event.cookies);
		}
	}
	return resolve(event);
};

/**
 * Route access by role, for page loads, form actions and endpoints alike, decided on the route
 * SvelteKit will run (see accounts/access.ts).
 */
const authorize: Handle = async ({ event, resolve }) => {
	const decision = decideAccess(event.route.id, event.params, event.locals.user);
	if (decision.kind === 'login') {
		// A form posted after the session expired: keep what was typed to offer it back.
		const next = (await stashForm(event)) ?? event.url.pathname + event.url.search;
		redirect(303, l(`/logg-inn?neste=${encodeURIComponent(next)}`));
	}
	if (decision.kind === 'forbidden') {
		// A browser gets the refusal page in its language; data and API requests the JSON error.
		if (!event.isDataRequest && event.request.headers.get('accept')?.includes('text/html'))
			return forbiddenResponse();
		error(403, m.errors.forbiddenText);
	}
	return resolve(event);
};

/**
 * Keeps a copy of answers to anonymous GETs of the routes on the allow-list
 * (`cacheable-routes.ts`) in the public cache, keyed by the address as asked (so a
 * `__data.json` request is its own entry), and marks them `x-fk-cache: public` for nginx's
 * micro-cache. A render that started before an invalidation is not kept.
 */
const cachePublic: Handle = async ({ event, resolve }) => {
	const generation = publicCache.generation;
	const response = await resolve(event);
	const cacheable =
		event.request.method === 'GET' &&
		isCacheable(event.route.id, event.url) &&
		response.status === 200 &&
		!response.headers.has('set-cookie') &&
		!event.locals.user &&
		!event.request.headers.get('cookie')?.includes(SESSION_COOKIE + '=') &&
		!/private|no-store/.test(response.headers.get('cache-control') ?? '');
	if (!cacheable) return response;
	const key = PublicCache.key(event.request.url);
	if (key === null) return response;
	const body = Buffer.from(await response.arrayBuffer());
	if (!response.headers.has('cache-control'))
		response.headers.set('cache-control', 'public, max-age=0, must-revalidate');
	response.headers.set(CACHE_MARK, 'public');
	publicCache.store(key, response.status, response.headers, body, generation);
	return new Response(body, { status: response.status, headers: response.headers });
};

export const handle = sequence(
	timeRequests,
	language,
	requestId,
	cachePublic,
	securityHeaders,
	checkRequestBody,
	session,
	authorize
);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const id = event.locals.requestId ?? randomUUID().slice(0, 8);
	if (status >= 500) log.error('Uventet feil', { requestId: id, path: event.url.pathname, error });
	return {
		message:
			status === 404 ? m.errors.notFoundTitle : status >= 500 ? m.errors.genericTitle : message,
		requestId: id
	};
};
