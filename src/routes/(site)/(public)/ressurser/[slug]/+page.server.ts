import { redirect } from '@sveltejs/kit';
import { resourceBySlug, resourceView } from '$lib/server/content/resources.service';
import { redirectFor } from '$lib/server/content/pages.service';
import { itemImageFor } from '$lib/server/content/image-views';
import type { PageServerLoad } from './$types';
import { gonePage, notFoundPage } from '$lib/server/http';
import { wasPublished } from '$lib/server/content/gone';
import { l } from '$lib/i18n';

export const load: PageServerLoad = async ({ params }) => {
	const r = /^[a-z0-9-]{1,120}$/.test(params.slug) ? await resourceBySlug(params.slug) : null;
	if (!r) {
		const moved = await redirectFor(`/ressurser/${params.slug}`);
		if (moved) redirect(301, l(moved));
		if (/^[a-z0-9-]{1,120}$/.test(params.slug) && (await wasPublished('ressurs', params.slug)))
			gonePage();
		notFoundPage('problems.pages.resourcePublic');
	}
	const [view, image] = await Promise.all([resourceView(r), itemImageFor('ressurs', r.id)]);
	return { ...view, image, ogImage: image?.src ?? null };
};
