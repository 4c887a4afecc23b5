/** What the public page and the front page show, shaped once for the site and the editors' preview. */
import type { PageView } from './pages.service';
import { renderMarkdown } from './markdown';
import { loadListing } from './listings';
import { toMenuItem } from './menu';
import { latestNews } from './news.service';
import { featuredFilm } from './resources.service';
import { listGoals } from '../fremtidsbilde/goals.service';
import { upcomingEvents } from '../events/events.service';
import { openCalls } from '../programmes/programmes.public';
import { languageData, localize } from './translations';
import { seoMeta } from './seo';
import { currentLang } from '$lib/i18n';
import { config } from '../config';

/** The page that is the accessibility statement (the footer links to it). */
export const ACCESSIBILITY_STATEMENT = '/tilgjengelighet';

type Film = NonNullable<Awaited<ReturnType<typeof featuredFilm>>>;

/** The film as the click-to-play player shows it (VideoPlayer.svelte). */
function filmView(film: Film | null) {
	return (
		film && {
			slug: film.slug,
			title: film.title,
			videoUrl: film.videoUrl,
			videoUrlSubtitled: film.videoUrlSubtitled,
			durationSeconds: film.durationSeconds,
			transcriptHtml: renderMarkdown(film.transcript)
		}
	);
}

export async function pageContent(view: PageView) {
	// The text in the visitor's language, or bokmål marked as a fallback (one indexed query).
	// A page listing the films (/film-og-video) shows the film it talks about above the list.
	const [localized, listing, film] = await Promise.all([
		localize('side', view.page),
		loadListing(view.page.listing),
		view.page.listing === 'filmer' ? featuredFilm() : null
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
		seo: seoMeta(view.page, currentLang()),
		breadcrumbs: view.breadcrumbs,
		section: view.section ? toMenuItem(view.section) : null,
		listing,
		film: filmView(film),
		// The accessibility statement links to its published version on uustatus.no (config).
		uustatusUrl: view.page.path === ACCESSIBILITY_STATEMENT ? (config.uustatusUrl ?? null) : null
	};
}
export type PageContent = Awaited<ReturnType<typeof pageContent>>;

/**
 * The front page: its own text (the page at '/') with the model, the next events, any open
 * call, the film and the latest news.
 */
/** An image on a front page card (the main image of the item, once items have one). */
export interface FrontImage {
	src: string;
	alt: string;
	width: number;
	height: number;
}

export async function frontPageContent(front: PageView | null) {
	const [news, film, goals, localized, events, calls] = await Promise.all([
		latestNews(5),
		featuredFilm(),
		listGoals(),
		front ? localize('side', front.page) : null,
		upcomingEvents(3),
		openCalls(2)
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
		seo: front ? seoMeta(front.page, currentLang()) : null,
		news,
		events,
		// Each call's main image comes with the images work; the slot is there (FrontPage.svelte).
		calls: calls.map((c) => ({ ...c, image: null as FrontImage | null })),
		film: filmView(film),
		goals: goals.map((g) => ({
			slug: g.slug,
			title: g.title,
			href: g.themeStatus === 'published' ? g.themePath : null
		}))
	};
}
export type FrontPageContent = Awaited<ReturnType<typeof frontPageContent>>;
