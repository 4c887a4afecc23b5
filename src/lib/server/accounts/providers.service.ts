/**
 * Signing in with Feide, ID-porten or Ansattporten (issue 15): authorization code flow with
 * PKCE (S256), `state` and `nonce`, the ID token's signature, issuer, audience and expiry, the
 * authorization response's `iss` (RFC 9207, `openid-client` checks it whenever the provider
 * says it sends it) and, when `acr_values` are configured, its `acr`.
 *
 * - The flow (state, nonce, PKCE verifier, provider, where to go next) is a row in PostgreSQL
 *   (`provider_flows`), used once and only for ten minutes; the browser's cookie holds a random
 *   token whose SHA-256 is the row's id. Any node can finish a flow another node started.
 * - A person is linked by the provider's `sub` (`provider_links`). Nothing else the provider
 *   says is kept: not `pid` (the national identity number), not the tokens. Log lines name the
 *   provider and the reason, never a token or a code.
 * - First sign-in: a verified e-mail claim (Feide: `email_verified` true) links to the active
 *   account with that address. Without one (ID-porten) the person gives an address, and a
 *   one-time link (15 minutes) is mailed to it, which works only in the browser that signed in.
 * - No account is created: as with the e-mail link (which mails nothing to an address without
 *   an account), accounts come from an invitation, an event registration's account or an admin.
 *   With a verified address and no account the person is told so; when they typed the address
 *   they get the same answer whether or not it has an account.
 * - Staff keep their second factor unless `acr` is a two-factor level (OIDC_TWO_FACTOR_ACR).
 */
