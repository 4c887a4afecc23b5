import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PASSWORD_FILE, startEmbedded } from './embedded';
import { freePort } from '../../../../tests/setup/free-port';

const dirs: string[] = [];
afterAll(() => {
	for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function tempDataDir() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-embedded-test-'));
	fs.chmodSync(dir, 0o755);
	dirs.push(dir);
	return dir;
}

async function canSignIn(port: number, password: string) {
	const c = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password });
	try {
		await c.connect();
		return true;
	} catch {
		return false;
	} finally {
		await c.end().catch(() => undefined);
	}
}

describe('embedded PostgreSQL password', () => {
	it('is random, kept with mode 0600 in the data directory, and reused on the next start', async () => {
		const dir = tempDataDir();
		const p = await freePort();
		const first = await startEmbedded(dir, p);
		const file = path.join(dir, PASSWORD_FILE);
		let password: string;
		try {
			expect(fs.statSync(file).mode & 0o777).toBe(0o600);
			expect(fs.statSync(file).uid).toBe(os.userInfo().uid);
			password = fs.readFileSync(file, 'utf8').trim();
			expect(password).toMatch(/^[A-Za-z0-9_-]{43}$/);
			expect(first.url).toBe(`postgres://postgres:${password}@127.0.0.1:${p}/kulturskole`);
			expect(await canSignIn(p, password)).toBe(true);
			expect(await canSignIn(p, 'embedded')).toBe(false);
		} finally {
			await first.stop();
		}
		const second = await startEmbedded(dir, p);
		try {
			expect(fs.readFileSync(file, 'utf8').trim()).toBe(password);
			expect(second.url).toContain(`:${password}@`);
			const c = new pg.Client({ connectionString: second.url });
			await c.connect();
			expect((await c.query('select 1 as one')).rows[0].one).toBe(1);
			// Loopback only: no other address, no Unix socket.
			const listen = await c.query('show listen_addresses');
			expect(listen.rows[0].listen_addresses).toBe('127.0.0.1');
			await c.end();
		} finally {
			await second.stop();
		}
	});

	it('moves a data directory from before (fixed password) to a random one', async () => {
		const dir = tempDataDir();
		const p = await freePort();
		const made = await startEmbedded(dir, p);
		// Make it look like an old data directory: the old password and no password file.
		const c = new pg.Client({ connectionString: made.url });
		await c.connect();
		await c.query(`alter user postgres with password 'embedded'`);
		await c.end();
		await made.stop();
		fs.rmSync(path.join(dir, PASSWORD_FILE));

		const again = await startEmbedded(dir, p);
		try {
			const password = fs.readFileSync(path.join(dir, PASSWORD_FILE), 'utf8').trim();
			expect(fs.statSync(path.join(dir, PASSWORD_FILE)).mode & 0o777).toBe(0o600);
			expect(await canSignIn(p, password)).toBe(true);
			expect(await canSignIn(p, 'embedded')).toBe(false);
			expect(again.url).toContain(`:${password}@`);
		} finally {
			await again.stop();
		}
	});
});
