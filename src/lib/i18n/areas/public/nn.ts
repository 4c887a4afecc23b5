/** The public site's own text (nynorsk). */
import type { Shape } from '../../define';
import type { pub as pubNb } from './nb';

export const pub: Shape<typeof pubNb> = {
	chrome: {
		owners: 'Norsk kulturskoleråd og KS',
		admin: 'Admin',
		footerAbout: 'Programmet utviklar kulturskulen som samfunnsaktør saman med kommunane.',
		lastUpdated: 'Sist oppdatert',
		sectionNav: 'Navigasjon i seksjonen',
		newsFeedTitle: 'Nyhende frå Fremtidens kulturskole',
		calendarTitle: 'Arrangement i Fremtidens kulturskole',
		ogLocale: 'nn_NO'
	},
	errors: {
		frontIn: 'Framsida på bokmål, nynorsk og engelsk',
		http: 'HTTP {status}'
	},
	front: {
		modelQuestion: '«Kva samfunnsmål er vesentlege for korleis kulturskulen skal innrettast?»',
		centre: 'Kulturskulen',
		goals: 'Samfunnsmål kulturskulen kan bidra til',
		caption:
			'Modellen: kulturskulen i midten, omgjeven av samfunnsmåla han kan bidra til. Kommunen vel kva mål som skal gje retning for arbeidet i kulturskulen.',
		threeHeading: 'Tre framtidsbilete',
		threeLead:
			'Saman med kommunane og andre som er opptekne av arbeidet i kulturskulen, arbeider prosjektet med framtidsbilete som svarar på tre spørsmål:',
		questions: {
			goal: {
				name: 'Målbilete',
				text: 'Korleis ser det ut når kulturskulen har den rolla og posisjonen som er ønskt?'
			},
			now: {
				name: 'Notidsbilete',
				text: 'Korleis opplever de kulturskulen samanlikna med dette målbiletet akkurat no?'
			},
			gap: { name: 'Gapet', text: 'Kva skal til for å fylle gapet mellom desse to bileta?' }
		},
		more: 'Meir om prosjektet',
		film: 'Sjå animasjonsfilmen',
		aboutFilm: 'Meir om filmen'
	},
	content: {
		menuLink:
			'Denne sida er ei menylenkje. Dei som besøkjer ho, blir sende vidare til {url} og ser ikkje teksten under.'
	},
	news: {
		description: 'Det nyaste om Fremtidens kulturskole.',
		archiveDescription: 'Nyhende frå Fremtidens kulturskole i {year}.',
		countOne: '1 nyhende',
		count: '{count} nyhende',
		feedTitle: '{site} – nyhende'
	},
	resources: {
		transcript: 'Transkripsjon'
	},
	events: {
		feeds: {
			heading: 'Arrangementa i kalenderen din',
			intro: 'Abonner på ein kalender, så kjem nye og endra arrangement inn av seg sjølv.',
			byType: 'Etter type',
			byChapter: 'Etter fylkeslag'
		},
		upcomingOne: '1 komande arrangement',
		upcomingCount: '{count} komande arrangement',
		cancelledHeading: 'Arrangementet er avlyst',
		cohortOnly:
			'Påmeldinga er berre for kommunegruppene som er med i utviklingsprogrammet. Logg inn med kontoen din i kommunegruppa for å melde deg på.',
		about: 'Om arrangementet',
		resources: 'Ressursar'
	},
	registration: {
		title: 'Påmelding: {title}',
		description: 'Meld deg på {title}.',
		crumb: 'Påmelding',
		cohortHeading: 'Berre for kommunane i programmet',
		signIn: 'Logg inn for å melde deg på',
		otherEvents: 'Sjå andre arrangement',
		closedHeading: 'Påmeldinga er stengd',
		full: 'Alle plassane er tekne. Melder du deg på no, kjem du på ventelista og får plass automatisk dersom nokon melder seg av. Vi seier frå på e-post.',
		submit: 'Meld meg på',
		submitWaitlist: 'Set meg på ventelista',
		privacy:
			'Du treng ingen konto. Du får ei personleg lenkje på e-post der du kan sjå, endre, melde deg av eller slette påmeldinga. Påmeldinga blir anonymisert {retention} etter arrangementet. Les meir i',
		retention: { one: '{count} månad', other: '{count} månader' },
		privacyLink: 'personvernerklæringa'
	},
	myRegistration: {
		invalidTitle: 'Lenkja verkar ikkje',
		invalidLead:
			'Lenkja til påmeldinga kan vere skriven feil, eller påmeldinga kan vere sletta eller anonymisert.',
		invalidLost:
			'Har du mista lenkja? Meld deg på arrangementet igjen med same e-postadresse, så sender vi deg lenkja på nytt – du får ikkje ein ekstra plass.',
		toEvents: 'Til arrangementa',
		deletedTitle: 'Påmeldinga er sletta',
		deletedLead:
			'Vi har sletta påmeldinga di og alt du skreiv i ho. Lenkja du brukte, verkar ikkje lenger.',
		seeEvents: 'Sjå arrangementa våre'
	},
	stories: {
		description:
			'Kommunane fortel kva dei har gjort og lært i arbeidet med Fremtidens kulturskole.',
		lead: 'Kommunegruppene fortel kva dei har gjort og lært når kulturskulen tek ei ny rolle i kommunen.',
		none: 'Ingen erfaringar er publiserte enno.',
		published: 'publisert',
		more: 'Fleire erfaringar'
	},
	people: {
		description: 'Kven som leier og eig Fremtidens kulturskole, og korleis du kjem i kontakt.',
		lead: 'Kven som står bak Fremtidens kulturskole, og kven du kan kontakte.'
	},
	faq: {
		description: 'Svar på vanlege spørsmål om Fremtidens kulturskole og dei regionale programma.',
		lead: 'Svar på det mange lurer på om Fremtidens kulturskole, dei regionale programma og arbeidet med framtidsbilete.',
		topics: 'Emne',
		more: 'Fann du ikkje svaret? Skriv til'
	},
	programmes: {
		description:
			'Utviklingsprogramma i Fremtidens kulturskole: forpiloten, piloten og dei regionale programma.',
		lead: 'Fremtidens kulturskole går i rundar: ein forpilot, ein pilot med 16 kommunar, og regionale program som fylkesavdelingane driv. Her finn du kvar runde, kommunane som er med, og samlingane.',
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
			avsluttet: 'Avslutta'
		},
		municipalities: 'Kommunar',
		completed: 'Fullført',
		applications: 'Søknader',
		none: 'Ingen program er publiserte enno.',
		kindIn: '{kind} i Fremtidens kulturskole.',
		type: 'Type',
		status: 'Status',
		period: 'Periode',
		owners: 'Eigarar',
		chapter: 'Fylkesavdeling',
		participantsHeading: 'Kommunane',
		noParticipants: 'Ingen kommunar er tekne opp enno.',
		participants: '{count} kommunar',
		participantsCompleted: '{count} har fullført',
		participantsWithdrawn: '{count} trekte seg',
		gatherings: 'Samlingar',
		noGatherings: 'Samlingane er ikkje lagde ut enno.',
		cancelled: 'avlyst',
		resources: 'Ressursar'
	},
	auth: {
		email: 'E-post',
		password: 'Passord',
		name: 'Namn',
		privacyLink: 'personvernerklæringa',
		tooManyLinks: 'Du har bede om mange lenkjer på kort tid. Prøv igjen {retry}.',
		signIn: {
			title: 'Logg inn',
			description: 'Logg inn på Fremtidens kulturskole.',
			lead: 'For programstab, fylkesavdelingar og kommunegrupper i Fremtidens kulturskole.',
			passwordHeading: 'Med e-post og passord',
			submit: 'Logg inn',
			forgot: 'Har du gløymt passordet?',
			linkHeading: 'Med lenkje på e-post',
			linkLead:
				'Vi sender deg ei lenkje som loggar deg inn. Ho verkar i 15 minutt og kan berre brukast éin gong.',
			linkSubmit: 'Send meg ei innloggingslenkje',
			cookies:
				'Vi brukar éin informasjonskapsel for å halde deg innlogga, og ingen sporing. Les meir i',
			blocked:
				'For mange mislukka forsøk. Av omsyn til tryggleiken må du vente før du prøver igjen: prøv {retry}, eller be om ei innloggingslenkje på e-post.',
			wrong:
				'E-postadressa eller passordet er feil. Sjekk at du har skrive rett, eller be om ei innloggingslenkje.',
			linkSent:
				'Viss {email} har ein konto hos oss, har vi no sendt ei innloggingslenkje dit. Lenkja verkar i 15 minutt.'
		},
		link: {
			title: 'Logg inn med lenkje',
			lead: 'Trykk på knappen for å logge inn.',
			submit: 'Logg inn',
			invalid:
				'Lenkja verkar ikkje lenger. Ho kan vere brukt før, eller meir enn 15 minutt gammal. Be om ei ny lenkje på',
			signInPage: 'innloggingssida'
		},
		forgot: {
			title: 'Gløymt passord',
			heading: 'Har du gløymt passordet?',
			lead: 'Skriv inn e-postadressa di, så sender vi ei lenkje der du kan lage eit nytt passord.',
			submit: 'Send lenkje',
			back: 'Tilbake til innlogginga',
			sent: 'Viss {email} har ein konto hos oss, har vi sendt ei lenkje for å lage nytt passord. Lenkja verkar i éin time.'
		},
		reset: {
			title: 'Nytt passord',
			heading: 'Lag nytt passord',
			lead: 'Vel eit passord på minst 10 teikn. Gjerne fleire ord sette saman.',
			label: 'Nytt passord',
			submit: 'Lagre nytt passord',
			invalid: 'Lenkja verkar ikkje lenger. Ho kan vere brukt, eller eldre enn éin time.',
			askNew: 'Be om ei ny lenkje',
			invalidShort: 'Lenkja verkar ikkje lenger. Be om ei ny lenkje.'
		},
		invitation: {
			title: 'Godta invitasjon',
			heading: 'Velkomen til Fremtidens kulturskole',
			lead: 'Du er invitert som {role}, med e-postadressa {email}.',
			existing: 'Du har alt ein konto. Når du godtek, får kontoen den nye rolla.',
			choosePassword: 'Vel passord',
			submit: 'Godta invitasjonen',
			invalid:
				'Invitasjonen verkar ikkje lenger. Han kan vere brukt eller eldre enn 7 dagar. Be den som inviterte deg, om ein ny.',
			invalidShort: 'Invitasjonen verkar ikkje lenger. Be den som inviterte deg, om ein ny.',
			passwordShort: 'Passordet må ha minst 10 teikn',
			mismatch: 'Passorda er ikkje like'
		},
		setup: {
			title: 'Set opp administrator',
			heading: 'Set opp den første administratoren',
			lead: 'Administratoren kan sidan invitere redaktørar, fylkesavdelingar og kommunar.',
			submit: 'Opprett administrator',
			invalid:
				'Lenkja verkar ikkje. Ho kan vere brukt, eldre enn 24 timar, eller så finst det alt ein administrator. Start appen på nytt for å få ei ny lenkje dersom det ikkje finst nokon administrator.',
			invalidServer:
				'Lenkja verkar ikkje lenger, eller ein administrator er alt sett opp. Start appen på nytt for å få ei ny lenkje.'
		}
	}
};
