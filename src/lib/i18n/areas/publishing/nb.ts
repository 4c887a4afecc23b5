/** The public site's front page, search and sharing fields, gone pages and the statement link: bokmål. */
export const publishing = {
	seo: {
		legend: 'Søk og deling',
		intro:
			'Slik vises saken i søkemotorer og når noen deler lenken. Står feltene tomme, brukes tittelen og ingressen.',
		title: 'Tittel for søkemotorer',
		titleHint: 'Kort og presis, helst under 60 tegn.',
		description: 'Tekst i søkeresultater',
		descriptionHint:
			'Vises under tittelen i søkeresultater og i delte lenker. Helst under 160 tegn.',
		socialImage: 'Bilde ved deling',
		socialImageHint:
			'Adressen til et bilde, for eksempel en fil herfra (/filer/…). Tomt gir nettstedets standardbilde.',
		noindex: 'Skjul for søkemotorer',
		noindexHint:
			'Siden er fortsatt åpen for alle, men ber søkemotorer la være å vise den, og står ikke i nettstedskartet.'
	},
	front: {
		whereHeading: 'Hva vil du gjøre?',
		whereEvents: 'Se og meld deg på arrangementer',
		whereProgrammes: 'Les om de regionale programmene',
		whereNews: 'Les nyheter',
		whereResources: 'Finn rapporter, temapakker og filmer',
		eventsHeading: 'Neste arrangementer',
		noEvents: 'Ingen arrangementer er lagt ut ennå.',
		allEvents: 'Alle arrangementer',
		callHeading: 'Åpen utlysning',
		callDeadline: 'Søknadsfrist {date}',
		readCall: 'Les utlysningen og søk'
	},
	film: {
		heading: 'Se filmen',
		all: 'Alle filmer og opptak'
	},
	gone: {
		title: 'Siden er fjernet',
		text: 'Det som lå her, er ikke lenger publisert. Adressen er riktig, men innholdet er tatt bort med vilje.',
		news: 'Nyheter'
	},
	statement: {
		uustatus: 'Les den publiserte tilgjengelighetserklæringen på uustatus.no',
		uustatusLead:
			'Erklæringen er også publisert hos Tilsynet for universell utforming av IKT, som krever det for offentlige nettsteder.'
	}
} as const;
