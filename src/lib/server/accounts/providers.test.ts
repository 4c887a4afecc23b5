/**
 * Sign-in with Feide, ID-porten and Ansattporten against a real OpenID provider
 * (oidc-provider) on loopback ports, configured like each of the three.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { passkeys, providerFlows, providerLinks, users } from './schema';
import { mailMessages } from '../mail/schema';
import { hashPassword } from './passwords';
import { validateSessionToken } from './sessions';
import { hashToken } from './tokens';
import {
	confirmProviderLink,
	finishProviderSignIn,
	listProviderLinks,
	providerLogoutUrl,
	requestProviderLink,
	startProviderSignIn,
	unlinkProvider,
	type SignInOutcome
} from './providers.service';
import { availableProviders, providerHealth } from './providers';
import { providerDiscovery } from './schema';
import { config, type OidcProviderId } from '../config';
import { resetClock, setNow } from '../clock';
import { ServiceError } from '../errors';
import { browse, startTestProviders } from '../../../../tests/e2e/support/oidc-provider.js';

type Providers = {
	env: Record<string, string>;
	issuers: Record<OidcProviderId, string>;
	addAccount(kind: OidcProviderId, sub: string, claims: Record<string, unknown>): void;
	close(): Promise<void>;
};
type Browse = (
	url: string,
	o: {
		account?: string | null;
		acr?: string;
		cancel?: boolean;
		jar?: Map<string, string>;
		stopAt?: string;
	}
) => Promise<{ url: string; jar: Map<string, string>; html?: string; login?: boolean }>;
const drive = browse as Browse;

let op: Providers;
const PID = '01017012345';

beforeAll(async () => {
	op = (await startTestProviders({ origin: config.origin })) as Providers;
	Object.assign(process.env, op.env);
});
afterAll(async () => {
	for (const k of Object.keys(op.env)) delete process.env[k];
	await op.close();
});
afterEach(() => {
	resetClock();
	vi.restoreAllMocks();
});

let seq = 0;
const uniq = () => `${Date.now().toString(36)}${seq++}`;

async function person(opts: { role?: 'admin' | 'redaktor'; password?: boolean } = {}) {
	const [u] = await db
		.insert(users)
		.values({
			email: `p-${uniq()}@skole.example.no`,
			name: 'Kari Lærer',
			passwordHash: opts.password === false ? null : await hashPassword('et riktig passord'),
			globalRole: opts.role ?? null
		})
		.returning();
	return u;
}

/** Start → provider sign-in → the callback's query and the flow cookie's token. */
async function atProvider(
	id: OidcProviderId,
	account: string,
	acr?: string,
	opts: { cancel?: boolean } = {}
) {
	const started = await startProviderSignIn(id, '/min-side');
	if (!started) throw new Error('not started');
	const { url, jar } = await drive(started.url, {
		account,
		acr,
		cancel: opts.cancel,
		stopAt: `${config.origin}/logg-inn/${id}/retur`
	});
	return { query: new URL(url).searchParams, flow: started.token, jar };
}

async function signIn(id: OidcProviderId, account: string, acr?: string) {
	const { query, flow, jar } = await atProvider(id, account, acr);
	return { outcome: await finishProviderSignIn(id, query, flow, 'Test'), flow, query, jar };
}

const signedIn = (o: SignInOutcome) => {
	if (o.kind !== 'signed-in') throw new Error(`not signed in: ${JSON.stringify(o)}`);
	return o;
};

