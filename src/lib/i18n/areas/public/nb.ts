/** The public site's own text: pages, sign-in, the site frame and the feeds (bokmål). */
export const pub = {
	chrome: {
		owners: 'Norsk kulturskoleråd og KS',
		admin: 'Admin',
		footerAbout: 'Programmet utvikler kulturskolen som samfunnsaktør sammen med kommunene.',
		lastUpdated: 'Sist oppdatert',
		sectionNav: 'Navigasjon i seksjonen',
		newsFeedTitle: 'Nyheter fra Fremtidens kulturskole',
		calendarTitle: 'Arrangementer i Fremtidens kulturskole',
		ogLocale: 'nb_NO'
	},
	errors: {
		frontIn: 'Forsiden på bokmål, nynorsk og engelsk',
		http: 'HTTP {status}'
	},
	front: {
		modelQuestion: '«Hvilke samfunnsmål er vesentlige for innretningen av kulturskolen?»',
		centre: 'Kulturskolen',
		goals: 'Samfunnsmål kulturskolen kan bidra til',
		caption:
			'Modellen: kulturskolen i midten, omgitt av samfunnsmålene den kan bidra til. Kommunen velger hvilke mål som skal gi retning for kulturskolens arbeid.',
		threeHeading: 'Tre fremtidsbilder',
		threeLead:
			'Sammen med kommunene og andre som er opptatt av kulturskolens arbeid, jobber prosjektet med fremtidsbilder som svarer på tre spørsmål:',
		questions: {
			goal: {
				name: 'Målbilde',
				text: 'Hvordan ser det ut når kulturskolen har den rollen og posisjonen som er ønskelig?'
			},
			now: {
				name: 'Nåbilde',
				text: 'Hvordan opplever dere kulturskolen i forhold til dette målbildet akkurat nå?'
			},
			gap: { name: 'Gapet', text: 'Hva skal til for å fylle gapet mellom disse to bildene?' }
		},
		more: 'Mer om prosjektet',
		film: 'Se animasjonsfilmen',
		aboutFilm: 'Mer om filmen'
	},
	content: {
		menuLink:
			'Denne siden er en menylenke. Besøkende sendes videre til {url} og ser ikke teksten under.'
	},
	news: {
		description: 'Det nyeste om Fremtidens kulturskole.',
		archiveDescription: 'Nyheter fra Fremtidens kulturskole i {year}.',
		countOne: '1 nyhet',
		count: '{count} nyheter',
		feedTitle: '{site} – nyheter'
	},
	resources: {
		transcript: 'Transkripsjon'
	},
	events: {
		feeds: {
			heading: 'Arrangementene i kalenderen din',
			intro: 'Abonner på en kalender, så kommer nye og endrede arrangementer inn av seg selv.',
			byType: 'Etter type',
			byChapter: 'Etter fylkeslag'
		},
		upcomingOne: '1 kommende arrangement',
		upcomingCount: '{count} kommende arrangementer',
		cancelledHeading: 'Arrangementet er avlyst',
		cohortOnly:
			'Påmeldingen er bare for kommunegruppene som deltar i utviklingsprogrammet. Logg inn med kontoen din i kommunegruppen for å melde deg på.',
		about: 'Om arrangementet',
		resources: 'Ressurser'
	},
	registration: {
		title: 'Påmelding: {title}',
		description: 'Meld deg på {title}.',
		crumb: 'Påmelding',
		cohortHeading: 'Bare for kommunene i programmet',
		signIn: 'Logg inn for å melde deg på',
		otherEvents: 'Se andre arrangementer',
		closedHeading: 'Påmeldingen er stengt',
		full: 'Alle plassene er tatt. Melder du deg på nå, kommer du på ventelisten og får plass automatisk hvis noen melder seg av. Vi sier fra på e-post.',
		submit: 'Meld meg på',
		submitWaitlist: 'Sett meg på ventelisten',
		privacy:
			'Du trenger ingen konto. Du får en personlig lenke på e-post der du kan se, endre, melde deg av eller slette påmeldingen. Påmeldingen anonymiseres {retention} etter arrangementet. Les mer i',
		retention: { one: '{count} måned', other: '{count} måneder' },
		privacyLink: 'personvernerklæringen'
	},
	myRegistration: {
		invalidTitle: 'Lenken virker ikke',
		invalidLead:
			'Lenken til påmeldingen kan være skrevet feil, eller påmeldingen kan være slettet eller anonymisert.',
		invalidLost:
			'Har du mistet lenken? Meld deg på arrangementet igjen med samme e-postadresse, så sender vi deg lenken på nytt – du får ikke en ekstra plass.',
		toEvents: 'Til arrangementene',
		deletedTitle: 'Påmeldingen er slettet',
		deletedLead:
			'Vi har slettet påmeldingen din og alt du oppga i den. Lenken du brukte, virker ikke lenger.',
		seeEvents: 'Se arrangementene våre'
	},
	stories: {
		description:
			'Kommunene forteller hva de har gjort og lært i arbeidet med Fremtidens kulturskole.',
		lead: 'Kommunegruppene forteller hva de har gjort og lært når kulturskolen tar en ny rolle i kommunen.',
		none: 'Ingen erfaringer er publisert ennå.',
		published: 'publisert',
		more: 'Flere erfaringer'
	},
	people: {
		description: 'Hvem som leder og eier Fremtidens kulturskole, og hvordan du kommer i kontakt.',
		lead: 'Hvem som står bak Fremtidens kulturskole, og hvem du kan kontakte.'
	},
	faq: {
		description: 'Svar på vanlige spørsmål om Fremtidens kulturskole og de regionale programmene.',
		lead: 'Svar på det mange lurer på om Fremtidens kulturskole, de regionale programmene og arbeidet med fremtidsbilder.',
		topics: 'Emner',
		more: 'Fant du ikke svaret? Skriv til'
	},
	programmes: {
		description:
			'Utviklingsprogrammene i Fremtidens kulturskole: forpiloten, piloten og de regionale programmene.',
		lead: 'Fremtidens kulturskole går i runder: en forpilot, en pilot med 16 kommuner, og regionale program som fylkesavdelingene driver. Her finner du hver runde, kommunene som er med, og samlingene.',
		groups: {
			forpilot: 'Forpilot',
			pilot: 'Pilot',
			regionalt: 'Regionale program',
			nasjonalt: 'Nasjonale program'
		},
		kinds: {
			forpilot: 'Forpilot',
			pilot: 'Pilot',
			regionalt: 'Regionalt program',
			nasjonalt: 'Nasjonalt program'
		},
		statuses: {
			utkast: 'Utkast',
			planlagt: 'Planlagt',
			pagar: 'Pågår',
			avsluttet: 'Avsluttet'
		},
		municipalities: 'Kommuner',
		completed: 'Fullført',
		applications: 'Søknader',
		none: 'Ingen program er publisert ennå.',
		kindIn: '{kind} i Fremtidens kulturskole.',
		type: 'Type',
		status: 'Status',
		period: 'Periode',
		owners: 'Eiere',
		chapter: 'Fylkesavdeling',
		participantsHeading: 'Kommunene',
		noParticipants: 'Ingen kommuner er tatt opp ennå.',
		participants: '{count} kommuner',
		participantsCompleted: '{count} har fullført',
		participantsWithdrawn: '{count} trakk seg',
		gatherings: 'Samlinger',
		noGatherings: 'Samlingene er ikke lagt ut ennå.',
		cancelled: 'avlyst',
		resources: 'Ressurser'
	},
	auth: {
		email: 'E-post',
		password: 'Passord',
		name: 'Navn',
		privacyLink: 'personvernerklæringen',
		tooManyLinks: 'Du har bedt om mange lenker på kort tid. Prøv igjen {retry}.',
		signIn: {
			title: 'Logg inn',
			description: 'Logg inn på Fremtidens kulturskole.',
			lead: 'For programstab, fylkesavdelinger og kommunegrupper i Fremtidens kulturskole.',
			passwordHeading: 'Med e-post og passord',
			submit: 'Logg inn',
			forgot: 'Glemt passordet?',
			linkHeading: 'Med lenke på e-post',
			linkLead:
				'Vi sender deg en lenke som logger deg inn. Den virker i 15 minutter og kan brukes én gang.',
			linkSubmit: 'Send meg en innloggingslenke',
			cookies:
				'Vi bruker én informasjonskapsel for å holde deg innlogget, og ingen sporing. Les mer i',
			blocked:
				'For mange mislykkede forsøk. Av sikkerhetshensyn må du vente før du prøver igjen: prøv {retry}, eller be om en innloggingslenke på e-post.',
			wrong:
				'E-postadressen eller passordet er feil. Sjekk at du har skrevet riktig, eller be om en innloggingslenke.',
			linkSent:
				'Hvis {email} har en konto hos oss, har vi nå sendt en innloggingslenke dit. Lenken virker i 15 minutter.'
		},
		link: {
			title: 'Logg inn med lenke',
			lead: 'Trykk på knappen for å logge inn.',
			submit: 'Logg inn',
			invalid:
				'Lenken virker ikke lenger. Den kan være brukt før, eller mer enn 15 minutter gammel. Be om en ny lenke på',
			signInPage: 'innloggingssiden'
		},
		forgot: {
			title: 'Glemt passord',
			heading: 'Glemt passordet?',
			lead: 'Skriv e-postadressen din, så sender vi en lenke der du kan lage et nytt passord.',
			submit: 'Send lenke',
			back: 'Tilbake til innlogging',
			sent: 'Hvis {email} har en konto hos oss, har vi sendt en lenke for å lage nytt passord. Lenken virker i én time.'
		},
		reset: {
			title: 'Nytt passord',
			heading: 'Lag nytt passord',
			lead: 'Velg et passord på minst 10 tegn. Gjerne flere ord satt sammen.',
			label: 'Nytt passord',
			submit: 'Lagre nytt passord',
			invalid: 'Lenken virker ikke lenger. Den kan være brukt, eller eldre enn én time.',
			askNew: 'Be om en ny lenke',
			invalidShort: 'Lenken virker ikke lenger. Be om en ny lenke.'
		},
		invitation: {
			title: 'Godta invitasjon',
			heading: 'Velkommen til Fremtidens kulturskole',
			lead: 'Du er invitert som {role}, med e-postadressen {email}.',
			existing: 'Du har allerede en konto. Når du godtar, får kontoen den nye rollen.',
			choosePassword: 'Velg passord',
			submit: 'Godta invitasjonen',
			invalid:
				'Invitasjonen virker ikke lenger. Den kan være brukt eller eldre enn 7 dager. Be den som inviterte deg om en ny.',
			invalidShort: 'Invitasjonen virker ikke lenger. Be den som inviterte deg om en ny.',
			passwordShort: 'Passordet må ha minst 10 tegn',
			mismatch: 'Passordene er ikke like'
		},
		setup: {
			title: 'Sett opp administrator',
			heading: 'Sett opp den første administratoren',
			lead: 'Administratoren kan siden invitere redaktører, fylkesavdelinger og kommuner.',
			submit: 'Opprett administrator',
			invalid:
				'Lenken virker ikke. Den kan være brukt, eldre enn 24 timer, eller så finnes det allerede en administrator. Start appen på nytt for å få en ny lenke hvis ingen administrator finnes.',
			invalidServer:
				'Lenken virker ikke lenger, eller en administrator er allerede satt opp. Start appen på nytt for å få en ny lenke.'
		}
	}
} as const;
