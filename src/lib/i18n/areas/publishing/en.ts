import type { Shape } from '../../define';
import type { publishing as publishingNb } from './nb';

/** The public site's front page, search and sharing fields, gone pages and the statement link: English. */
export const publishing: Shape<typeof publishingNb> = {
	seo: {
		legend: 'Search and sharing',
		intro:
			'How the item appears in search engines and when someone shares the link. If the fields are left empty, the title and lead are used.',
		title: 'Title for search engines',
		titleHint: 'Short and precise, preferably under 60 characters.',
		description: 'Text in search results',
		descriptionHint:
			'Shown under the title in search results and in shared links. Preferably under 160 characters.',
		socialImage: 'Image when shared',
		socialImageHint:
			'The address of an image, for example a file from this site (/filer/…). Leave it empty for the standard image.',
		noindex: 'Hide from search engines',
		noindexHint:
			'The page is still open to everyone, but asks search engines not to show it, and is left out of the sitemap.'
	},
	front: {
		whereHeading: 'What would you like to do?',
		whereEvents: 'See events and register',
		whereProgrammes: 'Read about the regional programmes',
		whereNews: 'Read the news',
		whereResources: 'Find reports, theme packages and films',
		eventsHeading: 'Upcoming events',
		noEvents: 'No events have been published yet.',
		allEvents: 'All events',
		callHeading: 'Open call',
		callDeadline: 'Application deadline {date}',
		readCall: 'Read the call and apply'
	},
	film: {
		heading: 'Watch the film',
		all: 'All films and recordings'
	},
	gone: {
		title: 'This page has been removed',
		text: 'What was here is no longer published. The address is right, but the content has been taken down on purpose.',
		news: 'News'
	},
	statement: {
		uustatus: 'Read the published accessibility statement on uustatus.no',
		uustatusLead:
			'The statement is also published by the Norwegian Authority for Universal Design of ICT, which requires it for public websites.'
	}
};
