/** What the public page and the front page show, shaped once for the site and the editors' preview. */
import type { PageView } from './pages.service';
import { renderMarkdown } from './markdown';
import { loadListing } from './listings';
import { toMenuItem } from './menu';
import { latestNews } from './news.service';
import { featuredFilm } from './resources.service';
import { listGoals } from '../fremtidsbilde/goals.service';

export async function pageContent(view: PageView) {
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
		section: view.section ? toMenuItem(view.section) : null,
		listing: await loadListing(view.page.listing)
	};
}
export type PageContent = Awaited<ReturnType<typeof pageContent>>;

/** The front page: its own text (the page at '/') with the model, the film and the latest news. */
export async function frontPageContent(front: PageView | null) {
	const [news, film, goals] = await Promise.all([latestNews(5), featuredFilm(), listGoals()]);
	return {
		intro: front
			? {
					title: front.page.title,
					lead: front.page.lead,
					bodyHtml: renderMarkdown(front.page.body)
				}
			: null,
		news,
		film: film && {
			slug: film.slug,
			title: film.title,
			videoUrl: film.videoUrl,
			videoUrlSubtitled: film.videoUrlSubtitled,
			durationSeconds: film.durationSeconds,
			transcriptHtml: renderMarkdown(film.transcript)
		},
		goals: goals.map((g) => ({
			slug: g.slug,
			title: g.title,
			href: g.themeStatus === 'published' ? g.themePath : null
		}))
	};
}
export type FrontPageContent = Awaited<ReturnType<typeof frontPageContent>>;
