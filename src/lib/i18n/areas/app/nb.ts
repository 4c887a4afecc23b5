/** The signed-in workspaces (fremtidsbilde, mellomarbeid, min side, applications) in bokmål. */
export const app = {
	common: {
		saved: 'Lagret.',
		yes: 'Ja',
		no: 'Nei'
	},
	results: {
		title: 'Resultater: {title}',
		thanks: 'Takk! Svaret ditt er lagret. Bare du ser hva du har svart.',
		closed: 'Runden er avsluttet, og resultatene er låst.',
		answered: '{count} av {members} i gruppen har svart.',
		openUntil: 'Runden er åpen til {date}.',
		isClosed: 'Runden er avsluttet.',
		toForm: 'Gå til svarskjemaet',
		withheldTitle: 'Resultatene er holdt tilbake',
		mean: 'Snitt',
		spread: 'spredning',
		ratings: '{count} vurderinger',
		tooFew: 'For få har gitt tall på dette målet til at resultatet kan vises.',
		caption: 'Vurderingene av hver påstand (1 = stemmer svært dårlig, 5 = stemmer svært godt)',
		statement: 'Påstand',
		meanCol: 'Snitt',
		spreadCol: 'Spredning',
		dontKnow: 'Vet ikke',
		heldBack: 'Holdt tilbake: færre enn {min} har gitt tall',
		agreed: 'Det gruppen ble enige om',
		level: 'Nivå: {level}',
		levelNotSet: 'ikke satt',
		nothingYet: 'Gruppen har ikke skrevet noe ennå.',
		closeHeading: 'Avslutt runden',
		closeLead:
			'Runden avsluttes av seg selv ved fristen. Avslutter du nå, kan ingen svare eller endre svar lenger, og gruppen ser resultatene (når minst {min} har svart).',
		closeButton: 'Avslutt runden nå'
	},
	ws: {
		name: 'Fremtidsbilde',
		context: 'Fremtidsbilde · {name} kommune',
		viewerKoordinator: 'Du er koordinator',
		viewerMedlem: 'Du er medlem',
		viewerLeser: 'Du leser',
		readonly:
			'Du ser fremtidsbildet som programstab eller fylkesavdeling. Bare kommunegruppen kan endre det, og ingen ser hva den enkelte har svart i nåbildet.',
		navLabel: 'Fremtidsbildet',
		nav: {
			overview: 'Oversikt',
			group: 'Gruppen',
			goals: 'Mål',
			target: 'Målbilde',
			current: 'Nåbilde',
			gap: 'Gapet',
			actions: 'Tiltak',
			log: 'Aksjonslæring',
			sharing: 'Deling',
			between: 'Mellomarbeid'
		},
		titleWith: '{title} – {municipality}'
	},
	autosave: {
		saving: 'Lagrer utkast …',
		saved: 'Utkast lagret kl. {time}. Husk å lagre når du er ferdig.',
		failed: 'Klarte ikke å lagre utkastet. Teksten står fortsatt her; prøv å lagre skjemaet.',
		discarded: 'Utkastet er forkastet. Feltet viser det som er lagret.',
		discard: 'Forkast utkastet',
		discardFor: ' for {label}'
	},
	chart: {
		caption: '{caption}: tallene i diagrammet',
		goal: 'Mål'
	},
	composition: {
		complete:
			'Gruppen har den sammensetningen programmet ber om: skoleeier, kulturskoleleder, en annen ansatt i kulturskolen og noen fra en annen sektor.',
		incompleteTitle: 'Gruppen er ikke komplett ennå',
		incompleteLead: 'For at gruppen skal ha den sammensetningen programmet ber om, mangler den:',
		coordinator: 'en koordinator'
	},
	conclusion: {
		notSet: 'Ikke satt ennå',
		legend: 'Nivået dere ble enige om for «{goal}»',
		narrative: 'Hvorfor – med gruppens egne ord',
		save: 'Lagre',
		saveFor: ' for {goal}'
	},
	member: {
		role: 'Rolle i gruppen',
		chooseRole: 'Velg rolle',
		sector: 'Sektor',
		sectorHint: 'For annen sektor: hvilken, for eksempel helse, NAV, bibliotek eller barnevern.',
		coordinator: 'Koordinator',
		coordinatorHint: 'Koordinatorer inviterer medlemmer, velger mål og åpner vurderingsrunder.'
	},
	rating: {
		note: 'Notat til deg selv'
	},
	stakeholders: {
		actor: 'Sektor eller aktør',
		role: 'Rolle',
		involved: 'Med nå?',
		change: 'Endre',
		yes: 'Ja',
		notYet: 'Ikke ennå'
	},
	statement: {
		position: 'Rekkefølge'
	},
	overview: {
		title: 'Fremtidsbilde for {name}',
		focus: 'Fokusområde: {focus}',
		lead: 'Hvilke samfunnsmål skal gi retning for kulturskolen i {name}? Gruppen arbeider seg gjennom målbilde, nåbilde og gapet, og lærer underveis.',
		roundOpen: 'Runden «{title}» er åpen',
		roundStatus: 'Svarfrist {deadline}. {count} har svart.',
		changeAnswer: 'Se eller endre svaret ditt',
		giveAnswer: 'Gi din vurdering',
		group: '1. Gruppen',
		memberOne: '1 medlem.',
		members: '{count} medlemmer.',
		goals: '2. Samfunnsmål',
		noGoals: 'Gruppen har ikke valgt mål ennå. Velg ett til tre.',
		target: '3. Målbilde',
		targetCount: '{done} av {total} mål har et målbilde.',
		current: '4. Nåbilde',
		noRounds: 'Ingen vurderingsrunder ennå.',
		roundOne: '1 runde.',
		rounds: '{count} runder.',
		gap: '5. Gapet',
		gapCount: '{done} av {total} mål har gapet beskrevet.',
		actions: '6. Tiltak',
		log: '7. Aksjonslæring',
		logLast: '{count} loggføringer. Sist: {phase} i syklus {cycle}, {date}.',
		noLog: 'Ingen loggføringer ennå.',
		sharing: '8. Deling',
		shared: 'Delt med programstaben {date}.',
		notShared: 'Ikke delt med programstaben ennå.'
	},
	rounds: {
		title: 'Nåbilde',
		lead: 'Hvordan opplever dere kulturskolen i forhold til målbildet akkurat nå? Hver og en vurderer påstandene for seg, og gruppen ser de samlede tallene når minst tre har svart. Så blir dere enige om et nivå og forteller hvorfor.',
		heading: 'Vurderingsrunder',
		caption: 'Vurderingsrunder, nyeste først',
		round: 'Runde',
		status: 'Status',
		answers: 'Svar',
		results: 'Resultater',
		resultsFor: ' for {title}',
		openedAt: 'Åpnet {date}',
		open: 'Åpen',
		deadline: 'Frist {date}',
		closed: 'Avsluttet',
		answered: 'Du har svart',
		notAnswered: 'Du har ikke svart',
		none: 'Ingen runder ennå.',
		newHeading: 'Åpne en ny runde',
		alreadyOpen: 'Det er allerede en åpen runde. Avslutt den før dere åpner en ny.',
		newLead:
			'Alle i gruppen får e-post med lenke til runden. De vurderer påstandene for målene dere har valgt, og kan endre svaret sitt fram til fristen.',
		name: 'Navn på runden',
		deadlineLabel: 'Svarfrist',
		norwegianTime: 'Norsk tid.',
		openButton: 'Åpne runden',
		development: 'Utvikling over tid',
		developmentLead:
			'Nivået for hvert mål etter hver runde: det gruppen ble enige om, ellers snittet av vurderingene når det kan vises.',
		developmentNone: 'Når dere har hatt en runde, vises utviklingen for hvert mål her.',
		defaultTitle: 'Nåbilde {month} {year}'
	},
	answer: {
		closedAt: 'Runden ble avsluttet {date}.',
		seeResults: 'Se resultatene',
		readerLead: 'Svarfrist {deadline}. Bare medlemmene av kommunegruppen svarer.',
		lead: 'Hvor godt stemmer hver påstand for kulturskolen i {name} i dag? Svar ut fra det du selv opplever. Svarfrist {deadline}.',
		private:
			'Svarene dine er personlige. Ingen andre ser hva du har svart, heller ikke koordinatoren eller programstaben. Gruppen ser bare samlede tall, og først når minst tre har svart. Notatene er bare for deg. Svarene slettes 90 dager etter at runden er avsluttet; de samlede tallene blir stående.',
		answeredAt: 'Du svarte sist {date}. Du kan endre svaret ditt fram til fristen.',
		saveChanges: 'Lagre endringene',
		send: 'Send svaret mitt'
	}
} as const;
