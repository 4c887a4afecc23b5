/**
 * Interface text in nynorsk, the same keys as nb.ts. Written as nynorsk, not bokmål with
 * words swapped: «ikkje», «kva», «berre», «eit arrangement», «påmeldinga». The programme's
 * name, Fremtidens kulturskole, and the names Norsk kulturskoleråd and KS stay as they are.
 */
import type { Catalogue } from './index';
import { areasNn } from './areas/nn';

export const nn: Catalogue = {
	...areasNn,
	site: {
		name: 'Fremtidens kulturskole',
		owners: 'Eit utviklingsprogram frå Norsk kulturskoleråd og KS',
		description:
			'Fremtidens kulturskole er utviklingsprogrammet til Norsk kulturskoleråd og KS for kulturskulen som samfunnsaktør i kommunane.'
	},
	nav: {
		skip: 'Hopp til hovudinnhaldet',
		main: 'Hovudmeny',
		menu: 'Meny',
		closeMenu: 'Lukk menyen',
		allSections: 'Alle sidene',
		home: 'Framside',
		breadcrumbs: 'Brødsmulesti',
		youAreHere: 'Du er her',
		section: 'Undersider i',
		backToTop: 'Til toppen',
		news: 'Nyhende',
		resources: 'Ressursar',
		faq: 'Spørsmål og svar',
		people: 'Personar',
		search: 'Søk',
		events: 'Arrangement',
		stories: 'Erfaringar',
		programmes: 'Program',
		signIn: 'Logg inn',
		mySite: 'Mi side',
		languages: 'Språk'
	},
	footer: {
		contact: 'Kontakt',
		about: 'Om nettstaden',
		accessibility: 'Tilgjengelegheitserklæring',
		privacy: 'Personvernerklæring',
		feed: 'Nyhende som RSS',
		sitemap: 'Nettstadkart'
	},
	share: {
		heading: 'Del',
		facebook: 'Del på Facebook',
		linkedin: 'Del på LinkedIn',
		x: 'Del på X',
		email: 'Del på e-post',
		copy: 'Kopier lenkja',
		copied: 'Lenkja er kopiert',
		copyFailed: 'Kunne ikkje kopiere. Merk adressa og kopier ho sjølv.'
	},
	news: {
		heading: 'Nyhende',
		latest: 'Siste nytt',
		all: 'Alle nyhende',
		archive: 'Arkiv',
		archiveYear: 'Nyhende frå {year}',
		published: 'Publisert',
		readMore: 'Les meir',
		none: 'Ingen nyhende å vise.',
		page: 'Side {page} av {pages}',
		tags: 'Emne'
	},
	pagination: {
		label: 'Sidenummerering',
		previous: 'Førre',
		next: 'Neste',
		page: 'Side {page}'
	},
	resources: {
		heading: 'Ressursar',
		lead: 'Rapportar, temapakkar, filmar, opptak og dokument frå Fremtidens kulturskole.',
		filter: 'Filtrer',
		kind: 'Type',
		year: 'År',
		allYears: 'Alle år',
		apply: 'Vis',
		reset: 'Nullstill filteret',
		count: '{count} ressursar',
		countOne: '1 ressurs',
		none: 'Ingen ressursar passar til filteret.',
		open: 'Opne',
		download: 'Last ned',
		external: 'Gå til ressursen',
		kinds: {
			rapport: 'Rapport',
			temapakke: 'Temapakke',
			film: 'Film',
			opptak: 'Opptak',
			dokument: 'Dokument',
			lenke: 'Lenkje'
		},
		kindsPlural: {
			rapport: 'Rapportar',
			temapakke: 'Temapakkar',
			film: 'Filmar',
			opptak: 'Opptak',
			dokument: 'Dokument',
			lenke: 'Lenkjer'
		}
	},
	video: {
		play: 'Spel av filmen',
		version: 'Versjon',
		withSubtitles: 'Med teksting',
		withoutSubtitles: 'Utan teksting',
		consent:
			'Filmen blir spelt frå Vimeo. Ingenting blir lasta frå Vimeo før du trykkjer «Spel av».',
		watchOn: 'Sjå filmen på Vimeo',
		transcript: 'Les kva som blir sagt i filmen (transkripsjon)',
		length: 'Lengd'
	},
	search: {
		heading: 'Søk',
		label: 'Søk på nettstaden',
		button: 'Søk',
		results: '{count} treff på «{q}»',
		none: 'Ingen treff på «{q}». Prøv eit anna ord.',
		kinds: {
			side: 'Side',
			nyhet: 'Nyhende',
			ressurs: 'Ressurs',
			sporsmal: 'Spørsmål og svar',
			arrangement: 'Arrangement',
			program: 'Program',
			utlysing: 'Utlysing',
			erfaring: 'Erfaring',
			person: 'Person'
		}
	},
	errors: {
		notFoundTitle: 'Fann ikkje sida',
		notFoundText:
			'Sida du leitar etter, finst ikkje, eller ho har flytta. Sjekk adressa, søk, eller gå til framsida.',
		genericTitle: 'Noko gjekk gale',
		genericText: 'Vi klarte ikkje å vise sida akkurat no. Prøv igjen om litt.',
		forbiddenTitle: 'Ingen tilgang',
		forbiddenText: 'Du har ikkje tilgang til denne sida.',
		forbiddenHelp:
			'Har du ikkje tilgang, kan du logge inn med ein annan konto eller be ein administrator om tilgang.',
		badAddress: 'Ugyldig adresse',
		reference: 'Oppgi referansen {id} dersom du kontaktar oss.',
		toFront: 'Til framsida'
	},
	fremtidsbilde: {
		name: 'Framtidsbilete',
		groupRoles: {
			skoleeier: 'Skuleeigar',
			kulturskoleleder: 'Kulturskuleleiar',
			pedagogisk: 'Pedagogisk medarbeidar i kulturskulen',
			annen_sektor: 'Annan sektor',
			politiker: 'Politikar'
		},
		required: {
			skoleeier: 'ein representant for skuleeigaren',
			kulturskoleleder: 'kulturskuleleiaren',
			pedagogisk: 'ein annan tilsett i kulturskulen (pedagogisk medarbeidar)',
			annen_sektor: 'minst éin frå ein annan sektor i kommunen'
		},
		municipalRoles: { koordinator: 'Koordinator', medlem: 'Medlem' },
		planKinds: {
			samfunnsdel: 'Samfunnsdelen av kommuneplanen',
			oppvekstplan: 'Oppvekstplan',
			kulturplan: 'Kulturplan',
			folkehelseplan: 'Folkehelseplan',
			annen: 'Annan plan'
		},
		scale: {
			1: 'Stemmer svært dårleg',
			2: 'Stemmer dårleg',
			3: 'Stemmer delvis',
			4: 'Stemmer godt',
			5: 'Stemmer svært godt'
		},
		dontKnow: 'Veit ikkje',
		stakeholderRoles: {
			eier: 'Eig utfordringa',
			ved_bordet: 'Må sitje ved bordet',
			bidrar: 'Bidreg og støttar'
		},
		actionStatus: {
			planlagt: 'Planlagt',
			i_gang: 'I gang',
			fullfort: 'Fullført',
			avbrutt: 'Avbrote'
		},
		phases: {
			plan: 'Plan',
			handling: 'Handling',
			observasjon: 'Observasjon',
			refleksjon: 'Refleksjon'
		},
		storyStatus: {
			utkast: 'Utkast',
			foreslatt: 'Sendt til redaksjonen',
			publisert: 'Publisert'
		},
		/** Berekraftsmåla til FN, 1–17. */
		sdgs: [
			'',
			'Utrydde fattigdom',
			'Utrydde svolt',
			'God helse og livskvalitet',
			'God utdanning',
			'Likestilling mellom kjønna',
			'Reint vatn og gode sanitærforhold',
			'Rein energi til alle',
			'Anstendig arbeid og økonomisk vekst',
			'Innovasjon og infrastruktur',
			'Mindre ulikskap',
			'Berekraftige byar og lokalsamfunn',
			'Ansvarleg forbruk og produksjon',
			'Stoppe klimaendringane',
			'Livet i havet',
			'Livet på land',
			'Fred, rettferd og velfungerande institusjonar',
			'Samarbeid for å nå måla'
		],
		withheld:
			'Resultata blir viste når minst {min} har svart. Slik kan ingen rekne seg fram til kva den enkelte har svart.',
		heldWhileOpen:
			'Resultata blir viste når runden er avslutta, ved fristen eller når koordinatoren avsluttar han. Tal som endra seg for kvart nytt svar, ville vist kva den enkelte svarte.'
	},
	events: {
		heading: 'Arrangement',
		lead: 'Webinar, nettmøte, seminar, verkstader og samlingar i Fremtidens kulturskole. Påmeldinga er open for alle som arbeider med kulturskulen.',
		upcoming: 'Komande arrangement',
		archive: 'Tidlegare arrangement',
		noneUpcoming: 'Ingen komande arrangement passar til filteret.',
		nonePast: 'Ingen tidlegare arrangement passar til filteret.',
		filter: 'Filtrer arrangementa',
		type: 'Type',
		allTypes: 'Alle typar',
		county: 'Fylke',
		allCounties: 'Heile landet',
		national: 'Berre nasjonale arrangement',
		apply: 'Vis',
		reset: 'Nullstill filteret',
		when: 'Når',
		where: 'Kvar',
		online: 'Digitalt',
		onlineNote: 'Møtelenkja blir send til dei som har fått plass.',
		deadline: 'Påmeldingsfrist',
		opens: 'Påmeldinga opnar',
		seats: 'Plassar',
		seatsLeft: '{left} av {capacity} plassar ledige',
		seatsLeftOne: '1 av {capacity} plassar ledig',
		full: 'Fullt – du kan setje deg på ventelista',
		noLimit: 'Inga avgrensing',
		audience: 'Målgruppe',
		organisers: 'Arrangørar',
		programme: 'Program',
		register: 'Meld deg på',
		joinWaitlist: 'Set deg på ventelista',
		addToCalendar: 'Legg i kalenderen (.ics)',
		calendarFeed: 'Abonner på alle arrangementa (kalender)',
		cancelled: 'Avlyst',
		draft: 'Utkast – ikkje publisert',
		recording: 'Sjå opptaket',
		afterwards: 'Opptak og ressursar',
		chapter: 'Fylkesavdeling',
		nationalEvent: 'Nasjonalt',
		closedDeadline: 'Påmeldingsfristen har gått ut.',
		closedStarted: 'Arrangementet har starta, og påmeldinga er stengd.',
		closedCancelled: 'Arrangementet er avlyst. Du kan ikkje melde deg på.',
		closedNotOpen: 'Påmeldinga opnar {at}.',
		closedDraft: 'Arrangementet er ikkje publisert enno.',
		types: {
			webinar: 'Webinar',
			nettmote: 'Nettmøte',
			seminar: 'Seminar',
			verksted: 'Verkstad',
			temamote: 'Temamøte',
			samling: 'Samling',
			konferanse: 'Konferanse'
		},
		formats: { fysisk: 'Fysisk', digitalt: 'Digitalt', hybrid: 'Hybrid (i salen og digitalt)' },
		statuses: {
			confirmed: 'Påmeld',
			waitlisted: 'Venteliste',
			cancelled: 'Avmeld'
		}
	},
	form: {
		errorSummary: 'Skjemaet har feil som må rettast',
		required: 'Må fyllast ut',
		optional: 'valfritt'
	},
	badInput: {
		contentType:
			'Skjemaet vart sendt i eit format vi ikkje tek imot. Last inn sida på nytt og send skjemaet derifrå.',
		charset:
			'Skjemaet vart sendt med ei teiknkoding vi ikkje støttar (berre UTF-8). Last inn sida på nytt og send skjemaet derifrå.',
		malformed: 'Vi klarte ikkje å lese skjemaet du sende. Last inn sida på nytt og prøv igjen.',
		encoding:
			'Skjemaet inneheld teikn vi ikkje kan lese. Sjekk teksten, last inn sida på nytt og prøv igjen.',
		tooLarge: 'Det du sende, er for stort til at vi kan ta imot det.',
		back: 'Tilbake til sida'
	},
	registration: {
		mailSent:
			'Vi har sendt ein e-post til adressa {email}. Han har lenkja til påmeldinga di. Finn du han ikkje, sjekk søppelposten.'
	},
	busy: {
		registration:
			'Mange melder seg på akkurat no, så vi fekk ikkje registrert påmeldinga di. Prøv igjen om litt – det du skreiv, er teke vare på.'
	},
	outbox: {
		removed: '[fjerna]',
		forbidden: 'Du har ikkje tilgang til utboksen.',
		modeSmtp:
			'E-post blir send over SMTP. Her ser du alt som er sendt, og status. Når ein e-post er levert, er eingongskodane i lenkjene (innlogging, nytt passord, invitasjon, påmelding) fjerna frå kopien her.',
		modeOutbox:
			'SMTP er ikkje sett opp (SMTP_URL), så e-post blir ikkje send: utboksen her er leveringsvegen, og e-postane ligg her med lenkjene i. Alle som kan lese utboksen, kan bruke lenkjene.'
	},
	programmer: {
		applicationStatus: { utkast: 'Utkast', sendt: 'Sendt', trukket: 'Trekt' },
		decision: {
			ingen: 'Ikkje avgjort',
			tatt_opp: 'Teken opp',
			venteliste: 'Venteliste',
			avslag: 'Avslag'
		},
		callPhase: { ikke_apnet: 'Ikkje opna', apen: 'Open', stengt: 'Stengd' }
	},
	permissions: {
		forbidden: 'Du har ikkje tilgang til å gjere dette.',
		signInFirst: 'Du må logge inn for å gjere dette.',
		event: 'Du har ikkje tilgang til dette arrangementet.',
		programme: 'Dette programmet blir drive av ei anna fylkesavdeling.',
		call: 'Du kan ikkje endre utlysinga for dette programmet.',
		workspace: {
			read: 'Du har ikkje tilgang til framtidsbiletet til denne kommunen.',
			takePart:
				'Berre medlemmer av kommunegruppa kan endre framtidsbiletet. Du kan lese, men ikkje endre.',
			coordinate: 'Berre koordinatoren i kommunegruppa kan gjere dette.'
		},
		roleChangedMail: {
			subject: 'Rollene dine er endra',
			greeting: 'Hei {name},',
			body: '{actor} har endra tilgangen din på Fremtidens kulturskole: {change}.',
			notYou:
				'Kjenner du ikkje att endringa? Svar på denne e-posten eller kontakt ein administrator.',
			changes: {
				globalRole: 'den globale rolla di er no {role}',
				noGlobalRole: 'du har ikkje lenger nokon global rolle',
				granted: 'du har fått rolla {role}',
				chapterRemoved: 'du er ikkje lenger leiar i fylkesavdelinga {chapter}',
				membershipRemoved: 'du er ikkje lenger med i kommunegruppa for {municipality}',
				municipalRole: 'du er no {role} i kommunegruppa for {municipality}'
			},
			roles: { admin: 'administrator', redaktor: 'redaktør', bidragsyter: 'bidragsytar' },
			municipalRoles: { koordinator: 'koordinator', medlem: 'medlem' }
		}
	},
	mfa: {
		codeLabel: 'Eingongskode',
		codeHint: 'Seks siffer frå autentiseringsappen, eller ein av gjenopprettingskodane dine.',
		appCodeHint: 'Seks siffer frå autentiseringsappen.',
		codeMissing: 'Skriv inn koden frå autentiseringsappen',
		codeWrong:
			'Koden stemmer ikkje, eller han er brukt før. Vent på neste kode i appen og prøv igjen.',
		codeBlocked: 'For mange feil kodar. Av omsyn til tryggleiken må du vente: prøv {retry}.',
		verifyTitle: 'Stadfest at det er deg',
		verifyLead: 'Skriv inn koden frå autentiseringsappen for å fullføre innlogginga.',
		verifyButton: 'Hald fram',
		lostApp:
			'Har du mista telefonen? Bruk ein av gjenopprettingskodane du fekk då du sette opp appen.',
		cancel: 'Avbryt og logg ut',
		enrolTitle: 'Set opp totrinnsinnlogging',
		enrolLeadStaff:
			'Som programstab må du bruke ein autentiseringsapp når du loggar inn. Set han opp no for å halde fram.',
		enrolLead:
			'Med ein autentiseringsapp (til dømes Microsoft Authenticator, Google Authenticator eller FreeOTP) treng innlogginga både passordet og ein kode frå telefonen.',
		enrolStep1: 'Opne autentiseringsappen og skann QR-koden.',
		qrAlt: 'QR-kode for å leggje Fremtidens kulturskole til i autentiseringsappen',
		manualKey: 'Kan du ikkje skanne? Skriv inn denne nøkkelen i appen:',
		enrolStep2: 'Skriv inn koden som appen viser.',
		enrolButton: 'Slå på totrinnsinnlogging',
		enabled: 'Totrinnsinnlogging er slått på.',
		recoveryTitle: 'Gjenopprettingskodar',
		recoveryLead:
			'Ta vare på desse kodane ein trygg stad, til dømes i ein passordbehandlar eller på papir. Kvar kode kan brukast éin gong dersom du mistar telefonen. Du får ikkje sjå dei igjen.',
		recoveryLeft: 'Du har {count} ubrukte gjenopprettingskodar.',
		recoveryRegenerate: 'Lag nye gjenopprettingskodar',
		recoveryRegenerated: 'Dei gamle kodane verkar ikkje lenger.',
		continue: 'Hald fram',
		securityTitle: 'Innlogging og tryggleik',
		securityLink: 'Innlogging og tryggleik',
		securityLead:
			'Totrinnsinnlogging og passkeys gjer det vanskelegare for andre å logge inn som deg.',
		appTitle: 'Autentiseringsapp',
		appOn: 'På',
		appOff: 'Av',
		appRequired:
			'Programstaben må bruke autentiseringsapp. Du kan byte til ein ny app, men ikkje slå han av.',
		appSetUp: 'Set opp autentiseringsapp',
		appRemove: 'Slå av autentiseringsappen',
		appReplace: 'Byt autentiseringsapp',
		appRemoved: 'No er autentiseringsappen slått av.',
		passkeysTitle: 'Passkeys',
		passkeysLead:
			'Med ein passkey kan du logge inn med fingeravtrykk, ansikt eller PIN-koden på eininga di, utan passord. Han blir rekna som totrinnsinnlogging.',
		passkeysNone: 'Du har ingen passkeys.',
		passkeyName: 'Namn på passkeyen',
		passkeyNameHint: 'Til dømes «Jobb-PC» eller «Telefonen min».',
		passkeyNameMissing: 'Gje passkeyen eit namn',
		passkeyAdd: 'Legg til ein passkey',
		passkeyAdded: 'Passkeyen er lagd til.',
		passkeyDelete: 'Slett',
		passkeyDeleteLabel: 'Slett passkeyen {name}',
		passkeyDeleted: 'Passkeyen er sletta.',
		passkeyCreated: 'Lagd til {date}',
		passkeyUsed: 'sist brukt {date}',
		passkeySignIn: 'Logg inn med ein passkey',
		passkeySignInTitle: 'Med passkey',
		passkeySignInLead: 'Bruk fingeravtrykk, ansikt eller PIN-koden på eininga di.',
		passkeyNeedsJs:
			'Passkeys krev JavaScript i nettlesaren. Slå på JavaScript, eller logg inn med e-post og passord eller lenkje.',
		passkeyUnsupported: 'Nettlesaren din støttar ikkje passkeys. Logg inn på ein annan måte.',
		passkeyFailed:
			'Det gjekk ikkje å bruke passkeyen. Prøv igjen, eller logg inn på ein annan måte.',
		passkeyCancelled: 'Du avbraut. Prøv igjen når du er klar.',
		passkeyUnknown: 'Vi kjenner ikkje att denne passkeyen. Logg inn på ein annan måte.',
		passkeyBlocked: 'For mange forsøk frå denne adressa. Prøv igjen {retry}.',
		stepUpTitle: 'Stadfest at det er deg',
		stepUpLead:
			'Du er i ferd med å endre noko som har med tryggleiken å gjere. Stadfest med passordet ditt eller ein kode frå autentiseringsappen.',
		stepUpPassword: 'Passord',
		stepUpPasswordWrong: 'Passordet er feil.',
		stepUpNothing:
			'Du har korkje passord eller autentiseringsapp. Logg inn på nytt med ei lenkje på e-post, så kan du halde fram.',
		stepUpSignInAgain: 'Logg inn på nytt',
		stepUpMissing: 'Skriv inn passordet eller ein kode',
		stepUpButton: 'Stadfest',
		audit: {
			totpOn: 'Autentiseringsapp slått på',
			totpOff: 'Autentiseringsapp slått av',
			recoveryNew: 'Nye gjenopprettingskodar',
			recoveryUsed: 'Gjenopprettingskode brukt ved innlogging',
			passkeyAdded: 'Passkey lagd til: {name}',
			passkeyDeleted: 'Passkey sletta: {name}'
		}
	}
};
