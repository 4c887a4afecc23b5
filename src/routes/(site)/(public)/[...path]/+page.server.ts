import { redirect } from '@sveltejs/kit';
import { pageByPath, redirectFor } from '$lib/server/content/pages.service';
import { pageContent } from '$lib/server/content/page-content';
import { itemImageFor } from '$lib/server/content/image-views';
import type { PageServerLoad } from './$types';
import { gonePage, notFoundPage } from '$lib/server/http';
import { wasPublished } from '$lib/server/content/gone';
import { l } from '$lib/i18n';

const SAFE_PATH = /^\/[a-z0-9\-/]{1,300}$/;

export const load: PageServerLoad = async ({ params }) => {
	const path = '/' + params.path;
	const view = SAFE_PATH.test(path) ? await pageByPath(path) : null;
	if (!view) {
		const moved = await redirectFor(path);
		if (moved) redirect(301, l(moved));
		if (SAFE_PATH.test(path) && (await wasPublished('side', path))) gonePage();
		notFoundPage('problems.pages.page');
	}
	if (view.page.linkUrl) redirect(301, l(view.page.linkUrl));
	const [content, image] = await Promise.all([
		pageContent(view),
		itemImageFor('side', view.page.id)
	]);
	return { ...content, image, ogImage: image?.src ?? null };
};
