import { describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { providerFlows } from './schema';
import { accountCleanupJob } from './jobs';
import { now } from '../clock';

const flow = (id: string, expiresAt: Date) => ({
	id,
	provider: 'idporten',
	state: `state-${id}`,
	nonce: `nonce-${id}`,
	codeVerifier: `verifier-${id}`,
	sub: `sub-${id}`,
	expiresAt
});

describe('the nightly account clean-up', () => {
	it('deletes sign-ins through a provider a day after they expired, with the sub they held', async () => {
		const at = now().getTime();
		await db
			.insert(providerFlows)
			.values([
				flow('gammel', new Date(at - 2 * 24 * 60 * 60_000)),
				flow('fersk', new Date(at + 10 * 60_000))
			]);
		await accountCleanupJob.run({});
		const left = await db.select({ id: providerFlows.id }).from(providerFlows);
		expect(left.map((r) => r.id)).toEqual(['fersk']);
	});
});
