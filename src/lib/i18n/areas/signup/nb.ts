/** Registering others: a coordinator's group registration and staff registering by hand (bokmål). */
export const signup = {
	group: {
		title: 'Meld på flere fra kommunen: {title}',
		crumb: 'Meld på flere',
		lead: 'Som kommunekoordinator for {municipality} kan du melde på flere personer fra kommunen på en gang. Hver person får sin egen bekreftelse og sin egen lenke til påmeldingen på e-post.',
		seatsLeft:
			'Plasser igjen nå: {left}. Plassene deles ut i radenes rekkefølge; de som ikke får plass, kommer på ventelisten.',
		noLimit: 'Arrangementet har ingen grense for antall deltakere.',
		person: 'Person {n}',
		name: 'Navn',
		email: 'E-post',
		role: 'Rolle',
		addRow: 'Legg til rad',
		removeRow: 'Fjern person {n}',
		maxRows: 'Du kan melde på inntil {max} personer om gangen.',
		consent:
			'Jeg har avtalt med disse personene at jeg melder dem på, og at de får e-post om arrangementet.',
		consentMissing: 'Bekreft at du har avtalt påmeldingen med personene.',
		extraInfo:
			'Hver deltaker kan selv legge inn behov knyttet til kosthold og svare på spørsmål fra arrangøren via lenken i e-posten.',
		submit: 'Meld på',
		resultHeading: 'Påmeldingen er registrert',
		resultIntro: 'Slik gikk det. Alle har fått e-post med sin egen lenke.',
		confirmed: 'Har plass',
		waitlisted: 'På venteliste, nummer {position}',
		already: 'Var allerede påmeldt, ingenting er endret',
		again: 'Meld på flere',
		back: 'Tilbake til arrangementet',
		closed: 'Påmeldingen er stengt',
		questions:
			'Arrangøren stiller spørsmål som hver deltaker må svare på selv. Be deltakerne melde seg på hver for seg.',
		eventLink: 'Er du kommunekoordinator? Meld på flere fra kommunen',
		chooseMunicipality: 'Velg kommunen du melder på for',
		notCoordinatorAnywhere:
			'Du er ikke koordinator for noen kommune. Be kommunens koordinator om å melde på gruppen, eller meld deg på selv.'
	},
	door: {
		link: 'Legg til deltaker',
		title: 'Legg til deltaker: {title}',
		crumb: 'Legg til deltaker',
		lead: 'Registrer en som kommer uten påmelding, eller en som har meldt seg på via deg. Fristen gjelder ikke for deg. Personen får bekreftelse og lenke til påmeldingen på e-post.',
		overbook: 'Gi plass selv om arrangementet er fullt (overbooking)',
		overbookHint: 'Uten dette kommer personen på ventelisten når alle plassene er tatt.',
		checkIn: 'Sjekk inn med en gang',
		checkInHint: 'Bare for den som får plass.',
		submit: 'Legg til',
		doneConfirmed: '{name} er påmeldt og har plass.',
		doneOverbooked: '{name} er påmeldt og har fått plass utover kapasiteten.',
		doneWaitlisted: '{name} er på ventelisten, nummer {position}.',
		doneCheckedIn: '{name} er påmeldt og sjekket inn.',
		seats: 'Påmeldt: {confirmed} av {capacity}. På venteliste: {waitlisted}.',
		seatsNoLimit: 'Påmeldt: {confirmed}. Ingen grense for antall deltakere.'
	},
	problems: {
		questions:
			'Arrangementet har spørsmål som hver deltaker må svare på selv, så det kan ikke meldes på grupper.',
		empty: 'Fyll ut minst én person.',
		emailMissing: 'Skriv e-postadressen.',
		emailInvalid: 'Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.',
		twice: '{email} står to ganger i listen.',
		already: '{email} er allerede påmeldt til dette arrangementet.',
		notCoordinator: 'Bare kommunens koordinator kan melde på flere fra kommunen.'
	},
	audit: {
		group:
			'Gruppepåmelding fra kommune {municipality} til «{title}»: {count} personer ({confirmed} med plass, {waitlisted} på venteliste)',
		door: 'Påmelding #{id} lagt inn av ansatt for «{title}»',
		overbooked: ', med plass utover kapasiteten',
		checkedIn: ', sjekket inn'
	}
} as const;
