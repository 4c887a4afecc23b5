/**
 * Second factors: an authenticator app (TOTP, RFC 6238: six digits, 30-second steps, one step
 * either side accepted for clock drift) with ten single-use recovery codes, and step-up
 * (asking for the password or a code again before a security change).
 *
 * Rules:
 * - staff (admin, redaktør, county-chapter leader) must have the app; anyone may;
 * - a code is accepted once: the step of the last accepted code is stored and only later steps
 *   pass, in one conditional UPDATE, so two requests with the same code cannot both win;
 * - wrong codes count against the person (`LIMITS.secondFactor`), since whoever is here already
 *   knew the password;
 * - the secret is encrypted at rest (`secret-box.ts`); recovery codes are stored as SHA-256.
 */
import { and, count, eq, gt, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp';
import { encodeBase32LowerCaseNoPadding, encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import QRCode from 'qrcode';
import { db } from '../db/client';
import { recoveryCodes, sessions, totpCredentials, users } from './schema';
import { hashToken } from './tokens';
import { open, seal } from './secret-box';
import { verifyPassword } from './passwords';
import { recordAudit, storedText } from './audit';
import { LIMITS, checkLimit, clearLimit, hitLimit, retryText } from './rate-limit';
import { InvalidError, FieldError, ForbiddenError, ConflictError } from '../errors';
import { now } from '../clock';

export const TOTP_PERIOD_S = 30;
const DIGITS = 6;
const RECOVERY_CODES = 10;
/** How long a sign-in or step-up counts as "just now" for security changes. */
export const STEP_UP_MS = 10 * 60_000;
const ISSUER = 'Fremtidens kulturskole';

type Person = { id: number; name: string; email: string };

export const stepOf = (at: Date) => Math.floor(at.getTime() / (TOTP_PERIOD_S * 1000));
/** The code for a step (tests and authenticator apps compute the same). */
export const totpCode = (key: Uint8Array, step: number) => generateHOTP(key, BigInt(step), DIGITS);

const normaliseRecovery = (code: string) => code.toLowerCase().replace(/[^a-z2-7]/g, '');

export async function totpStatus(userId: number) {
	const [row] = await db
		.select({ confirmedAt: totpCredentials.confirmedAt })
		.from(totpCredentials)
		.where(eq(totpCredentials.userId, userId));
	const [left] = await db
		.select({ n: count() })
		.from(recoveryCodes)
		.where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
	return { enabled: Boolean(row?.confirmedAt), recoveryLeft: left?.n ?? 0 };
}

export interface Enrolment {
	/** The key as people type it into an app (base32, in groups of four). */
	manualKey: string;
	uri: string;
	/** A PNG data URL of the QR code (the CSP allows `data:` images). */
	qr: string;
}

/**
 * The secret to scan, kept unconfirmed until a first right code: the same one on every reload,
 * so a QR code already scanned stays valid. Refused when the app is already on.
 */
export async function beginTotpEnrolment(person: Person): Promise<Enrolment> {
	const [existing] = await db
		.select()
		.from(totpCredentials)
		.where(eq(totpCredentials.userId, person.id));
	if (existing?.confirmedAt) throw new ConflictError('mfa.enabled');
	let key: Uint8Array;
	if (existing) {
		key = open(existing.secret);
	} else {
		key = crypto.getRandomValues(new Uint8Array(20));
		await db
			.insert(totpCredentials)
			.values({ userId: person.id, secret: seal(key), createdAt: now() })
			.onConflictDoNothing();
		// Two tabs at once: whichever row won is the one to show.
		const [row] = await db
			.select()
			.from(totpCredentials)
			.where(eq(totpCredentials.userId, person.id));
		key = open(row.secret);
	}
	const uri = createTOTPKeyURI(ISSUER, person.email, key, TOTP_PERIOD_S, DIGITS);
	return {
		uri,
		manualKey: encodeBase32UpperCaseNoPadding(key)
			.replace(/(.{4})/g, '$1 ')
			.trim(),
		qr: await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 240 })
	};
}

/** The step a code belongs to within the accepted window, or null. */
function matchingStep(key: Uint8Array, code: string): number | null {
	if (!/^\d{6}$/.test(code)) return null;
	const current = stepOf(now());
	for (const step of [current, current - 1, current + 1])
		if (totpCode(key, step) === code) return step;
	return null;
}

/** Marks the step used unless it (or a later one) was used before: true when this caller won. */
async function claimStep(userId: number, step: number, confirming: boolean): Promise<boolean> {
	const rows = await db
		.update(totpCredentials)
		.set(confirming ? { lastStep: step, confirmedAt: now() } : { lastStep: step })
		.where(
			and(
				eq(totpCredentials.userId, userId),
				confirming ? isNull(totpCredentials.confirmedAt) : isNotNull(totpCredentials.confirmedAt),
				or(isNull(totpCredentials.lastStep), lt(totpCredentials.lastStep, step))
			)
		)
		.returning({ userId: totpCredentials.userId });
	return rows.length === 1;
}

async function limited<T>(userId: number, attempt: () => Promise<T | null>): Promise<T> {
	const key = `2fa:user:${userId}`;
	const state = await checkLimit(key);
	if (state.blocked)
		throw new FieldError('code', 'mfa.codeBlocked', { retry: retryText(state.retryAt) });
	const result = await attempt();
	if (result === null) {
		const hit = await hitLimit(key, LIMITS.secondFactor);
		if (hit.blocked)
			throw new FieldError('code', 'mfa.codeBlocked', { retry: retryText(hit.retryAt) });
		throw new FieldError('code', 'mfa.codeWrong');
	}
	await clearLimit(key);
	return result;
}