describe('the buttons', () => {
	it('shows every configured provider whose discovery works', async () => {
		expect(await availableProviders()).toEqual(['feide', 'idporten', 'ansattporten']);
	});

	it('hides a provider whose discovery fails, and /helse says why', async () => {
		const before = process.env.OIDC_ANSATTPORTEN_ISSUER;
		// The issuer's document names 127.0.0.1, not localhost: a wrong issuer.
		process.env.OIDC_ANSATTPORTEN_ISSUER = before!.replace('127.0.0.1', 'localhost');
		try {
			expect(await availableProviders()).toEqual(['feide', 'idporten']);
			const health = await providerHealth();
			const a = health.find((h) => h.provider === 'ansattporten');
			expect(a?.ok).toBe(false);
			expect(a?.reason).toMatch(/issuer/);
			expect(health.find((h) => h.provider === 'feide')?.ok).toBe(true);
		} finally {
			process.env.OIDC_ANSATTPORTEN_ISSUER = before;
			await db.delete(providerDiscovery).where(eq(providerDiscovery.provider, 'ansattporten'));
		}
		expect(await availableProviders()).toContain('ansattporten');
	});
});

describe('Feide: first sign-in links by the verified e-mail claim', () => {
	it('links to the account with that address, then signs in by sub', async () => {
		const u = await person();
		const sub = `feide-${uniq()}`;
		op.addAccount('feide', sub, {
			email: u.email.toUpperCase(),
			email_verified: true,
			name: 'Kari'
		});
		const first = signedIn((await signIn('feide', sub)).outcome);
		const s = await validateSessionToken(first.token);
		expect(s?.user.id).toBe(u.id);
		expect(s?.complete).toBe(true);
		expect(first.idToken).toBeTruthy();
		const links = await listProviderLinks(u);
		expect(links.map((l) => [l.provider, l.name])).toEqual([['feide', 'Feide']]);
		// The second time the link is the sub, whatever the address says now.
		op.addAccount('feide', sub, { email: 'ny@annen.example.no', email_verified: true });
		const again = signedIn((await signIn('feide', sub)).outcome);
		expect((await validateSessionToken(again.token))?.user.id).toBe(u.id);
	});

	it('does not link by an address that is not verified: asks for one instead', async () => {
		const u = await person();
		const sub = `feide-${uniq()}`;
		op.addAccount('feide', sub, { email: u.email, email_verified: false });
		expect((await signIn('feide', sub)).outcome).toEqual({ kind: 'ask-email' });
		expect(await listProviderLinks(u)).toEqual([]);
	});

	it('creates no account for a verified address without one', async () => {
		const sub = `feide-${uniq()}`;
		const email = `ukjent-${uniq()}@skole.example.no`;
		op.addAccount('feide', sub, { email, email_verified: true });
		expect((await signIn('feide', sub)).outcome).toEqual({ kind: 'refused', reason: 'no-account' });
		expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
	});
});

