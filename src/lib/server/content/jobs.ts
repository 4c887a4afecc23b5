/** Recurring content work: publish, update and unpublish items whose planned time has come. */
import { defineJob } from '../jobs/runner';
import { publishDue } from './publishing';

export const publishDueJob = defineJob({
	name: 'content.publish-due',
	cron: '* * * * *',
	run: async () => {
		await publishDue();
	}
});
