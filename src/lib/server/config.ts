/**
 * Run-time configuration, read from the environment only (never from files in the repo).
 * Every setting has a safe default for `npm start` on a developer machine.
 */
import { BlockList, isIP } from 'node:net';
import path from 'node:path';

/** Set at build time (vite.config.ts `define`); false when the code runs without Vite. */
export const TEST_BUILD = typeof __FK_TEST_BUILD__ !== 'undefined' && __FK_TEST_BUILD__;

function int(name: string, fallback: number): number {
	const raw = process.env[name];
	if (!raw) return fallback;
	const n = Number.parseInt(raw, 10);
	return Number.isFinite(n) ? n : fallback;
}

/**
 * A whole number setting in [min, max]; unset gives the default. A value that is not one
 * (typo, unit, out of range) is an error at start, not a quiet fallback: see `checkConfig`.
 */
function setting(name: string, fallback: number, min: number, max: number): number {
	const raw = process.env[name]?.trim();
	if (!raw) return fallback;
	if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
		throw new ConfigError(
			`${name}=${JSON.stringify(process.env[name])} er ikke gyldig: skriv et heltall fra ${min} til ${max} (standard ${fallback}).`
		);
	}
	return Number(raw);
}

export class ConfigError extends Error {}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/** A yes/no setting: `1`, `0` or unset (the default). Anything else is an error at start. */
function flag(name: string, fallback: boolean): boolean {
	const raw = process.env[name]?.trim();
	if (!raw) return fallback;
	if (raw === '1') return true;
	if (raw === '0') return false;
	throw new ConfigError(
		`${name}=${JSON.stringify(process.env[name])} er ikke gyldig: 1 (på), 0 (av) eller tom (standard ${fallback ? 'på' : 'av'}).`
	);
}

/** Who may read /metrics: client addresses and networks (CIDR), parsed once per value. */
export interface AddressList {
	entries: string[];
	allows(address: string): boolean;
}

let allowCache: { raw: string; list: AddressList } | undefined;

function addressList(name: string, raw: string): AddressList {
	const blocks = new BlockList();
	const entries = raw
		.split(',')
		.map((e) => e.trim())
		.filter(Boolean);
	for (const entry of entries) {
		const [addr, bits, ...rest] = entry.split('/');
		const family = isIP(addr);
		const max = family === 6 ? 128 : 32;
		const prefix = bits === undefined ? max : /^\d{1,3}$/.test(bits) ? Number(bits) : -1;
		if (family === 0 || rest.length > 0 || prefix < 0 || prefix > max)
			throw new ConfigError(
				`${name}: ${JSON.stringify(entry)} er ikke en IP-adresse eller et nett (CIDR): skriv for eksempel 127.0.0.1, 10.0.0.0/8 eller fd00::/8, skilt med komma.`
			);
		const type = family === 6 ? 'ipv6' : 'ipv4';
		if (prefix === max) blocks.addAddress(addr, type);
		else blocks.addSubnet(addr, prefix, type);
	}
	return {
		entries,
		allows(address: string) {
			// An IPv4 client on a dual-stack socket: ::ffff:127.0.0.1.
			const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
			const a = v4 ?? address;
			const family = isIP(a);
			if (family === 0) return false;
			return blocks.check(a, family === 6 ? 'ipv6' : 'ipv4');
		}
	};
}

