import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkConfig, config, ConfigError } from './config';

const NAMES = [
	'NODE_ENV',
	'DATABASE_URL',
	'FK_EMBEDDED_DB',
	'FK_DB_POOL_SIZE',
	'FK_JOBS_POOL_SIZE',
	'FK_STATEMENT_TIMEOUT_MS',
	'FK_LOCK_TIMEOUT_MS',
	'FK_DEMO',
	'FK_PG_PORT',
	'ORIGIN',
	'FK_JOBS',
	'LOG_LEVEL',
	'FK_SECRET_KEY',
	'FK_MAIL_RETENTION_DAYS',
	'FK_REGISTRATION_RETENTION_MONTHS',
	'FK_METRICS_TOKEN',
	'FK_METRICS_ALLOW',
	'FK_BACKUP_DIR'
];
const saved = Object.fromEntries(NAMES.map((n) => [n, process.env[n]]));
afterEach(() => {
	for (const n of NAMES) {
		if (saved[n] === undefined) delete process.env[n];
		else process.env[n] = saved[n];
	}
});

function env(values: Record<string, string | undefined>) {
	for (const n of NAMES) delete process.env[n];
	for (const [k, v] of Object.entries(values)) if (v !== undefined) process.env[k] = v;
}

function problem(): string {
	try {
		checkConfig();
	} catch (e) {
		expect(e).toBeInstanceOf(ConfigError);
		return (e as Error).message;
	}
	return '';
}

