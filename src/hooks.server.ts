import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { randomUUID } from 'node:crypto';
import { bootstrap } from '$lib/server/bootstrap';
import { log } from '$lib/server/log';
import { config } from '$lib/server/config';
import { publicCache, PublicCache } from '$lib/server/cache/public-cache';

export const init: ServerInit = async () => {
	await bootstrap();
};

const requestId: Handle = async ({ event, resolve }) => {
	event.locals.requestId = randomUUID().slice(0, 8);
	// PostgreSQL text cannot hold NUL; no address of ours contains control characters.
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f]/.test(decodeSafe(event.url.pathname) + decodeSafe(event.url.search)))
		return new Response('Ugyldig adresse', {
			status: 400,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	return resolve(event);
};

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

/** Keeps a copy of public responses for anonymous visitors in the public cache. */
const cachePublic: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const cacheable =
		event.request.method === 'GET' &&
		event.route.id?.startsWith('/(public)') &&
		response.status === 200 &&
		!response.headers.has('set-cookie') &&
		!event.cookies.getAll().some((c) => c.name === 'fk_session') &&
		!response.headers.get('cache-control')?.includes('private');
	if (!cacheable) return response;
	const key = PublicCache.key(event.url.pathname + event.url.search);
	if (key === null) return response;
	const body = Buffer.from(await response.arrayBuffer());
	if (!response.headers.has('cache-control'))
		response.headers.set('cache-control', 'public, max-age=0, must-revalidate');
	publicCache.store(key, response.status, response.headers, body);
	return new Response(body, { status: response.status, headers: response.headers });
};

export const handle = sequence(requestId, cachePublic, securityHeaders);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const id = event.locals.requestId ?? randomUUID().slice(0, 8);
	if (status >= 500) log.error('Uventet feil', { requestId: id, path: event.url.pathname, error });
	return {
		message:
			status === 404 ? 'Siden finnes ikke' : status >= 500 ? 'Noe gikk galt hos oss' : message,
		requestId: id
	};
};
