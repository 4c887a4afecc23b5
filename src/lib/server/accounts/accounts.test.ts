import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { sessions, users } from './schema';
import {
	createSession,
	validateSessionToken,
	SESSION_TTL,
	invalidateUserSessions,
	describeDevice
} from './sessions';
import {
	consumeAuthToken,
	createAuthToken,
	hashToken,
	looksLikeToken,
	peekAuthToken
} from './tokens';
import { addressKey, checkLimit, clearLimit, hitLimit, retryText } from './rate-limit';
import { resetClock, setNow } from '../clock';
import { hashPassword } from './passwords';
import {
	createSetupLink,
	requestSignInLink,
	setupFirstAdmin,
	signInWithLink,
	signInWithPassword
} from './auth.service';
import { mailMessages } from '../mail/schema';

let userId: number;
beforeAll(async () => {
	const [u] = await db
		.insert(users)
		.values({
			email: 'kari@example.no',
			name: 'Kari',
			passwordHash: await hashPassword('et riktig passord')
		})
		.returning();
	userId = u.id;
});

describe('sessions', () => {
	it('stores only the hash of the token and finds the user by the token', async () => {
		const { token, session } = await createSession(userId, 'Firefox på Linux');
		expect(session.id).toBe(hashToken(token));
		expect(session.id).not.toContain(token);
		const found = await validateSessionToken(token);
		expect(found?.user.email).toBe('kari@example.no');
		// One character changed (never to the same one: a token ending in «a» stayed the same)
		const changed = token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a');
		expect(await validateSessionToken(changed)).toBeNull();
		expect(await validateSessionToken('not-a-token')).toBeNull();
	});

	it('slides the expiry forward when used, and expires when left alone', async () => {
		const start = new Date('2031-01-01T12:00:00Z');
		setNow(start);
		try {
			const { token } = await createSession(userId);
			setNow(new Date(start.getTime() + 20 * 86_400_000)); // 20 days later: fewer than 15 left → renewed
			const renewed = await validateSessionToken(token);
			expect(
				Math.abs(
					renewed!.session.expiresAt.getTime() - (start.getTime() + 20 * 86_400_000 + SESSION_TTL)
				)
			).toBeLessThan(1000);
			setNow(new Date(start.getTime() + 20 * 86_400_000 + SESSION_TTL + 1000));
			expect(await validateSessionToken(token)).toBeNull();
			const [gone] = await db
				.select()
				.from(sessions)
				.where(eq(sessions.id, hashToken(token)));
			expect(gone).toBeUndefined();
		} finally {
			resetClock();
		}
	});

	it('ends every session of a user, or all but one', async () => {
		const a = await createSession(userId);
		const b = await createSession(userId);
		await invalidateUserSessions(userId, a.session.id);
		expect(await validateSessionToken(a.token)).not.toBeNull();
		expect(await validateSessionToken(b.token)).toBeNull();
		await invalidateUserSessions(userId);
		expect(await validateSessionToken(a.token)).toBeNull();
	});

	it('describes devices without storing the whole user agent', () => {
		expect(
			describeDevice(
				'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36'
			)
		).toBe('Chrome på Android');
		expect(describeDevice(null)).toBe('Ukjent nettleser');
	});
});

describe('one-time tokens', () => {
	it('can be used once, for their purpose, before they expire', async () => {
		const token = await createAuthToken(db, 'login', 'kari@example.no', userId);
		expect(looksLikeToken(token)).toBe(true);
		expect(await peekAuthToken(db, token, 'reset')).toBeNull();
		expect(await peekAuthToken(db, token, 'login')).not.toBeNull();
		expect(await consumeAuthToken(db, token, 'login')).not.toBeNull();
		expect(await consumeAuthToken(db, token, 'login')).toBeNull();
	});

	it('expire after their time (15 minutes for sign-in links)', async () => {
		const token = await createAuthToken(db, 'login', 'kari@example.no', userId);
		setNow(new Date(Date.now() + 16 * 60_000));
		try {
			expect(await consumeAuthToken(db, token, 'login')).toBeNull();
		} finally {
			resetClock();
		}
	});

	it('refuse tampered tokens without touching the database', async () => {
		expect(await consumeAuthToken(db, "'; drop table users; --", 'login')).toBeNull();
		expect(await consumeAuthToken(db, 'A'.repeat(32), 'login')).toBeNull();
	});
});

