import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { db } from '../db/client';
import { chapterLeaders, recoveryCodes, sessions, totpCredentials, users } from './schema';
import { countyChapters } from '../geo/schema';
import { hashPassword } from './passwords';
import { createSession, validateSessionToken, LIFETIME } from './sessions';
import {
	beginTotpEnrolment,
	confirmTotpEnrolment,
	removeTotp,
	stepOf,
	stepUp,
	totpCode,
	totpStatus,
	verifySecondFactor
} from './second-factor';
import { resetClock, setNow } from '../clock';
import { ServiceError } from '../errors';

const T0 = new Date('2031-03-01T10:00:00Z');
const MIN = 60_000;
afterEach(() => resetClock());

let seq = 0;
async function person(opts: { role?: 'admin' | 'redaktor'; chapterLeader?: boolean } = {}) {
	const [u] = await db
		.insert(users)
		.values({
			email: `p${seq++}-${Math.random().toString(36).slice(2)}@example.no`,
			name: 'Person',
			passwordHash: await hashPassword('et riktig passord'),
			globalRole: opts.role ?? null
		})
		.returning();
	if (opts.chapterLeader) {
		const [chapter] = await db.select().from(countyChapters).limit(1);
		await db.insert(chapterLeaders).values({ userId: u.id, chapterId: chapter.id });
	}
	return u;
}

const keyOf = (manualKey: string) => decodeBase32IgnorePadding(manualKey.replace(/ /g, ''));
const codeAt = (key: Uint8Array, at: Date, offset = 0) => totpCode(key, stepOf(at) + offset);

/** A person with the app on; returns the key and the recovery codes. */
async function enrolled(u: Awaited<ReturnType<typeof person>>) {
	setNow(T0);
	const { token, session } = await createSession(u.id, '', { secondFactor: null });
	const e = await beginTotpEnrolment(u);
	const key = keyOf(e.manualKey);
	const codes = await confirmTotpEnrolment(u, codeAt(key, T0), session.id);
	return { key, codes, token };
}

const refusal = async (p: Promise<unknown>) => {
	const e = await p.then(
		() => null,
		(err: unknown) => err
	);
	expect(e).toBeInstanceOf(ServiceError);
	// A blocked code is an invalid field with its own message.
	return (e as ServiceError).key === 'mfa.codeBlocked' ? 'blocked' : (e as ServiceError).code;
};

