import { publishedStory } from '$lib/server/fremtidsbilde/stories.service';
import { markdownToText, renderMarkdown } from '$lib/server/content/markdown';
import { languageData, localize } from '$lib/server/content/translations';
import { itemImageFor } from '$lib/server/content/image-views';
import type { PageServerLoad } from './$types';
import { notFoundPage, orRefused } from '$lib/server/http';

export const load: PageServerLoad = ({ params }) =>
	orRefused(async () => {
		const story = /^[a-z0-9-]{1,120}$/.test(params.slug) ? await publishedStory(params.slug) : null;
		if (!story) notFoundPage('problems.pages.experience');
		// The visitor's language version, or bokmål marked as a fallback.
		const localized = await localize('erfaring', { ...story, lead: '' });
		const text = localized.text;
		const image = await itemImageFor('erfaring', story.id);
		return {
			image,
			ogImage: image?.src ?? null,
			...languageData(localized),
			story: {
				slug: story.slug,
				title: text.title,
				municipality: story.municipality,
				publishedAt: story.publishedAt,
				description: markdownToText(text.body, 200),
				bodyHtml: renderMarkdown(text.body),
				photo: story.photoId ? { alt: story.photoAlt, version: story.updatedAt.getTime() } : null
			}
		};
	});
