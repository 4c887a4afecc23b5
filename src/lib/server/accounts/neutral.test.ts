/**
 * Asking for a sign-in link or a password reset tells nothing about whether the address has
 * an account: the same answer, after the same steps — the look-up and the mail happen later,
 * in a job, not while the asker waits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { users } from './schema';
import { mailMessages } from '../mail/schema';
import { hashPassword } from './passwords';
import { requestPasswordReset, requestSignInLink } from './auth.service';
import { startJobs, stopJobs } from '../jobs/runner';
import '../jobs/all';

beforeAll(async () => {
	await db.insert(users).values({
		email: 'kjent@example.no',
		name: 'Kjent',
		passwordHash: await hashPassword('et riktig passord')
	});
	await startJobs(process.env.DATABASE_URL!);
}, 60_000);
afterAll(async () => {
	await stopJobs();
});

const mailTo = async (to: string) => db.select().from(mailMessages).where(eq(mailMessages.to, to));

async function eventually<T>(f: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
	for (let i = 0; i < 100; i++) {
		const v = await f();
		if (ok(v)) return v;
		await new Promise((r) => setTimeout(r, 200));
	}
	return f();
}

describe('link requests answer the same for known and unknown addresses', () => {
	for (const [name, request] of [
		['sign-in link', requestSignInLink],
		['password reset', requestPasswordReset]
	] as const)
		it(`${name}: same answer, and the account is looked up only afterwards`, async () => {
			const known = await request({ email: 'Kjent@example.no', ip: '10.0.0.1' });
			// Answered before anything about the account was done.
			expect(await mailTo('kjent@example.no')).toHaveLength(0);
			const unknown = await request({ email: 'ukjent@example.no', ip: '10.0.0.1' });
			expect(known).toEqual({ ok: true });
			expect(unknown).toEqual(known);
			// The known address gets its mail a moment later; the unknown one none.
			const sent = await eventually(
				() => mailTo('kjent@example.no'),
				(rows) => rows.length > 0
			);
			expect(sent).toHaveLength(1);
			expect(sent[0].template).toBe(name === 'sign-in link' ? 'signInLink' : 'passwordReset');
			expect(await mailTo('ukjent@example.no')).toHaveLength(0);
			await db.delete(mailMessages).where(eq(mailMessages.to, 'kjent@example.no'));
		});
});
