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
	apply: {
		seoTitle: 'Søk: {programme}',
		deadline: 'Søknadsfrist:',
		places: 'Plasser:',
		placesCount: '{count} kommuner',
		mine: 'Søknadene dine',
		applicationFor: 'Søknad nr. {id} for {names}',
		opensAt: 'Utlysningen åpner {date}. Du kan starte en søknad fra da.',
		closedAt:
			'Søknadsfristen gikk ut {date}. Du kan lese søknadene dine, men ikke starte nye eller endre dem.',
		startNew: 'Start en ny søknad',
		start: 'Start søknaden',
		startLead:
			'Velg kommunen dere søker for. Flere kommuner kan søke sammen i én søknad. Hver kommune kan ha én søknad til utlysningen. Etterpå fører du opp gruppen og svarer på spørsmålene; de du fører opp, kan logge inn og hjelpe til med å fylle ut søknaden.',
		municipality: 'Kommune',
		municipalityHint: 'Bare medlemskommuner i området utlysningen gjelder, står i listen.'
	},
	application: {
		seoTitle: 'Søknad nr. {id}: {programme}',
		heading: 'Søknad fra {names}',
		meta: 'Søknad nr. {id} til {programme} · {status}',
		sentAt: ', sendt {date}',
		lastSaved: '· sist lagret av {name} {date}',
		withdrawn:
			'Søknaden er trukket. Kommunen kan starte en ny søknad så lenge utlysningen er åpen.',
		closed:
			'Søknadsfristen gikk ut {date}. Søknaden kan ikke lenger endres eller trekkes; du kan lese den under.',
		deadline: 'Fristen er {date}.',
		sentLead:
			'Søknaden er sendt. Du kan endre den og sende inn endringene, eller trekke den, fram til fristen.',
		draftLead:
			'Lange svar lagres som utkast mens du skriver. Alle som står oppført i gruppen, kan logge inn og hjelpe til.',
		group: 'Gruppen',
		groupLead:
			'Før opp dem som skal være med i kommunegruppen. Programmet krever minst én person med hver av disse rollene:',
		groupLeadEach:
			'Før opp dem som skal være med i kommunegruppen. Programmet krever minst én person med hver av disse rollene i hver kommune:',
		groupLeadEnd:
			'Vi bruker navn og e-post til å invitere gruppen hvis dere blir tatt opp. Trenger du flere rader, lagrer du utkastet, så kommer det nye.',
		member: 'Medlem {n}',
		name: 'Navn',
		email: 'E-post',
		role: 'Rolle',
		chooseRole: 'Velg rolle',
		municipality: 'Kommune',
		questions: 'Spørsmålene',
		motivation: 'Motivasjon',
		motivationHint: 'Hvorfor vil dere være med, og hva håper dere å oppnå?',
		focusArea: 'Fokusområde',
		focusAreaHint:
			'Hva vil dere særlig arbeide med, for eksempel inkludering eller samarbeid med skolen?',
		goals: 'Samfunnsmål',
		goalsHint: 'Velg ett eller flere mål fra programmets katalog.',
		goalsText: 'Mål',
		goalsTextHint: 'Hvordan henger målene sammen med kommunens arbeid?',
		plans: 'Forankring i planer',
		plansHint:
			'Hvilke av kommunens planer bygger arbeidet på (samfunnsdelen, oppvekstplan, kulturplan …)?',
		political: 'Forankring hos politikere og kommuneledelse',
		politicalHint: 'Hvem har sagt ja til at kommunen søker, og hvordan er politikerne involvert?',
		contact: 'Kontaktperson',
		contactLead: 'Vi sender vedtaket til kontaktpersonen og til den som startet søknaden.',
		phone: 'Telefon',
		saveDraft: 'Lagre utkast',
		sendChanges: 'Send inn endringene',
		send: 'Send søknaden',
		withdrawHeading: 'Trekke søknaden?',
		withdrawLead:
			'Trekker dere søknaden, blir den ikke vurdert. Kommunen kan starte en ny før fristen.',
		withdraw: 'Trekk søknaden',
		sentMessage:
			'Søknaden er sendt kl. {time}. Vi har sendt en kvittering med en PDF-kopi til {email}.',
		savedMessage: 'Utkastet er lagret. De andre i gruppen ser endringene når de åpner søknaden.'
	},
	programmes: {
		group: 'Gruppen',
		applyBy: 'Søk innen {date}.',
		opens: 'Utlysningen åpner {opens}, søknadsfrist {closes}.',
		places: '{count} plasser.',
		applyLink: 'Søk om plass',
		readMore: 'Les mer om å søke',
		adminNav: 'Programmets sider',
		navHub: 'Programmet',
		navCall: 'Utlysning',
		navApplications: 'Søknader',
		navDecisions: 'Vedtak',
		navBetween: 'Mellomarbeid',
		navOverview: 'Oversikt',
		name: 'Navn',
		kind: 'Type',
		status: 'Status',
		statusHint:
			'Utkast vises bare i administrasjonen. De andre vises på nettstedet under /program.',
		lead: 'Ingress',
		description: 'Beskrivelse',
		starts: 'Starter',
		ends: 'Slutter',
		owners: 'Eiere',
		ownersHint: 'Skill med komma, for eksempel: Norsk kulturskoleråd, KS.',
		chapters: 'Fylkesavdelinger som driver programmet',
		chaptersHint: 'Påkrevd for regionale program. Fylkeslederne får tilgang til programmet.',
		reported: 'Antall søknader før plattformen',
		reportedHint:
			'For runder der søknadene ikke ligger her (piloten hadde 55). La stå tomt ellers.',
		resources: 'Ressurser som vises på programmets side',
		slug: 'Adresse',
		slugHint: 'Lages fra navnet om du lar feltet stå tomt. /program/{slug}',
		save: 'Lagre programmet',
		taskTitle: 'Tittel',
		taskDue: 'Frist',
		taskEvent: 'Forbereder samlingen',
		taskNoEvent: 'Ingen bestemt samling'
	},
	events: {
		adminNav: 'Arrangementet',
		tabDetails: 'Detaljer',
		tabQuestions: 'Spørsmål',
		tabParticipants: 'Deltakere',
		tabCheckIn: 'Innsjekk',
		tabMessage: 'Melding',
		meetingLink: 'Møtelenke:',
		closed: 'Påmeldingen er stengt',
		openNoLimit: 'Åpen for påmelding',
		recording: 'Opptak tilgjengelig',
		participantRoles: [
			'Kulturskoleleder',
			'Lærer eller annen ansatt i kulturskolen',
			'Skoleeier eller kommunalsjef',
			'Leder i skole eller barnehage',
			'Ansatt i annen kommunal sektor',
			'Folkevalgt',
			'Norsk kulturskoleråd eller fylkesavdeling',
			'KS',
			'Annen rolle'
		],
		aboutYou: 'Om deg',
		name: 'Navn',
		nameHint: 'Står på deltakerlisten og navnelappen.',
		email: 'E-post',
		emailHint: 'Hit sender vi bekreftelsen, lenken til påmeldingen din og beskjed om endringer.',
		fromWhere:
			'Fyll ut kommunen du kommer fra, eller organisasjonen din hvis du ikke representerer en kommune. Vi bruker det til å se hvilke kommuner som deltar.',
		municipality: 'Kommune',
		municipalityHint: 'Begynn å skrive, og velg fra forslagene.',
		organisation: 'Annen organisasjon',
		role: 'Rolle',
		chooseRole: 'Velg rollen din',
		roleHint: 'Hjelper oss å tilpasse innholdet og se hvem arrangementet når.',
		questions: 'Spørsmål fra arrangøren',
		yes: 'Ja',
		no: 'Nei',
		several: 'Du kan velge flere.',
		food: 'Mat og allergier',
		dietary: 'Behov knyttet til kosthold eller allergier',
		dietaryHint:
			'Frivillig. Vi bruker det bare til å bestille mat. Slike opplysninger kan si noe om helse eller religion, så vi lagrer dem bare med ditt samtykke og sletter dem dagen etter arrangementet.',
		dietaryConsent:
			'Jeg samtykker i at opplysningene om kosthold og allergier lagres fram til dagen etter arrangementet.',
		privacyBefore: 'Jeg har lest',
		privacyLink: 'personvernerklæringen',
		privacyAfter: 'og vet hvordan opplysningene brukes.',
		mine: {
			seoTitle: 'Påmeldingen din: {title}',
			heading: 'Påmeldingen din',
			changed: 'Endringene er lagret.',
			cancelledNotice: 'Du er meldt av. Vi har sendt deg en bekreftelse på e-post.',
			registered: 'Du er påmeldt!',
			waitlisted: 'Du står på ventelisten',
			sent: 'Vi har sendt en bekreftelse til {email} med lenken til denne siden. Ta vare på den: med den kan du se, endre eller melde deg av.',
			status: 'Status',
			eventCancelled: 'Arrangementet er avlyst.',
			hasSeat: 'Du har plass.',
			position:
				'Du er nummer {position} på ventelisten. Blir det ledig plass, får du den automatisk, og vi sier fra på e-post.',
			youCancelled: 'Du har meldt deg av.',
			registerAgain: 'Meld deg på igjen',
			registerAgainAfter: 'hvis du ombestemmer deg.',
			stored: 'Dette har vi lagret',
			organisation: 'Organisasjon',
			dietary: 'Kosthold og allergier',
			registeredAt: 'Påmeldt',
			retention:
				'Opplysningene om kosthold og allergier slettes dagen etter arrangementet. Resten av påmeldingen anonymiseres {months} måneder etter arrangementet. Les mer i',
			privacy: 'personvernerklæringen',
			change: 'Endre påmeldingen',
			saveChanges: 'Lagre endringene',
			cancelHeading: 'Meld deg av',
			cancelConfirmed:
				'Kan du ikke komme? Meld deg av, så går plassen til den første på ventelisten.',
			cancelWaitlisted: 'Vil du ikke stå på ventelisten lenger? Meld deg av her.',
			cancel: 'Meld meg av',
			deleteHeading: 'Slett påmeldingen',
			deleteLead:
				'Sletter du påmeldingen, fjerner vi den og alt du har oppgitt, med en gang. Har du plass, går den videre til ventelisten. Lenken slutter å virke.',
			delete: 'Slett påmeldingen min'
		}
	},
	form: {
		password: 'Passord',
		passwordHint: 'Minst 10 tegn. Gjerne flere ord satt sammen.',
		repeatPassword: 'Gjenta passordet',
		stash:
			'Vi tok vare på det du skrev før du ble logget ut (kl. {time}). Se over og lagre på nytt.',
		draft:
			'Vi har fylt inn et utkast du ikke hadde lagret (kl. {time}). Se over og lagre når du er klar.'
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
