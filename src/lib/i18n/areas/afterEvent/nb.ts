/** After the event: QR check-in, the attendance certificate, the evaluation, message preview. */
export const afterEvent = {
	tab: 'Etter arrangementet',
	scan: {
		unknownCode: 'Fant ingen påmelding med denne koden. Sjekk at hele QR-koden ble lest.',
		title: 'Innsjekk med QR-kode',
		intro:
			'Skann QR-koden i deltakerens bekreftelse med kameraet på telefonen. Da åpnes denne siden med personen, og du kan sjekke inn.',
		another: 'Sjekk inn en annen',
		scanButton: 'Skann med kameraet',
		camera: 'Kameraet',
		stop: 'Stopp skanningen',
		noCamera: 'Fikk ikke bruke kameraet. Bruk kameraappen på telefonen, eller skriv inn koden.',
		codeLabel: 'Kode fra QR-koden',
		find: 'Finn',
		checkedIn: '{name} er sjekket inn.',
		already: '{name} er allerede sjekket inn.',
		alreadyAt: '{name} er allerede sjekket inn (kl. {time}).',
		notConfirmed: 'Denne personen har ikke plass på arrangementet og kan ikke sjekkes inn.',
		checkIn: 'Sjekk inn {name}',
		linkFromList: 'Sjekk inn med QR-kode'
	},
	mail: {
		qrAttached:
			'QR-koden i vedlegget er billetten din: vis den når du kommer, så sjekker vi deg inn.',
		evaluation: {
			subject: 'Hva syntes du om {title}?',
			body: 'Takk for at du var med på {title}. Vi vil gjerne høre hva du syntes. Det tar et par minutter.',
			button: 'Svar på evalueringen',
			anonymous:
				'Svarene lagres uten navnet ditt. Arrangøren ser bare svarene samlet, og først når minst tre har svart.'
		}
	},
	evaluation: {
		labelMissing: 'Skriv spørsmålet.',
		lockedByAnswers: 'Noen har allerede svart. Spørsmålene kan ikke endres lenger.',
		tooMany: 'Evalueringen kan ha høyst {max} spørsmål.',
		questionNotFound: 'Fant ikke spørsmålet.',
		tooFew: 'Resultatene vises først når minst {min} har svart.',
		scaleInvalid: 'Velg et tall fra 1 til 5.',
		notOpen: 'Evalueringen er ikke åpen for deg.',
		alreadyAnswered: 'Du har allerede svart på evalueringen. Takk!'
	},
	audit: {
		attendanceMoved: 'Flyttet påmelding {id} til {way} i «{title}»',
		questionAdded: 'La til evalueringsspørsmålet «{label}» for «{title}»',
		questionRemoved: 'Fjernet evalueringsspørsmålet «{label}» fra «{title}»',
		hoursSet: 'Satte timer på kursbeviset for «{title}» til {hours}',
		testSent: 'Sendte en test av meldingen «{subject}» for «{title}» til seg selv'
	},
	certificate: {
		hoursInvalid: 'Skriv antall timer som et tall mellom 0,5 og 200 (hele eller halve timer).',
		pdfTitle: 'Kursbevis – {event}',
		heading: 'Kursbevis',
		certifies: 'Dette bekrefter at',
		tookPart: 'har deltatt på',
		hours: 'Omfang: {hours} timer',
		hoursOne: 'Omfang: {hours} time',
		organiser: 'Arrangør: {organiser}',
		issued: 'Utstedt {date}',
		none: 'Kursbevis får bare de som er sjekket inn på arrangementet.'
	},
	csv: {
		answer: 'Svar'
	},
	admin: {
		title: 'Etter arrangementet',
		hoursSaved: 'Timene på kursbeviset er lagret.',
		questionAdded: 'Spørsmålet er lagt til.',
		questionRemoved: 'Spørsmålet er fjernet.',
		certificateHeading: 'Kursbevis',
		certificateIntro:
			'De som er sjekket inn, kan laste ned kursbevis fra sin private side. {attended} er sjekket inn.',
		hoursLabel: 'Timer på kursbeviset',
		hoursHint: 'La stå tomt for å regne fra start og slutt ({hours} timer).',
		saveHours: 'Lagre timer',
		evaluationHeading: 'Evaluering',
		evaluationIntro:
			'Dagen etter arrangementet får alle som ble sjekket inn, en lenke til evalueringen på e-post. Hver kan svare én gang, og svarene lagres uten navn.',
		invitedAt: 'Lenken ble sendt {when}.',
		noQuestions: 'Ingen spørsmål ennå. Uten spørsmål sendes ingen evaluering.',
		kinds: { scale: 'skala 1–5', text: 'fritekst' },
		remove: 'Fjern',
		addHeading: 'Legg til et spørsmål',
		kindLegend: 'Slags svar',
		labelLabel: 'Spørsmål',
		add: 'Legg til spørsmålet',
		lockedByAnswers: 'Noen har svart, så spørsmålene kan ikke endres lenger.',
		resultsHeading: 'Resultater',
		respondentsOne: '1 har svart.',
		respondents: '{count} har svart.',
		tooFew:
			'Resultatene vises når minst {min} har svart, så ingen kan kjennes igjen på svarene sine.',
		questionTooFew: 'Færre enn {min} har svart på dette spørsmålet.',
		mean: 'Gjennomsnitt {mean} av 5 ({n} svar)',
		export: 'Last ned svarene (CSV)'
	},
	mine: {
		qrHeading: 'Innsjekk',
		qrIntro: 'Vis denne QR-koden når du kommer. Den står også i bekreftelsen på e-post.',
		qrAlt: 'QR-kode for innsjekk på arrangementet',
		code: 'Kode: {code}',
		afterHeading: 'Etter arrangementet',
		certificate: 'Last ned kursbevis (PDF)',
		evaluation: 'Svar på evalueringen',
		evaluationAnswered: 'Du har svart på evalueringen. Takk!'
	},
	answer: {
		seoTitle: 'Evaluering av {title}',
		heading: 'Evaluering',
		low: 'svært dårlig',
		high: 'svært bra',
		thanks: 'Takk for svaret!',
		alreadyAnswered: 'Du har allerede svart på evalueringen. Takk!',
		back: 'Til påmeldingen din',
		intro: 'Ingen spørsmål må besvares. Du kan svare én gang.',
		send: 'Send svaret',
		anonymous:
			'Svaret lagres uten navnet ditt. Arrangøren ser bare svarene samlet, og først når minst tre har svart.'
	},
	attendanceMove: {
		attends: 'Deltar: {way}',
		toDigital: 'Flytt til digitalt',
		toRoom: 'Flytt til salen'
	},
	changeNotice: {
		heading: 'Deltakerne får beskjed om endringen',
		intro:
			'Du har endret tid, sted eller lenke. {count} påmeldte får denne e-posten med en ny kalenderfil. Se over den, send gjerne en test til deg selv, og velg om de skal varsles.',
		introOne:
			'Du har endret tid, sted eller lenke. Én påmeldt får denne e-posten med en ny kalenderfil. Se over den, send gjerne en test til deg selv, og velg om de skal varsles.',
		notSaved: 'Endringen er ikke lagret ennå.',
		toWay: 'Til dem som deltar: {way}',
		testToMe: 'Send test til meg',
		saveAndNotify: 'Lagre og varsle deltakerne',
		saveWithout: 'Lagre uten å varsle',
		orEdit: 'Du kan også endre skjemaet under og lagre på nytt.',
		savedWithout: 'Deltakerne ble ikke varslet.',
		auditNotNotified: '; deltakerne ble ikke varslet om endringen'
	},
	message: {
		testSent: 'En test er sendt til {email}. Ingen deltakere har fått den.',
		preview: 'Forhåndsvis',
		testToMe: 'Send en test til meg',
		previewHeading: 'Slik ser e-posten ut',
		previewFrame: 'Forhåndsvisning av e-posten'
	},
	accessibility: {
		label: 'Behov for tilrettelegging (valgfritt)',
		hint: 'For eksempel rullestoltilgang, teleslynge, tolk eller skriftlig materiell på forhånd.',
		consent:
			'Jeg samtykker i at behovet for tilrettelegging lagres, og at det slettes dagen etter arrangementet.',
		consentMissing: 'Kryss av for samtykke, eller fjern teksten om tilrettelegging.',
		tooLong: 'Skriv høyst {max} tegn om tilrettelegging.',
		column: 'Tilrettelegging',
		stored: 'Tilrettelegging'
	}
} as const;
