/** Recurring fremtidsbilde work: closing rounds at their deadline, and retention. */
import { defineJob } from '../jobs/runner';
import { closeDueRounds, deleteOldAnswers } from './rounds.service';
import { deleteOldDrafts } from './drafts.service';

/** Rounds whose deadline has passed are closed and their results frozen, within a minute. */
export const roundSweepJob = defineJob({
	name: 'fremtidsbilde.close-rounds',
	cron: '* * * * *',
	run: closeDueRounds
});

/** Retention: old drafts, and individual answers of rounds closed long ago (results stay). */
export const fremtidsbildeCleanupJob = defineJob({
	name: 'fremtidsbilde.cleanup',
	cron: '23 3 * * *',
	run: async () => {
		await deleteOldDrafts();
		await deleteOldAnswers();
	}
});
