/**
 * Every role against every protected route and form action, found by walking src/routes:
 * allowed, or refused — 403 for the signed-in, a redirect to /logg-inn for the anonymous.
 * The expectations below are written out independently of accounts/access.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
	expect,
	request as playwrightRequest,
	test,
	type APIRequestContext
} from '@playwright/test';
import { createUser, type Role } from './support/users';
import { E2E } from './support/env';

type Who = 'anonym' | Role;
const ROLES: Who[] = [
	'anonym',
	'ingen',
	'medlem',
	'koordinator',
	'fylkesleder',
	'redaktor',
	'admin'
];

const STAFF: Who[] = ['admin', 'redaktor', 'fylkesleder'];

/**
 * Inside a municipality's workspace: coordinators do everything; members take part but do not
 * manage the group, choose goals, run rounds, share or write stories; programme staff and the
 * county chapter read, and never write.
 */
function inWorkspace(rest: string, method: string, who: Who): boolean {
	if (who === 'koordinator') return true;
	if (who === 'ingen' || who === 'anonym') return false;
	const editPage = /\/(gruppe|gapet|logg|malbilde|tiltak|deling\/historier)\/\d+(\/|$)/.test(rest);
	if (STAFF.includes(who)) return method === 'GET' && !editPage;
	const coordinatorOnly =
		/\/(gruppe\/\d+|deling\/historier\/\d+)/.test(rest) ||
		(method === 'POST' && /\/(gruppe|mal|deling)(\/|\?|$)/.test(rest)) ||
		(method === 'POST' && /\/nabilde(\?|\/\d+\/resultater)/.test(rest));
	return !coordinatorOnly;
}

/** Who may use a path (the municipality in test paths is 5001 Trondheim, in the Trøndelag chapter). */
function allowed(target: string, who: Who, method = 'GET'): boolean {
	if (who === 'anonym') return false;
	const url = target.split('?')[0];
	if (/^\/admin\/(brukere|logg|e-post)(\/|$)/.test(url)) return who === 'admin';
	if (
		/^\/admin\/(sider|nyheter|ressurser|personer|sporsmal|filer|samfunnsmal|erfaringer)(\/|$)/.test(
			url
		)
	)
		return who === 'admin' || who === 'redaktor';
	if (/^\/admin(\/|$)/.test(url)) return ['admin', 'redaktor', 'fylkesleder'].includes(who);
	if (/^\/forhandsvisning(\/|$)/.test(url)) return who === 'admin' || who === 'redaktor';
	const workspace = target.match(/^\/kommuner\/(\d{4})(.*)$/);
	if (workspace) {
		// Members and the chapter belong to 5001 only; editors and admins oversee every municipality.
		if (workspace[1] !== '5001' && !(who === 'admin' || who === 'redaktor')) return false;
		return inWorkspace(workspace[2], method, who);
	}
	if (/^\/min-side(\/|$)/.test(url)) return true;
	// Applying: anyone signed in (the service shows only one's own applications).
	if (/^\/program\/[^/]+\/sok(\/|$)/.test(url)) return true;
	throw new Error(`Ingen forventning for ${url}`);
}

const PARAM_VALUES: Record<string, string> = {
	kommunenummer: '5001',
	token: 'finnesikke',
	slug: 'finnes-ikke'
};

interface Target {
	url: string;
	actions: string[];
	kind: 'page' | 'endpoint';
	methods: string[];
}

function walk(dir: string, segments: string[], out: Target[]) {
	const entries = fs.readdirSync(dir, { withFileTypes: true });
	const files = entries.filter((e) => e.isFile()).map((e) => e.name);
	const url =
		'/' +
		segments
			.filter((s) => !/^\(.*\)$/.test(s))
			.map((s) => {
				const m = s.match(/^\[(?:\.\.\.)?(\w+)\]$/);
				return m ? (PARAM_VALUES[m[1]] ?? '999999') : s;
			})
			.join('/');
	if (files.includes('+page.svelte')) {
		const server = path.join(dir, '+page.server.ts');
		const src = fs.existsSync(server) ? fs.readFileSync(server, 'utf8') : '';
		const block = src.split('export const actions')[1] ?? '';
		const actions = [...block.matchAll(/^\t(\w+): async/gm)].map((m) => m[1]);
		out.push({ url, actions, kind: 'page', methods: ['GET'] });
	} else if (files.includes('+server.ts')) {
		const src = fs.readFileSync(path.join(dir, '+server.ts'), 'utf8');
		const methods = [...src.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
			(m) => m[1]
		);
		out.push({ url, actions: [], kind: 'endpoint', methods });
	}
	for (const e of entries)
		if (e.isDirectory()) walk(path.join(dir, e.name), [...segments, e.name], out);
}

