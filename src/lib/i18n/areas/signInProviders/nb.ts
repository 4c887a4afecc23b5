/** Signing in with Feide, ID-porten and Ansattporten (bokmål). Provider names are not translated. */
export const signInProviders = {
	heading: 'Logg inn med en innloggingstjeneste',
	lead: 'Bruk Feide fra skolen eller ID-porten eller Ansattporten fra kommunen. Første gang kobler vi tjenesten til kontoen din.',
	signInWith: 'Logg inn med {provider}',
	refused: {
		title: 'Innloggingen gikk ikke',
		tryAgain: 'Prøv å logge inn på nytt',
		unavailable:
			'Innloggingstjenesten er ikke tilgjengelig akkurat nå. Prøv igjen om litt, eller logg inn med e-post.',
		state:
			'Innloggingen var utløpt eller allerede brukt. Start på nytt fra innloggingssiden i samme nettleser.',
		cancelled: 'Du avbrøt innloggingen hos innloggingstjenesten.',
		invalid:
			'Svaret fra innloggingstjenesten kunne ikke godkjennes, så du er ikke logget inn. Prøv igjen.',
		acr: 'Innloggingstjenesten bekreftet ikke et høyt nok sikkerhetsnivå. Prøv igjen med en annen innloggingsmetode.',
		noAccount:
			'Vi fant ingen konto med e-postadressen fra innloggingstjenesten. Du får en konto når du blir invitert, for eksempel av koordinatoren i kommunen din.',
		taken: 'Denne kontoen hos innloggingstjenesten er allerede koblet til en annen konto her.',
		otherBrowser:
			'Lenken må åpnes i samme nettleser som du logget inn med. Start på nytt fra innloggingssiden der.'
	},
	email: {
		title: 'Hvilken e-postadresse har du her?',
		lead: '{provider} gir oss ikke e-postadressen din. Skriv adressen kontoen din her har, så sender vi en lenke som kobler {provider} til kontoen.',
		submit: 'Send lenke',
		sent: 'Hvis {email} har en konto her, har vi sendt en lenke dit. Åpne den i denne nettleseren innen 15 minutter.',
		expired:
			'Det er for lenge siden du logget inn hos innloggingstjenesten. Start på nytt fra innloggingssiden.'
	},
	link: {
		titlePlain: 'Koble til innloggingstjenesten',
		lead: 'Trykk på knappen for å koble innloggingstjenesten til kontoen din og logge inn.',
		submit: 'Koble til og logg inn',
		invalid: 'Lenken er utløpt eller allerede brukt.',
		signInPage: 'Gå til innloggingssiden'
	},
	mine: {
		title: 'Innloggingstjenester',
		lead: 'Tjenestene du kan logge inn med i stedet for passord.',
		none: 'Du har ikke koblet til noen innloggingstjeneste. Logg inn med en av dem, så kobles den til.',
		linked: 'Koblet til {date}',
		lastUsed: 'sist brukt {date}',
		unlink: 'Koble fra',
		unlinkLabel: 'Koble fra {provider}',
		unlinked: '{provider} er koblet fra.'
	},
	signedOut: {
		title: 'Du er logget ut her',
		lead: 'Nå logger vi deg ut hos {provider} også. Skjer ingenting, trykk på knappen.',
		continue: 'Logg ut hos {provider}'
	},
	unknownLink: 'Fant ikke den koblingen.',
	lastWayIn:
		'Du kan ikke koble fra den siste måten å logge inn på. Lag et passord eller en passkey først.',
	audit: {
		linked: 'Innloggingstjeneste koblet til: {provider}',
		unlinked: 'Innloggingstjeneste koblet fra: {provider}'
	},
	mail: {
		subject: 'Koble {provider} til kontoen din',
		body: 'Noen (forhåpentligvis du) logget inn med {provider} og oppga denne e-postadressen. Trykk på knappen i samme nettleser for å koble {provider} til kontoen din.',
		button: 'Koble til {provider}',
		note: 'Lenken virker i 15 minutter og kan brukes én gang. Var det ikke deg, kan du se bort fra denne e-posten: ingenting blir koblet.'
	},
	admin: {
		title: 'Innlogging',
		lead: 'Innloggingstjenestene som er satt opp. Registrer adressene under hos hver tjeneste.',
		none: 'Ingen innloggingstjeneste er satt opp. Se README (OIDC_FEIDE_ISSUER og de andre).',
		provider: 'Tjeneste',
		status: 'Status',
		ok: 'Virker',
		failing: 'Virker ikke: {reason}',
		redirectUri: 'Adresse for innlogging (redirect URI)',
		postLogoutUri: 'Adresse etter utlogging (post logout redirect URI)',
		twoFactor: 'Sikkerhetsnivåer som regnes som to faktorer: {levels}',
		twoFactorNone: 'Ingen sikkerhetsnivåer regnes som to faktorer.'
	}
} as const;
