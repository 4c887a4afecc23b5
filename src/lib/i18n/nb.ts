/**
 * Interface text in Norwegian bokmål. Components read it through `m` (see index.ts) so that
 * nynorsk and English can follow as files of the same shape.
 */
import { areasNb } from './areas/nb';

export const nb = {
	...areasNb,
	site: {
		name: 'Fremtidens kulturskole',
		owners: 'Et utviklingsprogram fra Norsk kulturskoleråd og KS',
		description:
			'Fremtidens kulturskole er Norsk kulturskoleråd og KS sitt utviklingsprogram for kulturskolen som samfunnsaktør i kommunene.'
	},
	nav: {
		skip: 'Hopp til hovedinnhold',
		main: 'Hovedmeny',
		menu: 'Meny',
		closeMenu: 'Lukk meny',
		allSections: 'Alle sider',
		home: 'Forside',
		breadcrumbs: 'Brødsmulesti',
		youAreHere: 'Du er her',
		section: 'Undersider i',
		backToTop: 'Til toppen',
		news: 'Nyheter',
		resources: 'Ressurser',
		faq: 'Spørsmål og svar',
		people: 'Personer',
		search: 'Søk',
		events: 'Arrangementer',
		stories: 'Erfaringer',
		programmes: 'Program',
		signIn: 'Logg inn',
		mySite: 'Min side',
		languages: 'Språk'
	},
	footer: {
		contact: 'Kontakt',
		about: 'Om nettstedet',
		accessibility: 'Tilgjengelighetserklæring',
		privacy: 'Personvernerklæring',
		feed: 'Nyheter som RSS',
		sitemap: 'Nettstedskart'
	},
	share: {
		heading: 'Del',
		facebook: 'Del på Facebook',
		linkedin: 'Del på LinkedIn',
		x: 'Del på X',
		email: 'Del på e-post',
		copy: 'Kopier lenke',
		copied: 'Lenken er kopiert',
		copyFailed: 'Kunne ikke kopiere. Marker adressen og kopier den selv.'
	},
	news: {
		heading: 'Nyheter',
		latest: 'Siste nytt',
		all: 'Alle nyheter',
		archive: 'Arkiv',
		archiveYear: 'Nyheter fra {year}',
		published: 'Publisert',
		readMore: 'Les mer',
		none: 'Ingen nyheter å vise.',
		page: 'Side {page} av {pages}',
		tags: 'Emner'
	},
	pagination: {
		label: 'Sidenummerering',
		previous: 'Forrige',
		next: 'Neste',
		page: 'Side {page}'
	},
	resources: {
		heading: 'Ressurser',
		lead: 'Rapporter, temapakker, filmer, opptak og dokumenter fra Fremtidens kulturskole.',
		filter: 'Filtrer',
		kind: 'Type',
		year: 'År',
		allYears: 'Alle år',
		apply: 'Vis',
		reset: 'Nullstill filter',
		count: '{count} ressurser',
		countOne: '1 ressurs',
		none: 'Ingen ressurser passer filteret.',
		open: 'Åpne',
		download: 'Last ned',
		external: 'Gå til ressursen',
		kinds: {
			rapport: 'Rapport',
			temapakke: 'Temapakke',
			film: 'Film',
			opptak: 'Opptak',
			dokument: 'Dokument',
			lenke: 'Lenke'
		},
		kindsPlural: {
			rapport: 'Rapporter',
			temapakke: 'Temapakker',
			film: 'Filmer',
			opptak: 'Opptak',
			dokument: 'Dokumenter',
			lenke: 'Lenker'
		}
	},
	video: {
		play: 'Spill av filmen',
		version: 'Versjon',
		withSubtitles: 'Med undertekst',
		withoutSubtitles: 'Uten undertekst',
		consent: 'Filmen spilles fra Vimeo. Ingenting lastes fra Vimeo før du trykker «Spill av».',
		watchOn: 'Se filmen på Vimeo',
		transcript: 'Les hva som blir sagt i filmen (transkripsjon)',
		length: 'Lengde'
	},
	search: {
		heading: 'Søk',
		label: 'Søk på nettstedet',
		button: 'Søk',
		results: '{count} treff på «{q}»',
		none: 'Ingen treff på «{q}». Prøv et annet ord.',
		kinds: {
			side: 'Side',
			nyhet: 'Nyhet',
			ressurs: 'Ressurs',
			sporsmal: 'Spørsmål og svar',
			arrangement: 'Arrangement',
			program: 'Program',
			utlysing: 'Utlysning',
			erfaring: 'Erfaring',
			person: 'Person'
		}
	},
	errors: {
		notFoundTitle: 'Fant ikke siden',
		notFoundText:
			'Siden du leter etter finnes ikke, eller den har flyttet. Sjekk adressen, søk, eller gå til forsiden.',
		genericTitle: 'Noe gikk galt',
		genericText: 'Vi klarte ikke å vise siden akkurat nå. Prøv igjen om litt.',
		forbiddenTitle: 'Ingen tilgang',
		forbiddenText: 'Du har ikke tilgang til denne siden.',
		forbiddenHelp:
			'Har du ikke tilgang, kan du logge inn med en annen konto eller be en administrator om tilgang.',
		badAddress: 'Ugyldig adresse',
		reference: 'Oppgi referansen {id} hvis du kontakter oss.',
		toFront: 'Til forsiden'
	},
	fremtidsbilde: {
		name: 'Fremtidsbilde',
		groupRoles: {
			skoleeier: 'Skoleeier',
			kulturskoleleder: 'Kulturskoleleder',
			pedagogisk: 'Pedagogisk medarbeider i kulturskolen',
			annen_sektor: 'Annen sektor',
			politiker: 'Politiker'
		},
		/** What the minimum composition asks for, in the words shown when something is missing. */
		required: {
			skoleeier: 'en representant for skoleeier',
			kulturskoleleder: 'kulturskolelederen',
			pedagogisk: 'en annen ansatt i kulturskolen (pedagogisk medarbeider)',
			annen_sektor: 'minst én fra en annen sektor i kommunen'
		},
		municipalRoles: { koordinator: 'Koordinator', medlem: 'Medlem' },
		planKinds: {
			samfunnsdel: 'Kommuneplanens samfunnsdel',
			oppvekstplan: 'Oppvekstplan',
			kulturplan: 'Kulturplan',
			folkehelseplan: 'Folkehelseplan',
			annen: 'Annen plan'
		},
		scale: {
			1: 'Stemmer svært dårlig',
			2: 'Stemmer dårlig',
			3: 'Stemmer delvis',
			4: 'Stemmer godt',
			5: 'Stemmer svært godt'
		},
		dontKnow: 'Vet ikke',
		stakeholderRoles: {
			eier: 'Eier utfordringen',
			ved_bordet: 'Må sitte ved bordet',
			bidrar: 'Bidrar og støtter'
		},
		actionStatus: {
			planlagt: 'Planlagt',
			i_gang: 'I gang',
			fullfort: 'Fullført',
			avbrutt: 'Avbrutt'
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
		/** FNs bærekraftsmål, 1–17. */
		sdgs: [
			'',
			'Utrydde fattigdom',
			'Utrydde sult',
			'God helse og livskvalitet',
			'God utdanning',
			'Likestilling mellom kjønnene',
			'Rent vann og gode sanitærforhold',
			'Ren energi til alle',
			'Anstendig arbeid og økonomisk vekst',
			'Innovasjon og infrastruktur',
			'Mindre ulikhet',
			'Bærekraftige byer og lokalsamfunn',
			'Ansvarlig forbruk og produksjon',
			'Stoppe klimaendringene',
			'Livet i havet',
			'Livet på land',
			'Fred, rettferdighet og velfungerende institusjoner',
			'Samarbeid for å nå målene'
		],
		withheld:
			'Resultatene vises når minst {min} har svart. Slik kan ingen regne seg fram til hva den enkelte har svart.',
		heldWhileOpen:
			'Resultatene vises når runden er avsluttet, ved fristen eller når koordinatoren avslutter den. Tall som endret seg for hvert nytt svar, ville vist hva den enkelte svarte.'
	},
	events: {
		heading: 'Arrangementer',
		lead: 'Webinarer, nettmøter, seminarer, verksteder og samlinger i Fremtidens kulturskole. Påmeldingen er åpen for alle som arbeider med kulturskolen.',
		upcoming: 'Kommende arrangementer',
		archive: 'Tidligere arrangementer',
		noneUpcoming: 'Ingen kommende arrangementer passer filteret.',
		nonePast: 'Ingen tidligere arrangementer passer filteret.',
		filter: 'Filtrer arrangementer',
		type: 'Type',
		allTypes: 'Alle typer',
		county: 'Fylke',
		allCounties: 'Hele landet',
		national: 'Bare nasjonale arrangementer',
		apply: 'Vis',
		reset: 'Nullstill filter',
		when: 'Når',
		where: 'Hvor',
		online: 'Digitalt',
		onlineNote: 'Møtelenken sendes til dem som har fått plass.',
		deadline: 'Påmeldingsfrist',
		opens: 'Påmeldingen åpner',
		seats: 'Plasser',
		seatsLeft: '{left} av {capacity} plasser ledige',
		seatsLeftOne: '1 av {capacity} plasser ledig',
		full: 'Fullt – du kan sette deg på ventelisten',
		noLimit: 'Ingen begrensning',
		audience: 'Målgruppe',
		organisers: 'Arrangører',
		programme: 'Program',
		register: 'Meld deg på',
		joinWaitlist: 'Sett deg på ventelisten',
		addToCalendar: 'Legg i kalenderen (.ics)',
		calendarFeed: 'Abonner på alle arrangementer (kalender)',
		cancelled: 'Avlyst',
		draft: 'Utkast – ikke publisert',
		recording: 'Se opptaket',
		afterwards: 'Opptak og ressurser',
		chapter: 'Fylkesavdeling',
		nationalEvent: 'Nasjonalt',
		closedDeadline: 'Påmeldingsfristen har gått ut.',
		closedStarted: 'Arrangementet har startet, og påmeldingen er stengt.',
		closedCancelled: 'Arrangementet er avlyst. Du kan ikke melde deg på.',
		closedNotOpen: 'Påmeldingen åpner {at}.',
		closedDraft: 'Arrangementet er ikke publisert ennå.',
		types: {
			webinar: 'Webinar',
			nettmote: 'Nettmøte',
			seminar: 'Seminar',
			verksted: 'Verksted',
			temamote: 'Temamøte',
			samling: 'Samling',
			konferanse: 'Konferanse'
		},
		formats: { fysisk: 'Fysisk', digitalt: 'Digitalt', hybrid: 'Hybrid (i salen og digitalt)' },
		statuses: {
			confirmed: 'Påmeldt',
			waitlisted: 'Venteliste',
			cancelled: 'Avmeldt'
		}
	},
	form: {
		errorSummary: 'Skjemaet har feil som må rettes',
		required: 'Må fylles ut',
		optional: 'valgfritt'
	},
	/** Answers to request bodies the server cannot take (server/request-body.ts). */
	badInput: {
		contentType:
			'Skjemaet ble sendt i et format vi ikke tar imot. Last inn siden på nytt og send skjemaet derfra.',
		charset:
			'Skjemaet ble sendt med en tegnkoding vi ikke støtter (bare UTF-8). Last inn siden på nytt og send skjemaet derfra.',
		malformed: 'Vi klarte ikke å lese skjemaet du sendte. Last inn siden på nytt og prøv igjen.',
		encoding:
			'Skjemaet inneholder tegn vi ikke kan lese. Sjekk teksten, last inn siden på nytt og prøv igjen.',
		tooLarge: 'Det du sendte er for stort til at vi kan ta imot det.',
		back: 'Tilbake til siden'
	},
	/** Answers that do not tell whether an e-mail address is known. */
	registration: {
		mailSent:
			'Vi har sendt en e-post til adressen {email}. Den har lenken til påmeldingen din. Finner du den ikke, sjekk søppelposten.'
	},
	/** Too busy to answer now: the database waited too long for a lock (FK_LOCK_TIMEOUT_MS). */
	busy: {
		registration:
			'Mange melder seg på akkurat nå, så vi fikk ikke registrert påmeldingen din. Prøv igjen om litt – det du skrev, er tatt vare på.'
	},
	/** The mail outbox at /admin/e-post. */
	outbox: {
		/** Stands in for the token of a sign-in, reset or private link in stored copies and logs. */
		removed: '[fjernet]',
		forbidden: 'Du har ikke tilgang til utboksen.',
		modeSmtp:
			'E-post sendes over SMTP. Her ser du alt som er sendt og status. Når en e-post er levert, er engangskodene i lenkene (innlogging, nytt passord, invitasjon, påmelding) fjernet fra kopien her.',
		modeOutbox:
			'SMTP er ikke satt opp (SMTP_URL), så e-post sendes ikke: utboksen her er leveringsveien, og e-postene ligger her med lenkene i. Alle som kan lese utboksen, kan bruke lenkene.'
	},
	programmer: {
		applicationStatus: { utkast: 'Utkast', sendt: 'Sendt', trukket: 'Trukket' },
		decision: {
			ingen: 'Ikke avgjort',
			tatt_opp: 'Tatt opp',
			venteliste: 'Venteliste',
			avslag: 'Avslag'
		},
		callPhase: { ikke_apnet: 'Ikke åpnet', apen: 'Åpen', stengt: 'Stengt' }
	},
	permissions: {
		forbidden: 'Du har ikke tilgang til å gjøre dette.',
		signInFirst: 'Du må logge inn for å gjøre dette.',
		event: 'Du har ikke tilgang til dette arrangementet.',
		programme: 'Dette programmet drives av en annen fylkesavdeling.',
		call: 'Du kan ikke endre utlysningen for dette programmet.',
		workspace: {
			read: 'Du har ikke tilgang til denne kommunens fremtidsbilde.',
			takePart:
				'Bare medlemmer av kommunegruppen kan endre fremtidsbildet. Du kan lese, men ikke endre.',
			coordinate: 'Bare koordinatoren i kommunegruppen kan gjøre dette.'
		},
		roleChangedMail: {
			subject: 'Rollene dine er endret',
			greeting: 'Hei {name},',
			body: '{actor} har endret tilgangen din på Fremtidens kulturskole: {change}.',
			notYou:
				'Kjenner du ikke igjen endringen? Svar på denne e-posten eller kontakt en administrator.',
			changes: {
				globalRole: 'global rolle er nå {role}',
				noGlobalRole: 'du har ikke lenger noen global rolle',
				granted: 'du har fått rollen {role}',
				chapterRemoved: 'du er ikke lenger leder i fylkesavdelingen {chapter}',
				membershipRemoved: 'du er ikke lenger med i kommunegruppen for {municipality}',
				municipalRole: 'du er nå {role} i kommunegruppen for {municipality}'
			},
			roles: { admin: 'administrator', redaktor: 'redaktør', bidragsyter: 'bidragsyter' },
			municipalRoles: { koordinator: 'koordinator', medlem: 'medlem' }
		}
	},
	/** Second factors (authenticator app, recovery codes, passkeys), step-up and sessions. */
	mfa: {
		codeLabel: 'Engangskode',
		codeHint: 'Seks sifre fra autentiseringsappen, eller en av gjenopprettingskodene dine.',
		appCodeHint: 'Seks sifre fra autentiseringsappen.',
		codeMissing: 'Skriv inn koden fra autentiseringsappen',
		codeWrong:
			'Koden stemmer ikke, eller den er brukt før. Vent på neste kode i appen og prøv igjen.',
		codeBlocked: 'For mange feil koder. Av sikkerhetshensyn må du vente: prøv {retry}.',
		verifyTitle: 'Bekreft at det er deg',
		verifyLead: 'Skriv inn koden fra autentiseringsappen for å fullføre innloggingen.',
		verifyButton: 'Fortsett',
		lostApp:
			'Har du mistet telefonen? Bruk en av gjenopprettingskodene du fikk da du satte opp appen.',
		cancel: 'Avbryt og logg ut',
		enrolTitle: 'Sett opp totrinnsinnlogging',
		enrolLeadStaff:
			'Som programstab må du bruke en autentiseringsapp når du logger inn. Sett den opp nå for å fortsette.',
		enrolLead:
			'Med en autentiseringsapp (for eksempel Microsoft Authenticator, Google Authenticator eller FreeOTP) trenger innlogging både passordet og en kode fra telefonen.',
		enrolStep1: 'Åpne autentiseringsappen og skann QR-koden.',
		qrAlt: 'QR-kode for å legge til Fremtidens kulturskole i autentiseringsappen',
		manualKey: 'Kan du ikke skanne? Skriv inn denne nøkkelen i appen:',
		enrolStep2: 'Skriv inn koden appen viser.',
		enrolButton: 'Slå på totrinnsinnlogging',
		enabled: 'Totrinnsinnlogging er slått på.',
		recoveryTitle: 'Gjenopprettingskoder',
		recoveryLead:
			'Ta vare på disse kodene et trygt sted, for eksempel i en passordbehandler eller på papir. Hver kode kan brukes én gang hvis du mister telefonen. Du får ikke se dem igjen.',
		recoveryLeft: 'Du har {count} ubrukte gjenopprettingskoder.',
		recoveryRegenerate: 'Lag nye gjenopprettingskoder',
		recoveryRegenerated: 'De gamle kodene virker ikke lenger.',
		continue: 'Fortsett',
		securityTitle: 'Innlogging og sikkerhet',
		securityLink: 'Innlogging og sikkerhet',
		securityLead:
			'Totrinnsinnlogging og passkeys gjør det vanskeligere for andre å logge inn som deg.',
		appTitle: 'Autentiseringsapp',
		appOn: 'På',
		appOff: 'Av',
		appRequired:
			'Programstab må bruke autentiseringsapp. Du kan bytte til en ny app, men ikke slå den av.',
		appSetUp: 'Sett opp autentiseringsapp',
		appRemove: 'Slå av autentiseringsapp',
		appReplace: 'Bytt autentiseringsapp',
		appRemoved: 'Autentiseringsappen er slått av.',
		passkeysTitle: 'Passkeys',
		passkeysLead:
			'En passkey lar deg logge inn med fingeravtrykk, ansikt eller PIN-koden på enheten din, uten passord. Den regnes som totrinnsinnlogging.',
		passkeysNone: 'Du har ingen passkeys.',
		passkeyName: 'Navn på passkeyen',
		passkeyNameHint: 'For eksempel «Jobb-PC» eller «Telefonen min».',
		passkeyNameMissing: 'Gi passkeyen et navn',
		passkeyAdd: 'Legg til passkey',
		passkeyAdded: 'Passkeyen er lagt til.',
		passkeyDelete: 'Slett',
		passkeyDeleteLabel: 'Slett passkeyen {name}',
		passkeyDeleted: 'Passkeyen er slettet.',
		passkeyCreated: 'Lagt til {date}',
		passkeyUsed: 'sist brukt {date}',
		passkeySignIn: 'Logg inn med passkey',
		passkeySignInTitle: 'Med passkey',
		passkeySignInLead: 'Bruk fingeravtrykk, ansikt eller PIN-koden på enheten din.',
		passkeyNeedsJs:
			'Passkeys krever JavaScript i nettleseren. Slå på JavaScript, eller logg inn med e-post og passord eller lenke.',
		passkeyUnsupported: 'Nettleseren din støtter ikke passkeys. Logg inn på en annen måte.',
		passkeyFailed: 'Det gikk ikke å bruke passkeyen. Prøv igjen, eller logg inn på en annen måte.',
		passkeyCancelled: 'Du avbrøt. Prøv igjen når du er klar.',
		passkeyUnknown: 'Vi kjenner ikke igjen denne passkeyen. Logg inn på en annen måte.',
		passkeyBlocked: 'For mange forsøk fra denne adressen. Prøv igjen {retry}.',
		stepUpTitle: 'Bekreft at det er deg',
		stepUpLead:
			'Du er i ferd med å endre noe som har med sikkerheten å gjøre. Bekreft med passordet ditt eller en kode fra autentiseringsappen.',
		stepUpPassword: 'Passord',
		stepUpPasswordWrong: 'Passordet er feil.',
		stepUpNothing:
			'Du har verken passord eller autentiseringsapp. Logg inn på nytt med en lenke på e-post, så kan du fortsette.',
		stepUpSignInAgain: 'Logg inn på nytt',
		stepUpMissing: 'Skriv inn passordet eller en kode',
		stepUpButton: 'Bekreft',
		audit: {
			totpOn: 'Autentiseringsapp slått på',
			totpOff: 'Autentiseringsapp slått av',
			recoveryNew: 'Nye gjenopprettingskoder',
			recoveryUsed: 'Gjenopprettingskode brukt ved innlogging',
			passkeyAdded: 'Passkey lagt til: {name}',
			passkeyDeleted: 'Passkey slettet: {name}'
		}
	}
} as const;

export type Messages = typeof nb;