describe('authenticator app (TOTP)', () => {
	it('is set up with a right code, shows the same secret until then, and keeps it encrypted', async () => {
		const u = await person();
		setNow(T0);
		const first = await beginTotpEnrolment(u);
		const again = await beginTotpEnrolment(u);
		expect(again.manualKey).toBe(first.manualKey);
		expect(first.qr).toMatch(/^data:image\/png;base64,/);
		expect(first.uri).toContain('otpauth://totp/');
		const [row] = await db.select().from(totpCredentials).where(eq(totpCredentials.userId, u.id));
		expect(row.secret).not.toContain(first.manualKey.replace(/ /g, ''));
		expect(row.secret.startsWith('v1.')).toBe(true);

		const { session } = await createSession(u.id);
		const key = keyOf(first.manualKey);
		expect(await refusal(confirmTotpEnrolment(u, '000000', session.id))).toBe('invalid');
		expect((await totpStatus(u.id)).enabled).toBe(false);
		const codes = await confirmTotpEnrolment(u, codeAt(key, T0), session.id);
		expect(codes).toHaveLength(10);
		expect(await totpStatus(u.id)).toEqual({ enabled: true, recoveryLeft: 10 });
		// The codes are stored hashed only.
		const stored = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, u.id));
		expect(stored.map((s) => s.codeHash)).not.toContain(codes[0]);
		expect(await refusal(beginTotpEnrolment(u))).toBe('conflict');
	});

	it('accepts one step of drift either way, not two, and never the same code twice', async () => {
		const u = await person();
		const { key } = await enrolled(u);
		const later = new Date(T0.getTime() + 5 * MIN);
		setNow(later);
		expect(await refusal(verifySecondFactor(u, codeAt(key, later, -2)))).toBe('invalid');
		expect(await refusal(verifySecondFactor(u, codeAt(key, later, 2)))).toBe('invalid');
		expect(await verifySecondFactor(u, codeAt(key, later, -1))).toBe('totp');
		// Replay: the code just used, and an older one, are refused; the current one works once.
		expect(await refusal(verifySecondFactor(u, codeAt(key, later, -1)))).toBe('invalid');
		expect(await verifySecondFactor(u, codeAt(key, later))).toBe('totp');
		expect(await refusal(verifySecondFactor(u, codeAt(key, later)))).toBe('invalid');
	});

	it('lets only one of two simultaneous requests with the same code through', async () => {
		const u = await person();
		const { key } = await enrolled(u);
		const later = new Date(T0.getTime() + 2 * MIN);
		setNow(later);
		const code = codeAt(key, later);
		const results = await Promise.allSettled([
			verifySecondFactor(u, code),
			verifySecondFactor(u, code),
			verifySecondFactor(u, code)
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
	});

	it('blocks the person after five wrong codes, even a right one, until the block ends', async () => {
		const u = await person();
		const { key } = await enrolled(u);
		const later = new Date(T0.getTime() + 2 * MIN);
		setNow(later);
		for (let i = 0; i < 5; i++)
			expect(await refusal(verifySecondFactor(u, '123456'))).not.toBe('blocked');
		expect(await refusal(verifySecondFactor(u, '123456'))).toBe('blocked');
		expect(await refusal(verifySecondFactor(u, codeAt(key, later)))).toBe('blocked');
		const afterBlock = new Date(later.getTime() + 16 * MIN);
		setNow(afterBlock);
		expect(await verifySecondFactor(u, codeAt(key, afterBlock))).toBe('totp');
	});

	it('takes each recovery code once, in any case and with or without the dash', async () => {
		const u = await person();
		const { codes } = await enrolled(u);
		expect(await verifySecondFactor(u, ` ${codes[3].toUpperCase()} `)).toBe('recovery');
		expect(await refusal(verifySecondFactor(u, codes[3]))).toBe('invalid');
		expect(await verifySecondFactor(u, codes[4].replace('-', ''))).toBe('recovery');
		expect((await totpStatus(u.id)).recoveryLeft).toBe(8);
		const other = await person();
		await enrolled(other);
		expect(await refusal(verifySecondFactor(other, codes[5]))).toBe('invalid');
	});

	it('cannot be turned off by staff, only replaced', async () => {
		const admin = await person({ role: 'admin' });
		await enrolled(admin);
		expect(await refusal(removeTotp(admin, { staff: true, replace: false }))).toBe('forbidden');
		expect((await totpStatus(admin.id)).enabled).toBe(true);
		await removeTotp(admin, { staff: true, replace: true });
		expect((await totpStatus(admin.id)).enabled).toBe(false);
	});
});

describe('half-signed-in sessions', () => {
	it('do not count as signed in for staff until a second factor completes them', async () => {
		for (const u of [
			await person({ role: 'admin' }),
			await person({ role: 'redaktor' }),
			await person({ chapterLeader: true })
		]) {
			const { token } = await createSession(u.id);
			const found = await validateSessionToken(token);
			expect(found?.staff).toBe(true);
			expect(found?.complete).toBe(false);
			const { token: full } = await createSession(u.id, '', { secondFactor: 'totp' });
			expect((await validateSessionToken(full))?.complete).toBe(true);
		}
	});

	it('count for a participant without an app, but not once the participant has one', async () => {
		const u = await person();
		setNow(T0);
		const { token } = await createSession(u.id);
		expect((await validateSessionToken(token))?.complete).toBe(true);
		await enrolled(u);
		expect((await validateSessionToken(token))?.complete).toBe(false);
	});

	it('end after ten minutes', async () => {
		const u = await person({ role: 'admin' });
		setNow(T0);
		const { token } = await createSession(u.id);
		setNow(new Date(T0.getTime() + LIFETIME.pending - MIN));
		expect(await validateSessionToken(token)).not.toBeNull();
		setNow(new Date(T0.getTime() + LIFETIME.pending + MIN));
		expect(await validateSessionToken(token)).toBeNull();
	});
});

