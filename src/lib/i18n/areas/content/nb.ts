/** Language versions of content: the visitor's notice, the editors' translation panel and form. */
export const contentLanguages = {
	notice: 'Denne siden finnes bare på bokmål.',
	langName: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
	otherLanguage: 'På {language}',
	search: {
		noneHere: 'Ingen treff på «{q}» på bokmål, men {count} treff på de andre språkene (nedenfor).',
		noneHereOne: 'Ingen treff på «{q}» på bokmål, men ett treff på et annet språk (nedenfor).',
		otherLanguages: 'Treff på andre språk'
	},
	kinds: {
		side: 'siden',
		nyhet: 'nyheten',
		ressurs: 'ressursen',
		sporsmal: 'spørsmålet',
		arrangement: 'arrangementet',
		program: 'programmet',
		utlysing: 'utlysningen',
		erfaring: 'erfaringshistorien'
	},
	panel: {
		heading: 'Språkversjoner',
		intro: 'Bokmålsversjonen er originalen. Nynorsk og engelsk oversettes fra den.',
		original: 'Original',
		missing: 'Finnes ikke',
		draft: 'Utkast',
		published: 'Publisert',
		stale: 'Eldre enn bokmålsversjonen',
		upToDate: 'Oppdatert',
		start: 'Start oversettelse til {language}',
		edit: 'Rediger {language}',
		saveFirst: 'Lagre bokmålsversjonen først, så kan du oversette den.'
	},
	editor: {
		title: 'Oversett {kind} til {language}',
		back: 'Tilbake til bokmålsversjonen',
		source: 'Bokmålsversjonen',
		sourceIntro: 'Dette er teksten du oversetter fra (versjon {version}).',
		staleNotice:
			'Bokmålsversjonen er endret etter at denne oversettelsen sist ble lagret. Se over teksten og lagre for å markere den som oppdatert.',
		prefilled:
			'Feltene er fylt ut med bokmålsteksten. Skriv den om på {language} og lagre eller publiser.',
		fields: {
			title: 'Tittel',
			menuTitle: 'Tittel i menyen',
			lead: 'Ingress',
			body: 'Brødtekst'
		},
		save: 'Lagre utkast',
		publish: 'Publiser',
		unpublish: 'Avpubliser',
		remove: 'Slett oversettelsen',
		status: 'Status: {status}',
		viewPublic: 'Se den publiserte siden',
		saved: {
			lagre: 'Oversettelsen er lagret.',
			publiser: 'Oversettelsen er publisert.',
			avpubliser: 'Oversettelsen er avpublisert.',
			slettet: 'Oversettelsen er slettet.'
		}
	},
	errors: {
		titleRequired: 'Skriv en tittel før du publiserer oversettelsen',
		bodyRequired: 'Skriv brødteksten før du publiserer oversettelsen',
		notFound: 'Fant ikke det som skal oversettes. Det kan være slettet.',
		unsupported: 'Dette kan ikke oversettes.'
	},
	audit: {
		saved: '{note} ({language}): «{title}»'
	}
} as const;
