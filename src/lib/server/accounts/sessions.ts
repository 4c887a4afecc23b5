/**
 * Sessions stored in PostgreSQL with sliding expiry (Lucia guide, without the package):
 * 30 days, renewed when less than 15 remain. A new session id at every sign-in.
 */
import { and, eq, ne } from 'drizzle-orm';
import type { Cookies } from '@sveltejs/kit';
import { db } from '../db/client';
import { sessions, users } from './schema';
import { generateToken, hashToken, looksLikeToken } from './tokens';
import { now } from '../clock';
import { config } from '../config';
import { SESSION_COOKIE } from '../cache/public-cache';

const DAY = 24 * 60 * 60_000;
export const SESSION_TTL = 30 * DAY;
const RENEW_WHEN_LEFT = 15 * DAY;
const TOUCH_EVERY = 5 * 60_000;

export type SessionRow = typeof sessions.$inferSelect;
export type UserRow = typeof users.$inferSelect;

export async function createSession(
	userId: number,
	device = ''
): Promise<{ token: string; session: SessionRow }> {
	const token = generateToken();
	const at = now();
	const [session] = await db
		.insert(sessions)
		.values({
			id: hashToken(token),
			userId,
			createdAt: at,
			lastSeenAt: at,
			expiresAt: new Date(at.getTime() + SESSION_TTL),
			device: device.slice(0, 120)
		})
		.returning();
	await db.update(users).set({ lastLoginAt: at }).where(eq(users.id, userId));
	return { token, session };
}

export async function validateSessionToken(
	token: string
): Promise<{ session: SessionRow; user: UserRow } | null> {
	if (!looksLikeToken(token)) return null;
	const id = hashToken(token);
	const [row] = await db
		.select({ session: sessions, user: users })
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, id));
	if (!row) return null;
	const at = now();
	if (row.session.expiresAt.getTime() <= at.getTime() || !row.user.isActive) {
		await db.delete(sessions).where(eq(sessions.id, id));
		return null;
	}
	const renew = row.session.expiresAt.getTime() - at.getTime() < RENEW_WHEN_LEFT;
	const touch = at.getTime() - row.session.lastSeenAt.getTime() > TOUCH_EVERY;
	if (renew || touch) {
		const patch = renew
			? { expiresAt: new Date(at.getTime() + SESSION_TTL), lastSeenAt: at }
			: { lastSeenAt: at };
		await db.update(sessions).set(patch).where(eq(sessions.id, id));
		Object.assign(row.session, patch);
	}
	return row;
}

export async function invalidateSession(sessionId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Signs the user out everywhere, optionally keeping the current session. */
export async function invalidateUserSessions(
	userId: number,
	keepSessionId?: string
): Promise<void> {
	await db
		.delete(sessions)
		.where(
			keepSessionId
				? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId))
				: eq(sessions.userId, userId)
		);
}

export async function listSessions(userId: number) {
	return db.select().from(sessions).where(eq(sessions.userId, userId)).orderBy(sessions.lastSeenAt);
}

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: config.secureCookies,
		path: '/',
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, {
		httpOnly: true,
		sameSite: 'lax',
		secure: config.secureCookies,
		path: '/'
	});
}

/** "Firefox på Windows" from a User-Agent header: enough to recognise a device, nothing more. */
export function describeDevice(userAgent: string | null): string {
	if (!userAgent) return 'Ukjent nettleser';
	const ua = userAgent;
	const browser = /Edg\//.test(ua)
		? 'Edge'
		: /Firefox\//.test(ua)
			? 'Firefox'
			: /Chrom(e|ium)\//.test(ua)
				? 'Chrome'
				: /Safari\//.test(ua)
					? 'Safari'
					: 'Nettleser';
	const os = /Android/.test(ua)
		? 'Android'
		: /iPhone|iPad/.test(ua)
			? 'iOS'
			: /Windows/.test(ua)
				? 'Windows'
				: /Mac OS X/.test(ua)
					? 'macOS'
					: /Linux/.test(ua)
						? 'Linux'
						: 'ukjent system';
	return `${browser} på ${os}`;
}
