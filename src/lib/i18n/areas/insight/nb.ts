/** Innsikt på tvers av kommunene (/admin/innsikt). */
export const insight = {
	title: 'Innsikt',
	chapterTitle: 'Innsikt: {chapter}',
	lead: 'Hvordan kommunene i programmene har det, og hva de har valgt å arbeide med. Tallene gjelder kommunene i utvalget under.',
	chapterLead:
		'Kommunene i fylkesavdelingens fylker: deltakelse i programmene og arbeidet med fremtidsbildet.',
	chapters: 'Fylkesavdelinger',
	chaptersLead: 'Velg fylkesavdelingen du vil se innsikt for.',
	chaptersNone: 'Du leder ingen fylkesavdeling.',
	refused: 'Du har bare tilgang til innsikt for fylkesavdelingen du leder.',
	filters: {
		legend: 'Utvalg',
		programme: 'Program',
		cohort: 'Kommunene i programmet',
		county: 'Fylke',
		from: 'Fra dato',
		to: 'Til dato',
		periodHint:
			'Perioden gjelder samlinger, frister for mellomarbeid, avsluttede runder, nye tiltak og loggføringer.',
		all: 'Alle',
		allCohorts: 'Alle (deltar, fullført og trukket)',
		submit: 'Vis',
		reset: 'Nullstill utvalget'
	},
	municipalityCount: 'Kommuner i utvalget: {count}',
	exports: 'Last ned utvalget',
	csv: 'Tabellene som CSV',
	pdf: 'Rapport som PDF',
	file: 'innsikt',
	participation: 'Deltakelse',
	fremtidsbilde: 'Fremtidsbildet',
	map: 'Kommunene etter fase',
	mapLead:
		'Hver rute er en kommune, fylke for fylke. Bokstaven sier fasen, også uten farge. Hvem som deltar i programmene står på programmenes egne sider.',
	mapAlt:
		'Rutekart over {count} kommuner etter fase: {summary}. Tabellen under har de samme opplysningene.',
	/** The text alternative of one county's tiles (the county's name stands beside it). */
	countyAlt: '{count} kommuner: {summary}',
	mapTable: 'Kommunene etter fylke og fase (tabell)',
	legend: 'Tegnforklaring',
	phases: {
		ikke_med: 'Ikke med',
		deltar: 'Deltar',
		fullfort: 'Fullført',
		trukket: 'Trukket'
	},
	/** One letter per phase, on the tile. */
	phaseLetters: {
		ikke_med: '–',
		deltar: 'D',
		fullfort: 'F',
		trukket: 'T'
	},
	figures: {
		phases: 'Kommuner i hvert program, etter status',
		groups: 'Kommunegrupper som er fulltallige',
		missingRoles: 'Kommunegrupper som mangler en rolle',
		gatherings: 'Påmeldinger til samlingene og oppmøte',
		betweenWork: 'Mellomarbeid levert innen fristen',
		goalsChosen: 'Samfunnsmålene kommunene har valgt',
		levels: 'Nivået i dag per samfunnsmål (1–5, siste avsluttede runde)',
		gaps: 'Gapet per samfunnsmål (målbilde minus nivået i dag)',
		rounds: 'Avsluttede vurderingsrunder per kommune',
		change: 'Endring fra forrige runde per samfunnsmål',
		actionsByStatus: 'Tiltak etter status',
		actionsBySector: 'Tiltak etter samarbeidspartnernes sektor',
		logSteps: 'Loggføringer etter syklus og fase'
	},
	units: {
		municipalities: 'Kommuner',
		registrations: 'Påmeldinger',
		tasks: 'Oppgaver (kommune og oppgave)',
		actions: 'Tiltak',
		logEntries: 'Loggføringer'
	},
	headings: {
		programme: 'Program',
		role: 'Rolle',
		goal: 'Samfunnsmål',
		rounds: 'Antall runder',
		sector: 'Sektor',
		cycle: 'Syklus',
		county: 'Fylke'
	},
	groups: { complete: 'Fulltallig', incomplete: 'Mangler roller' },
	gatherings: { attended: 'Møtte', absent: 'Møtte ikke', upcoming: 'Ikke holdt ennå' },
	betweenWork: {
		onTime: 'Levert i tide',
		late: 'Levert for sent',
		missing: 'Ikke levert',
		notDue: 'Fristen er ikke ute'
	},
	change: { down: 'Lavere', same: 'Uendret', up: 'Høyere' },
	sectors: {
		skole: 'Skole og oppvekst',
		barnehage: 'Barnehage',
		helse: 'Helse og omsorg',
		barnevern: 'Barnevern',
		nav: 'NAV og arbeid',
		bibliotek: 'Bibliotek',
		kultur: 'Kultur',
		frivillighet: 'Frivillighet og lag',
		naringsliv: 'Næringsliv',
		annet: 'Annet'
	},
	roundsThreeOrMore: '3 eller flere',
	cycleFourOrMore: '4 eller flere',
	total: 'Sum',
	hiddenMark: '–',
	hiddenWord: 'skjult',
	hiddenLegend: '– = skjult',
	protection:
		'Tall som bygger på færre enn 3 kommuner eller 3 personer, er skjult (–). Noen andre tall er også skjult, så de skjulte ikke kan regnes ut ved å trekke fra summene.',
	hiddenHere:
		'{count} tall er skjult i denne tabellen for å verne enkeltkommuner og enkeltpersoner.',
	chartDesc: '{row}: {values}',
	empty: 'Ingen tall i utvalget.',
	pdfTitle: 'Innsikt: Fremtidens kulturskole',
	pdfScope: 'Utvalg: {scope}',
	pdfMade: 'Laget {when}',
	pdfAll: 'hele landet'
} as const;
