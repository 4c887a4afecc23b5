import { pagePreview } from '$lib/server/content/pages.service';
import { frontPageContent, pageContent } from '$lib/server/content/page-content';
import { actorOf, noStore, notFoundPage, orRefused } from '$lib/server/http';
import type { PageServerLoad } from './$types';

// Editors only: the route guard (accounts/access.ts: /forhandsvisning), and the service itself.
export const load: PageServerLoad = async (event) => {
	noStore(event);
	const id = /^\d{1,9}$/.test(event.params.id) ? Number(event.params.id) : null;
	const view = id === null ? null : await orRefused(() => pagePreview(actorOf(event.locals), id));
	if (!view) notFoundPage('problems.notFoundPage');
	const meta = {
		id: view.page.id,
		status: view.page.status,
		path: view.page.path,
		linkUrl: view.page.linkUrl
	};
	return view.page.path === '/'
		? { ...meta, front: await frontPageContent(view), content: null }
		: { ...meta, front: null, content: await pageContent(view) };
};
