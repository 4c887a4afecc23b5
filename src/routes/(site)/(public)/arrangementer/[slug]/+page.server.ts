import { redirect } from '@sveltejs/kit';
import { eventJsonLd, visibleEvent } from '$lib/server/events/events.service';
import { redirectFor } from '$lib/server/content/pages.service';
import { noStore, notFoundPage } from '$lib/server/http';
import { config } from '$lib/server/config';
import { calendarLinks } from '$lib/server/events/calendar-links';
import { itemImageFor } from '$lib/server/content/image-views';
import type { PageServerLoad } from './$types';
import { l } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	const { params, locals } = event;
	const view = await visibleEvent(params.slug, locals.user);
	if (!view) {
		const moved = await redirectFor(`/arrangementer/${params.slug}`);
		if (moved) redirect(301, l(moved));
		notFoundPage('problems.pages.event');
	}
	if (view.status === 'draft') noStore(event);
	const image = await itemImageFor('arrangement', view.id);
	return {
		event: view,
		image,
		ogImage: image?.src ?? null,
		languages: view.languages,
		jsonLd: eventJsonLd(view, config.origin),
		calendarLinks: calendarLinks(view)
	};
};
