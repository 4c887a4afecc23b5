import type { Shape } from '../../define';
import type { eventOptions as eventOptionsNb } from './nb';

/** Options with their own limits (day 1, day 2, dinner, overnight): British English. */
export const eventOptions: Shape<typeof eventOptionsNb> = {
	form: {
		legend: 'Options',
		help: 'Tick what you would like to take part in. If an option is full, you go on the waiting list for that option.',
		left: '{left} places left',
		full: 'Full, waiting list',
		followSeat:
			'If you are on the event’s waiting list, you get places on the options when you get a place at the event, if they are free.',
		group:
			'The options apply to everyone in the group. If an option is full, they go on its waiting list; each person can change their options on their own registration page.'
	},
	place: {
		confirmed: '{name}: you have a place',
		waitlisted: '{name}: waiting list, number {position}',
		pending: '{name}: you get a place when you get a place at the event, if one is free'
	},
	page: {
		heading: 'Your options',
		none: 'You have not ticked any options.'
	},
	mail: {
		heading: 'Your options:',
		promoted: {
			subject: 'You have a place on “{option}”: {title}',
			body: 'A place became free on “{option}” at “{title}”, and it is now yours.',
			after:
				'Can’t make it after all? Remove the option on your registration page, and the place goes to the next person.'
		}
	},
	admin: {
		title: 'Options',
		nav: 'Options',
		intro:
			'Options are parts of the event participants tick, such as “Day 1”, “Dinner” or “Overnight stay”. Each option can have its own number of places and its own waiting list. Options follow the place at the event: someone on the event’s waiting list gets places on the options when they get a place.',
		none: 'The event has no options yet.',
		name: 'Name of the option',
		capacity: 'Number of places',
		capacityHelp:
			'Leave empty for no limit. If you set the limit below the number who already have a place, everyone keeps their place, and newcomers go on the waiting list until a place is free.',
		add: 'Add option',
		addHeading: 'New option',
		save: 'Save',
		saveNamed: 'Save “{name}”',
		added: 'The option has been added.',
		saved: 'The option has been saved.',
		moved: 'The option has been moved.',
		deleted: 'The option has been deleted.',
		counts: '{confirmed} of {capacity} places · {waitlisted} on the waiting list',
		countsNoLimit: '{confirmed} registered · no limit',
		overbooked: 'Overbooked',
		deleteWarn: 'Deleting an option removes it from the registrations that have it.',
		column: 'Options',
		countsHeading: 'Options',
		personOption: {
			confirmed: '{name}',
			waitlisted: '{name} (waiting list, no. {position})',
			pending: '{name} (waiting for a place at the event)'
		}
	},
	csv: {
		column: 'Option: {name}',
		confirmed: 'Place',
		waitlisted: 'Waiting list',
		pending: 'Waiting for a place'
	},
	problems: {
		nameMissing: 'Enter the name of the option.',
		nameTooLong: 'The name can have at most {max} characters.',
		capacity: 'Enter the number of places as a whole number from 0 to 99999, or leave it empty.',
		max: 'An event can have at most {max} options.',
		notOffered: 'Choose among the event’s options.',
		notFound: 'The option was not found. Perhaps it was just deleted?'
	},
	audit: {
		added: 'Added the option “{name}” to “{title}”',
		changed: 'Changed the option “{name}” of “{title}”',
		deleted: 'Deleted the option “{name}” of “{title}”',
		moved: 'Moved the option “{name}” of “{title}”'
	}
};
