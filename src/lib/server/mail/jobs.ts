import { defineJob } from '../jobs/runner';
import { deleteOldMail, deliverQueued } from './send';

/** Delivers queued mail: on demand after a commit (kickMail) and every minute as a safety net. */
export const deliverMailJob = defineJob({
	name: 'mail.deliver',
	cron: '* * * * *',
	policy: 'short',
	run: async () => {
		await deliverQueued();
	}
});

/** Mail holds personal data (names, addresses, links): delete delivered and failed messages after the retention time. */
export const mailRetentionJob = defineJob({
	name: 'mail.retention',
	cron: '41 3 * * *',
	run: async () => {
		await deleteOldMail();
	}
});
