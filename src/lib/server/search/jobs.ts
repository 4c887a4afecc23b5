/** Keeps the word list for «Mente du …?» in step with the published content. */
import { defineJob } from '../jobs/runner';
import { refreshSearchWords } from './words';

export const searchWordsJob = defineJob({
	name: 'search.words',
	cron: '7 * * * *',
	policy: 'short',
	run: async () => {
		await refreshSearchWords();
	}
});
