import { error, redirect } from '@sveltejs/kit';
import { articleView, newsBySlug } from '$lib/server/content/news.service';
import { redirectFor } from '$lib/server/content/pages.service';
import type { PageServerLoad } from './$types';
import { l, m } from '$lib/i18n';

export const load: PageServerLoad = async ({ params }) => {
	const article = /^[a-z0-9-]{1,120}$/.test(params.slug) ? await newsBySlug(params.slug) : null;
	if (!article) {
		const moved = await redirectFor(`/nyheter/${params.slug}`);
		if (moved) redirect(301, l(moved));
		error(404, m.errors.notFoundTitle);
	}
	return { article: articleView(article) };
};
