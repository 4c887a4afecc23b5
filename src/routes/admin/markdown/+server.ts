import { json } from '@sveltejs/kit';
import { renderMarkdown } from '$lib/server/content/markdown';
import type { RequestHandler } from './$types';

/** Live preview for the Markdown editor: the same sanitised rendering as the public pages. */
export const POST: RequestHandler = async ({ request }) => {
	const text = (await request.text()).slice(0, 200_000);
	return json({ html: renderMarkdown(text) });
};