describe('rate limits', () => {
	const limit = { limit: 3, windowMs: 60_000, blockMs: 120_000, slowAfter: 1 };
	it('slows, then stops, then lets go after the block', async () => {
		await clearLimit('test:key');
		expect((await hitLimit('test:key', limit)).delayMs).toBe(0);
		expect((await hitLimit('test:key', limit)).delayMs).toBe(250);
		expect((await hitLimit('test:key', limit)).delayMs).toBe(500);
		const blocked = await hitLimit('test:key', limit);
		expect(blocked.blocked).toBe(true);
		expect((await checkLimit('test:key')).blocked).toBe(true);
		expect(retryText(blocked.retryAt)).toBe('om 2 minutter');
		setNow(new Date(Date.now() + 5 * 60_000));
		try {
			expect((await checkLimit('test:key')).blocked).toBe(false);
			expect((await hitLimit('test:key', limit)).count).toBe(1);
		} finally {
			resetClock();
		}
	});

	it('stops password guessing per account and address, the same whether or not the account exists', async () => {
		const tries = async (email: string, ip: string) => {
			const results = [];
			for (let i = 0; i < 9; i++)
				results.push(await signInWithPassword({ email, password: 'feil', ip, device: '' }));
			return results.map((r) => (r.ok ? 'ok' : r.reason));
		};
		setNow(new Date(Date.now() + 3_600_000 * 24 * 400)); // a quiet moment, away from other tests' counters
		try {
			const known = await tries('kari@example.no', '10.9.0.1');
			const unknown = await tries('ingen@example.no', '10.9.0.2');
			expect(known).toEqual(unknown);
			expect(known.at(-1)).toBe('blocked');
			// The attacker's address is refused even the right password…
			const attacker = await signInWithPassword({
				email: 'kari@example.no',
				password: 'et riktig passord',
				ip: '10.9.0.1',
				device: ''
			});
			expect(attacker.ok).toBe(false);
			// …but the owner, on another address, still signs in.
			const owner = await signInWithPassword({
				email: 'kari@example.no',
				password: 'et riktig passord',
				ip: '10.9.1.1',
				device: ''
			});
			expect(owner.ok).toBe(true);
		} finally {
			resetClock();
		}
	}, 60_000);

	it('stops one address spraying guesses across many accounts', async () => {
		setNow(new Date(Date.now() + 3_600_000 * 24 * 800));
		try {
			// At once, so the growing delays overlap instead of adding up.
			const results = await Promise.all(
				Array.from({ length: 41 }, (_, i) =>
					signInWithPassword({
						email: `spray${i}@example.no`,
						password: 'feil',
						ip: '2001:db8:1:2:aaaa::1',
						device: ''
					})
				)
			);
			expect(results.filter((r) => !r.ok && r.reason === 'blocked')).toHaveLength(1);
			// Another address in the same IPv6 /64 is the same client.
			const sameNetwork = await signInWithPassword({
				email: 'kari@example.no',
				password: 'et riktig passord',
				ip: '2001:db8:1:2:bbbb::9',
				device: ''
			});
			expect(sameNetwork).toMatchObject({ ok: false, reason: 'blocked' });
		} finally {
			resetClock();
		}
	}, 60_000);
});

describe('client addresses for rate limits', () => {
	it('keys IPv4 as is and IPv6 by its /64', () => {
		expect(addressKey('127.0.0.2')).toBe('127.0.0.2');
		expect(addressKey('::ffff:127.0.0.2')).toBe('127.0.0.2');
		expect(addressKey('2001:db8:0:1::5')).toBe('2001:db8:0:1::/64');
		expect(addressKey('2001:0db8:0000:0001:ffff:1:2:3')).toBe('2001:db8:0:1::/64');
		expect(addressKey('::1')).toBe('0:0:0:0::/64');
		expect(addressKey('ukjent')).toBe('ukjent');
	});
});

describe('sign-in', () => {
	it('signs in with the right password, not the wrong one', async () => {
		expect(
			(
				await signInWithPassword({
					email: ' KARI@example.no ',
					password: 'et riktig passord',
					ip: '1.1.1.1',
					device: ''
				})
			).ok
		).toBe(true);
		expect(
			(
				await signInWithPassword({
					email: 'kari@example.no',
					password: 'feil',
					ip: '1.1.1.1',
					device: ''
				})
			).ok
		).toBe(false);
	});

	it('sends a sign-in link only to existing accounts, but answers the same', async () => {
		const before = (await db.select().from(mailMessages)).length;
		expect((await requestSignInLink({ email: 'kari@example.no', ip: '2.2.2.2' })).ok).toBe(true);
		expect((await requestSignInLink({ email: 'ukjent@example.no', ip: '2.2.2.2' })).ok).toBe(true);
		const mails = await db.select().from(mailMessages);
		expect(mails.length).toBe(before + 1);
		const link = mails.at(-1)!.text.match(/\/logg-inn\/lenke\/([a-z2-7]{32})/)![1];
		expect(await signInWithLink(link, '')).not.toBeNull();
		expect(await signInWithLink(link, '')).toBeNull();
	});

	it('sets up the first admin once, and never again', async () => {
		const url = await createSetupLink();
		const token = url!.split('/').pop()!;
		const r = await setupFirstAdmin(
			token,
			{ name: 'Ada', email: 'ada@example.no', password: 'et langt passord' },
			''
		);
		expect(r.ok).toBe(true);
		expect(await createSetupLink()).toBeNull();
		const [ada] = await db.select().from(users).where(eq(users.email, 'ada@example.no'));
		expect(ada.globalRole).toBe('admin');
	});
});
