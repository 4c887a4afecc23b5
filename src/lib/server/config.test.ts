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
	'FK_DEMO'
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
