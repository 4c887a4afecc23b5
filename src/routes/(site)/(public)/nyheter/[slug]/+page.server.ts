import { redirect } from '@sveltejs/kit';
import { localizedArticle, newsBySlug } from '$lib/server/content/news.service';
import { redirectFor } from '$lib/server/content/pages.service';
import type { PageServerLoad } from './$types';
import { gonePage, notFoundPage } from '$lib/server/http';
import { wasPublished } from '$lib/server/content/gone';
import { l } from '$lib/i18n';
import { itemImageFor } from '$lib/server/content/image-views';

export const load: PageServerLoad = async ({ params }) => {
	const article = /^[a-z0-9-]{1,120}$/.test(params.slug) ? await newsBySlug(params.slug) : null;
	if (!article) {
		const moved = await redirectFor(`/nyheter/${params.slug}`);
		if (moved) redirect(301, l(moved));
		if (/^[a-z0-9-]{1,120}$/.test(params.slug) && (await wasPublished('nyhet', params.slug)))
			gonePage();
		notFoundPage('problems.pages.newsPublic');
	}
	const [view, image] = await Promise.all([
		localizedArticle(article),
		itemImageFor('nyhet', article.id)
	]);
	return { ...view, image, ogImage: image?.src ?? null };
};
