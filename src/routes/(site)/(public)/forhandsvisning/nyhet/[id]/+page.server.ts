import { getNews } from '$lib/server/content/news.admin';
import { articleView } from '$lib/server/content/news.service';
import { actorOf, noStore, notFoundPage, orRefused } from '$lib/server/http';
import type { PageServerLoad } from './$types';

// Editors only: the route guard (accounts/access.ts: /forhandsvisning), and the service itself.
export const load: PageServerLoad = async (event) => {
	noStore(event);
	const id = /^\d{1,9}$/.test(event.params.id) ? Number(event.params.id) : null;
	const row = id === null ? null : await orRefused(() => getNews(actorOf(event.locals), id));
	if (!row) notFoundPage('problems.pages.news');
	return { article: articleView(row), id: row.id, status: row.status };
};