export const config = {
	get root() {
		return process.env.FK_ROOT ?? process.cwd();
	},
	/** PostgreSQL URL; when unset the app starts its own embedded server. */
	get databaseUrl() {
		return process.env.DATABASE_URL || undefined;
	},
	/** Where the embedded PostgreSQL keeps its files. */
	get dataDir() {
		return path.resolve(this.root, process.env.FK_DATA_DIR ?? 'data');
	},
	get embeddedPort() {
		return setting('FK_PG_PORT', 54320, 1, 65535);
	},
	get port() {
		return int('PORT', 3000);
	},
	/**
	 * The public address (adapter-node reads ORIGIN too, for the CSRF check and `url`).
	 * Must be http(s)://host[:port] without a path.
	 */
	get origin() {
		const origin = (process.env.ORIGIN ?? `http://localhost:${this.port}`).replace(/\/$/, '');
		let url: URL | undefined;
		try {
			url = new URL(origin);
		} catch {
			url = undefined;
		}
		if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search)
			throw new ConfigError(
				`ORIGIN=${JSON.stringify(process.env.ORIGIN)} er ikke gyldig: skriv den offentlige adressen som https://vert eller http://vert:port, uten sti.`
			);
		return origin;
	},
	get secureCookies() {
		return this.origin.startsWith('https://');
	},
	get smtpUrl() {
		return process.env.SMTP_URL || undefined;
	},
	get mailFrom() {
		return process.env.MAIL_FROM ?? 'Fremtidens kulturskole <ikke-svar@fremtidenskulturskole.no>';
	},
	/**
	 * Who answers questions about events that name no contact person of their own: mails name
	 * this address and set Reply-To to it (FK_CONTACT_EMAIL, FK_CONTACT_NAME).
	 */
	get contactEmail() {
		const raw = process.env.FK_CONTACT_EMAIL?.trim() || 'post@fremtidenskulturskole.no';
		if (!/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(raw))
			throw new ConfigError(
				`FK_CONTACT_EMAIL=${JSON.stringify(process.env.FK_CONTACT_EMAIL)} er ikke gyldig: skriv én e-postadresse.`
			);
		return raw.toLowerCase();
	},
	get contactName() {
		return process.env.FK_CONTACT_NAME?.trim() || 'Fremtidens kulturskole';
	},
	/**
	 * Test hooks (controllable clock, job tick, test endpoints): only in a test build
	 * (scripts/test-build.js), and there only with FK_TEST_MODE=1. A production build has
	 * `__FK_TEST_BUILD__` false, so no environment variable turns them on.
	 */
	get testMode() {
		return TEST_BUILD && process.env.FK_TEST_MODE === '1';
	},
	/** Load the seed content into an empty database (default on; FK_DEMO=0 skips all). */
	get loadDemo() {
		return process.env.FK_DEMO !== '0';
	},
	/**
	 * Also the fictional demo people (members, fremtidsbilder, registrations, applications):
	 * FK_DEMO=1, or unset on the embedded default (`npm start` with neither DATABASE_URL nor
	 * NODE_ENV=production). Never on a real server unless asked for.
	 */
	get loadFictionalDemo() {
		const v = process.env.FK_DEMO;
		if (v === '1') return true;
		if (v) return false;
		return !this.databaseUrl && !this.production;
	},
	/** Start the job runner's workers (off in unit tests, which call the work directly). */
	get runJobs() {
		return flag('FK_JOBS', true);
	},
	get logLevel(): (typeof LOG_LEVELS)[number] {
		const raw = process.env.LOG_LEVEL?.trim() || 'info';
		if (!(LOG_LEVELS as readonly string[]).includes(raw))
			throw new ConfigError(
				`LOG_LEVEL=${JSON.stringify(process.env.LOG_LEVEL)} er ikke gyldig: ${LOG_LEVELS.join(', ')} (standard info).`
			);
		return raw as (typeof LOG_LEVELS)[number];
	},
	/** Started as production (NODE_ENV=production, as an operator's service sets it). */
	get production() {
		// Bracket access: a bundler must not replace this at build time.
		return process.env['NODE_ENV'] === 'production';
	},
	/** FK_EMBEDDED_DB=1: run the embedded PostgreSQL in production on purpose (one node). */
	get embeddedDbWanted() {
		return flag('FK_EMBEDDED_DB', false);
	},
	/** Where `npm run backup` writes (FK_BACKUP_DIR, default ./backups). */
	get backupDir() {
		return path.resolve(this.root, process.env.FK_BACKUP_DIR || 'backups');
	},
	/**
	 * The application key for secrets at rest (FK_SECRET_KEY, 64 hex characters); undefined:
	 * one is generated in the data directory (accounts/secret-box.ts).
	 */
	get secretKey() {
		const raw = process.env.FK_SECRET_KEY?.trim();
		if (!raw) return undefined;
		if (!/^[0-9a-f]{64}$/i.test(raw))
			throw new ConfigError(
				'FK_SECRET_KEY er ikke gyldig: skriv 64 heksadesimale tegn (for eksempel fra `openssl rand -hex 32`), eller la den være tom.'
			);
		return raw;
	},
	/** adapter-node's BODY_SIZE_LIMIT as written (`512K`, `27M`, bytes, `Infinity`). */
	get bodySizeLimit() {
		return process.env.BODY_SIZE_LIMIT ?? '512K';
	},
	/**
	 * adapter-node's ADDRESS_HEADER: the header a reverse proxy puts the client's address in
	 * (adapter-node reads it, and XFF_DEPTH, itself; the app only looks whether it is set).
	 */
	get addressHeader() {
		return process.env.ADDRESS_HEADER || undefined;
	},
	/** Days a sent or failed e-mail is kept in the outbox (default 90). */
	get mailRetentionDays() {
		return setting('FK_MAIL_RETENTION_DAYS', 90, 1, 3650);
	},
	/** Months after an event its registrations are anonymised (default 12). */
	get registrationRetentionMonths() {
		return setting('FK_REGISTRATION_RETENTION_MONTHS', 12, 1, 120);
	},
	/**
	 * Bearer token that opens /metrics (`Authorization: Bearer <token>`); at least 16
	 * characters. With neither this nor FK_METRICS_ALLOW, /metrics answers 404.
	 */
	get metricsToken() {
		const raw = process.env.FK_METRICS_TOKEN?.trim();
		if (!raw) return undefined;
		if (raw.length < 16 || !/^[\x21-\x7e]+$/.test(raw))
			throw new ConfigError(
				'FK_METRICS_TOKEN er ikke gyldig: minst 16 tegn, uten mellomrom (for eksempel fra `openssl rand -hex 24`).'
			);
		return raw;
	},
	/**
	 * Client addresses and networks that may read /metrics without the token
	 * (FK_METRICS_ALLOW, comma-separated: `127.0.0.1,10.0.0.0/8,fd00::/8`).
	 */
	/**
	 * The accessibility statement as published on uustatus.no (FK_UUSTATUS_URL), linked from
	 * /tilgjengelighet as Norwegian practice expects. Unset: no link. An address elsewhere is
	 * an error at start.
	 */
	get uustatusUrl(): string | undefined {
		const raw = process.env.FK_UUSTATUS_URL?.trim();
		if (!raw) return undefined;
		let url: URL | null;
		try {
			url = new URL(raw);
		} catch {
			url = null;
		}
		if (!url || url.protocol !== 'https:' || !/^(www\.)?uustatus\.no$/.test(url.hostname))
			throw new ConfigError(
				`FK_UUSTATUS_URL=${JSON.stringify(raw)} er ikke gyldig: adressen til erklæringen på https://www.uustatus.no/…`
			);
		return url.href;
	},
	get metricsAllow(): AddressList | undefined {
		const raw = process.env.FK_METRICS_ALLOW?.trim();
		if (!raw) return undefined;
		if (allowCache?.raw !== raw) allowCache = { raw, list: addressList('FK_METRICS_ALLOW', raw) };
		return allowCache.list;
	},
	/**
	 * Connections in the app's pool, per node (default 14). With the job runner's 4 that is
	 * 18 a node: five nodes use 90 of PostgreSQL's default max_connections = 100 (3 of them
	 * reserved for superusers), with room for backups and an admin's psql.
	 */
	get dbPoolSize() {
		return setting('FK_DB_POOL_SIZE', 14, 1, 500);
	},
	/** Connections in the job runner's (pg-boss) own pool, per node (default 4). */
	get jobsPoolSize() {
		return setting('FK_JOBS_POOL_SIZE', 4, 1, 100);
	},
	/**
	 * Longest time one statement of the app may run (default 30 s; 0 = no limit). Migrations
	 * run without it. Set on each connection of the app's pool.
	 */
	get statementTimeoutMs() {
		return setting('FK_STATEMENT_TIMEOUT_MS', 30_000, 0, 3_600_000);
	},
	/**
	 * Longest time a statement waits for a row or table lock (default 5 s; 0 = no limit).
	 * A registration that waits longer on a busy event is told to try again in a moment.
	 */
	get lockTimeoutMs() {
		return setting('FK_LOCK_TIMEOUT_MS', 5_000, 0, 3_600_000);
	}
};

