import type { Shape } from '../../define';
import type { signup as signupNb } from './nb';

/** Registering others (British English). */
export const signup: Shape<typeof signupNb> = {
	group: {
		title: 'Register several people from the municipality: {title}',
		crumb: 'Register several',
		lead: 'As municipal coordinator for {municipality} you can register several people from the municipality at once. Each person gets their own confirmation and their own link to the registration by e-mail.',
		seatsLeft:
			'Places left now: {left}. Places are given in the order of the rows; those who do not get one go on the waiting list.',
		noLimit: 'The event has no limit on the number of participants.',
		person: 'Person {n}',
		name: 'Name',
		email: 'E-mail',
		role: 'Role',
		addRow: 'Add a row',
		removeRow: 'Remove person {n}',
		maxRows: 'You can register up to {max} people at a time.',
		consent:
			'I have agreed with these people that I am registering them, and that they will receive e-mails about the event.',
		consentMissing: 'Confirm that you have agreed the registration with these people.',
		extraInfo:
			'Each participant can add dietary needs and answer the organiser’s questions themselves through the link in their e-mail.',
		submit: 'Register',
		resultHeading: 'The registration has been made',
		resultIntro: 'This is how it went. Everyone has been e-mailed their own link.',
		confirmed: 'Has a place',
		waitlisted: 'On the waiting list, number {position}',
		already: 'Was already registered; nothing has changed',
		again: 'Register more people',
		back: 'Back to the event',
		closed: 'Registration is closed',
		questions:
			'The organiser asks questions that each participant must answer themselves. Ask the participants to register one by one.',
		eventLink: 'Are you a municipal coordinator? Register several people from the municipality',
		chooseMunicipality: 'Choose the municipality you are registering for',
		notCoordinatorAnywhere:
			'You are not the coordinator of any municipality. Ask your municipality’s coordinator to register the group, or register yourself.'
	},
	door: {
		link: 'Add a participant',
		title: 'Add a participant: {title}',
		crumb: 'Add a participant',
		lead: 'Register someone who turns up without registering, or who has registered through you. The deadline does not apply to you. The person is e-mailed a confirmation and a link to the registration.',
		overbook: 'Give a place even if the event is full (overbooking)',
		overbookHint: 'Without this, the person goes on the waiting list when all places are taken.',
		checkIn: 'Check in straight away',
		checkInHint: 'Only for someone who gets a place.',
		submit: 'Add',
		doneConfirmed: '{name} is registered and has a place.',
		doneOverbooked: '{name} is registered and has been given a place beyond the capacity.',
		doneWaitlisted: '{name} is on the waiting list, number {position}.',
		doneCheckedIn: '{name} is registered and checked in.',
		seats: 'Registered: {confirmed} of {capacity}. On the waiting list: {waitlisted}.',
		seatsNoLimit: 'Registered: {confirmed}. No limit on the number of participants.'
	},
	problems: {
		questions:
			'The event has questions each participant must answer themselves, so groups cannot be registered for it.',
		empty: 'Fill in at least one person.',
		emailMissing: 'Enter the e-mail address.',
		emailInvalid: 'Enter a valid e-mail address, such as name@council.no.',
		twice: '{email} appears twice in the list.',
		already: '{email} is already registered for this event.',
		notCoordinator:
			'Only the municipality’s coordinator can register several people from the municipality.'
	},
	audit: {
		group:
			'Group registration from municipality {municipality} for “{title}”: {count} people ({confirmed} with a place, {waitlisted} on the waiting list)',
		door: 'Registration #{id} added by staff for “{title}”',
		overbooked: ', with a place beyond the capacity',
		checkedIn: ', checked in'
	}
};
