import { pageByPath } from '$lib/server/content/pages.service';
import { frontPageContent } from '$lib/server/content/page-content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => frontPageContent(await pageByPath('/'));
