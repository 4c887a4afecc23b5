/**
 * Every role against every protected route and form action, found by walking src/routes, with
 * real ids of real objects (found by crawling the pages as people who can see them), and every
 * spelling of the address an attacker would try. The expectations below are written out
 * independently of accounts/access.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
	expect,
	request as playwrightRequest,
	test,
	type APIRequestContext
} from '@playwright/test';
import { createUser, uniqueEmail } from './support/users';
import { E2E } from './support/env';
import { rawRequest } from './support/raw-http';

type Who =
	| 'anonym'
	| 'ingen'
	| 'medlem-annen'
	| 'medlem'
	| 'koordinator'
	| 'fylkesleder-annen'
	| 'fylkesleder'
	| 'redaktor'
	| 'bidragsyter'
	| 'admin';
const ROLES: Who[] = [
	'anonym',
	'ingen',
	'medlem-annen',
	'medlem',
	'koordinator',
	'fylkesleder-annen',
	'fylkesleder',
	'redaktor',
	'bidragsyter',
	'admin'
];
/** The municipality the workspace routes are tried on: Bodø, in the Nordland chapter. */
const KOMMUNE = '1804';
/** Another municipality, whose member is an outsider everywhere tried (Bergen). */
const ANNEN = '4601';
/** The workspace routes are tried in this municipality too, to prove the scope (Oslo). */
const UTENFOR = '0301';

const EDITORS: Who[] = ['admin', 'redaktor'];
const STAFF: Who[] = ['admin', 'redaktor', 'fylkesleder', 'fylkesleder-annen'];

/**
 * Inside a municipality's workspace: coordinators do everything; members take part but do not
 * manage the group, choose goals, run rounds, share or write stories; programme staff and the
 * county chapter read, and never write.
 */
