import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runMigrations } from './migrate';
import * as schema from './schema';

const adminUrl = inject('pgAdminUrl');
const name = `fk_migrate_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const pools: pg.Pool[] = [];

afterAll(async () => {
	await Promise.all(pools.map((p) => p.end()));
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`drop database if exists ${name} with (force)`);
	await admin.end();
});

describe('migrations', () => {
	it('two nodes starting at once on an empty database migrate it once, without colliding', async () => {
		const admin = new pg.Client({ connectionString: adminUrl });
		await admin.connect();
		await admin.query(`create database ${name}`);
		await admin.end();
		const url = adminUrl.replace(/\/[^/]+$/, `/${name}`);
		const node = () => {
			const pool = new pg.Pool({ connectionString: url, max: 3 });
			pools.push(pool);
			return runMigrations(drizzle(pool, { schema }), pool);
		};

		const results = await Promise.allSettled([node(), node(), node()]);
		expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);

		const journal = JSON.parse(
			fs.readFileSync(path.resolve('drizzle/meta/_journal.json'), 'utf8')
		) as { entries: unknown[] };
		const { rows } = await pools[0]!.query(
			'select count(*)::int as n from drizzle.__drizzle_migrations'
		);
		expect(rows[0].n).toBe(journal.entries.length);
	});
});
