import { lt, or, isNotNull, and } from 'drizzle-orm';
import { defineJob } from '../jobs/runner';
import { db } from '../db/client';
import { authTokens, sessions } from './schema';
import { now } from '../clock';
import { pruneLimits } from './rate-limit';
import { LIFETIME } from './sessions';
import { pruneProviderFlows } from './providers.service';

/**
 * Deletes expired sessions, used or expired tokens, old rate-limit counters and sign-ins through
 * a provider that ended more than a day ago (with the provider's `sub` of one left waiting for
 * an address), nightly.
 */
export const accountCleanupJob = defineJob({
	name: 'accounts.cleanup',
	cron: '17 3 * * *',
	run: async () => {
		const at = now();
		await db
			.delete(sessions)
			.where(
				or(
					lt(sessions.expiresAt, at),
					lt(sessions.createdAt, new Date(at.getTime() - LIFETIME.participantAbsolute))
				)
			);
		await db
			.delete(authTokens)
			.where(
				or(
					lt(authTokens.expiresAt, at),
					and(isNotNull(authTokens.usedAt), lt(authTokens.createdAt, at))
				)
			);
		await pruneLimits();
		await pruneProviderFlows();
	}
});
