import type { Shape } from '../../define';
import type { publishing as publishingNb } from './nb';

/** The public site's front page, search and sharing fields, gone pages and the statement link: nynorsk. */
export const publishing: Shape<typeof publishingNb> = {
	seo: {
		legend: 'Søk og deling',
		intro:
			'Slik blir saka vist i søkjemotorar og når nokon deler lenkja. Står felta tomme, blir tittelen og ingressen brukte.',
		title: 'Tittel for søkjemotorar',
		titleHint: 'Kort og presis, helst under 60 teikn.',
		description: 'Tekst i søkjeresultat',
		descriptionHint:
			'Blir vist under tittelen i søkjeresultat og i delte lenkjer. Helst under 160 teikn.',
		socialImage: 'Bilete ved deling',
		socialImageHint:
			'Adressa til eit bilete, til dømes ei fil herifrå (/filer/…). Tomt gjev standardbiletet til nettstaden.',
		noindex: 'Gøym for søkjemotorar',
		noindexHint:
			'Sida er framleis open for alle, men ber søkjemotorar om ikkje å vise ho, og står ikkje i nettstadkartet.'
	},
	front: {
		whereHeading: 'Kva vil du gjere?',
		whereEvents: 'Sjå og meld deg på arrangement',
		whereProgrammes: 'Les om dei regionale programma',
		whereNews: 'Les nyhende',
		whereResources: 'Finn rapportar, temapakkar og filmar',
		eventsHeading: 'Neste arrangement',
		noEvents: 'Ingen arrangement er lagde ut enno.',
		allEvents: 'Alle arrangementa',
		callHeading: 'Open utlysing',
		callDeadline: 'Søknadsfrist {date}',
		readCall: 'Les utlysinga og søk'
	},
	film: {
		heading: 'Sjå filmen',
		all: 'Alle filmar og opptak'
	},
	gone: {
		title: 'Sida er fjerna',
		text: 'Det som låg her, er ikkje lenger publisert. Adressa er rett, men innhaldet er teke bort med vilje.',
		news: 'Nyhende'
	},
	statement: {
		uustatus: 'Les den publiserte tilgjengelegheitserklæringa på uustatus.no',
		uustatusLead:
			'Erklæringa er òg publisert hos Tilsynet for universell utforming av IKT, som krev det for offentlege nettstader.'
	}
};
