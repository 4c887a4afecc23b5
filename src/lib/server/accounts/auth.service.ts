/**
 * Signing in and out, one-time links, password reset and the first admin. No answer reveals
 * whether an e-mail address has an account.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { db } from '../db/client';
import { authTokens, users } from './schema';
import { consumeAuthToken, createAuthToken, peekAuthToken } from './tokens';
import { createSession, invalidateUserSessions } from './sessions';
import { hashPassword, normaliseEmail, verifyPassword } from './passwords';
import {
	LIMITS,
	attemptKeys,
	checkLimit,
	clearLimit,
	hitLimit,
	retryText,
	sleep
} from './rate-limit';
import { recordAudit, storedText } from './audit';
import { kickMail, sendMail } from '../mail/send';
import { templates } from '../mail/templates';
import { config } from '../config';
import { now } from '../clock';
import { log } from '../log';
import { defineJob } from '../jobs/runner';
import { withLanguage } from '../i18n';
import { currentLang, pathIn, type Lang } from '$lib/i18n';

export type SignInResult =
	| { ok: true; token: string; expiresAt: Date; userId: number }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'blocked'; retry: string };

export async function signInWithPassword(input: {
	email: string;
	password: string;
	ip: string;
	device: string;
}): Promise<SignInResult> {
	const email = normaliseEmail(input.email);
	const k = attemptKeys('signin', email, input.ip);
	for (const key of [k.pair, k.ip]) {
		const state = await checkLimit(key);
		if (state.blocked) return { ok: false, reason: 'blocked', retry: retryText(state.retryAt) };
	}
	const [user] = await db.select().from(users).where(eq(users.email, email));
	const valid = await verifyPassword(user?.isActive ? user.passwordHash : null, input.password);
	if (!valid || !user) {
		const counted = await Promise.all([
			hitLimit(k.pair, LIMITS.signInPair),
			hitLimit(k.ip, LIMITS.signInIp),
			hitLimit(k.account, LIMITS.signInAccount)
		]);
		const blocked = counted.find((c) => c.blocked);
		if (blocked) return { ok: false, reason: 'blocked', retry: retryText(blocked.retryAt) };
		await sleep(Math.max(...counted.map((c) => c.delayMs)));
		return { ok: false, reason: 'invalid' };
	}
	await clearLimit(k.pair);
	const { token, session } = await createSession(user.id, input.device);
	return { ok: true, token, expiresAt: session.expiresAt, userId: user.id };
}

export type MailRequestResult = { ok: true } | { ok: false; retry: string };

/** Counts a request that sends mail, per account and address, per account and per address. */
export async function mailRequestAllowed(email: string, ip: string): Promise<MailRequestResult> {
	const k = attemptKeys('mail', email, ip);
	const counted = await Promise.all([
		hitLimit(k.pair, LIMITS.mailPair),
		hitLimit(k.account, LIMITS.mailAccount),
		hitLimit(k.ip, LIMITS.mailIp)
	]);
	const blocked = counted.find((c) => c.blocked);
	return blocked ? { ok: false, retry: retryText(blocked.retryAt) } : { ok: true };
}

/**
 * Mails a one-time link to an active account (rate-limited per address and IP). Answers the
 * same, after the same steps, whether or not the address has an account: looking the address
 * up and writing the mail happen in a job (`accounts.mail-link`), not while the asker waits.
 */
async function mailAccountLink(
	input: { email: string; ip: string },
	purpose: 'login' | 'reset'
): Promise<MailRequestResult> {
	const email = normaliseEmail(input.email);
	const allowed = await mailRequestAllowed(email, input.ip);
	if (!allowed.ok) return allowed;
	// The link is written in the language it was asked for in.
	const lang = currentLang();
	// Without a job runner (unit tests, one-off scripts) the work runs here.
	if ((await mailLinkJob.send({ email, purpose, lang })) === null)
		await mailLinkJob.run({ email, purpose, lang });
	return { ok: true };
}

const mailLinkJob = defineJob<{ email: string; purpose: 'login' | 'reset'; lang?: Lang }>({
	name: 'accounts.mail-link',
	run: ({ email, purpose, lang }) => mailLinkIfKnown(email, purpose, lang ?? 'nb')
});

async function mailLinkIfKnown(
	email: string,
	purpose: 'login' | 'reset',
	lang: Lang
): Promise<void> {
	const [user] = await db.select().from(users).where(eq(users.email, email));
	if (user?.isActive) {
		await db.transaction(async (tx) => {
			const token = await createAuthToken(tx, purpose, email, user.id);
			const content = withLanguage(lang, () =>
				purpose === 'login'
					? templates.signInLink({
							name: user.name,
							url: `${config.origin}${pathIn(lang, `/logg-inn/lenke/${token}`)}`
						})
					: templates.passwordReset({
							name: user.name,
							url: `${config.origin}${pathIn(lang, `/glemt-passord/${token}`)}`
						})
			);
			await sendMail(tx, {
				to: email,
				template: purpose === 'login' ? 'signInLink' : 'passwordReset',
				content
			});
		});
		await kickMail();
	}
}

export const requestSignInLink = (input: { email: string; ip: string }) =>
	mailAccountLink(input, 'login');
