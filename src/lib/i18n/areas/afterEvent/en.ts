import type { Shape } from '../../define';
import type { afterEvent as afterEventNb } from './nb';

export const afterEvent: Shape<typeof afterEventNb> = {
	tab: 'After the event',
	scan: {
		unknownCode: 'No registration has this code. Check that the whole QR code was read.',
		title: 'Check-in by QR code',
		intro:
			'Scan the QR code in the participant’s confirmation with your phone’s camera. This page then opens with the person, and you can check them in.',
		another: 'Check in someone else',
		scanButton: 'Scan with the camera',
		camera: 'The camera',
		stop: 'Stop scanning',
		noCamera: 'Could not use the camera. Use the phone’s camera app, or type in the code.',
		codeLabel: 'Code from the QR code',
		find: 'Find',
		checkedIn: '{name} is checked in.',
		already: '{name} is already checked in.',
		alreadyAt: '{name} is already checked in (at {time}).',
		notConfirmed: 'This person does not have a place at the event and cannot be checked in.',
		checkIn: 'Check in {name}',
		linkFromList: 'Check in by QR code'
	},
	mail: {
		qrAttached:
			'The QR code in the attachment is your ticket: show it when you arrive and we will check you in.',
		evaluation: {
			subject: 'What did you think of {title}?',
			body: 'Thank you for taking part in {title}. We would like to hear what you thought. It takes a couple of minutes.',
			button: 'Answer the evaluation',
			anonymous:
				'Answers are stored without your name. The organiser only sees the answers together, and only once at least three have answered.'
		}
	},
	evaluation: {
		labelMissing: 'Write the question.',
		lockedByAnswers: 'Someone has already answered. The questions can no longer be changed.',
		tooMany: 'The evaluation can have at most {max} questions.',
		questionNotFound: 'The question was not found.',
		tooFew: 'The results are shown once at least {min} have answered.',
		scaleInvalid: 'Choose a number from 1 to 5.',
		notOpen: 'The evaluation is not open to you.',
		alreadyAnswered: 'You have already answered the evaluation. Thank you!'
	},
	audit: {
		attendanceMoved: 'Moved registration {id} to {way} in “{title}”',
		questionAdded: 'Added the evaluation question “{label}” to “{title}”',
		questionRemoved: 'Removed the evaluation question “{label}” from “{title}”',
		hoursSet: 'Set the certificate hours for “{title}” to {hours}',
		testSent: 'Sent a test of the message “{subject}” for “{title}” to themselves'
	},
	certificate: {
		hoursInvalid:
			'Write the number of hours as a number between 0.5 and 200 (whole or half hours).',
		pdfTitle: 'Certificate of attendance – {event}',
		heading: 'Certificate of attendance',
		certifies: 'This certifies that',
		tookPart: 'took part in',
		hours: 'Duration: {hours} hours',
		hoursOne: 'Duration: {hours} hour',
		organiser: 'Organiser: {organiser}',
		issued: 'Issued {date}',
		none: 'Only those checked in at the event get a certificate of attendance.'
	},
	csv: {
		answer: 'Answer'
	},
	admin: {
		title: 'After the event',
		hoursSaved: 'The certificate hours have been saved.',
		questionAdded: 'The question has been added.',
		questionRemoved: 'The question has been removed.',
		certificateHeading: 'Certificate of attendance',
		certificateIntro:
			'Those checked in can download a certificate from their private page. {attended} are checked in.',
		hoursLabel: 'Hours on the certificate',
		hoursHint: 'Leave empty to count from start to end ({hours} hours).',
		saveHours: 'Save hours',
		evaluationHeading: 'Evaluation',
		evaluationIntro:
			'The day after the event, everyone who was checked in gets a link to the evaluation by e-mail. Each can answer once, and answers are stored without names.',
		invitedAt: 'The link was sent {when}.',
		noQuestions: 'No questions yet. Without questions, no evaluation is sent.',
		kinds: { scale: 'scale 1–5', text: 'free text' },
		remove: 'Remove',
		addHeading: 'Add a question',
		kindLegend: 'Kind of answer',
		labelLabel: 'Question',
		add: 'Add the question',
		lockedByAnswers: 'Someone has answered, so the questions can no longer be changed.',
		resultsHeading: 'Results',
		respondentsOne: '1 has answered.',
		respondents: '{count} have answered.',
		tooFew:
			'The results are shown once at least {min} have answered, so no one can be recognised by their answers.',
		questionTooFew: 'Fewer than {min} have answered this question.',
		mean: 'Average {mean} of 5 ({n} answers)',
		export: 'Download the answers (CSV)'
	},
	mine: {
		qrHeading: 'Check-in',
		qrIntro: 'Show this QR code when you arrive. It is also in the confirmation e-mail.',
		qrAlt: 'QR code for check-in at the event',
		code: 'Code: {code}',
		afterHeading: 'After the event',
		certificate: 'Download your certificate of attendance (PDF)',
		evaluation: 'Answer the evaluation',
		evaluationAnswered: 'You have answered the evaluation. Thank you!'
	},
	answer: {
		seoTitle: 'Evaluation of {title}',
		heading: 'Evaluation',
		low: 'very poor',
		high: 'very good',
		thanks: 'Thank you for your answer!',
		alreadyAnswered: 'You have already answered the evaluation. Thank you!',
		back: 'To your registration',
		intro: 'No question has to be answered. You can answer once.',
		send: 'Send your answer',
		anonymous:
			'Your answer is stored without your name. The organiser only sees the answers together, and only once at least three have answered.'
	},
	attendanceMove: {
		attends: 'Attending: {way}',
		toDigital: 'Move to online',
		toRoom: 'Move to in person'
	},
	changeNotice: {
		heading: 'Participants will be told about the change',
		intro:
			'You have changed the time, place or link. {count} registered participants will get this e-mail with a new calendar file. Look it over, send yourself a test if you like, and choose whether to tell them.',
		introOne:
			'You have changed the time, place or link. One registered participant will get this e-mail with a new calendar file. Look it over, send yourself a test if you like, and choose whether to tell them.',
		notSaved: 'The change has not been saved yet.',
		toWay: 'To those attending: {way}',
		testToMe: 'Send a test to me',
		saveAndNotify: 'Save and tell the participants',
		saveWithout: 'Save without telling them',
		orEdit: 'You can also change the form below and save again.',
		savedWithout: 'The participants were not told.',
		auditNotNotified: '; the participants were not told of the change'
	},
	message: {
		testSent: 'A test has been sent to {email}. No participant has received it.',
		preview: 'Preview',
		testToMe: 'Send a test to me',
		previewHeading: 'How the e-mail looks',
		previewFrame: 'Preview of the e-mail'
	},
	accessibility: {
		label: 'Accessibility needs (optional)',
		hint: 'For example wheelchair access, a hearing loop, an interpreter or written material in advance.',
		consent:
			'I consent to my accessibility needs being stored and deleted the day after the event.',
		consentMissing: 'Tick the consent box, or remove the text about accessibility needs.',
		tooLong: 'Write at most {max} characters about accessibility needs.',
		column: 'Accessibility needs',
		stored: 'Accessibility needs'
	}
};
