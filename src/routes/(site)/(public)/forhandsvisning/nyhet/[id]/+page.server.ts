import { error } from '@sveltejs/kit';
import { getNews } from '$lib/server/content/news.admin';
import { articleView } from '$lib/server/content/news.service';
import { noStore } from '$lib/server/http';
import type { PageServerLoad } from './$types';

// Editors only (accounts/access.ts: /forhandsvisning).
export const load: PageServerLoad = async (event) => {
	noStore(event);
	const id = /^\d{1,9}$/.test(event.params.id) ? Number(event.params.id) : null;
	const row = id === null ? null : await getNews(id);
	if (!row) error(404, 'Fant ikke nyheten');
	return { article: articleView(row), id: row.id, status: row.status };
};
