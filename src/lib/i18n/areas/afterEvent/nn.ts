import type { Shape } from '../../define';
import type { afterEvent as afterEventNb } from './nb';

export const afterEvent: Shape<typeof afterEventNb> = {
	tab: 'Etter arrangementet',
	scan: {
		unknownCode: 'Fann inga påmelding med denne koden. Sjekk at heile QR-koden vart lesen.',
		title: 'Innsjekk med QR-kode',
		intro:
			'Skann QR-koden i stadfestinga til deltakaren med kameraet på telefonen. Då opnar denne sida seg med personen, og du kan sjekke inn.',
		another: 'Sjekk inn ein annan',
		scanButton: 'Skann med kameraet',
		camera: 'Kameraet',
		stop: 'Stopp skanninga',
		noCamera: 'Fekk ikkje bruke kameraet. Bruk kameraappen på telefonen, eller skriv inn koden.',
		codeLabel: 'Kode frå QR-koden',
		find: 'Finn',
		checkedIn: '{name} er sjekka inn.',
		already: '{name} er alt sjekka inn.',
		alreadyAt: '{name} er alt sjekka inn (kl. {time}).',
		notConfirmed: 'Denne personen har ikkje plass på arrangementet og kan ikkje sjekkast inn.',
		checkIn: 'Sjekk inn {name}',
		linkFromList: 'Sjekk inn med QR-kode'
	},
	mail: {
		qrAttached:
			'QR-koden i vedlegget er billetten din: vis han når du kjem, så sjekkar vi deg inn.',
		evaluation: {
			subject: 'Kva syntest du om {title}?',
			body: 'Takk for at du var med på {title}. Vi vil gjerne høyre kva du syntest. Det tek eit par minutt.',
			button: 'Svar på evalueringa',
			anonymous:
				'Svara blir lagra utan namnet ditt. Arrangøren ser berre svara samla, og først når minst tre har svart.'
		}
	},
	evaluation: {
		labelMissing: 'Skriv spørsmålet.',
		lockedByAnswers: 'Nokon har alt svart. Spørsmåla kan ikkje endrast lenger.',
		tooMany: 'Evalueringa kan ha høgst {max} spørsmål.',
		questionNotFound: 'Fann ikkje spørsmålet.',
		tooFew: 'Resultata blir viste først når minst {min} har svart.',
		scaleInvalid: 'Vel eit tal frå 1 til 5.',
		notOpen: 'Evalueringa er ikkje open for deg.',
		alreadyAnswered: 'Du har alt svart på evalueringa. Takk!'
	},
	audit: {
		attendanceMoved: 'Flytta påmelding {id} til {way} i «{title}»',
		questionAdded: 'La til evalueringsspørsmålet «{label}» for «{title}»',
		questionRemoved: 'Fjerna evalueringsspørsmålet «{label}» frå «{title}»',
		hoursSet: 'Sette timar på kursbeviset for «{title}» til {hours}',
		testSent: 'Sende ein test av meldinga «{subject}» for «{title}» til seg sjølv'
	},
	certificate: {
		hoursInvalid: 'Skriv talet på timar som eit tal mellom 0,5 og 200 (heile eller halve timar).',
		pdfTitle: 'Kursbevis – {event}',
		heading: 'Kursbevis',
		certifies: 'Dette stadfestar at',
		tookPart: 'har delteke på',
		hours: 'Omfang: {hours} timar',
		hoursOne: 'Omfang: {hours} time',
		organiser: 'Arrangør: {organiser}',
		issued: 'Utferda {date}',
		none: 'Kursbevis får berre dei som er sjekka inn på arrangementet.'
	},
	csv: {
		answer: 'Svar'
	},
	admin: {
		title: 'Etter arrangementet',
		hoursSaved: 'Timane på kursbeviset er lagra.',
		questionAdded: 'Spørsmålet er lagt til.',
		questionRemoved: 'Spørsmålet er fjerna.',
		certificateHeading: 'Kursbevis',
		certificateIntro:
			'Dei som er sjekka inn, kan laste ned kursbevis frå den private sida si. {attended} er sjekka inn.',
		hoursLabel: 'Timar på kursbeviset',
		hoursHint: 'La stå tomt for å rekne frå start og slutt ({hours} timar).',
		saveHours: 'Lagra timar',
		evaluationHeading: 'Evaluering',
		evaluationIntro:
			'Dagen etter arrangementet får alle som vart sjekka inn, ei lenkje til evalueringa på e-post. Kvar kan svare éin gong, og svara blir lagra utan namn.',
		invitedAt: 'Lenkja vart send {when}.',
		noQuestions: 'Ingen spørsmål enno. Utan spørsmål blir inga evaluering send.',
		kinds: { scale: 'skala 1–5', text: 'fritekst' },
		remove: 'Fjern',
		addHeading: 'Legg til eit spørsmål',
		kindLegend: 'Slag svar',
		labelLabel: 'Spørsmål',
		add: 'Legg til spørsmålet',
		lockedByAnswers: 'Nokon har svart, så spørsmåla kan ikkje endrast lenger.',
		resultsHeading: 'Resultat',
		respondentsOne: '1 har svart.',
		respondents: '{count} har svart.',
		tooFew:
			'Resultata blir viste når minst {min} har svart, så ingen kan kjennast att på svara sine.',
		questionTooFew: 'Enno har færre enn {min} svart på dette spørsmålet.',
		mean: 'Gjennomsnitt {mean} av 5 ({n} svar)',
		export: 'Last ned svara (CSV)'
	},
	mine: {
		qrHeading: 'Innsjekk',
		qrIntro: 'Vis denne QR-koden når du kjem. Han står òg i stadfestinga på e-post.',
		qrAlt: 'QR-kode for innsjekk på arrangementet',
		code: 'Kode: {code}',
		afterHeading: 'Etter arrangementet',
		certificate: 'Last ned kursbevis (PDF)',
		evaluation: 'Svar på evalueringa',
		evaluationAnswered: 'Du har svart på evalueringa. Takk!'
	},
	answer: {
		seoTitle: 'Evaluering av {title}',
		heading: 'Evaluering',
		low: 'svært dårleg',
		high: 'svært bra',
		thanks: 'Takk for svaret!',
		alreadyAnswered: 'Du har alt svart på evalueringa. Takk!',
		back: 'Til påmeldinga di',
		intro: 'Du må ikkje svare på nokon av spørsmåla. Du kan svare éin gong.',
		send: 'Send svaret',
		anonymous:
			'Svaret blir lagra utan namnet ditt. Arrangøren ser berre svara samla, og først når minst tre har svart.'
	},
	attendanceMove: {
		attends: 'Deltek: {way}',
		toDigital: 'Flytt til digitalt',
		toRoom: 'Flytt til salen'
	},
	changeNotice: {
		heading: 'Deltakarane får melding om endringa',
		intro:
			'Du har endra tid, stad eller lenkje. {count} påmelde får denne e-posten med ei ny kalenderfil. Sjå over han, send gjerne ein test til deg sjølv, og vel om dei skal varslast.',
		introOne:
			'Du har endra tid, stad eller lenkje. Éin påmeld får denne e-posten med ei ny kalenderfil. Sjå over han, send gjerne ein test til deg sjølv, og vel om dei skal varslast.',
		notSaved: 'Endringa er ikkje lagra enno.',
		toWay: 'Til dei som deltek: {way}',
		testToMe: 'Send test til meg',
		saveAndNotify: 'Lagre og varsle deltakarane',
		saveWithout: 'Lagre utan å varsle',
		orEdit: 'Du kan òg endre skjemaet under og lagre på nytt.',
		savedWithout: 'Deltakarane vart ikkje varsla.',
		auditNotNotified: '; deltakarane vart ikkje varsla om endringa'
	},
	message: {
		testSent: 'Ein test er send til {email}. Ingen deltakarar har fått han.',
		preview: 'Førehandsvis',
		testToMe: 'Send ein test til meg',
		previewHeading: 'Slik ser e-posten ut',
		previewFrame: 'Førehandsvising av e-posten'
	},
	accessibility: {
		label: 'Behov for tilrettelegging (valfritt)',
		hint: 'Til dømes rullestoltilgang, teleslynge, tolk eller skriftleg materiell på førehand.',
		consent:
			'Eg samtykkjer i at behovet for tilrettelegging blir lagra, og at det blir sletta dagen etter arrangementet.',
		consentMissing: 'Kryss av for samtykkje, eller fjern teksten om tilrettelegging.',
		tooLong: 'Skriv høgst {max} teikn om tilrettelegging.',
		column: 'Tilrettelegging',
		stored: 'Tilrettelegging'
	}
};
