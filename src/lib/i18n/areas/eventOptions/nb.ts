/** Options with their own limits (day 1, day 2, dinner, overnight): bokmål. */
export const eventOptions = {
	form: {
		legend: 'Valg',
		help: 'Kryss av for det du vil være med på. Er et valg fullt, kommer du på ventelisten for det valget.',
		left: '{left} plasser igjen',
		full: 'Fullt, venteliste',
		followSeat:
			'Står du på ventelisten til arrangementet, får du plass på valgene når du får plass på arrangementet, om det er ledig.',
		group:
			'Valgene gjelder alle i gruppen. Er et valg fullt, kommer de på ventelisten for det valget; hver kan endre valgene sine på siden for påmeldingen sin.'
	},
	place: {
		confirmed: '{name}: du har plass',
		waitlisted: '{name}: venteliste, nummer {position}',
		pending: '{name}: du får plass når du får plass på arrangementet, om det er ledig'
	},
	page: {
		heading: 'Valgene dine',
		none: 'Du har ikke krysset av for noen valg.'
	},
	mail: {
		heading: 'Valgene dine:',
		promoted: {
			subject: 'Du har fått plass på «{option}»: {title}',
			body: 'Det ble ledig plass på «{option}» ved «{title}», og du har nå fått den.',
			after:
				'Kan du ikke likevel? Fjern valget på siden for påmeldingen din, så går plassen videre.'
		}
	},
	admin: {
		title: 'Valg',
		nav: 'Valg',
		intro:
			'Valg er deler av arrangementet deltakerne krysser av for, for eksempel «Dag 1», «Middag» eller «Overnatting». Hvert valg kan ha sitt eget antall plasser og sin egen venteliste. Valgene følger plassen på arrangementet: står noen på ventelisten til arrangementet, får de plass på valgene først når de får plass på arrangementet.',
		none: 'Arrangementet har ingen valg ennå.',
		name: 'Navn på valget',
		capacity: 'Antall plasser',
		capacityHelp:
			'La feltet stå tomt for ingen grense. Setter du grensen lavere enn antallet som alt har plass, beholder alle plassen sin, og nye kommer på ventelisten til det er ledig.',
		add: 'Legg til valg',
		addHeading: 'Nytt valg',
		save: 'Lagre',
		saveNamed: 'Lagre «{name}»',
		added: 'Valget er lagt til.',
		saved: 'Valget er lagret.',
		moved: 'Valget er flyttet.',
		deleted: 'Valget er slettet.',
		counts: '{confirmed} av {capacity} plasser · {waitlisted} på venteliste',
		countsNoLimit: '{confirmed} påmeldt · ingen grense',
		overbooked: 'Overbooket',
		deleteWarn: 'Sletter du et valg, forsvinner det fra påmeldingene som har det.',
		column: 'Valg',
		countsHeading: 'Valg',
		personOption: {
			confirmed: '{name}',
			waitlisted: '{name} (venteliste, nr. {position})',
			pending: '{name} (venter på plass på arrangementet)'
		}
	},
	csv: {
		column: 'Valg: {name}',
		confirmed: 'Plass',
		waitlisted: 'Venteliste',
		pending: 'Venter på plass'
	},
	problems: {
		nameMissing: 'Skriv inn navnet på valget.',
		nameTooLong: 'Navnet kan ha høyst {max} tegn.',
		capacity: 'Skriv antall plasser som et helt tall fra 0 til 99999, eller la feltet stå tomt.',
		max: 'Et arrangement kan ha høyst {max} valg.',
		notOffered: 'Velg blant valgene arrangementet har.',
		notFound: 'Fant ikke valget. Kanskje det nettopp ble slettet?'
	},
	audit: {
		added: 'La til valget «{name}» på «{title}»',
		changed: 'Endret valget «{name}» på «{title}»',
		deleted: 'Slettet valget «{name}» på «{title}»',
		moved: 'Flyttet valget «{name}» på «{title}»'
	}
} as const;
