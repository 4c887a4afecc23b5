import type { Shape } from '../../define';
import type { insight as insightNb } from './nb';

export const insight: Shape<typeof insightNb> = {
	title: 'Innsikt',
	chapterTitle: 'Innsikt: {chapter}',
	lead: 'Korleis det går med kommunane i programma, og kva dei har valt å arbeide med. Tala gjeld kommunane i utvalet under.',
	chapterLead:
		'Kommunane i fylka til fylkesavdelinga: deltaking i programma og arbeidet med framtidsbiletet.',
	chapters: 'Fylkesavdelingar',
	chaptersLead: 'Vel fylkesavdelinga du vil sjå innsikt for.',
	chaptersNone: 'Du leier inga fylkesavdeling.',
	refused: 'Du har berre tilgang til innsikt for fylkesavdelinga du leier.',
	filters: {
		legend: 'Utval',
		programme: 'Program',
		cohort: 'Kommunane i programmet',
		county: 'Fylke',
		from: 'Frå dato',
		to: 'Til dato',
		periodHint:
			'Perioden gjeld samlingar, fristar for mellomarbeid, avslutta rundar, nye tiltak og loggføringar.',
		all: 'Alle',
		allCohorts: 'Alle (deltek, fullført og trekt)',
		submit: 'Vis',
		reset: 'Nullstill utvalet'
	},
	municipalityCount: 'Kommunar i utvalet: {count}',
	exports: 'Last ned utvalet',
	csv: 'Tabellane som CSV',
	pdf: 'Rapport som PDF',
	file: 'innsikt',
	participation: 'Deltaking',
	fremtidsbilde: 'Framtidsbiletet',
	map: 'Kommunane etter fase',
	mapLead:
		'Kvar rute er ein kommune, fylke for fylke. Bokstaven seier fasen, òg utan farge. Kven som deltek i programma, står på sidene til programma.',
	mapAlt:
		'Rutekart over {count} kommunar etter fase: {summary}. Tabellen under har dei same opplysningane.',
	/** The text alternative of one county's tiles (the county's name stands beside it). */
	countyAlt: '{count} kommunar: {summary}',
	mapTable: 'Kommunane etter fylke og fase (tabell)',
	legend: 'Teiknforklaring',
	phases: {
		ikke_med: 'Ikkje med',
		deltar: 'Deltek',
		fullfort: 'Fullført',
		trukket: 'Trekt'
	},
	phaseLetters: {
		ikke_med: '–',
		deltar: 'D',
		fullfort: 'F',
		trukket: 'T'
	},
	figures: {
		phases: 'Kommunar i kvart program, etter status',
		groups: 'Kommunegrupper med alle rollene',
		missingRoles: 'Kommunegrupper som manglar ei rolle',
		gatherings: 'Påmeldingar til samlingane og oppmøte',
		betweenWork: 'Mellomarbeid levert innan fristen',
		goalsChosen: 'Samfunnsmåla kommunane har valt',
		levels: 'Nivået i dag per samfunnsmål (1–5, siste avslutta runde)',
		gaps: 'Gapet per samfunnsmål (målbilete minus nivået i dag)',
		rounds: 'Avslutta vurderingsrundar per kommune',
		change: 'Endring frå førre runde per samfunnsmål',
		actionsByStatus: 'Tiltak etter status',
		actionsBySector: 'Tiltak etter sektoren til samarbeidspartnarane',
		logSteps: 'Loggføringar etter syklus og fase'
	},
	units: {
		municipalities: 'Kommunar',
		registrations: 'Påmeldingar',
		tasks: 'Oppgåver (kommune og oppgåve)',
		actions: 'Tiltak',
		logEntries: 'Loggføringar'
	},
	headings: {
		programme: 'Program',
		role: 'Rolle',
		goal: 'Samfunnsmål',
		rounds: 'Tal på rundar',
		sector: 'Sektor',
		cycle: 'Syklus',
		county: 'Fylke'
	},
	groups: { complete: 'Alle roller på plass', incomplete: 'Manglar roller' },
	gatherings: { attended: 'Møtte', absent: 'Møtte ikkje', upcoming: 'Ikkje halden enno' },
	betweenWork: {
		onTime: 'Levert i tide',
		late: 'Levert for seint',
		missing: 'Ikkje levert',
		notDue: 'Fristen er ikkje ute'
	},
	change: { down: 'Lågare', same: 'Uendra', up: 'Høgare' },
	sectors: {
		skole: 'Skule og oppvekst',
		barnehage: 'Barnehage',
		helse: 'Helse og omsorg',
		barnevern: 'Barnevern',
		nav: 'NAV og arbeid',
		bibliotek: 'Bibliotek',
		kultur: 'Kultur',
		frivillighet: 'Frivilligheit og lag',
		naringsliv: 'Næringsliv',
		annet: 'Anna'
	},
	roundsThreeOrMore: '3 eller fleire',
	cycleFourOrMore: '4 eller fleire',
	total: 'Sum',
	hiddenMark: '–',
	hiddenWord: 'skjult',
	hiddenLegend: '– = skjult',
	protection:
		'Tal som byggjer på færre enn 3 kommunar eller 3 personar, er skjulte (–). Nokre andre tal er òg skjulte, så dei skjulte ikkje kan reknast ut ved å trekkje frå summane.',
	hiddenHere:
		'{count} tal er skjulte i denne tabellen for å verne einskilde kommunar og einskildpersonar.',
	chartDesc: '{row}: {values}',
	empty: 'Ingen tal i utvalet.',
	pdfTitle: 'Innsikt: Fremtidens kulturskole',
	pdfScope: 'Utval: {scope}',
	pdfMade: 'Laga {when}',
	pdfAll: 'heile landet'
};
