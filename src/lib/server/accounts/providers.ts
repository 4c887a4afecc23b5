/**
 * Sign-in providers (Feide, ID-porten, Ansattporten: OpenID Connect) — discovery and the
 * client configuration for `openid-client`. What each issuer's discovery said is kept in
 * PostgreSQL (`provider_discovery`), so every node shares it: read again after a day, or a
 * minute after it failed. A provider whose discovery fails has no button, and /helse says why;
 * the rest of the site goes on.
 */
import { createPrivateKey, webcrypto } from 'node:crypto';
import * as client from 'openid-client';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { providerDiscovery } from './schema';
import {
	OIDC_PROVIDERS,
	oidcSettings,
	oidcTwoFactorAcr,
	type OidcProviderId,
	type OidcSettings
} from '../config';
import { now } from '../clock';
import { authorize, can } from './permissions';
import type { Actor } from './actor';
import { log } from '../log';

const FRESH_MS = 24 * 60 * 60_000;
const RETRY_MS = 60_000;
const TIMEOUT_S = 5;

export type DiscoveryStatus =
	{ ok: true; metadata: client.ServerMetadata } | { ok: false; error: string };

const insecure = (issuer: string) => issuer.startsWith('http:');

/** The library's reason, one technical line for the operator, never a secret. */
function reasonOf(e: unknown): string {
	const code = e && typeof e === 'object' && 'code' in e ? ` (${String(e.code)})` : '';
	const text = e instanceof Error ? e.message : String(e);
	return `${text.slice(0, 200)}${code}`;
}

async function discover(s: OidcSettings): Promise<DiscoveryStatus> {
	try {
		const found = await client.discovery(new URL(s.issuer), s.clientId, undefined, undefined, {
			execute: insecure(s.issuer) ? [client.allowInsecureRequests] : [],
			timeout: TIMEOUT_S
		});
		const metadata = { ...found.serverMetadata() } as client.ServerMetadata;
		return { ok: true, metadata };
	} catch (e) {
		log.warn('Innloggingstjeneste: oppdaging feilet', { provider: s.id, reason: reasonOf(e) });
		return { ok: false, error: reasonOf(e) };
	}
}

/** The provider's discovery, from the shared cache or read again when stale. */
export async function discovery(s: OidcSettings): Promise<DiscoveryStatus> {
	const [row] = await db
		.select()
		.from(providerDiscovery)
		.where(eq(providerDiscovery.provider, s.id));
	const at = now();
	if (row && row.issuer === s.issuer) {
		const age = at.getTime() - row.checkedAt.getTime();
		if (row.metadata && !row.error && age < FRESH_MS)
			return { ok: true, metadata: row.metadata as unknown as client.ServerMetadata };
		if (row.error && age < RETRY_MS) return { ok: false, error: row.error };
	}
	const found = await discover(s);
	const values = {
		issuer: s.issuer,
		metadata: found.ok ? (found.metadata as unknown as Record<string, unknown>) : null,
		error: found.ok ? null : found.error,
		checkedAt: at
	};
	await db
		.insert(providerDiscovery)
		.values({ provider: s.id, ...values })
		.onConflictDoUpdate({ target: providerDiscovery.provider, set: values });
	return found;
}

/** Reads every configured provider's discovery now (at start; failures are only logged). */
export async function discoverAll(): Promise<void> {
	for (const id of OIDC_PROVIDERS) {
		const s = oidcSettings(id);
		if (s)
			await discovery(s).catch((e: unknown) => log.warn('Oppdaging', { provider: id, error: e }));
	}
}

/** The providers that have a working discovery: the buttons on /logg-inn. */
export async function availableProviders(): Promise<OidcProviderId[]> {
	const out: OidcProviderId[] = [];
	for (const id of OIDC_PROVIDERS) {
		const s = oidcSettings(id);
		if (s && (await discovery(s)).ok) out.push(id);
	}
	return out;
}

/** Every configured provider and whether it answers (for /helse and the admin's settings). */
export async function providerHealth() {
	const out: {
		provider: OidcProviderId;
		ok: boolean;
		/** The technical reason it fails, or null. */
		reason: string | null;
		redirectUri: string;
		postLogoutRedirectUri: string;
	}[] = [];
	for (const id of OIDC_PROVIDERS) {
		let s: OidcSettings | undefined;
		try {
			s = oidcSettings(id);
		} catch {
			continue;
		}
		if (!s) continue;
		const d = await discovery(s);
		out.push({
			provider: id,
			ok: d.ok,
			reason: d.ok ? null : d.error,
			redirectUri: s.redirectUri,
			postLogoutRedirectUri: s.postLogoutRedirectUri
		});
	}
	return out;
}

/** A JWK (JSON) or PKCS #8 PEM private key as a signing key for private_key_jwt. */
async function signingKey(text: string): Promise<{ key: CryptoKey; kid?: string }> {
	const jwk = (
		text.startsWith('{') ? JSON.parse(text) : createPrivateKey(text).export({ format: 'jwk' })
	) as JsonWebKey & { kid?: string };
	const algorithm =
		jwk.kty === 'EC'
			? { name: 'ECDSA', namedCurve: jwk.crv ?? 'P-256' }
			: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
	const { kid, ...keyData } = jwk;
	const key = await webcrypto.subtle.importKey('jwk', keyData, algorithm, false, ['sign']);
	return { key: key as CryptoKey, kid };
}

/**
 * The `openid-client` configuration for a provider. Its clock follows the application's
 * (`now()`), so tests that move time check token expiry against the same clock.
 */
export async function clientConfiguration(
	s: OidcSettings,
	metadata: client.ServerMetadata
): Promise<client.Configuration> {
	const auth =
		s.auth.kind === 'secret'
			? client.ClientSecretBasic(s.auth.secret)
			: client.PrivateKeyJwt(await signingKey(s.auth.privateKey));
	const cfg = new client.Configuration(
		metadata,
		s.clientId,
		{
			redirect_uris: [s.redirectUri],
			response_types: ['code'],
			[client.clockSkew]: Math.round((now().getTime() - Date.now()) / 1000)
		},
		auth
	);
	cfg.timeout = TIMEOUT_S;
	if (insecure(s.issuer)) client.allowInsecureRequests(cfg);
	return cfg;
}

/** The admin's settings page: each provider's addresses to register and its status. */
export async function providerSettings(actor: Actor) {
	authorize(actor, can.manageUsers, 'innlogging.les');
	return { providers: await providerHealth(), twoFactorAcr: oidcTwoFactorAcr() };
}
