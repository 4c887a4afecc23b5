import type { Shape } from '../../define';
import type { signup as signupNb } from './nb';

/** Registering others (nynorsk). */
export const signup: Shape<typeof signupNb> = {
	group: {
		title: 'Meld på fleire frå kommunen: {title}',
		crumb: 'Meld på fleire',
		lead: 'Som kommunekoordinator for {municipality} kan du melde på fleire personar frå kommunen på ein gong. Kvar person får si eiga stadfesting og si eiga lenkje til påmeldinga på e-post.',
		seatsLeft:
			'Plassar att no: {left}. Plassane blir delte ut i rekkjefølgja til radene; dei som ikkje får plass, kjem på ventelista.',
		noLimit: 'Arrangementet har inga grense for talet på deltakarar.',
		person: 'Person {n}',
		name: 'Namn',
		email: 'E-post',
		role: 'Rolle',
		addRow: 'Legg til rad',
		removeRow: 'Fjern person {n}',
		maxRows: 'Du kan melde på inntil {max} personar om gongen.',
		consent:
			'Eg har avtalt med desse personane at eg melder dei på, og at dei får e-post om arrangementet.',
		consentMissing: 'Stadfest at du har avtalt påmeldinga med personane.',
		extraInfo:
			'Kvar deltakar kan sjølv leggje inn behov knytte til kosthald og svare på spørsmål frå arrangøren via lenkja i e-posten.',
		submit: 'Meld på',
		resultHeading: 'Påmeldinga er registrert',
		resultIntro: 'Slik gjekk det. Alle har fått e-post med si eiga lenkje.',
		confirmed: 'Har plass',
		waitlisted: 'På venteliste, nummer {position}',
		already: 'Var alt påmeld, ingenting er endra',
		again: 'Meld på fleire',
		back: 'Tilbake til arrangementet',
		closed: 'Påmeldinga er stengd',
		questions:
			'Arrangøren stiller spørsmål som kvar deltakar må svare på sjølv. Be deltakarane melde seg på kvar for seg.',
		eventLink: 'Er du kommunekoordinator? Meld på fleire frå kommunen',
		chooseMunicipality: 'Vel kommunen du melder på for',
		notCoordinatorAnywhere:
			'Du er ikkje koordinator for nokon kommune. Be koordinatoren i kommunen om å melde på gruppa, eller meld deg på sjølv.'
	},
	door: {
		link: 'Legg til deltakar',
		title: 'Legg til deltakar: {title}',
		crumb: 'Legg til deltakar',
		lead: 'Registrer ein som kjem utan påmelding, eller ein som har meldt seg på via deg. Fristen gjeld ikkje for deg. Personen får stadfesting og lenkje til påmeldinga på e-post.',
		overbook: 'Gje plass sjølv om arrangementet er fullt (overbooking)',
		overbookHint: 'Utan dette kjem personen på ventelista når alle plassane er tekne.',
		checkIn: 'Sjekk inn med ein gong',
		checkInHint: 'Berre for den som får plass.',
		submit: 'Legg til',
		doneConfirmed: '{name} er påmeld og har plass.',
		doneOverbooked: '{name} er påmeld og har fått plass utover kapasiteten.',
		doneWaitlisted: '{name} er på ventelista, nummer {position}.',
		doneCheckedIn: '{name} er påmeld og sjekka inn.',
		seats: 'Påmelde: {confirmed} av {capacity}. På venteliste: {waitlisted}.',
		seatsNoLimit: 'Påmelde: {confirmed}. Inga grense for talet på deltakarar.'
	},
	problems: {
		questions:
			'Arrangementet har spørsmål som kvar deltakar må svare på sjølv, så det kan ikkje meldast på grupper.',
		empty: 'Fyll ut minst éin person.',
		emailMissing: 'Skriv e-postadressa.',
		emailInvalid: 'Skriv ei gyldig e-postadresse, til dømes namn@kommune.no.',
		twice: '{email} står to gonger i lista.',
		already: '{email} er alt påmeld til dette arrangementet.',
		notCoordinator: 'Berre koordinatoren i kommunen kan melde på fleire frå kommunen.'
	},
	audit: {
		group:
			'Gruppepåmelding frå kommune {municipality} til «{title}»: {count} personar ({confirmed} med plass, {waitlisted} på venteliste)',
		door: 'Påmelding #{id} lagd inn av tilsett for «{title}»',
		overbooked: ', med plass utover kapasiteten',
		checkedIn: ', sjekka inn'
	}
};
