import { storyList } from '$lib/server/fremtidsbilde/stories.service';
import { markdownToText } from '$lib/server/content/markdown';
import type { PageServerLoad } from './$types';
import { orRefused } from '$lib/server/http';

export const load: PageServerLoad = () =>
	orRefused(async () => ({
		stories: (await storyList()).map((s) => ({
			slug: s.slug,
			title: s.title,
			municipality: s.municipality,
			publishedAt: s.publishedAt,
			lead: markdownToText(s.body, 240),
			textLang: s.textLang
		}))
	}));
