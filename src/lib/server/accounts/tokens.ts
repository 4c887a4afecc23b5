/**
 * Random tokens and their hashes, as in the Lucia guide: 20 random bytes in base32 go to the
 * user (cookie, e-mail link); only the SHA-256 is stored.
 */
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { sha256 } from '@oslojs/crypto/sha2';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { authTokens, tokenPurpose } from './schema';
import { now } from '../clock';

export type TokenPurpose = (typeof tokenPurpose.enumValues)[number];

export function generateToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** A plausible token: what we hand out is 32 base32 characters. Anything else is refused early. */
export function looksLikeToken(token: string): boolean {
	return /^[a-z2-7]{32}$/.test(token);
}

export const TOKEN_TTL: Record<TokenPurpose, number> = {
	setup: 24 * 60 * 60_000,
	login: 15 * 60_000,
	reset: 60 * 60_000,
	invite: 7 * 24 * 60 * 60_000,
	/** A WebAuthn challenge, between the browser asking for options and answering them. */
	passkey: 5 * 60_000,
	/** Links a sign-in provider's account to the account of the address it was mailed to. */
	provider_link: 15 * 60_000
};

export async function createAuthToken(
	db: DbOrTx,
	purpose: TokenPurpose,
	email: string,
	userId: number | null,
	data: Record<string, unknown> = {}
): Promise<string> {
	const token = generateToken();
	await db.insert(authTokens).values({
		id: hashToken(token),
		purpose,
		email,
		userId,
		data,
		expiresAt: new Date(now().getTime() + TOKEN_TTL[purpose])
	});
	return token;
}

/** The token's row if it is valid (right purpose, unused, unexpired), without using it. */
export async function peekAuthToken(db: DbOrTx, token: string, purpose: TokenPurpose) {
	if (!looksLikeToken(token)) return null;
	const [row] = await db
		.select()
		.from(authTokens)
		.where(
			and(
				eq(authTokens.id, hashToken(token)),
				eq(authTokens.purpose, purpose),
				isNull(authTokens.usedAt),
				gt(authTokens.expiresAt, now())
			)
		);
	return row ?? null;
}

/** Uses a token once: the first caller gets the row, every later caller null. */
export async function consumeAuthToken(db: DbOrTx, token: string, purpose: TokenPurpose) {
	if (!looksLikeToken(token)) return null;
	const [row] = await db
		.update(authTokens)
		.set({ usedAt: now() })
		.where(
			and(
				eq(authTokens.id, hashToken(token)),
				eq(authTokens.purpose, purpose),
				isNull(authTokens.usedAt),
				gt(authTokens.expiresAt, now())
			)
		)
		.returning();
	return row ?? null;
}