/** The sign-in providers the site knows (issue 15); each is on when its issuer is set. */
export const OIDC_PROVIDERS = ['feide', 'idporten', 'ansattporten'] as const;
export type OidcProviderId = (typeof OIDC_PROVIDERS)[number];

export interface OidcSettings {
	id: OidcProviderId;
	issuer: string;
	clientId: string;
	/** client_secret_basic, or private_key_jwt with `privateKey` (a JWK as JSON, or PKCS #8 PEM). */
	auth: { kind: 'secret'; secret: string } | { kind: 'private-key'; privateKey: string };
	scopes: string;
	/** Asked for with `acr_values`; when set, the answer's `acr` must be one of these (or a two-factor level). */
	acrValues: string[];
	/** Where the provider sends the person back: `ORIGIN/logg-inn/<provider>/retur`. */
	redirectUri: string;
	/** Where it sends them after signing out there (RP-initiated logout): `ORIGIN/?utlogget=1`. */
	postLogoutRedirectUri: string;
}

const list = (raw: string | undefined) =>
	(raw ?? '')
		.split(/[\s,]+/)
		.map((v) => v.trim())
		.filter(Boolean);

/**
 * Provider `id`'s settings (`OIDC_<ID>_ISSUER`, `_CLIENT_ID`, `_CLIENT_SECRET` or `_PRIVATE_KEY`,
 * `_SCOPES`, `_ACR_VALUES`), or undefined when its issuer is not set (no button).
 */
