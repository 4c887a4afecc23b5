import { publishedStory } from '$lib/server/fremtidsbilde/stories.service';
import { markdownToText, renderMarkdown } from '$lib/server/content/markdown';
import type { PageServerLoad } from './$types';
import { notFoundPage } from '$lib/server/http';

export const load: PageServerLoad = async ({ params }) => {
	const story = /^[a-z0-9-]{1,120}$/.test(params.slug) ? await publishedStory(params.slug) : null;
	if (!story) notFoundPage('problems.pages.experience');
	return {
		story: {
			slug: story.slug,
			title: story.title,
			municipality: story.municipality,
			publishedAt: story.publishedAt,
			description: markdownToText(story.body, 200),
			bodyHtml: renderMarkdown(story.body),
			photo: story.photoId ? { alt: story.photoAlt, version: story.updatedAt.getTime() } : null
		}
	};
};