describe('ID-porten: no e-mail claim, verification by a one-time link', () => {
	async function mailedLink(email: string) {
		const mails = await db.select().from(mailMessages).where(eq(mailMessages.to, email));
		const token = /\/logg-inn\/koble\/([a-z2-7]{32})/.exec(mails.at(-1)?.text ?? '')?.[1];
		return { count: mails.length, token };
	}

	it('asks for the address, mails a link, and links in the same browser', async () => {
		const u = await person();
		const sub = `idp-${uniq()}`;
		op.addAccount('idporten', sub, { pid: PID, name: 'Ola' });
		const { outcome, flow } = await signIn('idporten', sub, 'idporten-loa-substantial');
		expect(outcome).toEqual({ kind: 'ask-email' });
		expect(await requestProviderLink({ flowToken: flow, email: u.email, ip: '192.0.2.1' })).toEqual(
			{
				ok: true
			}
		);
		const { token } = await mailedLink(u.email);
		expect(token).toBeTruthy();
		// Another browser (no flow cookie, or someone else's) links nothing.
		expect(await confirmProviderLink(token!, undefined, 'Test')).toEqual({
			kind: 'refused',
			reason: 'other-browser'
		});
		const done = signedIn(await confirmProviderLink(token!, flow, 'Test'));
		expect((await validateSessionToken(done.token))?.user.id).toBe(u.id);
		expect((await listProviderLinks(u)).map((l) => l.provider)).toEqual(['idporten']);
		// One time only.
		expect((await confirmProviderLink(token!, flow, 'Test')).kind).toBe('refused');
		// And from now on ID-porten signs in directly.
		expect(
			signedIn((await signIn('idporten', sub, 'idporten-loa-substantial')).outcome)
		).toBeTruthy();
	});

	it('answers the same for an address without an account, and mails nothing', async () => {
		const sub = `idp-${uniq()}`;
		op.addAccount('idporten', sub, { pid: PID });
		const { flow } = await signIn('idporten', sub, 'idporten-loa-substantial');
		const email = `ingen-${uniq()}@example.no`;
		expect(await requestProviderLink({ flowToken: flow, email, ip: '192.0.2.2' })).toEqual({
			ok: true
		});
		expect((await mailedLink(email)).count).toBe(0);
		expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
	});

	it('never stores or logs pid, and keeps no token', async () => {
		const lines: string[] = [];
		const capture = (...a: unknown[]) => void lines.push(a.map(String).join(' '));
		vi.spyOn(console, 'log').mockImplementation(capture);
		vi.spyOn(console, 'warn').mockImplementation(capture);
		vi.spyOn(console, 'error').mockImplementation(capture);
		const u = await person();
		const sub = `idp-${uniq()}`;
		op.addAccount('idporten', sub, { pid: PID });
		const { flow, query } = await signIn('idporten', sub, 'idporten-loa-substantial');
		const code = query.get('code')!;
		/** No row of any table holds the pid or the authorization code. */
		const scan = async () => {
			const tables = await db.execute<{ table_name: string }>(
				sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`
			);
			for (const { table_name } of tables.rows) {
				const hits = await db.execute<{ n: number }>(
					sql`select count(*)::int as n from ${sql.identifier(table_name)} t where t::text like ${'%' + PID + '%'} or t::text like ${'%' + code + '%'}`
				);
				expect(hits.rows[0].n, table_name).toBe(0);
			}
		};
		// While the flow waits for the address …
		await scan();
		await requestProviderLink({ flowToken: flow, email: u.email, ip: '192.0.2.3' });
		const { token } = await mailedLink(u.email);
		const done = signedIn(await confirmProviderLink(token!, flow, 'Test'));
		// A refusal is logged too (a replay), without the code.
		await finishProviderSignIn('idporten', query, flow, 'Test');
		// … and once linked and signed in.
		await scan();
		expect(done.idToken).toBeUndefined();
		expect(lines.join('\n')).not.toContain(PID);
		expect(lines.join('\n')).not.toContain(code);
		expect(lines.some((l) => l.includes('avvist'))).toBe(true);
	});
});

describe('staff and the second factor', () => {
	async function staffWithIdporten() {
		const u = await person({ role: 'redaktor' });
		const sub = `idp-${uniq()}`;
		op.addAccount('idporten', sub, { pid: PID });
		await db.insert(providerLinks).values({ userId: u.id, provider: 'idporten', sub });
		return { u, sub };
	}

	it('a staff member at idporten-loa-substantial still owes the second factor here', async () => {
		const { u, sub } = await staffWithIdporten();
		const o = signedIn((await signIn('idporten', sub, 'idporten-loa-substantial')).outcome);
		const s = await validateSessionToken(o.token);
		expect(s?.user.id).toBe(u.id);
		expect(s?.staff).toBe(true);
		expect(s?.complete).toBe(false);
	});

	it('idporten-loa-high counts as two factors: signed in at once', async () => {
		const { sub } = await staffWithIdporten();
		const o = signedIn((await signIn('idporten', sub, 'idporten-loa-high')).outcome);
		const s = await validateSessionToken(o.token);
		expect(s?.complete).toBe(true);
		expect(s?.session.secondFactor).toBe('provider');
	});

	it('Feide MFA counts too; Feide without it does not', async () => {
		const u = await person({ role: 'admin' });
		const sub = `feide-${uniq()}`;
		op.addAccount('feide', sub, { email: u.email, email_verified: true });
		const plain = signedIn(
			(await signIn('feide', sub, 'urn:mace:feide.no:auth:level:fad08:2')).outcome
		);
		expect((await validateSessionToken(plain.token))?.complete).toBe(false);
		const mfa = signedIn(
			(await signIn('feide', sub, 'urn:mace:feide.no:auth:level:fad08:3')).outcome
		);
		expect((await validateSessionToken(mfa.token))?.complete).toBe(true);
	});
});

describe('refusals: a Norwegian page and a log line, never an exception', () => {
	async function ready() {
		const sub = `ans-${uniq()}`;
		const u = await person();
		op.addAccount('ansattporten', sub, { pid: PID });
		await db.insert(providerLinks).values({ userId: u.id, provider: 'ansattporten', sub });
		return atProvider('ansattporten', sub, 'idporten-loa-substantial');
	}
	const finish = (q: URLSearchParams, flow: string | undefined) =>
		finishProviderSignIn('ansattporten', q, flow, 'Test');

	it('a replayed callback: each state is used once', async () => {
		const { query, flow } = await ready();
		expect((await finish(query, flow)).kind).toBe('signed-in');
		expect(await finish(query, flow)).toEqual({ kind: 'refused', reason: 'state' });
	});

	it('an unknown state or no flow cookie', async () => {
		const { query } = await ready();
		expect(await finish(query, undefined)).toEqual({ kind: 'refused', reason: 'state' });
		expect(await finish(query, 'a'.repeat(32))).toEqual({ kind: 'refused', reason: 'state' });
	});

	it('a flow older than ten minutes', async () => {
		const { query, flow } = await ready();
		setNow(new Date(Date.now() + 11 * 60_000));
		expect(await finish(query, flow)).toEqual({ kind: 'refused', reason: 'state' });
	});

	it('a tampered state, a tampered code', async () => {
		const a = await ready();
		a.query.set('state', 'x' + a.query.get('state'));
		expect(await finish(a.query, a.flow)).toEqual({ kind: 'refused', reason: 'invalid' });
		const b = await ready();
		b.query.set('code', b.query.get('code') + 'x');
		expect(await finish(b.query, b.flow)).toEqual({ kind: 'refused', reason: 'invalid' });
	});

	it('a missing or wrong iss in the authorization response (RFC 9207)', async () => {
		const a = await ready();
		expect(a.query.get('iss')).toBe(op.issuers.ansattporten);
		a.query.delete('iss');
		expect(await finish(a.query, a.flow)).toEqual({ kind: 'refused', reason: 'invalid' });
		const b = await ready();
		b.query.set('iss', op.issuers.feide);
		expect(await finish(b.query, b.flow)).toEqual({ kind: 'refused', reason: 'invalid' });
	});

	it('a mismatched nonce', async () => {
		const { query, flow } = await ready();
		await db
			.update(providerFlows)
			.set({ nonce: 'en-annen-nonce' })
			.where(eq(providerFlows.id, hashToken(flow)));
		expect(await finish(query, flow)).toEqual({ kind: 'refused', reason: 'invalid' });
	});

	it('an expired ID token', async () => {
		// The app's clock is two hours ahead: the flow is fresh, the provider's token (1 h) is not.
		setNow(new Date(Date.now() + 2 * 60 * 60_000));
		const { query, flow } = await ready();
		expect(await finish(query, flow)).toEqual({ kind: 'refused', reason: 'invalid' });
	});

	it('cancelled at the provider', async () => {
		const sub = `ans-${uniq()}`;
		op.addAccount('ansattporten', sub, {});
		const { query, flow } = await atProvider('ansattporten', sub, undefined, { cancel: true });
		expect(query.get('error')).toBe('access_denied');
		expect(await finish(query, flow)).toEqual({ kind: 'refused', reason: 'cancelled' });
	});

	it('a level below the configured acr_values', async () => {
		const before = process.env.OIDC_ANSATTPORTEN_ACR_VALUES;
		const { query, flow } = await ready();
		process.env.OIDC_ANSATTPORTEN_ACR_VALUES = 'idporten-loa-high';
		process.env.OIDC_TWO_FACTOR_ACR = '';
		try {
			expect(await finish(query, flow)).toEqual({ kind: 'refused', reason: 'acr' });
		} finally {
			process.env.OIDC_ANSATTPORTEN_ACR_VALUES = before;
			delete process.env.OIDC_TWO_FACTOR_ACR;
		}
	});
});

describe('unlinking and signing out', () => {
	it('unlinks while another way in remains, and not the last one', async () => {
		const u = await person({ password: false });
		await db.insert(providerLinks).values([
			{ userId: u.id, provider: 'feide', sub: `f-${uniq()}` },
			{ userId: u.id, provider: 'idporten', sub: `i-${uniq()}` }
		]);
		const [first, second] = await listProviderLinks(u);
		await unlinkProvider(u, first.id);
		const e = await unlinkProvider(u, second.id).catch((x: unknown) => x);
		expect(e).toBeInstanceOf(ServiceError);
		expect((e as ServiceError).code).toBe('conflict');
		expect((await listProviderLinks(u)).length).toBe(1);
		// With a passkey (or a password) the last provider can go.
		await db
			.insert(passkeys)
			.values({ id: `pk-${uniq()}`, userId: u.id, publicKey: 'x', name: 'Mobil' });
		await unlinkProvider(u, second.id);
		expect(await listProviderLinks(u)).toEqual([]);
	});

	it('two unlinks at once leave one way in', async () => {
		// Twenty people, each unlinking both their providers at the same moment.
		const people = await Promise.all(Array.from({ length: 20 }, () => person({ password: false })));
		for (const u of people)
			await db.insert(providerLinks).values([
				{ userId: u.id, provider: 'feide', sub: `f-${uniq()}` },
				{ userId: u.id, provider: 'ansattporten', sub: `a-${uniq()}` }
			]);
		const links = await Promise.all(people.map((u) => listProviderLinks(u)));
		const results = await Promise.allSettled(
			people.flatMap((u, i) => links[i].map((l) => unlinkProvider(u, l.id)))
		);
		expect(results.filter((r) => r.status === 'fulfilled').length).toBe(people.length);
		for (const u of people) expect((await listProviderLinks(u)).length, u.email).toBe(1);
	});

	it("someone else's link is not found", async () => {
		const u = await person();
		const other = await person();
		const [link] = await db
			.insert(providerLinks)
			.values({ userId: other.id, provider: 'feide', sub: `f-${uniq()}` })
			.returning();
		const e = await unlinkProvider(u, link.id).catch((x: unknown) => x);
		expect((e as ServiceError).code).toBe('not-found');
	});

	it('RP-initiated logout ends the session at the provider and comes back', async () => {
		const u = await person();
		const sub = `feide-${uniq()}`;
		op.addAccount('feide', sub, { email: u.email, email_verified: true });
		const { outcome, jar } = await signIn('feide', sub);
		const o = signedIn(outcome);
		const url = await providerLogoutUrl('feide', o.idToken);
		expect(url).toMatch(new RegExp(`^${op.issuers.feide}/`));
		const back = await drive(url!, { jar, stopAt: `${config.origin}/?` });
		expect(back.url).toBe(`${config.origin}/?utlogget=1`);
		// The provider's session is gone: the next sign-in asks again (its form, not a code).
		const again = await startProviderSignIn('feide', '/min-side');
		const res = await drive(again!.url, {
			jar,
			account: null,
			stopAt: `${config.origin}/logg-inn/feide/retur`
		});
		expect(res.login).toBe(true);
	});
});
