// `npm run bench -- vekst`: do the public lists, feeds, search and the admin lists cost the
// same whatever the size of the archive behind them? For each size (1×, 10× and 100× the demo
// volume, BENCH_GROWTH_SIZES) a fresh app on a fresh database gets the demo content and then
// `/test-api/vekst` grows it with bulk SQL (src/lib/server/demo-growth.ts). Every address is
// measured uncached: the public cache serves only requests without a session cookie
// (src/lib/server/cache/public-cache.ts), so each request carries one, as a signed-in user's
// does. Prints req/s, p50/p99 and the app's memory per size and writes them to
// bench/results.json under "vekst" (the rest of the file is left as it is).
import fs from 'node:fs';
import path from 'node:path';
import { root } from '../scripts/build.js';
import { startApp, table } from './lib.js';

const SIZES = (process.env.BENCH_GROWTH_SIZES ?? '1,10,100').split(',').map(Number);
const CONNECTIONS = Number(process.env.BENCH_GROWTH_CONNECTIONS ?? 10);

/** Resident and peak memory of a process, in MB (Linux /proc). */
function memoryOf(pid) {
	try {
		const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
		return { rssMB: Math.round(kb('VmRSS') / 1024), peakMB: Math.round(kb('VmHWM') / 1024) };
	} catch {
		return { rssMB: null, peakMB: null };
	}
}

async function post(base, route, body) {
	const res = await fetch(base + route, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	if (!res.ok) throw new Error(`${route}: ${res.status} ${await res.text()}`);
	return res.json();
}

/**
 * The addresses measured, found on the running app (an archive year that has news) and from
 * `/test-api/vekst`'s targets (the event that grows, a copied workspace, the demo call).
 */
async function addresses(base, cookie, targets) {
	const news = await (await fetch(`${base}/nyheter`, { headers: { cookie } })).text();
	const year = /\/nyheter\/arkiv\/(\d{4})/.exec(news)?.[1] ?? String(new Date().getFullYear());
	const list = [
		{ path: '/', who: 'public' },
		{ path: '/nyheter', who: 'public' },
		{ path: '/nyheter.xml', who: 'public' },
		{ path: '/sitemap.xml', who: 'public' },
		{ path: `/nyheter/arkiv/${year}`, who: 'public' },
		{ path: '/sok?q=kulturskole', who: 'public' },
		{ path: '/ressurser', who: 'public' },
		{ path: '/admin', who: 'admin' },
		{ path: '/admin/nyheter', who: 'admin' },
		{ path: '/admin/ressurser', who: 'admin' },
		{ path: '/admin/brukere', who: 'admin' },
		{ path: '/admin/e-post', who: 'admin' },
		{ path: '/admin/logg', who: 'admin' },
		{ path: '/admin/filer', who: 'admin' },
		{ path: '/admin/innsikt', who: 'admin' },
		{ path: `/admin/program/${targets.programme}/soknader`, who: 'admin' },
		{ path: `/kommuner/${targets.municipality}/fremtidsbilde`, who: 'member' },
		{ path: `/kommuner/${targets.municipality}/fremtidsbilde/tiltak`, who: 'member' },
		{ path: `/kommuner/${targets.municipality}/fremtidsbilde/logg`, who: 'member' }
	];
	if (targets.eventId !== null) {
		const event = `/admin/arrangementer/${targets.eventId}/deltakere`;
		list.push(
			{ path: event, who: 'admin' },
			{ path: `${event}?status=waitlisted`, who: 'admin' },
			{ path: `${event}?q=${encodeURIComponent('Deltaker 12')}`, who: 'admin' },
			// The whole list as CSV: it grows with the registrations (it is all of them); what must
			// not grow is the app's memory, as it streams.
			{ path: `${event}/eksport`, who: 'admin' }
		);
	}
	// A sitemap index: measure its first part too.
	const sitemap = await (await fetch(`${base}/sitemap.xml`, { headers: { cookie } })).text();
	if (sitemap.includes('<sitemapindex')) {
		const part = /<loc>([^<]+)<\/loc>/.exec(sitemap)?.[1];
		if (part) list.splice(4, 0, { path: new URL(part).pathname, who: 'public' });
	}
	return list;
}

export const growthScenario = {
	name: 'vekst',
	ownApp: true,
	async run({ cannon, summary, duration }) {
		const port = Number(process.env.BENCH_PORT ?? 3100) + 4;
		const pgPort = Number(process.env.BENCH_PG_PORT ?? 54340) + 4;
		const sizes = [];
		for (const factor of SIZES) {
			console.log(`  ${factor}× demovolumet …`);
			const app = await startApp({ port, pgPort, env: { FK_TEST_MODE: '1' } });
			try {
				const { targets, ...counts } = await post(app.base, '/test-api/vekst', { factor });
				const admin = await post(app.base, '/test-api/brukere', {
					email: `vekst-admin-${factor}@example.no`,
					role: 'admin'
				});
				// The workspace pages as the municipality's coordinator.
				const coordinator = await post(app.base, '/test-api/brukere', {
					email: `vekst-koordinator-${factor}@example.no`,
					role: 'koordinator',
					kommune: targets.municipality
				});
				// Any session cookie passes the public cache by; an unknown one is an anonymous visitor.
				const cookies = {
					public: 'fk_session=vekst-benk',
					admin: `fk_session=${admin.token}`,
					member: `fk_session=${coordinator.token}`
				};
				const pages = [];
				for (const a of await addresses(app.base, cookies.public, targets)) {
					const url = app.base + a.path;
					const headers = { cookie: cookies[a.who] };
					const first = await fetch(url, { headers });
					const bytes = (await first.arrayBuffer()).byteLength;
					const s = summary(await cannon({ url, connections: CONNECTIONS, duration, headers }));
					pages.push({ path: a.path, status: first.status, bytes, ...s });
				}
				sizes.push({ factor, rows: counts, memory: memoryOf(app.child.pid), pages });
			} finally {
				await app.stop();
			}
		}
		const out = { connections: CONNECTIONS, seconds: duration, sizes };
		const file = path.join(root, 'bench/results.json');
		const all = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
		all.vekst = { at: new Date().toISOString(), ...out };
		fs.writeFileSync(file, JSON.stringify(all, null, 2) + '\n');
		out.printed = [
			table(
				sizes.flatMap((z) =>
					z.pages.map((p) => ({
						størrelse: `${z.factor}×`,
						side: p.path,
						status: p.status,
						'req/s': p.requestsPerSecond,
						p50: p.latencyMs.p50,
						p99: p.latencyMs.p99,
						feil: p.errors + p.non2xx,
						byte: p.bytes
					}))
				)
			),
			'',
			...sizes.map(
				(z) =>
					`${z.factor}×: ${Object.entries(z.rows)
						.map(([k, v]) => `${k} ${v}`)
						.join(', ')}; appens minne ${z.memory.rssMB} MB (topp ${z.memory.peakMB} MB)`
			),
			'(skrevet til bench/results.json under «vekst»)'
		].join('\n');
		return out;
	}
};
