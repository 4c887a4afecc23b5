/**
 * Encryption at rest for small secrets (TOTP keys): AES-256-GCM with the application key.
 * The key comes from `FK_SECRET_KEY` (64 hex characters); without it, one is generated on first
 * use and kept in the data directory (`secret.key`, mode 0600), next to the embedded database.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { config } from '../config';

let cached: { source: string; key: Buffer } | null = null;

/** The application key (also for MACs that must survive restarts, e.g. check-in codes). */
export function applicationKey(): Buffer {
	const fromEnv = config.secretKey;
	const source = fromEnv ? 'env' : config.dataDir;
	if (cached?.source === source) return cached.key;
	let hex: string;
	if (fromEnv) {
		hex = fromEnv.trim();
	} else {
		const file = path.join(config.dataDir, 'secret.key');
		if (!existsSync(file)) {
			mkdirSync(config.dataDir, { recursive: true });
			try {
				writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
			} catch (e) {
				// Another process wrote it first: use theirs.
				if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			}
		}
		hex = readFileSync(file, 'utf8').trim();
	}
	if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error('FK_SECRET_KEY må være 64 heksadesimale tegn');
	cached = { source, key: Buffer.from(hex, 'hex') };
	return cached.key;
}

/** `v1.<iv>.<tag>.<ciphertext>`, each base64url. */
export function seal(plain: Uint8Array): string {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', applicationKey(), iv);
	const body = Buffer.concat([cipher.update(plain), cipher.final()]);
	return ['v1', iv, cipher.getAuthTag(), body]
		.map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
		.join('.');
}

export function open(sealed: string): Uint8Array {
	const [version, iv, tag, body] = sealed.split('.');
	if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Ukjent kryptoformat');
	const decipher = createDecipheriv('aes-256-gcm', applicationKey(), Buffer.from(iv, 'base64url'));
	decipher.setAuthTag(Buffer.from(tag, 'base64url'));
	return new Uint8Array(
		Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()])
	);
}

/**
 * A keyed digest (HMAC-SHA-256 with the application key, hex): a stable name for a value
 * (an e-mail address) that cannot be turned back into it without the key.
 */
export function keyedDigest(value: string, purpose: string): string {
	return createHmac('sha256', applicationKey()).update(`${purpose}\0${value}`).digest('hex');
}
