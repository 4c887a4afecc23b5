/** Gives each test file a fresh database copied from the migrated template. */
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { connect, disconnect } from '../../src/lib/server/db/client';

const adminUrl = inject('pgAdminUrl');
const template = inject('pgTemplate');
const name = `fk_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${name} template ${template}`);
await admin.end();

const url = adminUrl.replace(/\/[^/]+$/, `/${name}`);
process.env.DATABASE_URL = url;
connect(url, 5);

afterAll(async () => {
	await disconnect();
	const a = new pg.Client({ connectionString: adminUrl });
	await a.connect();
	await a.query(`drop database if exists ${name} with (force)`);
	await a.end();
});