import { and, eq, gt, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import * as client from 'openid-client';
import { db } from '../db/client';
import { passkeys, providerFlows, providerLinks, users } from './schema';
import {
	consumeAuthToken,
	createAuthToken,
	generateToken,
	hashToken,
	looksLikeToken,
	peekAuthToken
} from './tokens';
import { createSession } from './sessions';
import { normaliseEmail } from './passwords';
import { recordAudit, storedText } from './audit';
import { mailRequestAllowed, type MailRequestResult } from './auth.service';
import { clientConfiguration, discovery } from './providers';
import {
	OIDC_PROVIDERS,
	oidcSettings,
	oidcTwoFactorAcr,
	type OidcProviderId,
	type OidcSettings
} from '../config';
import { ConflictError, NotFoundError } from '../errors';
import { kickMail, sendMail } from '../mail/send';
import { render, greeting } from '../mail/layout';
import { defineJob } from '../jobs/runner';
import { withLanguage } from '../i18n';
import { now } from '../clock';
import { log } from '../log';
import { config } from '../config';
import { currentLang, m, pathIn, t, type Lang } from '$lib/i18n';

export const FLOW_TTL_MS = 10 * 60_000;
/** How long the person has to give an e-mail address after the provider answered. */
export const EMAIL_STEP_TTL_MS = 15 * 60_000;

export function isProviderId(value: string): value is OidcProviderId {
	return (OIDC_PROVIDERS as readonly string[]).includes(value);
}

/** Why a sign-in through a provider did not go through (each has a message on the page). */
export type Refusal =
	| 'unavailable'
	| 'state'
	| 'cancelled'
	| 'invalid'
	| 'acr'
	| 'no-account'
	| 'taken'
	| 'other-browser';

export type SignInOutcome =
	| {
			kind: 'signed-in';
			token: string;
			expiresAt: Date;
			next: string;
			provider: OidcProviderId;
			/** For signing out at the provider (`id_token_hint`); kept only in a sealed cookie. */
			idToken?: string;
	  }
	| { kind: 'ask-email' }
	| { kind: 'refused'; reason: Refusal };

function refused(provider: string, reason: Refusal, detail?: Record<string, unknown>) {
	log.warn('Innlogging med innloggingstjeneste avvist', { provider, reason, ...detail });
	return { kind: 'refused' as const, reason };
}

/** A library error as a log field: its class and code, never the response body or a token. */
function errorDetail(e: unknown): Record<string, unknown> {
	if (e instanceof client.AuthorizationResponseError) return { error: e.error, code: e.code };
	if (e instanceof client.ResponseBodyError) return { error: e.error, code: e.code };
	if (e instanceof Error)
		return {
			errorName: e.name,
			code: 'code' in e ? e.code : undefined,
			message: e.message.slice(0, 200)
		};
	return {};
}

/**
 * Starts a sign-in: a flow row, and the provider's authorization address to send the browser
 * to. `token` goes in the flow cookie. Null when the provider is not configured or not found.
 */
export async function startProviderSignIn(
	id: OidcProviderId,
	next: string
): Promise<{ token: string; url: string } | null> {
	const s = oidcSettings(id);
	if (!s) return null;
	const found = await discovery(s);
	if (!found.ok) return null;
	const cfg = await clientConfiguration(s, found.metadata);
	const codeVerifier = client.randomPKCECodeVerifier();
	const state = client.randomState();
	const nonce = client.randomNonce();
	const token = generateToken();
	await db.insert(providerFlows).values({
		id: hashToken(token),
		provider: id,
		state,
		nonce,
		codeVerifier,
		next,
		createdAt: now(),
		expiresAt: new Date(now().getTime() + FLOW_TTL_MS)
	});
	const params: Record<string, string> = {
		redirect_uri: s.redirectUri,
		scope: s.scopes,
		response_type: 'code',
		code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
		code_challenge_method: 'S256',
		state,
		nonce
	};
	if (s.acrValues.length) params.acr_values = s.acrValues.join(' ');
	if (currentLang() !== 'nb') params.ui_locales = currentLang() === 'nn' ? 'nn' : 'en';
	else params.ui_locales = 'nb';
	return { token, url: client.buildAuthorizationUrl(cfg, params).href };
}

/** Uses the flow once: the first caller gets the row, every later one (a replay) nothing. */
async function takeFlow(id: OidcProviderId, token: string) {
	const [flow] = await db
		.update(providerFlows)
		.set({ usedAt: now() })
		.where(
			and(
				eq(providerFlows.id, hashToken(token)),
				eq(providerFlows.provider, id),
				isNull(providerFlows.usedAt),
				gt(providerFlows.expiresAt, now())
			)
		)
		.returning();
	return flow ?? null;
}

const twoFactor = (acr: string | undefined) =>
	acr !== undefined && oidcTwoFactorAcr().includes(acr);

async function signInLinked(
	userId: number,
	link: { id: number; provider: OidcProviderId },
	acr: string | undefined,
	device: string,
	next: string,
	idToken?: string
): Promise<SignInOutcome> {
	const linkId = link.id;
	await db.update(providerLinks).set({ lastUsedAt: now() }).where(eq(providerLinks.id, linkId));
	const { token, session } = await createSession(userId, device, {
		secondFactor: twoFactor(acr) ? 'provider' : null
	});
	return {
		kind: 'signed-in',
		token,
		expiresAt: session.expiresAt,
		next,
		provider: link.provider,
		idToken
	};
}

/**
 * The provider's answer at `ORIGIN/logg-inn/<provider>/retur`. `query` is the callback's
 * query string; `flowToken` the flow cookie. Never throws for anything the browser sent.
 */
export async function finishProviderSignIn(
	id: OidcProviderId,
	query: URLSearchParams,
	flowToken: string | undefined,
	device: string
): Promise<SignInOutcome> {
	const s = oidcSettings(id);
	if (!s) return refused(id, 'unavailable');
	if (!flowToken || !looksLikeToken(flowToken)) return refused(id, 'state', { why: 'no cookie' });
	const flow = await takeFlow(id, flowToken);
	if (!flow) return refused(id, 'state', { why: 'unknown, used or expired' });
	const found = await discovery(s);
	if (!found.ok) return refused(id, 'unavailable');
	const callback = new URL(s.redirectUri);
	callback.search = query.toString();
	let claims: client.IDToken;
	let idToken: string | undefined;
	try {
		const cfg = await clientConfiguration(s, found.metadata);
		const tokens = await client.authorizationCodeGrant(cfg, callback, {
			pkceCodeVerifier: flow.codeVerifier,
			expectedState: flow.state,
			expectedNonce: flow.nonce,
			idTokenExpected: true
		});
		const c = tokens.claims();
		if (!c) return refused(id, 'invalid', { why: 'no ID token' });
		claims = c;
		idToken = tokens.id_token;
	} catch (e) {
		const cancelled =
			e instanceof client.AuthorizationResponseError &&
			(e.error === 'access_denied' || e.error === 'login_required');
		return refused(id, cancelled ? 'cancelled' : 'invalid', errorDetail(e));
	}
	return afterVerified(s, flow, claims, device, idToken);
}

async function afterVerified(
	s: OidcSettings,
	flow: typeof providerFlows.$inferSelect,
	claims: client.IDToken,
	device: string,
	idToken: string | undefined
): Promise<SignInOutcome> {
	const id = s.id;
	const acr = typeof claims.acr === 'string' ? claims.acr : undefined;
	if (s.acrValues.length && !(acr && [...s.acrValues, ...oidcTwoFactorAcr()].includes(acr)))
		return refused(id, 'acr', { acr: acr ?? null });
	const sub = claims.sub;
	const [linked] = await db
		.select({ id: providerLinks.id, userId: providerLinks.userId, active: users.isActive })
		.from(providerLinks)
		.innerJoin(users, eq(users.id, providerLinks.userId))
		.where(and(eq(providerLinks.provider, id), eq(providerLinks.sub, sub)));
	if (linked) {
		if (!linked.active) return refused(id, 'no-account', { why: 'inactive' });
		return signInLinked(
			linked.userId,
			{ id: linked.id, provider: id },
			acr,
			device,
			flow.next,
			idToken
		);
	}
	const email =
		typeof claims.email === 'string' && claims.email_verified === true
			? normaliseEmail(claims.email)
			: null;
	if (email) {
		const [user] = await db.select().from(users).where(eq(users.email, email));
		if (!user?.isActive) return refused(id, 'no-account', { why: 'verified address, no account' });
		const link = await linkProvider(user, id, sub);
		if (!link) return refused(id, 'taken');
		return signInLinked(user.id, { id: link.id, provider: id }, acr, device, flow.next, idToken);
	}
	// No verified address: the person gives one on the next page, within EMAIL_STEP_TTL_MS.
	await db
		.update(providerFlows)
		.set({ sub, acr: acr ?? null, expiresAt: new Date(now().getTime() + EMAIL_STEP_TTL_MS) })
		.where(eq(providerFlows.id, flow.id));
	return { kind: 'ask-email' };
}

/** Links (provider, sub) to `user`, with an audit entry; null when the sub is someone else's. */
async function linkProvider(
	user: { id: number; name: string },
	provider: OidcProviderId,
	sub: string
) {
	return db.transaction(async (tx) => {
		const [link] = await tx
			.insert(providerLinks)
			.values({ userId: user.id, provider, sub, createdAt: now() })
			.onConflictDoNothing()
			.returning();
		if (!link) {
			const [mine] = await tx
				.select()
				.from(providerLinks)
				.where(
					and(
						eq(providerLinks.provider, provider),
						eq(providerLinks.sub, sub),
						eq(providerLinks.userId, user.id)
					)
				);
			return mine ?? null;
		}
		await recordAudit(tx, user, {
			action: 'innloggingstjeneste.koblet',
			entityType: 'bruker',
			entityId: user.id,
			summary: storedText('signInProviders.audit.linked', { provider: providerName(provider) })
		});
		return link;
	});
}

/** The provider's name as people know it (not translated). */
export function providerName(id: OidcProviderId): string {
	return id === 'feide' ? 'Feide' : id === 'idporten' ? 'ID-porten' : 'Ansattporten';
}

/** The flow waiting for an e-mail address (after the provider answered), or null. */
export async function emailStep(flowToken: string | undefined) {
	if (!flowToken || !looksLikeToken(flowToken)) return null;
	const [flow] = await db
		.select({ id: providerFlows.id, provider: providerFlows.provider })
		.from(providerFlows)
		.where(
			and(
				eq(providerFlows.id, hashToken(flowToken)),
				isNotNull(providerFlows.usedAt),
				isNotNull(providerFlows.sub),
				gt(providerFlows.expiresAt, now())
			)
		);
	return flow && isProviderId(flow.provider) ? { provider: flow.provider } : null;
}

/**
 * The address the person gave after signing in without one. Mails a one-time link to it when
 * it belongs to an active account; answers the same either way (and after the same steps: the
 * look-up and the mail are a job). Null when the flow is gone (expired, other browser).
 */
export async function requestProviderLink(input: {
	flowToken: string | undefined;
	email: string;
	ip: string;
}): Promise<MailRequestResult | null> {
	const step = await emailStep(input.flowToken);
	if (!step || !input.flowToken) return null;
	const email = normaliseEmail(input.email);
	const allowed = await mailRequestAllowed(email, input.ip);
	if (!allowed.ok) return allowed;
	const payload = { email, flow: hashToken(input.flowToken), lang: currentLang() };
	if ((await providerLinkJob.send(payload)) === null) await providerLinkJob.run(payload);
	return { ok: true };
}

const providerLinkJob = defineJob<{ email: string; flow: string; lang: Lang }>({
	name: 'accounts.provider-link',
	run: (p) => mailProviderLinkIfKnown(p.email, p.flow, p.lang)
});

async function mailProviderLinkIfKnown(email: string, flowId: string, lang: Lang) {
	const [user] = await db.select().from(users).where(eq(users.email, email));
	const [flow] = await db.select().from(providerFlows).where(eq(providerFlows.id, flowId));
	if (!user?.isActive || !flow?.sub || !isProviderId(flow.provider)) return;
	const provider = flow.provider;
	await db.transaction(async (tx) => {
		const token = await createAuthToken(tx, 'provider_link', email, user.id, { flow: flowId });
		const content = withLanguage(lang, () => {
			const w = m.signInProviders.mail;
			const name = providerName(provider);
			return render(t(w.subject, { provider: name }), greeting(user.name), [
				{ p: t(w.body, { provider: name }) },
				{
					button: {
						label: t(w.button, { provider: name }),
						url: `${config.origin}${pathIn(lang, `/logg-inn/koble/${token}`)}`
					}
				},
				{ small: w.note }
			]);
		});
		await sendMail(tx, { to: email, template: 'providerLink', content });
	});
	await kickMail();
}

/** Whether the mailed link is still good (the page shows its button only then). */
export async function providerLinkValid(token: string): Promise<boolean> {
	return Boolean(await peekAuthToken(db, token, 'provider_link'));
}

/**
 * The mailed link's button: links the provider account to the address's account and signs in.
 * Only in the browser that signed in at the provider (its flow cookie), so a link mailed to
 * someone who did not ask for it links nothing when they press it.
 */
export async function confirmProviderLink(
	token: string,
	flowToken: string | undefined,
	device: string
): Promise<SignInOutcome> {
	const row = await peekAuthToken(db, token, 'provider_link');
	if (!row?.userId) return refused('?', 'state', { why: 'link unknown, used or expired' });
	if (!flowToken || row.data.flow !== hashToken(flowToken)) return refused('?', 'other-browser');
	const result = await db.transaction(async (tx) => {
		const used = await consumeAuthToken(tx, token, 'provider_link');
		if (!used?.userId) return { ok: false as const, refusal: 'state' as const };
		const [flow] = await tx
			.delete(providerFlows)
			.where(
				and(
					eq(providerFlows.id, String(used.data.flow)),
					isNotNull(providerFlows.sub),
					gt(providerFlows.expiresAt, now())
				)
			)
			.returning();
		if (!flow?.sub || !isProviderId(flow.provider))
			return { ok: false as const, refusal: 'state' as const };
		const [user] = await tx
			.select()
			.from(users)
			.where(and(eq(users.id, used.userId), eq(users.isActive, true)));
		if (!user) return { ok: false as const, refusal: 'no-account' as const };
		const [link] = await tx
			.insert(providerLinks)
			.values({ userId: user.id, provider: flow.provider, sub: flow.sub, createdAt: now() })
			.onConflictDoNothing()
			.returning();
		if (!link) return { ok: false as const, refusal: 'taken' as const };
		await recordAudit(tx, user, {
			action: 'innloggingstjeneste.koblet',
			entityType: 'bruker',
			entityId: user.id,
			summary: storedText('signInProviders.audit.linked', {
				provider: providerName(flow.provider)
			})
		});
		return { ok: true as const, user, link, flow, provider: flow.provider };
	});
	if (!result.ok) return refused('?', result.refusal);
	return signInLinked(
		result.user.id,
		{ id: result.link.id, provider: result.provider },
		result.flow.acr ?? undefined,
		device,
		result.flow.next
	);
}

type Person = { id: number; name: string };

/** The person's linked providers (Min side › Sikkerhet). */
export async function listProviderLinks(person: Person) {
	const rows = await db
		.select({
			id: providerLinks.id,
			provider: providerLinks.provider,
			createdAt: providerLinks.createdAt,
			lastUsedAt: providerLinks.lastUsedAt
		})
		.from(providerLinks)
		.where(eq(providerLinks.userId, person.id))
		.orderBy(providerLinks.createdAt);
	return rows.flatMap((r) =>
		isProviderId(r.provider) ? [{ ...r, provider: r.provider, name: providerName(r.provider) }] : []
	);
}

/**
 * Unlinks one of the person's providers, as long as another way in remains: a password, a
 * passkey or another linked provider. The account row is locked first, so two unlinks at once
 * cannot both leave the other as the "remaining" way.
 */
export async function unlinkProvider(person: Person, linkId: number): Promise<void> {
	await db.transaction(async (tx) => {
		const [user] = await tx
			.select({ passwordHash: users.passwordHash })
			.from(users)
			.where(eq(users.id, person.id))
			.for('update');
		const [link] = await tx
			.select()
			.from(providerLinks)
			.where(and(eq(providerLinks.id, linkId), eq(providerLinks.userId, person.id)));
		if (!user || !link || !isProviderId(link.provider))
			throw new NotFoundError('signInProviders.unknownLink');
		const [other] = await tx
			.select({
				links: sql<number>`(select count(*)::int from ${providerLinks} where ${providerLinks.userId} = ${person.id} and ${ne(providerLinks.id, linkId)})`,
				keys: sql<number>`(select count(*)::int from ${passkeys} where ${passkeys.userId} = ${person.id})`
			})
			.from(users)
			.where(eq(users.id, person.id));
		if (!user.passwordHash && !other?.links && !other?.keys)
			throw new ConflictError('signInProviders.lastWayIn');
		await tx.delete(providerLinks).where(eq(providerLinks.id, linkId));
		await recordAudit(tx, person, {
			action: 'innloggingstjeneste.frakoblet',
			entityType: 'bruker',
			entityId: person.id,
			summary: storedText('signInProviders.audit.unlinked', {
				provider: providerName(link.provider)
			})
		});
	});
}

/**
 * Where to send the browser after signing out here, to sign out at the provider too
 * (RP-initiated logout), or null when the provider has no `end_session_endpoint`.
 */
export async function providerLogoutUrl(
	id: OidcProviderId,
	idTokenHint: string | undefined
): Promise<string | null> {
	const s = oidcSettings(id);
	if (!s) return null;
	const found = await discovery(s);
	if (!found.ok || !found.metadata.end_session_endpoint) return null;
	const cfg = await clientConfiguration(s, found.metadata);
	const params: Record<string, string> = {
		client_id: s.clientId,
		post_logout_redirect_uri: s.postLogoutRedirectUri
	};
	if (idTokenHint) params.id_token_hint = idTokenHint;
	return client.buildEndSessionUrl(cfg, params).href;
}

/** Deletes flows that ended more than a day ago (a daily clean-up could call it). */
export async function pruneProviderFlows(): Promise<number> {
	const gone = await db
		.delete(providerFlows)
		.where(sql`${providerFlows.expiresAt} < ${new Date(now().getTime() - 24 * 60 * 60_000)}`)
		.returning({ id: providerFlows.id });
	return gone.length;
}
