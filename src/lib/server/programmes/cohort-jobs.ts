/** The cohort's scheduled work: between-work reminders every minute, retention daily. */
import { defineJob } from '../jobs/runner';
import { deleteOldTaskAnswers, sendTaskReminders } from './reminders';

export const taskReminderJob = defineJob({
	name: 'programmes.task-reminders',
	cron: '* * * * *',
	policy: 'short',
	run: async () => {
		await sendTaskReminders();
	}
});

export const taskRetentionJob = defineJob({
	name: 'programmes.retention',
	cron: '37 3 * * *',
	policy: 'short',
	run: async () => {
		await deleteOldTaskAnswers();
	}
});