const all: Target[] = [];
walk(path.resolve('src/routes'), [], all);
const PROTECTED = /^\/(admin|min-side|kommuner|forhandsvisning|program\/[^/]+\/sok)(\/|$)/;
const targets = all.filter((t) => PROTECTED.test(t.url));
// The same routes for another municipality, to prove the scope.
for (const t of targets.filter((t) => t.url.startsWith('/kommuner/5001')))
	targets.push({ ...t, url: t.url.replace('/kommuner/5001', '/kommuner/0301') });

test('tilgangsmatrisen: hver rolle mot hver beskyttet side og handling', async () => {
	test.setTimeout(240_000);
	expect(targets.length).toBeGreaterThan(8);
	expect(targets.filter((t) => t.url.startsWith('/admin')).length).toBeGreaterThan(6);

	const contexts = new Map<Who, APIRequestContext>();
	const setup = await playwrightRequest.newContext({ baseURL: E2E.origin });
	for (const who of ROLES) {
		// As a browser posting a form without JavaScript (SvelteKit answers JSON to */*).
		const headers: Record<string, string> = { origin: E2E.origin, accept: 'text/html' };
		if (who !== 'anonym') {
			const u = await createUser(setup, { role: who, kommune: '5001', chapter: 'trondelag' });
			headers.cookie = `fk_session=${u.token}`;
		}
		contexts.set(
			who,
			await playwrightRequest.newContext({
				baseURL: E2E.origin,
				extraHTTPHeaders: headers,
				maxRedirects: 0
			})
		);
	}

	const failures: string[] = [];
	const check = (
		who: Who,
		what: string,
		status: number,
		location: string | undefined,
		ok: boolean
	) => {
		const toLogin = status === 303 && (location ?? '').startsWith('/logg-inn');
		if (who === 'anonym') {
			if (!toLogin)
				failures.push(
					`${who} ${what}: ventet omdirigering til /logg-inn, fikk ${status} ${location ?? ''}`
				);
		} else if (ok) {
			if (status === 403 || toLogin || status >= 500)
				failures.push(`${who} ${what}: skulle slippe inn, fikk ${status}`);
		} else if (!(status === 403 || (status === 404 && what.includes('999999'))))
			// Refused: 403, or 404 where the address names something that does not exist.
			failures.push(`${who} ${what}: ventet 403, fikk ${status}`);
	};

	for (const t of targets) {
		for (const who of ROLES) {
			const ctx = contexts.get(who)!;
			if (t.methods.includes('GET')) {
				const res = await ctx.get(t.url);
				check(
					who,
					`GET ${t.url}`,
					res.status(),
					res.headers()['location'],
					allowed(t.url, who, 'GET')
				);
			}
			if (t.kind === 'endpoint' && t.methods.includes('POST')) {
				const res = await ctx.post(t.url, { form: {} });
				check(
					who,
					`POST ${t.url}`,
					res.status(),
					res.headers()['location'],
					allowed(t.url, who, 'POST')
				);
			}
			for (const action of t.actions) {
				const url = `${t.url}?/${action}`;
				const res = await ctx.post(url, { form: { x: '1' } });
				check(
					who,
					`POST ${url}`,
					res.status(),
					res.headers()['location'],
					allowed(url, who, 'POST')
				);
			}
		}
	}
	for (const ctx of contexts.values()) await ctx.dispose();
	await setup.dispose();
	expect(failures, failures.join('\n')).toEqual([]);
});
