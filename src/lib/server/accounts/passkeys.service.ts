/**
 * Passkeys (WebAuthn, with @simplewebauthn/server): anyone may register several on Min side
 * and sign in with one without typing their e-mail (discoverable credentials). User
 * verification (fingerprint, face, PIN) is required, so a passkey sign-in counts as two
 * factors. Each ceremony's challenge is a one-time token (`auth_tokens`, purpose 'passkey',
 * five minutes) whose random half lives in a cookie of the browser that asked.
 */
import { and, asc, eq } from 'drizzle-orm';
import {
	generateAuthenticationOptions,
	generateRegistrationOptions,
	verifyAuthenticationResponse,
	verifyRegistrationResponse,
	type AuthenticationResponseJSON,
	type PublicKeyCredentialCreationOptionsJSON,
	type PublicKeyCredentialRequestOptionsJSON,
	type RegistrationResponseJSON
} from '@simplewebauthn/server';
import { db } from '../db/client';
import { passkeys, users } from './schema';
import { consumeAuthToken, createAuthToken } from './tokens';
import { createSession } from './sessions';
import { recordAudit, storedText } from './audit';
import { InvalidError, NotFoundError } from '../errors';
import { config } from '../config';
import { now } from '../clock';
import { m } from '$lib/i18n';

export const PASSKEY_COOKIE = 'fk_passkey';

type Person = { id: number; name: string; email: string };

const rp = () => ({ id: new URL(config.origin).hostname, origin: config.origin });
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

export async function listPasskeys(userId: number) {
	return db
		.select({
			id: passkeys.id,
			name: passkeys.name,
			createdAt: passkeys.createdAt,
			lastUsedAt: passkeys.lastUsedAt
		})
		.from(passkeys)
		.where(eq(passkeys.userId, userId))
		.orderBy(asc(passkeys.createdAt));
}

export async function startRegistration(
	person: Person
): Promise<{ options: PublicKeyCredentialCreationOptionsJSON; token: string }> {
	const existing = await db
		.select({ id: passkeys.id, transports: passkeys.transports })
		.from(passkeys)
		.where(eq(passkeys.userId, person.id));
	const options = await generateRegistrationOptions({
		rpName: m.site.name,
		rpID: rp().id,
		userName: person.email,
		userDisplayName: person.name,
		userID: new TextEncoder().encode(`fk-${person.id}`),
		attestationType: 'none',
		excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports })),
		authenticatorSelection: { residentKey: 'required', userVerification: 'required' }
	});
	const token = await createAuthToken(db, 'passkey', person.email, person.id, {
		challenge: options.challenge,
		ceremony: 'register'
	});
	return { options, token };
}

export async function finishRegistration(
	person: Person,
	token: string,
	response: RegistrationResponseJSON,
	name: string
): Promise<void> {
	const row = await consumeAuthToken(db, token, 'passkey');
	if (!row || row.userId !== person.id || row.data.ceremony !== 'register')
		throw new InvalidError('mfa.passkeyFailed');
	const verification = await verifyRegistrationResponse({
		response,
		expectedChallenge: String(row.data.challenge),
		expectedOrigin: rp().origin,
		expectedRPID: rp().id,
		requireUserVerification: true
	}).catch(() => null);
	if (!verification?.verified) throw new InvalidError('mfa.passkeyFailed');
	const { credential } = verification.registrationInfo;
	await db.transaction(async (tx) => {
		await tx.insert(passkeys).values({
			id: credential.id,
			userId: person.id,
			publicKey: b64(credential.publicKey),
			counter: credential.counter,
			transports: credential.transports ?? [],
			name,
			createdAt: now()
		});
		await recordAudit(tx, person, {
			action: 'passkey.lagt_til',
			entityType: 'bruker',
			entityId: person.id,
			summary: storedText('mfa.audit.passkeyAdded', { name })
		});
	});
}

export async function deletePasskey(person: Person, id: string): Promise<void> {
	await db.transaction(async (tx) => {
		const [gone] = await tx
			.delete(passkeys)
			.where(and(eq(passkeys.id, id), eq(passkeys.userId, person.id)))
			.returning({ name: passkeys.name });
		if (!gone) throw new NotFoundError('mfa.passkeyUnknown');
		await recordAudit(tx, person, {
			action: 'passkey.slettet',
			entityType: 'bruker',
			entityId: person.id,
			summary: storedText('mfa.audit.passkeyDeleted', { name: gone.name })
		});
	});
}

export async function startSignIn(): Promise<{
	options: PublicKeyCredentialRequestOptionsJSON;
	token: string;
}> {
	const options = await generateAuthenticationOptions({
		rpID: rp().id,
		userVerification: 'required'
	});
	const token = await createAuthToken(db, 'passkey', '', null, {
		challenge: options.challenge,
		ceremony: 'sign-in'
	});
	return { options, token };
}

/** A complete session (two factors) for the passkey's owner, or a ServiceError. */
export async function finishSignIn(
	token: string,
	response: AuthenticationResponseJSON,
	device: string
) {
	const row = await consumeAuthToken(db, token, 'passkey');
	if (!row || row.data.ceremony !== 'sign-in') throw new InvalidError('mfa.passkeyFailed');
	const [found] = await db
		.select({ passkey: passkeys, active: users.isActive })
		.from(passkeys)
		.innerJoin(users, eq(users.id, passkeys.userId))
		.where(eq(passkeys.id, String(response.id)));
	if (!found?.active) throw new InvalidError('mfa.passkeyUnknown');
	const verification = await verifyAuthenticationResponse({
		response,
		expectedChallenge: String(row.data.challenge),
		expectedOrigin: rp().origin,
		expectedRPID: rp().id,
		requireUserVerification: true,
		credential: {
			id: found.passkey.id,
			publicKey: new Uint8Array(Buffer.from(found.passkey.publicKey, 'base64url')),
			counter: found.passkey.counter,
			transports: found.passkey.transports
		}
	}).catch(() => null);
	if (!verification?.verified) throw new InvalidError('mfa.passkeyFailed');
	await db
		.update(passkeys)
		.set({ counter: verification.authenticationInfo.newCounter, lastUsedAt: now() })
		.where(eq(passkeys.id, found.passkey.id));
	return createSession(found.passkey.userId, device, { secondFactor: 'passkey' });
}
