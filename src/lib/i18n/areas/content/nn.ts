import type { Shape } from '../../define';
import type { contentLanguages as contentLanguagesNb } from './nb';

export const contentLanguages: Shape<typeof contentLanguagesNb> = {
	notice: 'Denne sida finst ikkje på nynorsk enno. Teksten under er på bokmål.',
	langName: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
	otherLanguage: 'På {language}',
	search: {
		noneHere: 'Ingen treff på «{q}» på nynorsk, men {count} treff på dei andre språka (nedanfor).',
		noneHereOne: 'Ingen treff på «{q}» på nynorsk, men eitt treff på eit anna språk (nedanfor).',
		otherLanguages: 'Treff på andre språk'
	},
	kinds: {
		side: 'sida',
		nyhet: 'nyhendet',
		ressurs: 'ressursen',
		sporsmal: 'spørsmålet',
		arrangement: 'arrangementet',
		program: 'programmet',
		utlysing: 'utlysinga',
		erfaring: 'erfaringshistoria'
	},
	panel: {
		heading: 'Språkversjonar',
		intro: 'Bokmålsversjonen er originalen. Nynorsk og engelsk blir omsette frå han.',
		original: 'Original',
		missing: 'Finst ikkje',
		draft: 'Utkast',
		published: 'Publisert',
		stale: 'Eldre enn bokmålsversjonen',
		upToDate: 'Oppdatert',
		start: 'Start omsetjing til {language}',
		edit: 'Rediger {language}',
		saveFirst: 'Lagre bokmålsversjonen først, så kan du omsetje han.'
	},
	editor: {
		title: 'Omset {kind} til {language}',
		back: 'Tilbake til bokmålsversjonen',
		source: 'Bokmålsversjonen',
		sourceIntro: 'Dette er teksten du omset frå (versjon {version}).',
		staleNotice:
			'Bokmålsversjonen er endra etter at denne omsetjinga sist vart lagra. Sjå over teksten og lagre for å merkje han som oppdatert.',
		prefilled:
			'Felta er fylte ut med bokmålsteksten. Skriv han om på {language} og lagre eller publiser.',
		fields: {
			title: 'Tittel',
			menuTitle: 'Tittel i menyen',
			lead: 'Ingress',
			body: 'Brødtekst'
		},
		save: 'Lagre utkast',
		publish: 'Publiser',
		unpublish: 'Avpubliser',
		remove: 'Slett omsetjinga',
		status: 'Status: {status}',
		viewPublic: 'Sjå den publiserte sida',
		saved: {
			lagre: 'Omsetjinga er lagra.',
			publiser: 'Omsetjinga er publisert.',
			avpubliser: 'Omsetjinga er avpublisert.',
			slettet: 'Omsetjinga er sletta.'
		}
	},
	errors: {
		titleRequired: 'Skriv ein tittel før du publiserer omsetjinga',
		bodyRequired: 'Skriv brødteksten før du publiserer omsetjinga',
		notFound: 'Fann ikkje det som skal omsetjast. Det kan vere sletta.',
		unsupported: 'Dette kan ikkje omsetjast.'
	},
	audit: {
		saved: '{note} ({language}): «{title}»'
	}
};