export function oidcSettings(id: OidcProviderId): OidcSettings | undefined {
	const env = (name: string) => process.env[`OIDC_${id.toUpperCase()}_${name}`]?.trim() || '';
	const issuer = env('ISSUER');
	if (!issuer) return undefined;
	const name = `OIDC_${id.toUpperCase()}`;
	let url: URL | undefined;
	try {
		url = new URL(issuer);
	} catch {
		url = undefined;
	}
	// http only on this machine (the test provider); a real provider is https.
	const loopback = url && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
	if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && loopback)))
		throw new ConfigError(`${name}_ISSUER=${JSON.stringify(issuer)} er ikke en https-adresse.`);
	const clientId = env('CLIENT_ID');
	if (!clientId) throw new ConfigError(`${name}_CLIENT_ID mangler (${name}_ISSUER er satt).`);
	const secret = env('CLIENT_SECRET');
	const privateKey = env('PRIVATE_KEY');
	if (Boolean(secret) === Boolean(privateKey))
		throw new ConfigError(
			`Sett enten ${name}_CLIENT_SECRET (client_secret_basic) eller ${name}_PRIVATE_KEY (private_key_jwt), ikke begge og ikke ingen.`
		);
	const defaultScopes = id === 'feide' ? 'openid email profile' : 'openid profile';
	return {
		id,
		issuer,
		clientId,
		auth: secret ? { kind: 'secret', secret } : { kind: 'private-key', privateKey },
		scopes: list(env('SCOPES') || defaultScopes).join(' '),
		acrValues: list(env('ACR_VALUES')),
		redirectUri: `${config.origin}/logg-inn/${id}/retur`,
		postLogoutRedirectUri: `${config.origin}/?utlogget=1`
	};
}

/** The configured providers, in the order of the buttons. */
export function oidcConfigured(): OidcSettings[] {
	return OIDC_PROVIDERS.map(oidcSettings).filter((s): s is OidcSettings => Boolean(s));
}

/**
 * Assurance levels (`acr`) that already mean two factors, so a staff member signing in with one
 * is not asked for the code here too (OIDC_TWO_FACTOR_ACR, comma- or space-separated). Default:
 * ID-porten's and Ansattporten's `idporten-loa-high` and Feide's MFA level.
 */
export function oidcTwoFactorAcr(): string[] {
	const raw = process.env.OIDC_TWO_FACTOR_ACR;
	return raw === undefined
		? ['idporten-loa-high', 'urn:mace:feide.no:auth:level:fad08:3']
		: list(raw);
}

/**
 * Reads every setting once at start and throws one ConfigError listing every bad value,
 * so a typo stops the app with a clear message instead of surfacing later.
 */
export function checkConfig(): void {
	const problems: string[] = [];
	const read = (f: () => unknown) => {
		try {
			f();
		} catch (e) {
			if (e instanceof ConfigError) problems.push(e.message);
			else throw e;
		}
	};
	read(() => config.embeddedPort);
	read(() => config.origin);
	read(() => config.contactEmail);
	read(() => config.runJobs);
	read(() => config.logLevel);
	read(() => config.embeddedDbWanted);
	read(() => config.secretKey);
	read(() => config.mailRetentionDays);
	read(() => config.registrationRetentionMonths);
	read(() => config.metricsToken);
	read(() => config.metricsAllow);
	read(() => config.uustatusUrl);
	read(() => config.dbPoolSize);
	read(() => config.jobsPoolSize);
	read(() => config.statementTimeoutMs);
	read(() => config.lockTimeoutMs);
	for (const id of OIDC_PROVIDERS) read(() => oidcSettings(id));
	const demo = process.env.FK_DEMO;
	if (demo && demo !== '0' && demo !== '1')
		problems.push(
			`FK_DEMO=${JSON.stringify(demo)} er ikke gyldig: 1 (med demopersoner), 0 (uten noe demoinnhold) eller tom.`
		);
	if (problems.length === 0) {
		const st = config.statementTimeoutMs;
		const lt = config.lockTimeoutMs;
		if (st > 0 && lt >= st)
			problems.push(
				`FK_LOCK_TIMEOUT_MS (${lt}) må være mindre enn FK_STATEMENT_TIMEOUT_MS (${st}), ellers virker den ikke.`
			);
	}
	if (problems.length === 0 && config.production && !config.databaseUrl && !config.embeddedDbWanted)
		problems.push(
			'NODE_ENV=production uten DATABASE_URL: sett DATABASE_URL til PostgreSQL-serveren ' +
				'(postgres://bruker:passord@vert:5432/database), eller FK_EMBEDDED_DB=1 for å bruke ' +
				'den innebygde PostgreSQL-en med vilje (bare én node; se docs/drift.md).'
		);
	if (problems.length > 0)
		throw new ConfigError(`Ugyldige innstillinger:\n- ${problems.join('\n- ')}`);
}
