/** The events' scheduled work: reminders and follow-ups every minute, retention every hour. */
import { defineJob } from '../jobs/runner';
import { eventSweep } from './sweep';
import { enforceRetention } from './privacy';

export const eventSweepJob = defineJob({
	name: 'events.sweep',
	cron: '* * * * *',
	policy: 'short',
	run: async () => {
		await eventSweep();
	}
});

export const eventRetentionJob = defineJob({
	name: 'events.retention',
	cron: '11 * * * *',
	policy: 'short',
	run: async () => {
		await enforceRetention();
	}
});