export const requestPasswordReset = (input: { email: string; ip: string }) =>
	mailAccountLink(input, 'reset');

export async function signInWithLink(token: string, device: string) {
	const row = await consumeAuthToken(db, token, 'login');
	if (!row?.userId) return null;
	const [user] = await db.select().from(users).where(eq(users.id, row.userId));
	if (!user?.isActive) return null;
	const { token: sessionToken, session } = await createSession(user.id, device);
	return { token: sessionToken, expiresAt: session.expiresAt };
}

export async function resetTokenValid(token: string) {
	return Boolean(await peekAuthToken(db, token, 'reset'));
}

/** Sets a new password from a reset link; signs out everywhere and signs in here. */
export async function resetPassword(token: string, password: string, device: string) {
	const passwordHash = await hashPassword(password);
	const userId = await db.transaction(async (tx) => {
		const row = await consumeAuthToken(tx, token, 'reset');
		if (!row?.userId) return null;
		const [user] = await tx
			.update(users)
			.set({ passwordHash, updatedAt: now() })
			.where(and(eq(users.id, row.userId), eq(users.isActive, true)))
			.returning();
		if (!user) return null;
		await recordAudit(tx, user, {
			action: 'passord.tilbakestilt',
			entityType: 'bruker',
			entityId: user.id,
			summary: storedText('admin.auditLog.passwordReset')
		});
		await sendMail(tx, {
			to: user.email,
			template: 'passwordChanged',
			content: withLanguage(user.lang, () => templates.passwordChanged({ name: user.name }))
		});
		return user.id;
	});
	if (userId === null) return null;
	await kickMail();
	await invalidateUserSessions(userId);
	// A new password ends the slowing of failures on the account.
	const [changed] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
	if (changed) await clearLimit(attemptKeys('signin', changed.email, '').account);
	const { token: sessionToken, session } = await createSession(userId, device);
	return { token: sessionToken, expiresAt: session.expiresAt };
}

// ——— First admin ———

export async function adminExists(): Promise<boolean> {
	const [row] = await db
		.select({ id: users.id })
		.from(users)
		.where(eq(users.globalRole, 'admin'))
		.limit(1);
	return Boolean(row);
}

/**
 * When no admin exists: a fresh one-time set-up link (24 h), older unused ones withdrawn.
 * Returns null when an admin exists: nothing else creates an admin without an admin.
 */
export async function createSetupLink(): Promise<string | null> {
	if (await adminExists()) return null;
	return db.transaction(async (tx) => {
		await tx
			.delete(authTokens)
			.where(and(eq(authTokens.purpose, 'setup'), isNull(authTokens.usedAt)));
		const token = await createAuthToken(tx, 'setup', '', null);
		return `${config.origin}/oppsett/${token}`;
	});
}

export async function setupTokenValid(token: string): Promise<boolean> {
	return !(await adminExists()) && Boolean(await peekAuthToken(db, token, 'setup'));
}

export type SetupResult =
	{ ok: true; token: string; expiresAt: Date } | { ok: false; reason: 'token' | 'email-taken' };

export async function setupFirstAdmin(
	token: string,
	input: { name: string; email: string; password: string },
	device: string
): Promise<SetupResult> {
	const email = normaliseEmail(input.email);
	const passwordHash = await hashPassword(input.password);
	const result = await db.transaction(async (tx) => {
		await tx.execute('select pg_advisory_xact_lock(727003)');
		const [existingAdmin] = await tx
			.select({ id: users.id })
			.from(users)
			.where(eq(users.globalRole, 'admin'))
			.limit(1);
		if (existingAdmin) return { ok: false as const, reason: 'token' as const };
		const row = await consumeAuthToken(tx, token, 'setup');
		if (!row) return { ok: false as const, reason: 'token' as const };
		const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
		let userId: number;
		if (taken) {
			// An existing (non-admin) account becomes the first admin.
			await tx
				.update(users)
				.set({
					globalRole: 'admin',
					name: input.name,
					passwordHash,
					isActive: true,
					updatedAt: now()
				})
				.where(eq(users.id, taken.id));
			userId = taken.id;
		} else {
			const [user] = await tx
				.insert(users)
				.values({ email, name: input.name, passwordHash, globalRole: 'admin' })
				.returning();
			userId = user.id;
		}
		await recordAudit(
			tx,
			{ id: userId, name: input.name },
			{
				action: 'admin.opprettet',
				entityType: 'bruker',
				entityId: userId,
				summary: storedText('admin.auditLog.firstAdmin')
			}
		);
		return { ok: true as const, userId };
	});
	if (!result.ok) return result;
	const { token: sessionToken, session } = await createSession(result.userId, device);
	return { ok: true, token: sessionToken, expiresAt: session.expiresAt };
}

/** Printed by `npm start` while no admin exists. */
export async function announceSetupLink(): Promise<void> {
	const url = await createSetupLink();
	if (!url) return;
	const line = '─'.repeat(Math.min(100, url.length + 4));
	log.info('Ingen administrator ennå');
	console.log(
		`\n${line}\n  Sett opp den første administratoren (lenken virker i 24 timer):\n  ${url}\n${line}\n`
	);
}
