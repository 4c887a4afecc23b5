import { defineJob } from '../jobs/runner';
import { deliverQueued } from './send';

/** Delivers queued mail: on demand after a commit (kickMail) and every minute as a safety net. */
export const deliverMailJob = defineJob({
	name: 'mail.deliver',
	cron: '* * * * *',
	policy: 'short',
	run: async () => {
		await deliverQueued();
	}
});