describe('settings', () => {
	it('has defaults that let five nodes share PostgreSQL’s default 100 connections', () => {
		env({});
		expect(problem()).toBe('');
		expect(config.dbPoolSize).toBe(14);
		expect(config.jobsPoolSize).toBe(4);
		expect(config.statementTimeoutMs).toBe(30_000);
		expect(config.lockTimeoutMs).toBe(5_000);
		// 3 of the 100 are reserved for superusers; leave room for a backup and a psql.
		expect(5 * (config.dbPoolSize + config.jobsPoolSize)).toBeLessThanOrEqual(100 - 3 - 5);
	});

	it('reads valid values', () => {
		env({
			FK_DB_POOL_SIZE: '30',
			FK_JOBS_POOL_SIZE: '2',
			FK_STATEMENT_TIMEOUT_MS: '0',
			FK_LOCK_TIMEOUT_MS: ' 1500 '
		});
		expect(problem()).toBe('');
		expect(config.dbPoolSize).toBe(30);
		expect(config.jobsPoolSize).toBe(2);
		expect(config.statementTimeoutMs).toBe(0);
		expect(config.lockTimeoutMs).toBe(1500);
	});

	it('stops at start on a bad value, naming every bad setting and what is allowed', () => {
		env({
			FK_DB_POOL_SIZE: 'tjue',
			FK_JOBS_POOL_SIZE: '0',
			FK_STATEMENT_TIMEOUT_MS: '30s',
			FK_LOCK_TIMEOUT_MS: '-1'
		});
		const text = problem();
		expect(text).toMatch(/^Ugyldige innstillinger:/);
		expect(text).toContain('FK_DB_POOL_SIZE="tjue" er ikke gyldig: skriv et heltall fra 1 til 500');
		expect(text).toContain('FK_JOBS_POOL_SIZE="0" er ikke gyldig');
		expect(text).toContain('FK_STATEMENT_TIMEOUT_MS="30s" er ikke gyldig');
		expect(text).toContain('FK_LOCK_TIMEOUT_MS="-1" er ikke gyldig');
		expect(() => config.dbPoolSize).toThrow(ConfigError);
	});

	it('refuses a lock timeout that the statement timeout would always cut first', () => {
		env({ FK_STATEMENT_TIMEOUT_MS: '1000', FK_LOCK_TIMEOUT_MS: '1000' });
		expect(problem()).toMatch(/FK_LOCK_TIMEOUT_MS \(1000\) må være mindre enn/);
	});

	it('stops a production start without DATABASE_URL, unless the embedded server is asked for', () => {
		env({ NODE_ENV: 'production' });
		expect(problem()).toMatch(/NODE_ENV=production uten DATABASE_URL.*FK_EMBEDDED_DB=1/s);
		env({ NODE_ENV: 'production', FK_EMBEDDED_DB: '1' });
		expect(problem()).toBe('');
		env({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db:5432/fk' });
		expect(problem()).toBe('');
		// `npm start` on a checkout (no NODE_ENV): the embedded default.
		env({});
		expect(problem()).toBe('');
	});
});

describe('the other settings', () => {
	it('checks every setting the app reads, with a message for each bad one', () => {
		env({
			FK_PG_PORT: '99999',
			ORIGIN: 'kulturskole.no',
			FK_JOBS: 'nei',
			LOG_LEVEL: 'verbose',
			FK_SECRET_KEY: 'abc',
			FK_MAIL_RETENTION_DAYS: '0',
			FK_REGISTRATION_RETENTION_MONTHS: '12m',
			FK_METRICS_TOKEN: 'kort',
			FK_METRICS_ALLOW: '10.0.0.0/33, prometheus'
		});
		const text = problem();
		expect(text).toContain('FK_PG_PORT="99999" er ikke gyldig: skriv et heltall fra 1 til 65535');
		expect(text).toContain('ORIGIN="kulturskole.no" er ikke gyldig');
		expect(text).toContain('FK_JOBS="nei" er ikke gyldig: 1 (på), 0 (av)');
		expect(text).toContain('LOG_LEVEL="verbose" er ikke gyldig: debug, info, warn, error');
		expect(text).toContain('FK_SECRET_KEY er ikke gyldig: skriv 64 heksadesimale tegn');
		expect(text).toContain('FK_MAIL_RETENTION_DAYS="0" er ikke gyldig');
		expect(text).toContain('FK_REGISTRATION_RETENTION_MONTHS="12m" er ikke gyldig');
		expect(text).toContain('FK_METRICS_TOKEN er ikke gyldig: minst 16 tegn');
		expect(text).toContain('FK_METRICS_ALLOW: "10.0.0.0/33" er ikke en IP-adresse eller et nett');
		// The secret itself is never in the message.
		expect(text).not.toContain('"abc"');
		expect(text).not.toContain('"kort"');
	});

	it('reads good values', () => {
		env({
			FK_PG_PORT: '5433',
			ORIGIN: 'https://kulturskole.example/',
			FK_JOBS: '0',
			LOG_LEVEL: 'debug',
			FK_SECRET_KEY: 'ab'.repeat(32),
			FK_MAIL_RETENTION_DAYS: '30',
			FK_REGISTRATION_RETENTION_MONTHS: '6',
			FK_METRICS_TOKEN: 'a-long-enough-token',
			FK_METRICS_ALLOW: '127.0.0.1, 10.0.0.0/8,fd00::/8',
			FK_BACKUP_DIR: '/var/backups/fk'
		});
		expect(problem()).toBe('');
		expect(config.embeddedPort).toBe(5433);
		expect(config.origin).toBe('https://kulturskole.example');
		expect(config.runJobs).toBe(false);
		expect(config.logLevel).toBe('debug');
		expect(config.mailRetentionDays).toBe(30);
		expect(config.registrationRetentionMonths).toBe(6);
		expect(config.metricsToken).toBe('a-long-enough-token');
		expect(config.backupDir).toBe('/var/backups/fk');
		const allow = config.metricsAllow!;
		expect(allow.entries).toEqual(['127.0.0.1', '10.0.0.0/8', 'fd00::/8']);
		expect(allow.allows('127.0.0.1')).toBe(true);
		expect(allow.allows('::ffff:127.0.0.1')).toBe(true);
		expect(allow.allows('10.20.30.40')).toBe(true);
		expect(allow.allows('fd12::1')).toBe(true);
		expect(allow.allows('192.168.1.1')).toBe(false);
		expect(allow.allows('127.0.0.2')).toBe(false);
		expect(allow.allows('ukjent')).toBe(false);
	});

	it('has the documented defaults', () => {
		env({});
		expect(problem()).toBe('');
		expect(config.embeddedPort).toBe(54320);
		expect(config.runJobs).toBe(true);
		expect(config.logLevel).toBe('info');
		expect(config.secretKey).toBeUndefined();
		expect(config.mailRetentionDays).toBe(90);
		expect(config.registrationRetentionMonths).toBe(12);
		expect(config.metricsToken).toBeUndefined();
		expect(config.metricsAllow).toBeUndefined();
		expect(config.backupDir).toBe(path.resolve(config.root, 'backups'));
	});
});

describe('demo content', () => {
	it('loads the fictional people only on the embedded default or with FK_DEMO=1', () => {
		env({});
		expect([config.loadDemo, config.loadFictionalDemo]).toEqual([true, true]);
		env({ DATABASE_URL: 'postgres://u:p@db:5432/fk' });
		expect([config.loadDemo, config.loadFictionalDemo]).toEqual([true, false]);
		env({ NODE_ENV: 'production', FK_EMBEDDED_DB: '1' });
		expect([config.loadDemo, config.loadFictionalDemo]).toEqual([true, false]);
		env({ DATABASE_URL: 'postgres://u:p@db:5432/fk', FK_DEMO: '1' });
		expect([config.loadDemo, config.loadFictionalDemo]).toEqual([true, true]);
		env({ FK_DEMO: '0' });
		expect([config.loadDemo, config.loadFictionalDemo]).toEqual([false, false]);
		env({ FK_DEMO: 'ja' });
		expect(problem()).toMatch(/FK_DEMO="ja" er ikke gyldig/);
	});
});
