import type { Shape } from '../../define';
import type { contentLanguages as contentLanguagesNb } from './nb';

export const contentLanguages: Shape<typeof contentLanguagesNb> = {
	notice: 'This page is not yet available in English. The text below is in Norwegian (Bokmål).',
	langName: { nb: 'Norwegian Bokmål', nn: 'Norwegian Nynorsk', en: 'English' },
	otherLanguage: 'In {language}',
	search: {
		noneHere: 'No results for “{q}” in English, but {count} in the other languages (below).',
		noneHereOne: 'No results for “{q}” in English, but one in another language (below).',
		otherLanguages: 'Results in other languages'
	},
	kinds: {
		side: 'the page',
		nyhet: 'the news item',
		ressurs: 'the resource',
		sporsmal: 'the question',
		arrangement: 'the event',
		program: 'the programme',
		utlysing: 'the call',
		erfaring: 'the experience story'
	},
	panel: {
		heading: 'Language versions',
		intro: 'The Bokmål version is the original. Nynorsk and English are translated from it.',
		original: 'Original',
		missing: 'Not written',
		draft: 'Draft',
		published: 'Published',
		stale: 'Older than the Bokmål version',
		upToDate: 'Up to date',
		start: 'Start translation into {language}',
		edit: 'Edit {language}',
		saveFirst: 'Save the Bokmål version first; then you can translate it.'
	},
	editor: {
		title: 'Translate {kind} into {language}',
		back: 'Back to the Bokmål version',
		source: 'The Bokmål version',
		sourceIntro: 'This is the text you are translating from (version {version}).',
		staleNotice:
			'The Bokmål version has changed since this translation was last saved. Review the text and save to mark it as up to date.',
		prefilled:
			'The fields are filled in with the Bokmål text. Rewrite it in {language}, then save or publish.',
		fields: {
			title: 'Title',
			menuTitle: 'Title in the menu',
			lead: 'Introduction',
			body: 'Body text'
		},
		save: 'Save draft',
		publish: 'Publish',
		unpublish: 'Unpublish',
		remove: 'Delete the translation',
		status: 'Status: {status}',
		viewPublic: 'View the published page',
		saved: {
			lagre: 'The translation has been saved.',
			publiser: 'The translation has been published.',
			avpubliser: 'The translation has been unpublished.',
			slettet: 'The translation has been deleted.'
		}
	},
	errors: {
		titleRequired: 'Enter a title before you publish the translation',
		bodyRequired: 'Enter the body text before you publish the translation',
		notFound: 'Could not find what is to be translated. It may have been deleted.',
		unsupported: 'This cannot be translated.'
	},
	audit: {
		saved: '{note} ({language}): “{title}”'
	}
};
