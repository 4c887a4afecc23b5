import { listStoriesAdmin } from '$lib/server/fremtidsbilde/stories.service';
import { actorOf, orRefused } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	stories: await orRefused(() => listStoriesAdmin(actorOf(locals)))
});
