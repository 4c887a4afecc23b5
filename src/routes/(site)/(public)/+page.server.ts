import { pageByPath } from '$lib/server/content/pages.service';
import { latestNews } from '$lib/server/content/news.service';
import { featuredFilm } from '$lib/server/content/resources.service';
import { listGoals } from '$lib/server/fremtidsbilde/goals.service';
import { renderMarkdown } from '$lib/server/content/markdown';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const [front, news, film, goals] = await Promise.all([
		pageByPath('/'),
		latestNews(5),
		featuredFilm(),
		listGoals()
	]);
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
};
