import { publishedStory, storyPhoto } from '$lib/server/fremtidsbilde/stories.service';
import type { RequestHandler } from './$types';
import { notFoundPage, orRefused } from '$lib/server/http';

/** The photo of a published story (the address changes when the story does: ?v=…). */
export const GET: RequestHandler = ({ params }) =>
	orRefused(async () => {
		const story = /^[a-z0-9-]{1,120}$/.test(params.slug) ? await publishedStory(params.slug) : null;
		const photo = story?.photoId ? await storyPhoto(story.id) : null;
		if (!photo) notFoundPage('problems.pages.photo');
		return new Response(new Uint8Array(photo.data), {
			headers: {
				'content-type': photo.mime,
				'cache-control': 'public, max-age=3600',
				'content-disposition': `inline; filename="${photo.name}"`
			}
		});
	});
