/**
 * Who can sign in and what they may do: users, sessions (Lucia-guide style: the cookie holds
 * a random token, the database its SHA-256), one-time tokens (set-up, sign-in link, reset,
 * invitation), roles (global admin/redaktør, county-chapter leader, per-municipality
 * koordinator/medlem), rate limits and the audit log.
 */
import {
	char,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	serial,
	text,
	boolean,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { personLang, personLangCheck, timestamptz } from '../db/types';
import { countyChapters, municipalities } from '../geo/schema';

export const globalRole = pgEnum('global_role', ['admin', 'redaktor', 'bidragsyter']);
export const municipalRole = pgEnum('municipal_role', ['koordinator', 'medlem']);
export const tokenPurpose = pgEnum('token_purpose', [
	'setup',
	'login',
	'reset',
	'invite',
	'passkey',
	/** Links a sign-in provider's account to the account of the address it was mailed to. */
	'provider_link'
]);
/** What a member brings to the municipal group (fremtidsbilde): the minimum composition is checked against it. */
export const municipalGroupRole = pgEnum('municipal_group_role', [
	'skoleeier',
	'kulturskoleleder',
	'pedagogisk',
	'annen_sektor',
	'politiker'
]);

export const users = pgTable(
	'users',
	{
		id: serial('id').primaryKey(),
		/** Stored lower-case and trimmed. */
		email: text('email').notNull(),
		name: text('name').notNull(),
		organisation: text('organisation').notNull().default(''),
		passwordHash: text('password_hash'),
		globalRole: globalRole('global_role'),
		isActive: boolean('is_active').notNull().default(true),
		createdAt: timestamptz('created_at').notNull().defaultNow(),
		updatedAt: timestamptz('updated_at').notNull().defaultNow(),
		lastLoginAt: timestamptz('last_login_at'),
		/** The language the person reads in (their mails); chosen on /min-side/profil. */
		lang: personLang(),
		/** When they chose it (null: never; signing in on /nn or /en then stores that language). */
		langChosenAt: timestamptz('lang_chosen_at')
	},
	(t) => [
		uniqueIndex('users_email_uq').on(t.email),
		// /admin/brukere pages by name.
		index('users_name_idx').on(t.name, t.id),
		personLangCheck('users', t.lang)
	]
);

export const sessions = pgTable(
	'sessions',
	{
		/** SHA-256 (hex) of the token in the cookie; the token itself is never stored. */
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamptz('created_at').notNull().defaultNow(),
		expiresAt: timestamptz('expires_at').notNull(),
		lastSeenAt: timestamptz('last_seen_at').notNull().defaultNow(),
		/** A short description of the browser ("Chrome på Android"), to recognise devices. */
		device: text('device').notNull().default(''),
		/** When the person last proved who they are here (sign-in or step-up): see `second-factor.ts`. */
		authenticatedAt: timestamptz('authenticated_at').notNull().defaultNow(),
		/**
		 * The second factor this session was completed with ('totp', 'recovery', 'passkey'), null
		 * when none. A staff member's session, or that of anyone with TOTP, is only "signed in"
		 * once this is set (see `sessions.ts`).
		 */
		secondFactor: text('second_factor')
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

export const authTokens = pgTable(
	'auth_tokens',
	{
		/** SHA-256 (hex) of the token sent by email or printed; single use. */
		id: text('id').primaryKey(),
		purpose: tokenPurpose('purpose').notNull(),
		userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		/** Purpose-specific data, e.g. the role an invitation grants. */
		data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
		createdAt: timestamptz('created_at').notNull().defaultNow(),
		expiresAt: timestamptz('expires_at').notNull(),
		usedAt: timestamptz('used_at')
	},
	(t) => [index('auth_tokens_email_idx').on(t.email)]
);

export const chapterLeaders = pgTable(
	'chapter_leaders',
	{
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		chapterId: integer('chapter_id')
			.notNull()
			.references(() => countyChapters.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.userId, t.chapterId] })]
);

export const municipalityMembers = pgTable(
	'municipality_members',
	{
		id: serial('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		municipalityNumber: char('municipality_number', { length: 4 })
			.notNull()
			.references(() => municipalities.number),
		role: municipalRole('role').notNull().default('medlem'),
		/** The member's place in the group (fremtidsbilde); null until someone sets it. */
		groupRole: municipalGroupRole('group_role'),
		/** For «annen sektor»: which sector (helse, NAV, bibliotek …). */
		sector: text('sector'),
		createdAt: timestamptz('created_at').notNull().defaultNow()
	},
	(t) => [uniqueIndex('municipality_members_uq').on(t.userId, t.municipalityNumber)]
);

/** Failure and request counters for sign-in, reset and link requests, per e-mail and per IP. */
export const rateLimits = pgTable('rate_limits', {
	key: text('key').primaryKey(),
	windowStart: timestamptz('window_start').notNull(),
	count: integer('count').notNull().default(0),
	blockedUntil: timestamptz('blocked_until')
});

/** Every change an admin or editor makes: who, what, when, before and after. */
export const auditLog = pgTable(
	'audit_log',
	{
		id: serial('id').primaryKey(),
		at: timestamptz('at').notNull().defaultNow(),
		actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
		/** Kept when the actor's account is deleted. */
		actorName: text('actor_name').notNull().default(''),
		action: text('action').notNull(),
		entityType: text('entity_type').notNull(),
		entityId: text('entity_id'),
		/** The summary in bokmål (searched; all that rows written before summary_message have). */
		summary: text('summary').notNull().default(''),
		/** The summary as catalogue message(s), shown in the reader's language (accounts/audit.ts). */
		summaryMessage: jsonb('summary_message'),
		before: jsonb('before'),
		after: jsonb('after')
	},
	(t) => [
		index('audit_at_idx').on(t.at),
		index('audit_entity_idx').on(t.entityType, t.entityId),
		// The log filtered by kind, newest first.
		index('audit_type_at_idx').on(t.entityType, t.at)
	]
);

/**
 * What someone typed into a form whose POST arrived after their session had expired, kept for
 * two hours so the page can offer it back after sign-in (see `form-stash.ts`). The cookie holds
 * a random token; the id is its SHA-256.
 */
export const formStash = pgTable('form_stash', {
	id: text('id').primaryKey(),
	path: text('path').notNull(),
	/** The form action (`lagre` in `?/lagre`), '' for the default action. */
	action: text('action').notNull().default(''),
	data: jsonb('data').$type<Record<string, string[]>>().notNull(),
	createdAt: timestamptz('created_at').notNull().defaultNow()
});

/**
 * A person's authenticator app (TOTP, RFC 6238, 6 digits every 30 s). The secret is encrypted
 * with the application key (`secret-box.ts`); it is confirmed once a first code was right.
 * `lastStep` is the 30-second step of the last accepted code, so no code works twice.
 */
export const totpCredentials = pgTable('totp_credentials', {
	userId: integer('user_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	secret: text('secret').notNull(),
	confirmedAt: timestamptz('confirmed_at'),
	lastStep: integer('last_step'),
	createdAt: timestamptz('created_at').notNull().defaultNow()
});

/** Single-use recovery codes for when the authenticator app is lost (SHA-256 of each code). */
export const recoveryCodes = pgTable(
	'recovery_codes',
	{
		id: serial('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		codeHash: text('code_hash').notNull(),
		usedAt: timestamptz('used_at')
	},
	(t) => [uniqueIndex('recovery_codes_uq').on(t.userId, t.codeHash)]
);

/** Passkeys (WebAuthn discoverable credentials); one person may have several. */
export const passkeys = pgTable(
	'passkeys',
	{
		/** The credential id (base64url) the authenticator chose. */
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** COSE public key, base64url. */
		publicKey: text('public_key').notNull(),
		counter: integer('counter').notNull().default(0),
		transports: jsonb('transports').$type<string[]>().notNull().default([]),
		name: text('name').notNull(),
		createdAt: timestamptz('created_at').notNull().defaultNow(),
		lastUsedAt: timestamptz('last_used_at')
	},
	(t) => [index('passkeys_user_idx').on(t.userId)]
);

/**
 * A person's account at a sign-in provider (Feide, ID-porten, Ansattporten): the provider's
 * `sub` and nothing else from it (never `pid`, the national identity number). One provider
 * account belongs to one person; a person may link several providers.
 */
export const providerLinks = pgTable(
	'provider_links',
	{
		id: serial('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** 'feide', 'idporten' or 'ansattporten' (config.ts `OIDC_PROVIDERS`). */
		provider: text('provider').notNull(),
		sub: text('sub').notNull(),
		createdAt: timestamptz('created_at').notNull().defaultNow(),
		lastUsedAt: timestamptz('last_used_at')
	},
	(t) => [
		uniqueIndex('provider_links_sub_uq').on(t.provider, t.sub),
		index('provider_links_user_idx').on(t.userId)
	]
);

/**
 * One sign-in through a provider, from the button to the callback (and, for a provider that
 * gives no e-mail address, on to the address the person types in). The browser's cookie holds
 * a random token; the id is its SHA-256. Used once (`usedAt`), and only until `expiresAt`.
 * `sub` and `acr` are set once the provider has answered and the person still has to give an
 * e-mail address; nothing else from the provider is kept.
 */
export const providerFlows = pgTable(
	'provider_flows',
	{
		id: text('id').primaryKey(),
		provider: text('provider').notNull(),
		state: text('state').notNull(),
		nonce: text('nonce').notNull(),
		codeVerifier: text('code_verifier').notNull(),
		/** Where to go after sign-in (a path on this site). */
		next: text('next').notNull().default('/min-side'),
		createdAt: timestamptz('created_at').notNull().defaultNow(),
		expiresAt: timestamptz('expires_at').notNull(),
		usedAt: timestamptz('used_at'),
		sub: text('sub'),
		acr: text('acr')
	},
	(t) => [index('provider_flows_expires_idx').on(t.expiresAt)]
);

/**
 * What each provider's discovery document said, shared by every node: read at start and again
 * when it is stale (a day) or failed (a minute). `error` is the reason shown on /helse.
 */
export const providerDiscovery = pgTable('provider_discovery', {
	provider: text('provider').primaryKey(),
	issuer: text('issuer').notNull(),
	metadata: jsonb('metadata').$type<Record<string, unknown>>(),
	error: text('error'),
	checkedAt: timestamptz('checked_at').notNull()
});
