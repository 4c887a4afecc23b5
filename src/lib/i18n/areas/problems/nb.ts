/**
 * What the services answer when they cannot do what was asked (errors.ts: a key here and its
 * values; http.ts turns it into text in the request's language), and the forms' validation
 * messages (`forms`). Grouped by service area.
 */
export const problems = {
	notFound: 'Fant ikke det du ba om. Det kan være slettet.',
	notFoundPage: 'Fant ikke siden',
	versionMissing: 'Ugyldig versjon. Last siden på nytt.',
	moveInvalid: 'Ugyldig flytting. Last siden på nytt.',
	unknownField: 'Ukjent felt',
	draftTooLong: 'Teksten kan være høyst {max} tegn',
	draftFieldOrText: 'Utkastet mangler felt eller tekst',
	draftField: 'Utkastet mangler felt',
	altMissing: 'Alle bilder trenger alternativ tekst. Mangler for: {images}',
	/** The text of a 404 or 403 page. */
	pages: {
		page: 'Siden finnes ikke',
		something: 'Fant ikke det du ba om',
		municipality: 'Kommunen finnes ikke',
		programme: 'Fant ikke programmet.',
		programmePublic: 'Programmet finnes ikke',
		noCall: 'Programmet har ingen utlysning.',
		task: 'Fant ikke oppgaven.',
		application: 'Fant ikke søknaden.',
		question: 'Fant ikke spørsmålet',
		registration: 'Fant ikke påmeldingen',
		email: 'Fant ikke e-posten',
		person: 'Fant ikke personen',
		resource: 'Fant ikke ressursen',
		resourcePublic: 'Ressursen finnes ikke',
		user: 'Fant ikke brukeren',
		goal: 'Fant ikke samfunnsmålet',
		news: 'Fant ikke nyheten',
		newsPublic: 'Nyheten finnes ikke',
		noNewsYear: 'Ingen nyheter fra dette året',
		story: 'Fant ikke historien',
		experience: 'Fant ikke erfaringen',
		member: 'Personen er ikke med i gruppen',
		photo: 'Fant ikke bildet',
		file: 'Fant ikke filen',
		event: 'Arrangementet finnes ikke',
		eventAdmin: 'Fant ikke arrangementet',
		link: 'Lenken virker ikke'
	},
	fremtidsbilde: {
		notFound: 'Fant ikke det du ba om i denne kommunens fremtidsbilde.',
		municipalityUnknown: 'Kommunen finnes ikke.',
		goalNotFound: 'Fant ikke målet. Kanskje gruppen har valgt det bort?',
		planNotFound: 'Fant ikke planen.',
		actionNotFound: 'Fant ikke tiltaket.',
		logNotFound: 'Fant ikke loggføringen.',
		memberNotFound: 'Personen er ikke med i gruppen.',
		stakeholderNotFound: 'Fant ikke aktøren.',
		roundNotFound: 'Fant ikke runden.',
		storyNotFound: 'Fant ikke historien.',
		statementNotFound: 'Fant ikke påstanden.',
		goalNotInRound: 'Målet var ikke med i denne runden.',
		editConflict:
			'Noen andre i gruppen lagret dette etter at du åpnet siden. Teksten din er ikke lagret ennå: se hva som ble lagret under, ta med det du vil beholde, og lagre igjen.',
		goalsMin: 'Velg minst ett samfunnsmål',
		goalsMax: 'Velg høyst {max} samfunnsmål',
		goalGone: 'Et av målene finnes ikke lenger i katalogen. Last siden på nytt og velg igjen.',
		themePage: 'Velg en temaside fra listen',
		goalInUseOne:
			'Målet kan ikke slettes fordi {count} kommune har valgt det eller vurdert det. Endre teksten i stedet.',
		goalInUseMany:
			'Målet kan ikke slettes fordi {count} kommuner har valgt det eller vurdert det. Endre teksten i stedet.',
		alreadyMember: 'Personen er allerede med i gruppen. Endre rollen i listen over medlemmer.',
		lastCoordinator: 'Gruppen må ha minst én koordinator. Gjør en annen til koordinator først.',
		removeLastCoordinator:
			'Du kan ikke fjerne den siste koordinatoren. Gjør en annen til koordinator først.',
		chooseGoal: 'Velg et av gruppens mål fra listen',
		responsibleMember: 'Den ansvarlige må være med i kommunegruppen',
		chooseActions: 'Velg tiltak fra listen',
		logEditAuthor: 'Bare den som skrev loggføringen, eller en koordinator, kan endre den.',
		logDeleteAuthor: 'Bare den som skrev loggføringen, eller en koordinator, kan slette den.',
		signTooLong: 'Hvert tegn kan være høyst 300 tegn langt',
		storyPublished:
			'Historien er publisert og kan ikke endres her. Kontakt redaksjonen hvis noe må rettes.',
		storyProposed:
			'Historien ligger hos redaksjonen. Trekk forslaget tilbake først hvis du vil endre den.',
		storyAlt: 'Alle bilder i teksten trenger alternativ tekst',
		photoMissing: 'Velg et bilde',
		photoTooLarge: 'Bildet er for stort. Det kan være høyst {max} MB.',
		photoType: 'Bildet må være JPEG, PNG eller WebP',
		storyBody: 'Skriv historien før du sender den',
		storyPhotoAlt: 'Beskriv bildet med alternativ tekst før du sender historien',
		storyNotProposed: 'Historien ligger ikke hos redaksjonen.',
		storyDeletePublished:
			'En publisert historie kan ikke slettes her. Be redaksjonen avpublisere den først.',
		storyPublishAlt: 'Bildet trenger alternativ tekst før historien publiseres',
		storyReviewNote: 'Skriv hva gruppen bør endre, så de vet hvorfor historien kommer tilbake',
		deadlineFormat: 'Skriv svarfristen som dato og klokkeslett',
		deadlineSoon: 'Svarfristen må være minst én time fram i tid',
		deadlineFar: 'Svarfristen kan være høyst {max} dager fram i tid',
		roundOpen: 'Det er allerede en åpen runde. Avslutt den før dere åpner en ny.',
		roundGoals: 'Velg samfunnsmål før dere åpner en runde.',
		roundStatements:
			'Målene dere har valgt, har ingen påstander å vurdere ennå. Kontakt programstaben.',
		remindedToday: 'Det er alt sendt en påminnelse det siste døgnet. Du kan sende en ny fra {at}.',
		roundClosed: 'Runden er allerede avsluttet.',
		roundClosedAt:
			'Runden ble avsluttet {at}, så svaret kan ikke tas imot. Det du skrev, står fortsatt i skjemaet.',
		answerMissing: 'Velg et svar for «{statement}»',
		answerScale: 'Svaret for «{statement}» må være et tall fra 1 til 5 eller «vet ikke»'
	},
	content: {
		fileUploadChoose: 'Velg en fil å laste opp.',
		fileInvalid: 'Ugyldig fil.',
		nothingSaved: 'Ingenting ble lagret. Skjemaet under viser det som var lagret fra før.',
		editConflict:
			'Noen andre lagret denne etter at du åpnet den (versjon {version}, {at}). Det du skrev er ikke lagret ennå. Sammenlign med den lagrede versjonen under, og lagre igjen for å erstatte den.',
		actionConflict:
			'Noen andre har lagret endringer etter at du åpnet siden. Last siden på nytt og se over endringene før du prøver igjen.',
		versionNotFound: 'Fant ikke den versjonen.',
		scheduleMissing: 'Velg når det skal publiseres',
		schedulePast: 'Tidspunktet for publisering må være fram i tid',
		schedulePublished:
			'Dette er allerede publisert. Avpubliser først hvis det skal publiseres på nytt senere.',
		dateFormat: 'Skriv dato og klokkeslett som 24.12.2026 09:00',
		fileTooLarge: 'Filen er for stor ({size}). Største tillatte størrelse er 25 MB.',
		fileTooLargePick: 'Filen er for stor. Største tillatte størrelse er 25 MB. Velg en mindre fil.',
		fileNotFound: 'Fant ikke filen. Den kan allerede være slettet.',
		fileInUse:
			'«{name}» brukes av {users}. Velg en annen fil der, eller fjern lenken, før du sletter filen.',
		fileChoose: 'Fant ikke filen. Velg en annen fil fra listen.',
		parentChoose: 'Velg en overordnet side fra listen',
		parentCycle: 'En side kan ikke flyttes inn under seg selv eller en av sine egne undersider',
		slugReserved: 'Adressen /{slug} brukes av en annen del av nettstedet. Skriv en annen adresse.',
		frontMove: 'Forsiden står alltid først og kan ikke flyttes.',
		frontDelete: 'Forsiden kan ikke slettes. Du kan endre teksten på den.',
		childrenOne: 'Siden har én underside. Flytt eller slett undersiden først.',
		childrenMany: 'Siden har {count} undersider. Flytt eller slett undersidene først.'
	},
	events: {
		contactEmailMissing: 'Skriv inn e-postadressen til kontaktpersonen, eller ta bort navnet',
		moveChoose: 'Velg hvor påmeldingen skal.',
		notFound: 'Fant ikke arrangementet.',
		notFoundPage: 'Fant ikke arrangementet',
		registrationNotFound: 'Fant ikke påmeldingen. Den kan være slettet.',
		anonymised: 'Påmeldingen er anonymisert.',
		endedMove: 'Arrangementet er over. Påmeldingene kan ikke flyttes nå.',
		full: 'Arrangementet er fullt ({confirmed} av {capacity} plasser). Øk antall plasser, eller flytt noen til ventelisten først.',
		duplicateEmail:
			'Den samme e-postadressen har allerede en annen aktiv påmelding til arrangementet.',
		notConfirmed: 'Fant ikke påmeldingen blant dem som har plass. Den kan være endret.',
		dateFormat: '{label}: skriv dato og klokkeslett som 2026-12-24 09:00',
		labels: {
			startsAt: 'Start',
			endsAt: 'Slutt',
			opensAt: 'Påmeldingen åpner',
			closesAt: 'Påmeldingsfrist'
		},
		endBeforeStart: 'Slutten må være etter starten',
		closesAfterStart: 'Påmeldingsfristen kan ikke være etter at arrangementet starter',
		opensAfterClose: 'Påmeldingen må åpne før fristen (og før arrangementet starter)',
		attendanceNotHybrid: 'Bare et hybrid arrangement har to måter å delta på.',
		attendanceCancelled: 'Påmeldingen er avmeldt. Gi personen plass først.',
		attendanceMissing: 'Velg om du deltar i salen eller digitalt',
		capacityMin: 'Antall plasser må være minst 1, eller tomt for ingen grense',
		chapterChoose: 'Velg en fylkesavdeling fra lista',
		chapterOwn:
			'Velg fylkesavdelingen din. Du kan bare lage arrangementer for din egen fylkesavdeling.',
		programmeChoose: 'Velg et program fra lista',
		programmeOwn: 'Du kan bare knytte arrangementer til programmer din fylkesavdeling driver.',
		cohortProgramme: 'Velg programmet først: bare deltakerne i et program kan ha egen påmelding.',
		venueMissing: 'Skriv hvor arrangementet er før du publiserer det (sted eller adresse)',
		cancelledPublish:
			'Et avlyst arrangement kan ikke publiseres eller avpubliseres. Kopier det og publiser kopien.',
		unpublishRegistrations:
			'Arrangementet har påmeldte og kan ikke avpubliseres. Avlys det i stedet, så får de beskjed.',
		capacityBelowConfirmed:
			'{confirmed} har allerede fått plass, så antall plasser kan ikke være lavere enn det. Flytt noen til ventelisten først.',
		alreadyCancelled: 'Arrangementet er allerede avlyst.',
		cancelDraft: 'Bare publiserte arrangementer kan avlyses. Et utkast kan du slette.',
		deleteRegistrations:
			'Arrangementet har påmeldinger og kan ikke slettes. Avlys det i stedet, så får de påmeldte beskjed.',
		optionsMin: 'Skriv minst to svaralternativer, ett på hver linje',
		optionsMax: 'Et spørsmål kan ha høyst 30 svaralternativer',
		optionTooLong: 'Hvert svaralternativ kan være høyst 200 tegn («{start}…» er for langt)',
		questionsMax: 'Et arrangement kan ha høyst {max} spørsmål.',
		questionNotFound: 'Fant ikke spørsmålet. Det kan være slettet.',
		nameMissing: 'Skriv inn navnet ditt',
		roleMissing: 'Velg rollen din',
		municipalityUnknown:
			'Fant ingen kommune som heter «{name}». Velg en kommune fra lista, eller la feltet stå tomt og skriv organisasjonen din i stedet.',
		placeMissing:
			'Skriv inn kommunen din, eller organisasjonen din hvis du ikke kommer fra en kommune',
		dietaryConsent:
			'Kryss av for samtykke hvis vi skal ta vare på opplysningene om kosthold og allergier, eller la feltet stå tomt',
		retry: 'Noe kom i veien. Prøv å sende skjemaet igjen.',
		badLink: 'Lenken virker ikke. Den kan være skrevet feil, eller påmeldingen kan være slettet.',
		cancelledByYou: 'Du har meldt deg av dette arrangementet. Meld deg på igjen hvis du vil delta.',
		started: 'Arrangementet har startet, så påmeldingen kan ikke endres lenger.',
		endedCancel: 'Arrangementet er over, så du kan ikke melde deg av nå.'
	},
	programmes: {
		taskAnswerConflict:
			'Noen andre i gruppen lagret svaret etter at du åpnet det. Det du skrev er ikke lagret ennå: kopier teksten, last siden på nytt og lagre igjen.',
		applicationSavedMeanwhile:
			'{name} lagret søknaden kl. {time} mens du skrev{changed}. Teksten din står fortsatt i skjemaet, men er ikke lagret. Lagre på nytt for å erstatte det som ble lagret, eller åpne søknaden i en ny fane for å se endringene først.',
		applicationSavedMeanwhileFields: ' og endret {fields}',
		participantChoose: 'Velg kommune og status.',
		removeChoose: 'Velg kommunen som skal fjernes.',
		noCall: 'Programmet har ingen utlysning ennå.',
		applicationNotFound: 'Fant ikke søknaden.',
		applicationHidden: 'Fant ikke søknaden. Den finnes ikke, eller du står ikke oppført i den.',
		decisionConflict:
			'Søknaden er endret siden du åpnet den. Last inn siden på nytt og se om vedtaket fortsatt passer.',
		decisionStatus: 'Bare innsendte søknader kan få vedtak.',
		chapterRegional: 'Velg fylkesavdelingen som driver det regionale programmet',
		chapterOwn:
			'Velg fylkesavdelingen din. Du kan bare lage og endre programmer som din fylkesavdeling driver.',
		periodOrder: 'Sluttdatoen må være etter startdatoen',
		chaptersChoose: 'Velg fylkesavdelinger fra lista',
		resourcesChoose: 'Velg ressurser fra lista',
		notFound: 'Fant ikke programmet.',
		municipalityUnknown:
			'Fant ingen kommune som heter «{name}». Skriv kommunenavnet eller kommunenummeret.',
		alreadyParticipant: '{municipality} deltar allerede i programmet.',
		notParticipant: 'Kommunen deltar ikke i programmet.',
		callConflict:
			'Noen andre har endret utlysningen mens du skrev. Last inn siden på nytt og gjør endringene igjen.',
		callGone: 'Utlysningen finnes ikke lenger. Last inn siden på nytt.',
		municipalitiesChoose: 'Velg kommuner fra listen',
		alreadyApplied: 'Kommunen har allerede en søknad.',
		withdrawn: 'Søknaden er trukket og kan ikke endres.',
		notEditable: 'Søknaden kan ikke endres nå.',
		incomplete: 'Søknaden er ikke sendt. Rett opp det som står under.',
		applicationConflict:
			'{by} lagret søknaden mens du skrev. Teksten din står fortsatt i skjemaet, men er ikke lagret.',
		interestChapter: 'Du kan bare melde interesse for din egen fylkesavdeling',
		answerHandedIn:
			'Svaret er levert og kan ikke endres lenger. Ta kontakt med programstaben hvis noe må rettes.',
		answerEmpty: 'Skriv svaret eller legg ved en fil før du leverer.',
		taskNotFound: 'Fant ikke oppgaven.',
		dueFormat: 'Skriv fristen som en gyldig dato, for eksempel 2027-10-15',
		eventChoose: 'Velg en av programmets samlinger',
		filesMax: 'Et svar kan ha høyst {max} filer. Fjern en fil før du legger til en ny.',
		fileNotFound: 'Fant ikke filen.'
	},
	/** Validation messages of the forms (src/lib/forms), read lazily when a form is checked. */
	/** Why an uploaded file is refused (content/files.ts). */
	uploads: {
		photoTooLarge: 'Bildet er for stort. Det kan være høyst {max} MB.',
		photoChoose: 'Velg et bilde',
		tooLarge: 'Filen er for stor. Største tillatte størrelse er 25 MB.',
		fileChoose: 'Velg en fil',
		empty: 'Filen er tom.',
		notAllowed:
			'Filtypen er ikke tillatt. Du kan laste opp PDF, bilder (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, ren tekst og CSV.',
		notUtf8:
			'Filtypen er ikke tillatt. Tekstfiler må være lagret som UTF-8. Du kan laste opp PDF, bilder (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, ren tekst og CSV.',
		zip: 'Filen er et komprimert arkiv (zip). Det kan ikke lastes opp. Tillatt er PDF, bilder (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, ren tekst og CSV.',
		office:
			'Filen er et Office-dokument av en type som ikke er tillatt. Tillatt er PDF, bilder (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, ren tekst og CSV.',
		svg: 'SVG-bilder kan ikke lastes opp, fordi de kan inneholde kode som kjører i nettleseren. Lagre bildet som PNG eller JPEG.',
		html: 'Filen inneholder HTML (kode for nettsider). Slike filer kan ikke lastes opp, fordi de kan kjøre kode i nettleseren.',
		mismatch:
			'Filen heter «{name}», men innholdet er ikke {claimed}. Den ser ut til å være {sniffed}. Sjekk at du valgte riktig fil, eller gi den riktig filendelse.'
	},
	/** Applying to a programme's call: the deadline, who may apply, places, what is missing. */
	calls: {
		notOpen: 'Utlysningen åpner {at}. Du kan søke fra da.',
		closed: 'Søknadsfristen gikk ut {at}. Søknader kan ikke lenger sendes, endres eller trekkes.',
		notMember: '{name} er ikke medlem av Norsk kulturskoleråd. Bare medlemskommuner kan søke.',
		outsideChapters: '{name} hører ikke til {chapters}. Utlysningen gjelder bare kommuner der.',
		outsideChapter:
			'{name} hører ikke til fylkesavdelingen som driver programmet. Utlysningen gjelder bare kommuner der.',
		placesFull:
			'Alle de {places} plassene er fylt. Sett søknaden på venteliste, eller endre et annet vedtak først.',
		placesLeftOne: 'Det er bare 1 plass igjen, og søknaden gjelder {needed} kommuner.',
		placesLeft: 'Det er bare {left} plasser igjen, og søknaden gjelder {needed} kommuner.',
		duplicate:
			'{name} har allerede en søknad til denne utlysningen. En kommune kan ha én søknad per utlysning. Vil du være med på den, spør kulturskolelederen eller koordinatoren for Fremtidens kulturskole i kommunen om å føre deg opp i gruppen, eller skriv til programstaben på {email}.',
		decisionsBeforeDeadline:
			'Vedtak kan ikke sendes før søknadsfristen {at}. Steng utlysningen først om dere vil sende dem nå.',
		closeConfirm: 'Kryss av for at du vil stenge utlysningen nå.',
		closeNotOpen: 'Utlysningen er ikke åpen, så den kan ikke stenges.',
		motivation: 'Skriv hvorfor dere vil være med (motivasjon)',
		focusArea: 'Skriv hvilket fokusområde dere vil arbeide med',
		goals: 'Velg minst ett samfunnsmål dere vil arbeide mot',
		anchoringPlans: 'Skriv hvordan arbeidet er forankret i kommunens planer',
		anchoringPolitical: 'Skriv hvordan arbeidet er forankret hos politikere og kommuneledelse',
		contactName: 'Skriv navnet på kontaktpersonen',
		contactEmail: 'Skriv e-postadressen til kontaktpersonen',
		rolesMissing:
			'Gruppen for {municipality} mangler {roles}. Før opp minst én person med hver av disse rollene.'
	},
	/** Gatherings only for a programme's cohort (programmes/cohort.ts). */
	cohort: {
		login:
			'Påmeldingen er bare for kommunegruppene i programmet «{programme}». Logg inn med kontoen din i kommunegruppen for å melde deg på.',
		outsider:
			'Påmeldingen er bare for kommunegruppene i kommunene som deltar i programmet «{programme}». Du er ikke med i en slik kommunegruppe, så du kan ikke melde deg på her. Er du med i arbeidet i en av kommunene, kan koordinatoren legge deg til i gruppen.'
	},
	/** Registering for an event (events/state.ts, events/registration/). */
	registration: {
		deadlinePassed: 'Påmeldingsfristen har gått ut. Fristen var {at}.',
		closed: 'Påmeldingen er stengt.',
		ambiguousMunicipality:
			'Det finnes flere kommuner som heter {name}. Skriv hvilken du mener: {choices}.'
	},
	forms: {
		tooLong: 'Teksten kan være høyst {max} tegn',
		emailMissing: 'Skriv inn e-postadressen din',
		emailTooLong: 'E-postadressen er for lang',
		emailInvalid: 'Skriv inn en gyldig e-postadresse, for eksempel navn@kommune.no',
		passwordChoose: 'Velg et passord',
		passwordShort: 'Passordet må ha minst 10 tegn',
		passwordLong: 'Passordet kan være høyst 200 tegn',
		passwordMissing: 'Skriv inn passordet ditt',
		passwordsDiffer: 'Passordene er ikke like',
		passwordCurrent: 'Skriv inn passordet du har nå',
		passwordNew: 'Velg et nytt passord',
		urlInvalid: 'Skriv inn en gyldig adresse som begynner med https://',
		nameMissing: 'Skriv inn navnet ditt',
		deleteConfirmWord: 'Skriv {word} med store bokstaver for å bekrefte',
		inviteEmail: 'Skriv e-postadressen til den du inviterer',
		roleChoose: 'Velg en rolle',
		chapterChoose: 'Velg fylkesavdeling',
		municipalityChoose: 'Velg kommune'
	},
	accounts: {
		roleUnknown: 'Ukjent rolle',
		chapterUnknown: 'Ukjent fylkesavdeling',
		municipalityUnknown: 'Ukjent kommune',
		emailTaken: 'E-postadressen brukes av en annen konto',
		currentPasswordWrong: 'Nåværende passord er feil',
		passwordWrong: 'Passordet er feil',
		onlyAdmin:
			'Du er den eneste administratoren. Gi en annen administratorrollen før du sletter kontoen.',
		chapterChoose: 'Velg fylkesavdeling fra lista',
		municipalityChoose: 'Velg kommune fra lista',
		passwordChoose: 'Velg et passord',
		lastAdmin: 'Det må finnes minst én aktiv administrator.',
		userNotFound: 'Brukeren finnes ikke',
		deactivateSelf: 'Du kan ikke deaktivere deg selv.'
	}
} as const;
