/**
 * Sessions stored in PostgreSQL (Lucia guide, without the package). A new session id at every
 * sign-in and when a second factor completes one. Lifetimes (OWASP ASVS 3.3):
 *
 * - participants: 30 days, renewed when less than 15 remain, never beyond 90 days after sign-in;
 * - staff (admin, redaktør, county-chapter leader): 12 hours after sign-in, or 30 minutes idle.
 *   `lastSeenAt` is written at most once a minute for staff (every 5 minutes for others), so a
 *   staff session ends between 29 and 30 minutes after the last request;
 * - a session that still waits for its second factor (staff, or anyone with an authenticator
 *   app, signed in with password or link but not yet the code) is not signed in anywhere
 *   (`complete: false`; the hook gives such a request no user) and ends after 10 minutes.
 */
import { and, eq, isNotNull, ne, sql } from 'drizzle-orm';
import type { Cookies } from '@sveltejs/kit';
import { db } from '../db/client';
import { chapterLeaders, sessions, totpCredentials, users } from './schema';
import { generateToken, hashToken, looksLikeToken } from './tokens';
import { now } from '../clock';
import { signInLanguage } from './language';
import { config } from '../config';
import { SESSION_COOKIE } from '../cache/public-cache';
import { m, t } from '$lib/i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
export const SESSION_TTL = 30 * DAY;
const RENEW_WHEN_LEFT = 15 * DAY;
export const LIFETIME = {
	participantAbsolute: 90 * DAY,
	staffAbsolute: 12 * HOUR,
	staffIdle: 30 * MINUTE,
	pending: 10 * MINUTE
};
const TOUCH_EVERY = { staff: MINUTE, participant: 5 * MINUTE };

export type SessionRow = typeof sessions.$inferSelect;
export type UserRow = typeof users.$inferSelect;
/** 'provider': a sign-in provider's assurance level (`acr`) that already has two factors. */
export type SecondFactor = 'totp' | 'recovery' | 'passkey' | 'provider';

export async function createSession(
	userId: number,
	device = '',
	opts: { secondFactor?: SecondFactor | null } = {}
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
			authenticatedAt: at,
			secondFactor: opts.secondFactor ?? null,
			expiresAt: new Date(at.getTime() + SESSION_TTL),
			device: device.slice(0, 120)
		})
		.returning();
	await db
		.update(users)
		.set({ lastLoginAt: at, ...signInLanguage() })
		.where(eq(users.id, userId));
	return { token, session };
}

/**
 * Completes a half-signed-in session with its second factor: a fresh session id (the old one
 * is deleted), counted from now.
 */
export async function completeSession(
	pending: Pick<SessionRow, 'id' | 'userId' | 'device'>,
	secondFactor: SecondFactor
) {
	await invalidateSession(pending.id);
	const created = await createSession(pending.userId, pending.device, { secondFactor });
	const found = await validateSessionToken(created.token);
	return { token: created.token, expiresAt: found?.session.expiresAt ?? created.session.expiresAt };
}

export interface ValidSession {
	session: SessionRow;
	user: UserRow;
	/** Staff have the short lifetime and must complete sign-in with a second factor. */
	staff: boolean;
	hasTotp: boolean;
	/** Signed in: false while the second factor is still to come. */
	complete: boolean;
}

/** When the session ends, and whether it is complete, from its row and the person's roles. */
export function sessionEnd(
	s: Pick<SessionRow, 'createdAt' | 'lastSeenAt' | 'expiresAt' | 'secondFactor'>,
	who: { staff: boolean; hasTotp: boolean }
): { complete: boolean; endsAt: Date } {
	const complete = s.secondFactor !== null || (!who.staff && !who.hasTotp);
	const created = s.createdAt.getTime();
	const end = !complete
		? created + LIFETIME.pending
		: who.staff
			? Math.min(created + LIFETIME.staffAbsolute, s.lastSeenAt.getTime() + LIFETIME.staffIdle)
			: Math.min(s.expiresAt.getTime(), created + LIFETIME.participantAbsolute);
	return { complete, endsAt: new Date(end) };
}

export async function validateSessionToken(token: string): Promise<ValidSession | null> {
	if (!looksLikeToken(token)) return null;
	const id = hashToken(token);
	const [row] = await db
		.select({
			session: sessions,
			user: users,
			chapterLeader: sql<boolean>`exists (select 1 from ${chapterLeaders} where ${chapterLeaders.userId} = ${users.id})`,
			hasTotp: sql<boolean>`exists (select 1 from ${totpCredentials} where ${totpCredentials.userId} = ${users.id} and ${isNotNull(totpCredentials.confirmedAt)})`
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, id));
	if (!row) return null;
	const staff = row.user.globalRole !== null || row.chapterLeader;
	const at = now();
	const { complete, endsAt } = sessionEnd(row.session, { staff, hasTotp: row.hasTotp });
	if (endsAt.getTime() <= at.getTime() || !row.user.isActive) {
		await db.delete(sessions).where(eq(sessions.id, id));
		return null;
	}
	const renew =
		complete && !staff && row.session.expiresAt.getTime() - at.getTime() < RENEW_WHEN_LEFT;
	const touch =
		at.getTime() - row.session.lastSeenAt.getTime() >
		(staff ? TOUCH_EVERY.staff : TOUCH_EVERY.participant);
	if (renew || touch) {
		const patch = renew
			? { expiresAt: new Date(at.getTime() + SESSION_TTL), lastSeenAt: at }
			: { lastSeenAt: at };
		await db.update(sessions).set(patch).where(eq(sessions.id, id));
		Object.assign(row.session, patch);
	}
	// The cookie lives exactly as long as the session may.
	const session = {
		...row.session,
		expiresAt: sessionEnd(row.session, { staff, hasTotp: row.hasTotp }).endsAt
	};
	return { session, user: row.user, staff, hasTotp: row.hasTotp, complete };
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

/**
 * "Firefox på Windows" from a User-Agent header: enough to recognise a device, nothing more.
 * Stored with the session, in the language of the sign-in.
 */
export function describeDevice(userAgent: string | null): string {
	if (!userAgent) return m.app.device.unknown;
	const ua = userAgent;
	const browser = /Edg\//.test(ua)
		? 'Edge'
		: /Firefox\//.test(ua)
			? 'Firefox'
			: /Chrom(e|ium)\//.test(ua)
				? 'Chrome'
				: /Safari\//.test(ua)
					? 'Safari'
					: m.app.device.browser;
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
						: m.app.device.unknownSystem;
	return t(m.app.device.on, { browser, os });
}
