/** What the public page and the front page show, shaped once for the site and the editors' preview. */
import type { PageView } from './pages.service';
import { renderMarkdown } from './markdown';
import { loadListing } from './listings';
import { toMenuItem } from './menu';
import { latestNews } from './news.service';
import { featuredFilm } from './resources.service';
import { listGoals } from '../fremtidsbilde/goals.service';
import { languageData, localize } from './translations';

export async function pageContent(view: PageView) {
	// The text in the visitor's language, or bokmål marked as a fallback (one indexed query).
	const [localized, listing] = await Promise.all([
		localize('side', view.page),
		loadListing(view.page.listing)
	]);
	const text = localized.text;
	return {
		...languageData(localized),
		page: {
			title: text.title,
			lead: text.lead,
			bodyHtml: renderMarkdown(text.body),
			path: view.page.path,
			updatedAt: view.page.updatedAt,
			publishedAt: view.page.publishedAt
		},
		breadcrumbs: view.breadcrumbs,
		section: view.section ? toMenuItem(view.section) : null,
		listing
	};
}
export type PageContent = Awaited<ReturnType<typeof pageContent>>;

/** The front page: its own text (the page at '/') with the model, the film and the latest news. */
export async function frontPageContent(front: PageView | null) {
	const [news, film, goals, localized] = await Promise.all([
		latestNews(5),
		featuredFilm(),
		listGoals(),
		front ? localize('side', front.page) : null
	]);
	return {
		...(localized ? languageData(localized) : { textLang: undefined, fallback: false }),
		intro: localized
			? {
					title: localized.text.title,
					lead: localized.text.lead,
					bodyHtml: renderMarkdown(localized.text.body)
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