function inWorkspace(rest: string, method: string, who: Who): boolean {
	if (who === 'koordinator') return true;
	// Registering a group for an event: the coordinator only (the service asks).
	if (/^\/pamelding\//.test(rest)) return false;
	if (!['medlem', 'fylkesleder', 'redaktor', 'admin'].includes(who)) return false;
	// An indicator can be read by those who read the workspace; only a new one is an edit page.
	const editPage =
		/\/(gruppe|gapet|logg|malbilde|tiltak|deling\/historier)\/[^/?]+(\/|$|\?)/.test(rest) ||
		/\/indikatorer\/ny(\/|$|\?)/.test(rest);
	if (who !== 'medlem') return method === 'GET' && !editPage;
	const coordinatorOnly =
		/\/(gruppe\/[^/?]+|deling\/historier\/[^/?]+)/.test(rest) ||
		(method === 'POST' && /\/(gruppe|mal|deling)(\/|\?|$)/.test(rest)) ||
		(method === 'POST' && /\/nabilde(\?|\/[^/?]+\/resultater)/.test(rest));
	return !coordinatorOnly;
}

/**
 * Who may use a path. Events and programmes tried are the Vestland chapter's (led by
 * `fylkesleder`, not by `fylkesleder-annen`, who leads Trøndelag).
 */
function allowed(target: string, who: Who, method = 'GET'): boolean {
	if (who === 'anonym') return false;
	const url = target.split('?')[0];
	if (/^\/admin\/(brukere|logg|e-post|innlogging)(\/|$)/.test(url)) return who === 'admin';
	// Contributors: the admin front page, the editors of pages, news and resources, their
	// previews and the Markdown preview. The route lets them in; the services refuse deleting,
	// restoring and moving (after reading the form: here, with no version, 400) and sending
	// back (at once: 403), and publishing steps (workflow.test.ts).
	if (who === 'bidragsyter' && /^\/(admin|forhandsvisning)(\/|$)/.test(url)) {
		if (/^\/admin\/(sider|nyheter|ressurser)(\/|$)/.test(url))
			return !target.endsWith('?/sendTilbake');
		return /^\/(admin|admin\/markdown|forhandsvisning\/.*)$/.test(url);
	}
	if (
		/^\/admin\/(sider|nyheter|ressurser|personer|sporsmal|filer|bilder|omdirigeringer|samfunnsmal|erfaringer)(\/|$)/.test(
			url
		)
	)
		return EDITORS.includes(who);
	// QR check-in (admin/arrangementer/innsjekk) lets all staff in: the service decides per
	// scanned person whether they run that event.
	if (
		/^\/admin\/(arrangementer|program)\/[^/]+/.test(url) &&
		!/^\/admin\/(arrangementer\/(ny|innsjekk)|program\/(nytt|interesse))$/.test(url)
	)
		return EDITORS.includes(who) || who === 'fylkesleder';
	// Translations: the editors; a chapter leader only for their own chapter's events,
	// programmes and calls (the service decides per item, the route lets all staff in).
	const translation = url.match(/^\/admin\/oversettelser\/([^/]+)\//);
	if (translation)
		return (
			EDITORS.includes(who) ||
			(['arrangement', 'program', 'utlysing'].includes(translation[1]) && who === 'fylkesleder')
		);
	// Insight: the country (its page, CSV and PDF) for the editors, a chapter for its leaders;
	// /admin/innsikt itself lets all staff in (a chapter leader finds their chapters there).
	const insight = url.match(/^\/admin\/innsikt(?:\/([^/]+))?/);
	if (insight) {
		const chapter = insight[1];
		if (chapter === undefined) return STAFF.includes(who);
		if (chapter === 'csv' || chapter === 'pdf') return EDITORS.includes(who);
		return (
			EDITORS.includes(who) ||
			(who === 'fylkesleder' && ['vestland', 'nordland'].includes(chapter)) ||
			(who === 'fylkesleder-annen' && chapter === 'trondelag')
		);
	}
	if (/^\/admin(\/|$)/.test(url)) return STAFF.includes(who);
	if (/^\/forhandsvisning(\/|$)/.test(url)) return EDITORS.includes(who);
	const workspace = target.match(/^\/kommuner\/(\d{4})(.*)$/);
	if (workspace) {
		if (workspace[1] !== KOMMUNE && !EDITORS.includes(who)) return false;
		return inWorkspace(workspace[2], method, who);
	}
	// Staff keep their authenticator app: they may replace it, not turn it off (contributors
	// may, as the second-factor rule stands today).
	if (/^\/min-side\/sikkerhet\?\/slaAv$/.test(target)) return !STAFF.includes(who);
	if (/^\/min-side(\/|$)/.test(url)) return true;
	// Applying: anyone signed in (the service shows only one's own applications).
	if (/^\/program\/[^/]+\/sok(\/|$)/.test(url)) return true;
	throw new Error(`Ingen forventning for ${url}`);
}

interface Target {
	/** The route with its [params]. */
	route: string;
	actions: string[];
	kind: 'page' | 'endpoint';
	methods: string[];
}

function walk(dir: string, segments: string[], out: Target[]) {
	const entries = fs.readdirSync(dir, { withFileTypes: true });
	const files = entries.filter((e) => e.isFile()).map((e) => e.name);
	const route = '/' + segments.filter((s) => !/^\(.*\)$/.test(s)).join('/');
	if (files.includes('+page.svelte')) {
		const server = path.join(dir, '+page.server.ts');
		const src = fs.existsSync(server) ? fs.readFileSync(server, 'utf8') : '';
		const block = src.split('export const actions')[1] ?? '';
		const actions = [...block.matchAll(/^\t(\w+): async/gm)].map((m) => m[1]);
		out.push({ route, actions, kind: 'page', methods: ['GET'] });
	} else if (files.includes('+server.ts')) {
		const src = fs.readFileSync(path.join(dir, '+server.ts'), 'utf8');
		const methods = [...src.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
			(m) => m[1]
		);
		out.push({ route, actions: [], kind: 'endpoint', methods });
	}
	for (const e of entries)
		if (e.isDirectory()) walk(path.join(dir, e.name), [...segments, e.name], out);
}

const all: Target[] = [];
walk(path.resolve('src/routes'), [], all);
const PROTECTED = /^\/(admin|min-side|kommuner|forhandsvisning|program\/[^/]+\/sok)(\/|$)/;
const targets = all.filter((t) => PROTECTED.test(t.route));

const routeRegex = (route: string) =>
	new RegExp(
		'^' +
			route
				.split('/')
				.map((s) => (/^\[.+\]$/.test(s) ? '([^/]+)' : s.replace(/[.*+?^${}()|\\]/g, '\\$&')))
				.join('/') +
			'$'
	);

/**
 * Every address of ours a page links to or posts to (the limit leaves room for every editor
 * page and its translation pages, /admin/oversettelser/…).
 */
async function crawl(ctx: APIRequestContext, starts: string[], within: RegExp, limit = 1200) {
	const seen = new Set<string>();
	const queue = [...starts];
	while (queue.length && seen.size < limit) {
		const url = queue.shift()!;
		if (seen.has(url)) continue;
		seen.add(url);
		const res = await ctx.get(url);
		if (!res.ok() || !(res.headers()['content-type'] ?? '').includes('text/html')) continue;
		const html = await res.text();
		for (const m of html.matchAll(/(?:href|action|src)="(\/[^"?#]*)/g)) {
			const next = m[1].replace(/&amp;/g, '&');
			if (within.test(next) && !seen.has(next) && !next.startsWith('/logg-ut')) queue.push(next);
		}
	}
	return [...seen];
}

/**
 * An address for the route with real ids: one found by crawling, or the start of a longer one
 * found (`/nabilde/7` from `/nabilde/7/resultater`), or one made from its parent's.
 */
function resolve(route: string, found: string[]): string | null {
	const here = route.replace('[kommunenummer]', KOMMUNE);
	if (!here.includes('[')) return here;
	const prefix = new RegExp(routeRegex(here).source.replace(/\$$/, '(?=/|$)'));
	for (const u of found) {
		const m = u.match(prefix);
		if (m) return m[0];
	}
	// An endpoint under a real object (`/historier/3/bilde`, `/sok/12/utkast`)
	const last = route.lastIndexOf('/');
	if (last > 0 && !route.slice(last).includes('[')) {
		const parent = resolve(route.slice(0, last), found);
		if (parent) return parent + route.slice(last);
	}
	return null;
}

/** What the server answers, sent byte for byte as written (no client-side normalising). */
/** What each endpoint takes (forms unless named here), so it is judged by who asks, not by the body. */
function bodyFor(target: string) {
	const path = target.split('?')[0];
	if (path === '/admin/markdown') return { type: 'text/plain; charset=utf-8', body: 'x' };
	if (path.endsWith('/passkey')) return { type: 'application/json', body: '{}' };
	return { type: 'application/x-www-form-urlencoded', body: 'x=1' };
}

function raw(method: string, target: string, cookie?: string) {
	const sent = method === 'POST' ? bodyFor(target.replace(/^\/(\.|x\/\.\.)\//, '/')) : null;
	const headers: Record<string, string> = cookie ? { cookie } : {};
	if (sent) headers['content-type'] = sent.type;
	return rawRequest({ method, path: target, headers, body: sent?.body });
}

/**
 * The ways an attacker respells a protected address, and what each must get: refused (400),
 * redirected to the canonical spelling (GET; other methods are refused), or no route at all.
 * `same` means the URL parser itself resolves it to the canonical address, so the normal
 * expectation applies.
 */
const SPELLINGS: {
	name: string;
	spell: (p: string) => string;
	expect: 'bad' | 'redirect' | 'none' | 'same' | 'slash';
}[] = [
	{
		name: 'prosentkodet bokstav',
		spell: (p) => p.replace(/^\/(.)/, (_, c: string) => '/%' + c.charCodeAt(0).toString(16)),
		expect: 'redirect'
	},
	{
		name: '%2F',
		spell: (p) => (p.lastIndexOf('/') > 0 ? p.replace(/\/(?=[^/]*$)/, '%2F') : p + '%2Fx'),
		expect: 'bad'
	},
	{ name: 'dobbel skråstrek', spell: (p) => '/' + p, expect: 'redirect' },
	{ name: '/./', spell: (p) => p.replace(/^\//, '/./'), expect: 'same' },
	{ name: '/x/../', spell: (p) => p.replace(/^\//, '/x/../'), expect: 'same' },
	{ name: 'store bokstaver', spell: (p) => p.toUpperCase(), expect: 'none' },
	{ name: 'skråstrek til slutt', spell: (p) => p + '/', expect: 'slash' },
	{ name: ';x', spell: (p) => p + ';x', expect: 'bad' },
	{
		name: 'dobbelkoding',
		spell: (p) => p.replace(/^\/(.)/, (_, c: string) => '/%25' + c.charCodeAt(0).toString(16)),
		expect: 'bad'
	},
	{ name: 'ugyldig UTF-8', spell: (p) => p + '%C0%AF', expect: 'bad' }
];

test('tilgangsmatrisen: hver rolle mot hver beskyttet side og handling, med ekte id-er og alle stavemåter', async () => {
	test.setTimeout(600_000);
	expect(targets.length).toBeGreaterThan(60);
	expect(targets.filter((t) => t.route.startsWith('/admin')).length).toBeGreaterThan(40);

	const setup = await playwrightRequest.newContext({ baseURL: E2E.origin });
	const tokens = new Map<Who, string>();
	const make = async (who: Who, opts: Parameters<typeof createUser>[1]) => {
		const user = await createUser(setup, opts);
		tokens.set(who, user.token);
		return user;
	};
	await make('ingen', { role: 'ingen' });
	await make('medlem-annen', { role: 'medlem', kommune: ANNEN });
	await make('medlem', { role: 'medlem', kommune: KOMMUNE });
	const coordinator = await make('koordinator', { role: 'koordinator', kommune: KOMMUNE });
	// Objects to try with real ids: a programme Bodø takes part in, with a task, a file in the
	// answer and an application, and a message in the outbox.
	const fixtures = await setup.post('/test-api/tilgang', {
		data: { coordinatorId: coordinator.id, kommune: KOMMUNE }
	});
	expect(fixtures.ok(), await fixtures.text()).toBe(true);
	const { eventSlug } = (await fixtures.json()) as { eventSlug: string };
	await make('fylkesleder-annen', { role: 'fylkesleder', chapter: 'trondelag' });
	const leader = uniqueEmail('fylkesleder');
	await createUser(setup, { role: 'fylkesleder', chapter: 'nordland', email: leader });
	await make('fylkesleder', { role: 'fylkesleder', chapter: 'vestland', email: leader });
	await make('redaktor', { role: 'redaktor' });
	await make('bidragsyter', { role: 'bidragsyter' });
	await make('admin', { role: 'admin' });

	const contexts = new Map<Who, APIRequestContext>();
	for (const who of ROLES) {
		// As a browser posting a form without JavaScript (SvelteKit answers JSON to */*).
		const headers: Record<string, string> = { origin: E2E.origin, accept: 'text/html' };
		if (tokens.has(who)) headers.cookie = `fk_session=${tokens.get(who)}`;
		contexts.set(
			who,
			await playwrightRequest.newContext({
				baseURL: E2E.origin,
				extraHTTPHeaders: headers,
				maxRedirects: 0
			})
		);
	}

	// Real ids: what the admin sees in the admin area, what Bodø's coordinator sees in the
	// workspace, and the Vestland chapter's own events and programmes as their leader sees them.
	const [byAdmin, byCoordinator, byLeader] = await Promise.all([
		crawl(
			contexts.get('admin')!,
			['/admin'],
			/^\/(admin(?!\/(arrangementer|program)\/)|forhandsvisning)/
		),
		crawl(
			contexts.get('koordinator')!,
			[
				`/kommuner/${KOMMUNE}`,
				`/kommuner/${KOMMUNE}/mellomarbeid`,
				`/kommuner/${KOMMUNE}/pamelding/${eventSlug}`,
				'/min-side',
				'/program'
			],
			new RegExp(`^/(kommuner/${KOMMUNE}|program|min-side)`)
		),
		crawl(
			contexts.get('fylkesleder')!,
			['/admin/arrangementer', '/admin/program'],
			/^\/admin\/(arrangementer|program)/
		)
	]);
	const found = [...byAdmin, ...byCoordinator, ...byLeader].filter(
		(u) => !/^\/admin\/(arrangementer|program)\/[^/]+/.test(u) || byLeader.includes(u)
	);
	const resolved = targets.map((t) => ({ ...t, url: resolve(t.route, found) }));
	const unresolved = resolved.filter((t) => t.url === null).map((t) => t.route);
	expect(unresolved, 'ruter uten en ekte adresse å prøve').toEqual([]);

	// The same workspace routes in another municipality, to prove the scope.
	const cases = resolved.flatMap((t) =>
		t.url!.startsWith(`/kommuner/${KOMMUNE}`)
			? [
					{ ...t, url: t.url! },
					{ ...t, url: t.url!.replace(`/kommuner/${KOMMUNE}`, `/kommuner/${UTENFOR}`) }
				]
			: [{ ...t, url: t.url! }]
	);

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
		} else if (!(status === 403 || status === 404))
			// Refused: 403 from the guard or the service, or 404 where the service will not say
			// whether the thing exists for this person.
			failures.push(`${who} ${what}: ventet 403 eller 404, fikk ${status}`);
	};

	/** A harmless stand-in for a real id, for people who may post (so nothing real changes). */
	const harmless = (url: string, route: string) => {
		const parts = route.split('/');
		return url
			.split('/')
			.map((s, i) => (/^\[(?!kommunenummer).+\]$/.test(parts[i] ?? '') ? '999999' : s))
			.join('/');
	};

	for (const t of cases) {
		const requests: { method: string; url: string }[] = [];
		if (t.methods.includes('GET')) requests.push({ method: 'GET', url: t.url });
		if (t.kind === 'endpoint' && t.methods.includes('POST'))
			requests.push({ method: 'POST', url: t.url });
		for (const action of t.actions) requests.push({ method: 'POST', url: `${t.url}?/${action}` });

		for (const r of requests) {
			await Promise.all(
				ROLES.map(async (who) => {
					const ok = allowed(r.url, who, r.method);
					const url = r.method === 'POST' && ok ? harmless(r.url, t.route) : r.url;
					const ctx = contexts.get(who)!;
					const res =
						r.method === 'GET'
							? await ctx.get(url)
							: await ctx.post(url, {
									data: bodyFor(url).body,
									headers: { 'content-type': bodyFor(url).type }
								});
					check(who, `${r.method} ${url}`, res.status(), res.headers()['location'], ok);

					// Respelt, by everyone who must be refused (and, for what cannot run, by everyone).
					for (const s of SPELLINGS) {
						if (s.expect === 'same' && ok) continue;
						const [p, q] = url.split('?');
						const spelt = s.spell(p) + (q ? `?${q}` : '');
						const cookie = tokens.has(who) ? `fk_session=${tokens.get(who)}` : undefined;
						const got = await raw(r.method, spelt, cookie);
						const what = `${r.method} ${spelt} (${s.name})`;
						if (s.expect === 'same') check(who, what, got.status, got.location, ok);
						else if (s.expect === 'bad' || (s.expect === 'redirect' && r.method !== 'GET')) {
							if (got.status !== 400)
								failures.push(`${who} ${what}: ventet 400, fikk ${got.status}`);
						} else if (s.expect === 'redirect') {
							if (got.status !== 308 || got.location !== url)
								failures.push(
									`${who} ${what}: ventet 308 til ${url}, fikk ${got.status} ${got.location ?? ''}`
								);
						} else if (s.expect === 'slash') {
							// SvelteKit redirects to the address without it
							if (got.status !== 308 || got.location !== url)
								failures.push(
									`${who} ${what}: ventet 308 til ${url}, fikk ${got.status} ${got.location ?? ''}`
								);
						} else if (got.status !== 404 && got.status !== 405)
							failures.push(`${who} ${what}: ventet 404, fikk ${got.status}`);
					}
				})
			);
		}
	}
	for (const ctx of contexts.values()) await ctx.dispose();
	await setup.dispose();
	expect(failures, failures.slice(0, 60).join('\n')).toEqual([]);
});