describe('session lifetimes', () => {
	it('end a staff session after 30 minutes idle', async () => {
		const u = await person({ role: 'redaktor' });
		setNow(T0);
		const { token } = await createSession(u.id, '', { secondFactor: 'totp' });
		// Active every 20 minutes for two hours: still signed in.
		for (let t = 20; t <= 120; t += 20) {
			setNow(new Date(T0.getTime() + t * MIN));
			expect(await validateSessionToken(token), `after ${t} min`).not.toBeNull();
		}
		setNow(new Date(T0.getTime() + (120 + 31) * MIN));
		expect(await validateSessionToken(token)).toBeNull();
	});

	it('end a staff session 12 hours after sign-in however active, and set the cookie to match', async () => {
		const u = await person({ role: 'admin' });
		setNow(T0);
		const { token } = await createSession(u.id, '', { secondFactor: 'totp' });
		let found = await validateSessionToken(token);
		expect(found!.session.expiresAt.getTime() - (T0.getTime() + 30 * MIN)).toBeLessThan(5000);
		for (let t = 25; t < 12 * 60; t += 25) {
			setNow(new Date(T0.getTime() + t * MIN));
			found = await validateSessionToken(token);
			expect(found, `after ${t} min`).not.toBeNull();
		}
		// No later than 12 hours after the session began (the clock moves on while the test runs).
		expect(found!.session.expiresAt.getTime()).toBeLessThanOrEqual(
			found!.session.createdAt.getTime() + 12 * 60 * MIN
		);
		setNow(new Date(T0.getTime() + 12 * 60 * MIN + MIN));
		expect(await validateSessionToken(token)).toBeNull();
	});

	it('keep a participant for weeks of use, but never past 90 days', async () => {
		const u = await person();
		setNow(T0);
		const { token } = await createSession(u.id);
		const DAY = 24 * 60 * MIN;
		for (let d = 10; d < 90; d += 10) {
			setNow(new Date(T0.getTime() + d * DAY));
			expect(await validateSessionToken(token), `day ${d}`).not.toBeNull();
		}
		setNow(new Date(T0.getTime() + 90 * DAY + MIN));
		expect(await validateSessionToken(token)).toBeNull();
		const [gone] = await db.select().from(sessions).where(eq(sessions.userId, u.id));
		expect(gone).toBeUndefined();
	});
});

describe('step-up', () => {
	it('takes the password or a code, refuses a wrong one, and renews authenticatedAt', async () => {
		const u = await person();
		const { key } = await enrolled(u);
		const { session } = await createSession(u.id, '', { secondFactor: 'totp' });
		const later = new Date(T0.getTime() + 30 * MIN);
		setNow(later);
		expect(await refusal(stepUp(u, session.id, { password: 'feil', code: '' }))).toBe('invalid');
		await stepUp(u, session.id, { password: 'et riktig passord', code: '' });
		let [row] = await db.select().from(sessions).where(eq(sessions.id, session.id));
		expect(row.authenticatedAt.getTime() - later.getTime()).toBeLessThan(5000);
		const later2 = new Date(later.getTime() + 20 * MIN);
		setNow(later2);
		await stepUp(u, session.id, { password: '', code: codeAt(key, later2) });
		[row] = await db.select().from(sessions).where(eq(sessions.id, session.id));
		expect(row.authenticatedAt.getTime() - later2.getTime()).toBeLessThan(5000);
		expect(row.authenticatedAt.getTime()).toBeGreaterThanOrEqual(later2.getTime());
	});
});