function newRecoveryCodes(): string[] {
	return Array.from({ length: RECOVERY_CODES }, () => {
		const c = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(7))).slice(
			0,
			10
		);
		return `${c.slice(0, 5)}-${c.slice(5)}`;
	});
}

async function replaceRecoveryCodes(
	tx: Parameters<Parameters<typeof db.transaction>[0]>[0],
	userId: number
) {
	const codes = newRecoveryCodes();
	await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
	await tx
		.insert(recoveryCodes)
		.values(codes.map((c) => ({ userId, codeHash: hashToken(normaliseRecovery(c)) })));
	return codes;
}

/**
 * Turns the app on with a first right code; returns the recovery codes (shown once). The
 * session it happens in counts as completed with the app.
 */
export async function confirmTotpEnrolment(
	person: Person,
	code: string,
	sessionId: string
): Promise<string[]> {
	return limited(person.id, async () => {
		const [row] = await db
			.select()
			.from(totpCredentials)
			.where(eq(totpCredentials.userId, person.id));
		if (!row || row.confirmedAt) return null;
		const step = matchingStep(open(row.secret), code.trim());
		if (step === null || !(await claimStep(person.id, step, true))) return null;
		return db.transaction(async (tx) => {
			const codes = await replaceRecoveryCodes(tx, person.id);
			await tx
				.update(sessions)
				.set({ secondFactor: 'totp', authenticatedAt: now() })
				.where(eq(sessions.id, sessionId));
			await recordAudit(tx, person, {
				action: 'totp.aktivert',
				entityType: 'bruker',
				entityId: person.id,
				summary: storedText('mfa.audit.totpOn')
			});
			return codes;
		});
	});
}

/**
 * Checks a code from the app or a recovery code (used up when right). Returns which it was;
 * throws a ServiceError (field `code`) when wrong or blocked.
 */
export async function verifySecondFactor(
	person: Pick<Person, 'id' | 'name'>,
	input: string
): Promise<'totp' | 'recovery'> {
	return limited(person.id, async () => {
		const code = input.trim();
		if (/^\d{6}$/.test(code)) {
			const [row] = await db
				.select()
				.from(totpCredentials)
				.where(and(eq(totpCredentials.userId, person.id), isNotNull(totpCredentials.confirmedAt)));
			if (!row) return null;
			const step = matchingStep(open(row.secret), code);
			return step !== null && (await claimStep(person.id, step, false)) ? 'totp' : null;
		}
		const normalised = normaliseRecovery(code);
		if (normalised.length !== 10) return null;
		return db.transaction(async (tx) => {
			const used = await tx
				.update(recoveryCodes)
				.set({ usedAt: now() })
				.where(
					and(
						eq(recoveryCodes.userId, person.id),
						eq(recoveryCodes.codeHash, hashToken(normalised)),
						isNull(recoveryCodes.usedAt)
					)
				)
				.returning({ id: recoveryCodes.id });
			if (used.length !== 1) return null;
			await recordAudit(tx, person, {
				action: 'gjenopprettingskode.brukt',
				entityType: 'bruker',
				entityId: person.id,
				summary: storedText('mfa.audit.recoveryUsed')
			});
			return 'recovery' as const;
		});
	});
}

export async function regenerateRecoveryCodes(person: Person): Promise<string[]> {
	if (!(await totpStatus(person.id)).enabled) throw new ConflictError('mfa.appOff');
	return db.transaction(async (tx) => {
		const codes = await replaceRecoveryCodes(tx, person.id);
		await recordAudit(tx, person, {
			action: 'gjenopprettingskoder.nye',
			entityType: 'bruker',
			entityId: person.id,
			summary: storedText('mfa.audit.recoveryNew')
		});
		return codes;
	});
}

/**
 * Turns the app off (and its recovery codes). Staff may only replace it: `replace` lets the
 * caller go straight on to set up a new one.
 */
export async function removeTotp(person: Person, opts: { staff: boolean; replace: boolean }) {
	if (opts.staff && !opts.replace) throw new ForbiddenError('mfa.appRequired');
	await db.transaction(async (tx) => {
		await tx.delete(totpCredentials).where(eq(totpCredentials.userId, person.id));
		await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, person.id));
		await recordAudit(tx, person, {
			action: 'totp.deaktivert',
			entityType: 'bruker',
			entityId: person.id,
			summary: storedText('mfa.audit.totpOff')
		});
	});
}

// ——— Step-up ———

export function recentlyAuthenticated(session: { authenticatedAt: Date }): boolean {
	return now().getTime() - session.authenticatedAt.getTime() <= STEP_UP_MS;
}

/** What the person can confirm with on the step-up page. */
export async function stepUpMethods(userId: number) {
	const [user] = await db
		.select({ passwordHash: users.passwordHash })
		.from(users)
		.where(eq(users.id, userId));
	return { password: Boolean(user?.passwordHash), code: (await totpStatus(userId)).enabled };
}

/** Password or second-factor code again; on success the session counts as just authenticated. */
export async function stepUp(
	person: Pick<Person, 'id' | 'name'>,
	sessionId: string,
	input: { password: string; code: string }
): Promise<void> {
	if (input.code.trim()) {
		await verifySecondFactor(person, input.code);
	} else {
		await limited(person.id, async () => {
			const [user] = await db.select().from(users).where(eq(users.id, person.id));
			return (await verifyPassword(user?.passwordHash ?? null, input.password)) ? true : null;
		}).catch((e) => {
			if (e instanceof InvalidError) throw new FieldError('password', 'mfa.stepUpPasswordWrong');
			throw e;
		});
	}
	await db
		.update(sessions)
		.set({ authenticatedAt: now() })
		.where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now())));
}
