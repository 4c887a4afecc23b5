import { error, redirect } from '@sveltejs/kit';
import { pageByPath, redirectFor } from '$lib/server/content/pages.service';
import { renderMarkdown } from '$lib/server/content/markdown';
import { loadListing } from '$lib/server/content/listings';
import type { PageServerLoad } from './$types';

const SAFE_PATH = /^\/[a-z0-9\-/]{1,300}$/;

export const load: PageServerLoad = async ({ params }) => {
	const path = '/' + params.path;
	if (!SAFE_PATH.test(path)) {
		const moved = await redirectFor(path);
		if (moved) redirect(301, moved);
		error(404, 'Siden finnes ikke');
	}
	const view = await pageByPath(path);
	if (!view) {
		const moved = await redirectFor(path);
		if (moved) redirect(301, moved);
		error(404, 'Siden finnes ikke');
	}
	if (view.page.linkUrl) redirect(301, view.page.linkUrl);

	const toItem = (
		n: NonNullable<typeof view.section>
	): import('$lib/components/SiteHeader.svelte').MenuItem => ({
		title: n.menuTitle ?? n.title,
		href: n.linkUrl ?? n.path,
		children: n.children.map(toItem)
	});

	return {
		page: {
			title: view.page.title,
			lead: view.page.lead,
			bodyHtml: renderMarkdown(view.page.body),
			path: view.page.path,
			updatedAt: view.page.updatedAt,
			publishedAt: view.page.publishedAt
		},
		breadcrumbs: view.breadcrumbs,
		section: view.section ? toItem(view.section) : null,
		listing: await loadListing(view.page.listing)
	};
};
