import { listStoriesAdmin } from '$lib/server/fremtidsbilde/stories.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ stories: await listStoriesAdmin() });
