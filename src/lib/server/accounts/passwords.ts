/** Password hashing with argon2id (@node-rs/argon2, OWASP-recommended parameters). */
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

export async function verifyPassword(
	passwordHash: string | null,
	password: string
): Promise<boolean> {
	if (!passwordHash) {
		// Same work either way, so timing does not reveal whether the account exists.
		await hash(password, OPTIONS);
		return false;
	}
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
