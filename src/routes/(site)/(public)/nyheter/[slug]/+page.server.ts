import { error, redirect } from '@sveltejs/kit';
import { newsBySlug } from '$lib/server/content/news.service';
import { redirectFor } from '$lib/server/content/pages.service';
import { renderMarkdown } from '$lib/server/content/markdown';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const article = /^[a-z0-9-]{1,120}$/.test(params.slug) ? await newsBySlug(params.slug) : null;
	if (!article) {
		const moved = await redirectFor(`/nyheter/${params.slug}`);
		if (moved) redirect(301, moved);
		error(404, 'Nyheten finnes ikke');
	}
	return {
		article: {
			slug: article.slug,
			title: article.title,
			lead: article.lead,
			dateline: article.dateline,
			tags: article.tags,
			publishedAt: article.publishedAt,
			updatedAt: article.updatedAt,
			readMoreUrl: article.readMoreUrl,
			readMoreLabel: article.readMoreLabel,
			bodyHtml: renderMarkdown(article.body)
		}
	};
};
