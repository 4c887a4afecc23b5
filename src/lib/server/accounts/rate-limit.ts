/**
 * Counters in PostgreSQL (shared by every process) that slow and then stop repeated
 * attempts. A key counts within a window; past `slowAfter` the caller waits a growing
 * delay, past `limit` the key is blocked until `blockMs` has passed.
 */
import { eq, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { rateLimits } from './schema';
import { now } from '../clock';

export interface Limit {
	limit: number;
	windowMs: number;
	blockMs: number;
	/** Failures before each further attempt is slowed down. */
	slowAfter?: number;
}

/**
 * Failed sign-ins count per account *and* address together, so an attacker on one address
 * cannot lock the owner out on another; a ceiling per address stops spraying across accounts,
 * and every failure on an account (from any address) slows the next failures on it without
 * ever blocking the owner. Link mails count the same way, with a ceiling per account that
 * protects its inbox.
 */
export const LIMITS = {
	signInPair: { limit: 8, windowMs: 15 * 60_000, blockMs: 15 * 60_000, slowAfter: 3 },
	signInAccount: {
		limit: Number.MAX_SAFE_INTEGER,
		windowMs: 15 * 60_000,
		blockMs: 0,
		slowAfter: 10
	},
	signInIp: { limit: 40, windowMs: 15 * 60_000, blockMs: 15 * 60_000, slowAfter: 10 },
	mailPair: { limit: 3, windowMs: 15 * 60_000, blockMs: 15 * 60_000 },
	mailAccount: { limit: 10, windowMs: 60 * 60_000, blockMs: 60 * 60_000 },
	mailIp: { limit: 20, windowMs: 15 * 60_000, blockMs: 15 * 60_000 },
	/** Wrong second-factor codes or step-up passwords, per person (they already got past the password). */
	secondFactor: { limit: 5, windowMs: 15 * 60_000, blockMs: 15 * 60_000 },
	/** Passkey sign-in ceremonies started, per address (each one stores a challenge). */
	passkeyIp: { limit: 60, windowMs: 15 * 60_000, blockMs: 15 * 60_000 }
} satisfies Record<string, Limit>;

export interface LimitState {
	blocked: boolean;
	/** When blocked: when the key may try again. */
	retryAt: Date | null;
	count: number;
	/** Milliseconds the caller should wait before answering (slowing). */
	delayMs: number;
}

/** Is the key blocked right now? Does not count. */
export async function checkLimit(key: string): Promise<LimitState> {
	const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
	const at = now();
	if (row?.blockedUntil && row.blockedUntil > at)
		return { blocked: true, retryAt: row.blockedUntil, count: row.count, delayMs: 0 };
	return { blocked: false, retryAt: null, count: row?.count ?? 0, delayMs: 0 };
}

/** Counts one attempt (or failure) against the key. */
export async function hitLimit(key: string, limit: Limit): Promise<LimitState> {
	const at = now();
	const windowStartCutoff = new Date(at.getTime() - limit.windowMs);
	const [row] = await db
		.insert(rateLimits)
		.values({ key, windowStart: at, count: 1 })
		.onConflictDoUpdate({
			target: rateLimits.key,
			set: {
				count: sql`case when ${rateLimits.windowStart} < ${windowStartCutoff} then 1 else ${rateLimits.count} + 1 end`,
				windowStart: sql`case when ${rateLimits.windowStart} < ${windowStartCutoff} then ${at} else ${rateLimits.windowStart} end`,
				blockedUntil: sql`case when ${rateLimits.blockedUntil} < ${at} then null else ${rateLimits.blockedUntil} end`
			}
		})
		.returning();
	if (row.count > limit.limit) {
		const until = new Date(at.getTime() + limit.blockMs);
		await db.update(rateLimits).set({ blockedUntil: until }).where(eq(rateLimits.key, key));
		return { blocked: true, retryAt: until, count: row.count, delayMs: 0 };
	}
	const slowAfter = limit.slowAfter ?? Infinity;
	const delayMs =
		row.count > slowAfter ? Math.min(4000, 250 * 2 ** (row.count - slowAfter - 1)) : 0;
	return { blocked: false, retryAt: null, count: row.count, delayMs };
}

/**
 * The part of a client address that names one client: an IPv4 address (also IPv4-mapped
 * IPv6), or the /64 prefix of an IPv6 address (one subscriber's network).
 */
export function addressKey(ip: string): string {
	const v4 = ip.match(/^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/i);
	if (v4) return v4[1];
	if (!ip.includes(':')) return ip;
	const [head, tail = ''] = ip.toLowerCase().split('::');
	const left = head ? head.split(':') : [];
	const right = tail ? tail.split(':') : [];
	const groups = [
		...left,
		...Array(Math.max(0, 8 - left.length - right.length)).fill('0'),
		...right
	];
	return (
		groups
			.slice(0, 4)
			.map((g) => g.replace(/^0+(?=.)/, ''))
			.join(':') + '::/64'
	);
}

/** Rate-limit keys for one kind of attempt by one account from one address. */
export function attemptKeys(kind: 'signin' | 'mail', email: string, ip: string) {
	const address = addressKey(ip);
	return {
		pair: `${kind}:pair:${email}|${address}`,
		account: `${kind}:account:${email}`,
		ip: `${kind}:ip:${address}`
	};
}

export async function clearLimit(key: string): Promise<void> {
	await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Removes counters that have expired (run by a recurring job). */
export async function pruneLimits(): Promise<void> {
	const at = now();
	await db.execute(
		sql`delete from rate_limits where (blocked_until is null or blocked_until < ${at}) and window_start < ${new Date(at.getTime() - 24 * 60 * 60_000)}`
	);
}

/** "om 14 minutter" / "om ett minutt" */
export function retryText(retryAt: Date | null): string {
	if (!retryAt) return 'om litt';
	const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now().getTime()) / 60_000));
	return minutes === 1 ? 'om ett minutt' : `om ${minutes} minutter`;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
