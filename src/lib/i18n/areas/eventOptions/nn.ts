import type { Shape } from '../../define';
import type { eventOptions as eventOptionsNb } from './nb';

/** Options with their own limits (day 1, day 2, dinner, overnight): nynorsk. */
export const eventOptions: Shape<typeof eventOptionsNb> = {
	form: {
		legend: 'Val',
		help: 'Kryss av for det du vil vere med på. Er eit val fullt, kjem du på ventelista for det valet.',
		left: '{left} plassar att',
		full: 'Fullt, venteliste',
		followSeat:
			'Står du på ventelista til arrangementet, får du plass på vala når du får plass på arrangementet, dersom det er ledig.',
		group:
			'Vala gjeld alle i gruppa. Er eit val fullt, kjem dei på ventelista for det valet; kvar kan endre vala sine på sida for påmeldinga si.'
	},
	place: {
		confirmed: '{name}: du har plass',
		waitlisted: '{name}: venteliste, nummer {position}',
		pending: '{name}: du får plass når du får plass på arrangementet, dersom det er ledig'
	},
	page: {
		heading: 'Vala dine',
		none: 'Du har ikkje kryssa av for nokon val.'
	},
	mail: {
		heading: 'Vala dine:',
		promoted: {
			subject: 'No har du plass på «{option}»: {title}',
			body: 'Det vart ledig plass på «{option}» ved «{title}», og no har du fått han.',
			after: 'Kan du ikkje likevel? Fjern valet på sida for påmeldinga di, så går plassen vidare.'
		}
	},
	admin: {
		title: 'Val',
		nav: 'Val',
		intro:
			'Val er delar av arrangementet deltakarane kryssar av for, til dømes «Dag 1», «Middag» eller «Overnatting». Kvart val kan ha sitt eige tal på plassar og si eiga venteliste. Vala følgjer plassen på arrangementet: står nokon på ventelista til arrangementet, får dei plass på vala først når dei får plass på arrangementet.',
		none: 'Arrangementet har ingen val enno.',
		name: 'Namn på valet',
		capacity: 'Tal på plassar',
		capacityHelp:
			'La feltet stå tomt for inga grense. Set du grensa lågare enn talet som alt har plass, held alle på plassen sin, og nye kjem på ventelista til det er ledig.',
		add: 'Legg til val',
		addHeading: 'Nytt val',
		save: 'Lagre',
		saveNamed: 'Lagre «{name}»',
		added: 'Valet er lagt til.',
		saved: 'Valet er lagra.',
		moved: 'Valet er flytta.',
		deleted: 'Valet er sletta.',
		counts: '{confirmed} av {capacity} plassar · {waitlisted} på venteliste',
		countsNoLimit: '{confirmed} påmelde · inga grense',
		overbooked: 'Overbooka',
		deleteWarn: 'Slettar du eit val, forsvinn det frå påmeldingane som har det.',
		column: 'Val',
		countsHeading: 'Val',
		personOption: {
			confirmed: '{name}',
			waitlisted: '{name} (venteliste, nr. {position})',
			pending: '{name} (ventar på plass på arrangementet)'
		}
	},
	csv: {
		column: 'Val: {name}',
		confirmed: 'Plass',
		waitlisted: 'Venteliste',
		pending: 'Ventar på plass'
	},
	problems: {
		nameMissing: 'Skriv inn namnet på valet.',
		nameTooLong: 'Namnet kan ha høgst {max} teikn.',
		capacity: 'Skriv talet på plassar som eit heilt tal frå 0 til 99999, eller la feltet stå tomt.',
		max: 'Eit arrangement kan ha høgst {max} val.',
		notOffered: 'Vel blant vala arrangementet har.',
		notFound: 'Fann ikkje valet. Kanskje det nettopp vart sletta?'
	},
	audit: {
		added: 'La til valet «{name}» på «{title}»',
		changed: 'Endra valet «{name}» på «{title}»',
		deleted: 'Sletta valet «{name}» på «{title}»',
		moved: 'Flytta valet «{name}» på «{title}»'
	}
};
