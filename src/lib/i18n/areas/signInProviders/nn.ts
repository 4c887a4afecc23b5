/** Signing in with Feide, ID-porten and Ansattporten (nynorsk, same keys as nb.ts). */
import type { Shape } from '../../define';
import type { signInProviders as signInProvidersNb } from './nb';

export const signInProviders: Shape<typeof signInProvidersNb> = {
	heading: 'Logg inn med ei innloggingsteneste',
	lead: 'Bruk Feide frå skulen eller ID-porten eller Ansattporten frå kommunen. Første gongen koplar vi tenesta til kontoen din.',
	signInWith: 'Logg inn med {provider}',
	refused: {
		title: 'Innlogginga gjekk ikkje',
		tryAgain: 'Prøv å logge inn på nytt',
		unavailable:
			'Innloggingstenesta er ikkje tilgjengeleg akkurat no. Prøv igjen om litt, eller logg inn med e-post.',
		state:
			'Innlogginga hadde gått ut eller var alt brukt. Start på nytt frå innloggingssida i same nettlesaren.',
		cancelled: 'Du avbraut innlogginga hos innloggingstenesta.',
		invalid:
			'Svaret frå innloggingstenesta kunne ikkje godkjennast, så du er ikkje logga inn. Prøv igjen.',
		acr: 'Innloggingstenesta stadfesta ikkje eit høgt nok tryggleiksnivå. Prøv igjen med ein annan innloggingsmåte.',
		noAccount:
			'Vi fann ingen konto med e-postadressa frå innloggingstenesta. Du får ein konto når du blir invitert, til dømes av koordinatoren i kommunen din.',
		taken: 'Denne kontoen hos innloggingstenesta er alt kopla til ein annan konto her.',
		otherBrowser:
			'Lenkja må opnast i same nettlesaren som du logga inn med. Start på nytt frå innloggingssida der.'
	},
	email: {
		title: 'Kva e-postadresse har du her?',
		lead: '{provider} gir oss ikkje e-postadressa di. Skriv adressa kontoen din her har, så sender vi ei lenkje som koplar {provider} til kontoen.',
		submit: 'Send lenkje',
		sent: 'Viss {email} har ein konto her, har vi sendt ei lenkje dit. Opne ho i denne nettlesaren innan 15 minutt.',
		expired:
			'Det er for lenge sidan du logga inn hos innloggingstenesta. Start på nytt frå innloggingssida.'
	},
	link: {
		titlePlain: 'Kople til innloggingstenesta',
		lead: 'Trykk på knappen for å kople innloggingstenesta til kontoen din og logge inn.',
		submit: 'Kople til og logg inn',
		invalid: 'Lenkja har gått ut eller er alt brukt.',
		signInPage: 'Gå til innloggingssida'
	},
	mine: {
		title: 'Innloggingstenester',
		lead: 'Tenestene du kan logge inn med i staden for passord.',
		none: 'Du har ikkje kopla til nokon innloggingsteneste. Logg inn med ei av dei, så blir ho kopla til.',
		linked: 'Kopla til {date}',
		lastUsed: 'sist brukt {date}',
		unlink: 'Kople frå',
		unlinkLabel: 'Kople frå {provider}',
		unlinked: '{provider} er kopla frå.'
	},
	signedOut: {
		title: 'Du er logga ut her',
		lead: 'No loggar vi deg ut hos {provider} òg. Skjer ingenting, trykk på knappen.',
		continue: 'Logg ut hos {provider}'
	},
	unknownLink: 'Fann ikkje den koplinga.',
	lastWayIn:
		'Du kan ikkje kople frå den siste måten å logge inn på. Lag eit passord eller ein passkey først.',
	audit: {
		linked: 'Innloggingsteneste kopla til: {provider}',
		unlinked: 'Innloggingsteneste kopla frå: {provider}'
	},
	mail: {
		subject: 'Kople {provider} til kontoen din',
		body: 'Nokon (forhåpentleg du) logga inn med {provider} og gav opp denne e-postadressa. Trykk på knappen i same nettlesaren for å kople {provider} til kontoen din.',
		button: 'Kople til {provider}',
		note: 'Lenkja verkar i 15 minutt og kan brukast éin gong. Var det ikkje deg, kan du sjå bort frå denne e-posten: ingenting blir kopla.'
	},
	admin: {
		title: 'Innlogging',
		lead: 'Innloggingstenestene som er sette opp. Registrer adressene under hos kvar teneste.',
		none: 'Inga innloggingsteneste er sett opp. Sjå README (OIDC_FEIDE_ISSUER og dei andre).',
		provider: 'Teneste',
		status: 'Status',
		ok: 'Verkar',
		failing: 'Verkar ikkje: {reason}',
		redirectUri: 'Adresse for innlogginga (redirect URI)',
		postLogoutUri: 'Adresse etter utlogginga (post logout redirect URI)',
		twoFactor: 'Tryggleiksnivå som blir rekna som to faktorar: {levels}',
		twoFactorNone: 'Ingen tryggleiksnivå blir rekna som to faktorar.'
	}
};
