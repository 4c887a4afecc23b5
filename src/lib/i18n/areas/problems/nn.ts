import type { Shape } from '../../define';
import type { problems as problemsNb } from './nb';

export const problems: Shape<typeof problemsNb> = {
	notFound: 'Fann ikkje det du bad om. Det kan vere sletta.',
	notFoundPage: 'Fann ikkje sida',
	versionMissing: 'Ugyldig versjon. Last inn sida på nytt.',
	moveInvalid: 'Ugyldig flytting. Last inn sida på nytt.',
	unknownField: 'Ukjent felt',
	draftTooLong: 'Teksten kan vere høgst {max} teikn',
	draftFieldOrText: 'Utkastet manglar felt eller tekst',
	draftField: 'Utkastet manglar felt',
	altMissing: 'Alle bilete treng alternativ tekst. Manglar for: {images}',
	pages: {
		page: 'Sida finst ikkje',
		something: 'Fann ikkje det du bad om',
		municipality: 'Kommunen finst ikkje',
		programme: 'Fann ikkje programmet.',
		programmePublic: 'Programmet finst ikkje',
		noCall: 'Programmet har inga utlysing.',
		task: 'Fann ikkje oppgåva.',
		application: 'Fann ikkje søknaden.',
		question: 'Fann ikkje spørsmålet',
		registration: 'Fann ikkje påmeldinga',
		email: 'Fann ikkje e-posten',
		person: 'Fann ikkje personen',
		resource: 'Fann ikkje ressursen',
		resourcePublic: 'Ressursen finst ikkje',
		user: 'Fann ikkje brukaren',
		goal: 'Fann ikkje samfunnsmålet',
		news: 'Fann ikkje nyhendet',
		newsPublic: 'Nyhendet finst ikkje',
		noNewsYear: 'Ingen nyhende frå dette året',
		story: 'Fann ikkje historia',
		experience: 'Fann ikkje erfaringa',
		member: 'Personen er ikkje med i gruppa',
		photo: 'Fann ikkje biletet',
		file: 'Fann ikkje fila',
		event: 'Arrangementet finst ikkje',
		eventAdmin: 'Fann ikkje arrangementet',
		link: 'Lenkja verkar ikkje'
	},
	fremtidsbilde: {
		notFound: 'Fann ikkje det du bad om i framtidsbiletet til denne kommunen.',
		municipalityUnknown: 'Kommunen finst ikkje.',
		goalNotFound: 'Fann ikkje målet. Kanskje gruppa har valt det bort?',
		planNotFound: 'Fann ikkje planen.',
		actionNotFound: 'Fann ikkje tiltaket.',
		logNotFound: 'Fann ikkje loggføringa.',
		memberNotFound: 'Personen er ikkje med i gruppa.',
		stakeholderNotFound: 'Fann ikkje aktøren.',
		roundNotFound: 'Fann ikkje runden.',
		storyNotFound: 'Fann ikkje historia.',
		statementNotFound: 'Fann ikkje påstanden.',
		goalNotInRound: 'Målet var ikkje med i denne runden.',
		editConflict:
			'Nokon andre i gruppa lagra dette etter at du opna sida. Teksten din er ikkje lagra enno: sjå kva som vart lagra nedanfor, ta med det du vil halde på, og lagre på nytt.',
		goalsMin: 'Vel minst eitt samfunnsmål',
		goalsMax: 'Vel høgst {max} samfunnsmål',
		goalGone: 'Eitt av måla finst ikkje lenger i katalogen. Last inn sida på nytt og vel igjen.',
		themePage: 'Vel ei temaside frå lista',
		goalInUseOne:
			'Målet kan ikkje slettast fordi {count} kommune har valt det eller vurdert det. Endre teksten i staden.',
		goalInUseMany:
			'Målet kan ikkje slettast fordi {count} kommunar har valt det eller vurdert det. Endre teksten i staden.',
		alreadyMember: 'Personen er alt med i gruppa. Endre rolla i lista over medlemmer.',
		lastCoordinator: 'Gruppa må ha minst éin koordinator. Gjer ein annan til koordinator først.',
		removeLastCoordinator:
			'Du kan ikkje fjerne den siste koordinatoren. Gjer ein annan til koordinator først.',
		chooseGoal: 'Vel eitt av måla til gruppa frå lista',
		responsibleMember: 'Den ansvarlege må vere med i kommunegruppa',
		chooseActions: 'Vel tiltak frå lista',
		logEditAuthor: 'Berre den som skreiv loggføringa, eller ein koordinator, kan endre ho.',
		logDeleteAuthor: 'Berre den som skreiv loggføringa, eller ein koordinator, kan slette ho.',
		signTooLong: 'Kvart teikn kan vere høgst 300 teikn langt',
		storyPublished:
			'Historia er publisert og kan ikkje endrast her. Kontakt redaksjonen om noko må rettast.',
		storyProposed:
			'Historia ligg hos redaksjonen. Trekk forslaget tilbake først om du vil endre ho.',
		storyAlt: 'Alle bilete i teksten treng alternativ tekst',
		photoMissing: 'Vel eit bilete',
		photoTooLarge: 'Biletet er for stort. Det kan vere høgst {max} MB.',
		photoType: 'Biletet må vere JPEG, PNG eller WebP',
		storyBody: 'Skriv historia før du sender ho',
		storyPhotoAlt: 'Skildre biletet med alternativ tekst før du sender historia',
		storyNotProposed: 'Historia ligg ikkje hos redaksjonen.',
		storyDeletePublished:
			'Ei publisert historie kan ikkje slettast her. Be redaksjonen avpublisere ho først.',
		storyPublishAlt: 'Biletet treng alternativ tekst før historia blir publisert',
		storyReviewNote: 'Skriv kva gruppa bør endre, så dei veit kvifor historia kjem tilbake',
		deadlineFormat: 'Skriv svarfristen som dato og klokkeslett',
		deadlineSoon: 'Svarfristen må vere minst éin time fram i tid',
		deadlineFar: 'Svarfristen kan vere høgst {max} dagar fram i tid',
		roundOpen: 'Det er alt ein open runde. Avslutt han før de opnar ein ny.',
		roundGoals: 'Vel samfunnsmål før de opnar ein runde.',
		roundStatements: 'Måla de har valt, har ingen påstandar å vurdere enno. Kontakt programstaben.',
		remindedToday: 'Det er alt sendt ei påminning det siste døgnet. Du kan sende ei ny frå {at}.',
		roundClosed: 'Runden er alt avslutta.',
		roundClosedAt:
			'Runden vart avslutta {at}, så svaret kan ikkje takast imot. Det du skreiv, står framleis i skjemaet.',
		answerMissing: 'Vel eit svar for «{statement}»',
		answerScale: 'Svaret for «{statement}» må vere eit tal frå 1 til 5 eller «veit ikkje»'
	},
	content: {
		fileUploadChoose: 'Vel ei fil å laste opp.',
		fileInvalid: 'Ugyldig fil.',
		nothingSaved: 'Ingenting vart lagra. Skjemaet under viser det som var lagra frå før.',
		editConflict:
			'Nokon andre lagra dette etter at du opna det (versjon {version}, {at}). Det du skreiv, er ikkje lagra enno. Samanlikn med den lagra versjonen nedanfor, og lagre på nytt for å erstatte han.',
		actionConflict:
			'Nokon andre har lagra endringar etter at du opna sida. Last inn sida på nytt og sjå over endringane før du prøver igjen.',
		versionNotFound: 'Fann ikkje den versjonen.',
		scheduleMissing: 'Vel når det skal publiserast',
		schedulePast: 'Tidspunktet for publisering må vere fram i tid',
		schedulePublished:
			'Dette er alt publisert. Avpubliser først om det skal publiserast på nytt seinare.',
		dateFormat: 'Skriv dato og klokkeslett som 24.12.2026 09:00',
		fileTooLarge: 'Fila er for stor ({size}). Største tillatne storleik er 25 MB.',
		fileTooLargePick: 'Fila er for stor. Største tillatne storleik er 25 MB. Vel ei mindre fil.',
		fileNotFound: 'Fann ikkje fila. Ho kan alt vere sletta.',
		fileInUse:
			'«{name}» blir brukt av {users}. Vel ei anna fil der, eller fjern lenkja, før du slettar fila.',
		fileChoose: 'Fann ikkje fila. Vel ei anna fil frå lista.',
		parentChoose: 'Vel ei overordna side frå lista',
		parentCycle: 'Ei side kan ikkje flyttast inn under seg sjølv eller ei av sine eigne undersider',
		slugReserved:
			'Adressa /{slug} blir brukt av ein annan del av nettstaden. Skriv ei anna adresse.',
		frontMove: 'Framsida står alltid først og kan ikkje flyttast.',
		frontDelete: 'Framsida kan ikkje slettast. Du kan endre teksten på ho.',
		childrenOne: 'Sida har éi underside. Flytt eller slett undersida først.',
		childrenMany: 'Sida har {count} undersider. Flytt eller slett undersidene først.'
	},
	events: {
		contactEmailMissing: 'Skriv inn e-postadressa til kontaktpersonen, eller ta bort namnet',
		moveChoose: 'Vel kvar påmeldinga skal.',
		notFound: 'Fann ikkje arrangementet.',
		notFoundPage: 'Fann ikkje arrangementet',
		registrationNotFound: 'Fann ikkje påmeldinga. Ho kan vere sletta.',
		anonymised: 'Påmeldinga er anonymisert.',
		endedMove: 'Arrangementet er over. Påmeldingane kan ikkje flyttast no.',
		full: 'Arrangementet er fullt ({confirmed} av {capacity} plassar). Auk talet på plassar, eller flytt nokon til ventelista først.',
		duplicateEmail: 'Den same e-postadressa har alt ei anna aktiv påmelding til arrangementet.',
		notConfirmed: 'Fann ikkje påmeldinga blant dei som har plass. Ho kan vere endra.',
		dateFormat: '{label}: skriv dato og klokkeslett som 2026-12-24 09:00',
		labels: {
			startsAt: 'Start',
			endsAt: 'Slutt',
			opensAt: 'Påmeldinga opnar',
			closesAt: 'Påmeldingsfrist'
		},
		endBeforeStart: 'Slutten må vere etter starten',
		closesAfterStart: 'Påmeldingsfristen kan ikkje vere etter at arrangementet startar',
		opensAfterClose: 'Påmeldinga må opne før fristen (og før arrangementet startar)',
		attendanceNotHybrid: 'Berre eit hybrid arrangement har to måtar å delta på.',
		attendanceCancelled: 'Påmeldinga er avmeld. Gje personen plass først.',
		attendanceMissing: 'Vel om du deltek i salen eller digitalt',
		capacityMin: 'Talet på plassar må vere minst 1, eller tomt for inga grense',
		chapterChoose: 'Vel ei fylkesavdeling frå lista',
		chapterOwn: 'Vel fylkesavdelinga di. Du kan berre lage arrangement for di eiga fylkesavdeling.',
		programmeChoose: 'Vel eit program frå lista',
		programmeOwn: 'Du kan berre knyte arrangement til program som fylkesavdelinga di driv.',
		cohortProgramme: 'Vel programmet først: berre deltakarane i eit program kan ha eiga påmelding.',
		venueMissing: 'Skriv kvar arrangementet er før du publiserer det (stad eller adresse)',
		cancelledPublish:
			'Eit avlyst arrangement kan ikkje publiserast eller avpubliserast. Kopier det og publiser kopien.',
		unpublishRegistrations:
			'Arrangementet har påmelde og kan ikkje avpubliserast. Avlys det i staden, så får dei beskjed.',
		capacityBelowConfirmed:
			'{confirmed} har alt fått plass, så talet på plassar kan ikkje vere lågare enn det. Flytt nokon til ventelista først.',
		alreadyCancelled: 'Arrangementet er alt avlyst.',
		cancelDraft: 'Berre publiserte arrangement kan avlysast. Eit utkast kan du slette.',
		deleteRegistrations:
			'Arrangementet har påmeldingar og kan ikkje slettast. Avlys det i staden, så får dei påmelde beskjed.',
		optionsMin: 'Skriv minst to svaralternativ, eitt på kvar linje',
		optionsMax: 'Eit spørsmål kan ha høgst 30 svaralternativ',
		optionTooLong: 'Kvart svaralternativ kan vere høgst 200 teikn («{start}…» er for langt)',
		questionsMax: 'Eit arrangement kan ha høgst {max} spørsmål.',
		questionNotFound: 'Fann ikkje spørsmålet. Det kan vere sletta.',
		nameMissing: 'Skriv inn namnet ditt',
		roleMissing: 'Vel rolla di',
		municipalityUnknown:
			'Fann ingen kommune som heiter «{name}». Vel ein kommune frå lista, eller la feltet stå tomt og skriv organisasjonen din i staden.',
		placeMissing:
			'Skriv inn kommunen din, eller organisasjonen din om du ikkje kjem frå ein kommune',
		dietaryConsent:
			'Kryss av for samtykke om vi skal ta vare på opplysningane om kosthald og allergiar, eller la feltet stå tomt',
		retry: 'Noko kom i vegen. Prøv å sende skjemaet på nytt.',
		badLink: 'Lenkja verkar ikkje. Ho kan vere skriven feil, eller påmeldinga kan vere sletta.',
		cancelledByYou: 'Du har meldt deg av dette arrangementet. Meld deg på igjen om du vil delta.',
		started: 'Arrangementet har starta, så påmeldinga kan ikkje endrast lenger.',
		endedCancel: 'Arrangementet er over, så du kan ikkje melde deg av no.'
	},
	programmes: {
		taskAnswerConflict:
			'Nokon andre i gruppa lagra svaret etter at du opna det. Det du skreiv, er ikkje lagra enno: kopier teksten, last inn sida på nytt og lagre igjen.',
		applicationSavedMeanwhile:
			'{name} lagra søknaden kl. {time} medan du skreiv{changed}. Teksten din står framleis i skjemaet, men er ikkje lagra. Lagre på nytt for å erstatte det som vart lagra, eller opne søknaden i ei ny fane for å sjå endringane først.',
		applicationSavedMeanwhileFields: ' og endra {fields}',
		participantChoose: 'Vel kommune og status.',
		removeChoose: 'Vel kommunen som skal fjernast.',
		noCall: 'Programmet har inga utlysing enno.',
		applicationNotFound: 'Fann ikkje søknaden.',
		applicationHidden: 'Fann ikkje søknaden. Han finst ikkje, eller du står ikkje oppført i han.',
		decisionConflict:
			'Søknaden er endra sidan du opna han. Last inn sida på nytt og sjå om vedtaket framleis passar.',
		decisionStatus: 'Berre innsende søknader kan få vedtak.',
		chapterRegional: 'Vel fylkesavdelinga som driv det regionale programmet',
		chapterOwn:
			'Vel fylkesavdelinga di. Du kan berre lage og endre program som fylkesavdelinga di driv.',
		periodOrder: 'Sluttdatoen må vere etter startdatoen',
		chaptersChoose: 'Vel fylkesavdelingar frå lista',
		resourcesChoose: 'Vel ressursar frå lista',
		notFound: 'Fann ikkje programmet.',
		municipalityUnknown:
			'Fann ingen kommune som heiter «{name}». Skriv kommunenamnet eller kommunenummeret.',
		alreadyParticipant: '{municipality} er alt med i programmet.',
		notParticipant: 'Kommunen er ikkje med i programmet.',
		callConflict:
			'Nokon andre har endra utlysinga medan du skreiv. Last inn sida på nytt og gjer endringane på nytt.',
		callGone: 'Utlysinga finst ikkje lenger. Last inn sida på nytt.',
		municipalitiesChoose: 'Vel kommunar frå lista',
		alreadyApplied: 'Kommunen har alt ein søknad.',
		withdrawn: 'Søknaden er trekt og kan ikkje endrast.',
		notEditable: 'Søknaden kan ikkje endrast no.',
		incomplete: 'Søknaden er ikkje send. Rett opp det som står nedanfor.',
		applicationConflict:
			'{by} lagra søknaden medan du skreiv. Teksten din står framleis i skjemaet, men er ikkje lagra.',
		interestChapter: 'Du kan berre melde interesse for di eiga fylkesavdeling',
		answerHandedIn:
			'Svaret er levert og kan ikkje endrast lenger. Ta kontakt med programstaben om noko må rettast.',
		answerEmpty: 'Skriv svaret eller legg ved ei fil før du leverer.',
		taskNotFound: 'Fann ikkje oppgåva.',
		dueFormat: 'Skriv fristen som ein gyldig dato, til dømes 2027-10-15',
		eventChoose: 'Vel ei av samlingane i programmet',
		filesMax: 'Eit svar kan ha høgst {max} filer. Fjern ei fil før du legg til ei ny.',
		fileNotFound: 'Fann ikkje fila.'
	},
	uploads: {
		photoTooLarge: 'Biletet er for stort. Det kan vere høgst {max} MB.',
		photoChoose: 'Vel eit bilete',
		tooLarge: 'Fila er for stor. Største tillatne storleik er 25 MB.',
		fileChoose: 'Vel ei fil',
		empty: 'Fila er tom.',
		notAllowed:
			'Filtypen er ikkje tillaten. Du kan laste opp PDF, bilete (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, rein tekst og CSV.',
		notUtf8:
			'Filtypen er ikkje tillaten. Tekstfiler må vere lagra som UTF-8. Du kan laste opp PDF, bilete (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, rein tekst og CSV.',
		zip: 'Fila er eit komprimert arkiv (zip). Det kan ikkje lastast opp. Tillate er PDF, bilete (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, rein tekst og CSV.',
		office:
			'Fila er eit Office-dokument av ein type som ikkje er tillaten. Tillate er PDF, bilete (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, rein tekst og CSV.',
		svg: 'SVG-bilete kan ikkje lastast opp, fordi dei kan innehalde kode som køyrer i nettlesaren. Lagre biletet som PNG eller JPEG.',
		html: 'Fila inneheld HTML (kode for nettsider). Slike filer kan ikkje lastast opp, fordi dei kan køyre kode i nettlesaren.',
		mismatch:
			'Fila heiter «{name}», men innhaldet er ikkje {claimed}. Ho ser ut til å vere {sniffed}. Sjekk at du valde rett fil, eller gje ho rett filending.'
	},
	calls: {
		notOpen: 'Utlysinga opnar {at}. Du kan søkje frå då.',
		closed:
			'Søknadsfristen gjekk ut {at}. Søknader kan ikkje lenger sendast, endrast eller trekkjast.',
		notMember: '{name} er ikkje medlem av Norsk kulturskoleråd. Berre medlemskommunar kan søkje.',
		outsideChapters: '{name} høyrer ikkje til {chapters}. Utlysinga gjeld berre kommunar der.',
		outsideChapter:
			'{name} høyrer ikkje til fylkesavdelinga som driv programmet. Utlysinga gjeld berre kommunar der.',
		placesFull:
			'Alle dei {places} plassane er fylte. Set søknaden på venteliste, eller endre eit anna vedtak først.',
		placesLeftOne: 'Det er berre 1 plass att, og søknaden gjeld {needed} kommunar.',
		placesLeft: 'Det er berre {left} plassar att, og søknaden gjeld {needed} kommunar.',
		duplicate:
			'{name} har alt ein søknad til denne utlysinga. Ein kommune kan ha éin søknad per utlysing. Vil du vere med på han, spør kulturskuleleiaren eller koordinatoren for Fremtidens kulturskole i kommunen om å føre deg opp i gruppa, eller skriv til programstaben på {email}.',
		decisionsBeforeDeadline:
			'Vedtak kan ikkje sendast før søknadsfristen {at}. Steng utlysinga først dersom de vil sende dei no.',
		closeConfirm: 'Kryss av for at du vil stengje utlysinga no.',
		closeNotOpen: 'Utlysinga er ikkje open, så ho kan ikkje stengjast.',
		motivation: 'Skriv kvifor de vil vere med (motivasjon)',
		focusArea: 'Skriv kva fokusområde de vil arbeide med',
		goals: 'Vel minst eitt samfunnsmål de vil arbeide mot',
		anchoringPlans: 'Skriv korleis arbeidet er forankra i planane til kommunen',
		anchoringPolitical: 'Skriv korleis arbeidet er forankra hos politikarar og kommuneleiinga',
		contactName: 'Skriv inn namnet på kontaktpersonen',
		contactEmail: 'Skriv inn e-postadressa til kontaktpersonen',
		rolesMissing:
			'Gruppa for {municipality} manglar {roles}. Før opp minst éin person med kvar av desse rollene.'
	},
	cohort: {
		login:
			'Påmeldinga er berre for kommunegruppene i programmet «{programme}». Logg inn med kontoen din i kommunegruppa for å melde deg på.',
		outsider:
			'Påmeldinga er berre for kommunegruppene i kommunane som er med i programmet «{programme}». Du er ikkje med i ei slik kommunegruppe, så du kan ikkje melde deg på her. Er du med i arbeidet i ein av kommunane, kan koordinatoren leggje deg til i gruppa.'
	},
	registration: {
		deadlinePassed: 'Påmeldingsfristen gjekk ut {at}.',
		closed: 'Påmeldinga er stengd.',
		ambiguousMunicipality:
			'Det finst fleire kommunar som heiter {name}. Skriv kva for ein du meiner: {choices}.'
	},
	forms: {
		tooLong: 'Teksten kan vere høgst {max} teikn',
		emailMissing: 'Skriv inn e-postadressa di',
		emailTooLong: 'E-postadressa er for lang',
		emailInvalid: 'Skriv inn ei gyldig e-postadresse, til dømes namn@kommune.no',
		passwordChoose: 'Vel eit passord',
		passwordShort: 'Passordet må ha minst 10 teikn',
		passwordLong: 'Passordet kan vere høgst 200 teikn',
		passwordMissing: 'Skriv inn passordet ditt',
		passwordsDiffer: 'Passorda er ikkje like',
		passwordCurrent: 'Skriv inn passordet du har no',
		passwordNew: 'Vel eit nytt passord',
		urlInvalid: 'Skriv inn ei gyldig adresse som byrjar med https://',
		nameMissing: 'Skriv inn namnet ditt',
		deleteConfirmWord: 'Skriv {word} med store bokstavar for å stadfeste',
		inviteEmail: 'Skriv e-postadressa til den du inviterer',
		roleChoose: 'Vel ei rolle',
		chapterChoose: 'Vel fylkesavdeling',
		municipalityChoose: 'Vel kommune'
	},
	accounts: {
		roleUnknown: 'Ukjend rolle',
		chapterUnknown: 'Ukjend fylkesavdeling',
		municipalityUnknown: 'Ukjend kommune',
		emailTaken: 'E-postadressa blir brukt av ein annan konto',
		currentPasswordWrong: 'Passordet du har no, er feil',
		passwordWrong: 'Passordet er feil',
		onlyAdmin:
			'Du er den einaste administratoren. Gje ein annan administratorrolla før du slettar kontoen.',
		chapterChoose: 'Vel fylkesavdeling frå lista',
		municipalityChoose: 'Vel kommune frå lista',
		passwordChoose: 'Vel eit passord',
		lastAdmin: 'Det må finnast minst éin aktiv administrator.',
		userNotFound: 'Brukaren finst ikkje',
		deactivateSelf: 'Du kan ikkje deaktivere deg sjølv.'
	}
};
