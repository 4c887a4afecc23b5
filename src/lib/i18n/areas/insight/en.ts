import type { Shape } from '../../define';
import type { insight as insightNb } from './nb';

export const insight: Shape<typeof insightNb> = {
	title: 'Insight',
	chapterTitle: 'Insight: {chapter}',
	lead: 'How the municipalities in the programmes are doing, and what they chose to work on. The figures cover the municipalities in the selection below.',
	chapterLead:
		'The municipalities in the county branch’s counties: taking part in the programmes and the work on the picture of the future.',
	chapters: 'County branches',
	chaptersLead: 'Choose the county branch you want to see insight for.',
	chaptersNone: 'You do not lead a county branch.',
	refused: 'You only have access to insight for the county branch you lead.',
	filters: {
		legend: 'Selection',
		programme: 'Programme',
		cohort: 'The municipalities in the programme',
		county: 'County',
		from: 'From date',
		to: 'To date',
		periodHint:
			'The period applies to gatherings, interim work deadlines, closed rounds, new actions and log entries.',
		all: 'All',
		allCohorts: 'All (taking part, completed and withdrawn)',
		submit: 'Show',
		reset: 'Clear the selection'
	},
	municipalityCount: 'Municipalities in the selection: {count}',
	exports: 'Download the selection',
	csv: 'The tables as CSV',
	pdf: 'Report as PDF',
	file: 'insight',
	participation: 'Taking part',
	fremtidsbilde: 'The picture of the future',
	map: 'The municipalities by phase',
	mapLead:
		'Each tile is a municipality, county by county. The letter gives the phase, without colour too. Who takes part in the programmes is on the programmes’ own pages.',
	mapAlt:
		'Tile map of {count} municipalities by phase: {summary}. The table below has the same information.',
	/** The text alternative of one county's tiles (the county's name stands beside it). */
	countyAlt: '{count} municipalities: {summary}',
	mapTable: 'The municipalities by county and phase (table)',
	legend: 'Key',
	phases: {
		ikke_med: 'Not taking part',
		deltar: 'Taking part',
		fullfort: 'Completed',
		trukket: 'Withdrawn'
	},
	phaseLetters: {
		ikke_med: '–',
		deltar: 'D',
		fullfort: 'F',
		trukket: 'T'
	},
	figures: {
		phases: 'Municipalities in each programme, by status',
		groups: 'Municipal groups with every role filled',
		missingRoles: 'Municipal groups missing a role',
		gatherings: 'Registrations for the gatherings and attendance',
		betweenWork: 'Interim work handed in on time',
		goalsChosen: 'The societal goals the municipalities chose',
		levels: 'Today’s level per societal goal (1–5, latest closed round)',
		gaps: 'The gap per societal goal (target picture minus today’s level)',
		rounds: 'Closed rating rounds per municipality',
		change: 'Change since the previous round per societal goal',
		actionsByStatus: 'Actions by status',
		actionsBySector: 'Actions by the partners’ sector',
		logSteps: 'Log entries by cycle and phase'
	},
	units: {
		municipalities: 'Municipalities',
		registrations: 'Registrations',
		tasks: 'Assignments (municipality and assignment)',
		actions: 'Actions',
		logEntries: 'Log entries'
	},
	headings: {
		programme: 'Programme',
		role: 'Role',
		goal: 'Societal goal',
		rounds: 'Number of rounds',
		sector: 'Sector',
		cycle: 'Cycle',
		county: 'County'
	},
	groups: { complete: 'Every role filled', incomplete: 'Roles missing' },
	gatherings: { attended: 'Attended', absent: 'Did not attend', upcoming: 'Not held yet' },
	betweenWork: {
		onTime: 'Handed in on time',
		late: 'Handed in late',
		missing: 'Not handed in',
		notDue: 'Not due yet'
	},
	change: { down: 'Lower', same: 'Unchanged', up: 'Higher' },
	sectors: {
		skole: 'School and childhood',
		barnehage: 'Kindergarten',
		helse: 'Health and care',
		barnevern: 'Child welfare',
		nav: 'NAV and employment',
		bibliotek: 'Library',
		kultur: 'Culture',
		frivillighet: 'Voluntary organisations',
		naringsliv: 'Business',
		annet: 'Other'
	},
	roundsThreeOrMore: '3 or more',
	cycleFourOrMore: '4 or more',
	total: 'Total',
	hiddenMark: '–',
	hiddenWord: 'hidden',
	hiddenLegend: '– = hidden',
	protection:
		'Figures based on fewer than 3 municipalities or 3 people are hidden (–). Some other figures are hidden too, so the hidden ones cannot be worked out by subtracting from the totals.',
	hiddenHere:
		'{count} figures are hidden in this table to protect individual municipalities and people.',
	chartDesc: '{row}: {values}',
	empty: 'No figures in the selection.',
	pdfTitle: 'Insight: Fremtidens kulturskole',
	pdfScope: 'Selection: {scope}',
	pdfMade: 'Made {when}',
	pdfAll: 'the whole country'
};
