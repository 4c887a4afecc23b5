/** Recurring programme work: retention of the personal data in applications. */
import { defineJob } from '../jobs/runner';
import { deleteOldApplicationData } from './applications.service';

export const applicationRetentionJob = defineJob({
	name: 'programmes.application-retention',
	cron: '41 3 * * *',
	run: () => deleteOldApplicationData()
});
