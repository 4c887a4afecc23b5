/**
 * A registration that waits too long for a busy event's row lock (held by another process)
 * is told to try again in a moment (503, the form kept), instead of piling up.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { connect, disconnect } from '../db/client';
import { BusyError, ServiceError } from '../errors';
import { failWith } from '../http';
import { m } from '$lib/i18n';
import { register } from './registration/register';
import { makeEvent, person } from './test-support';

const url = process.env.DATABASE_URL!;

beforeAll(async () => {
	// The app's pool as bootstrap opens it, with a short lock_timeout for the test.
	await disconnect();
	connect(url, 5, { statementMs: 10_000, lockMs: 300 });
});
afterAll(async () => {
	await disconnect();
	connect(url, 5);
});

describe('registering while another process holds the event row', () => {
	it('says «prøv igjen om litt» once the lock timeout passes, and works when the lock is gone', async () => {
		const ev = await makeEvent({ capacity: 10 });
		const other = new pg.Client({ connectionString: url });
		await other.connect();
		try {
			await other.query('begin');
			await other.query('select id from events where id = $1 for update', [ev.id]);
			const e = await register(ev.id, person()).then(
				() => null,
				(err: unknown) => err
			);
			expect(e).toBeInstanceOf(ServiceError);
			expect((e as ServiceError).code).toBe('busy');
			expect((e as ServiceError).message).toBe(m.busy.registration);
			expect((e as ServiceError).message).toMatch(/Prøv igjen om litt/);
		} finally {
			await other.query('rollback');
			await other.end();
		}
		const r = await register(ev.id, person());
		expect(r.kind).toBe('registered');
	});

	it('is answered with 503 and the message, keeping what was typed', async () => {
		const schema = z.object({ name: z.string(), email: z.string() });
		const form = await superValidate({ name: 'Kari', email: 'kari@example.no' }, zod4(schema));
		const answer = failWith(form, new BusyError());
		expect(answer.status).toBe(503);
		expect(answer.data.form.errors._errors).toEqual([m.busy.registration]);
		expect(answer.data.form.data).toEqual({ name: 'Kari', email: 'kari@example.no' });
	});
});
