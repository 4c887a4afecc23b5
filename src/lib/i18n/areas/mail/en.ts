import type { Shape } from '../../define';
import type { mail as mailNb } from './nb';

export const mail: Shape<typeof mailNb> = {
	layout: {
		greeting: 'Hello {name},',
		greetingAnonymous: 'Hello,',
		buttonFallback: 'Button not working? Copy this address into your browser:',
		footer: 'Fremtidens kulturskole – Norsk kulturskoleråd and KS',
		footerShort: 'Norsk kulturskoleråd and KS'
	},
	account: {
		setupAdmin: {
			subject: 'Set up the first administrator',
			body: 'Use the link to choose the name, e-mail address and password of the first administrator.',
			button: 'Set up administrator',
			note: 'The link works for 24 hours and can be used once.'
		},
		signInLink: {
			subject: 'Your sign-in link',
			body: 'Here is the link you asked for to sign in to Fremtidens kulturskole.',
			button: 'Sign in',
			note: 'The link works for 15 minutes and can be used once. If you did not ask for it, you can ignore this e-mail.'
		},
		passwordReset: {
			subject: 'New password',
			body: 'Someone (hopefully you) asked to set a new password for your account.',
			button: 'Set a new password',
			note: 'The link works for one hour and can be used once. If you did not ask for this, you can ignore this e-mail – your password has not changed.'
		},
		passwordChanged: {
			subject: 'Your password has been changed',
			body: 'The password for your Fremtidens kulturskole account has just been changed, and you have been signed out on other devices.',
			notYou: 'Was this not you? Ask for a new password at {url} and contact us.'
		},
		invitation: {
			subject: 'Invitation to Fremtidens kulturskole',
			body: '{inviter} has invited you to Fremtidens kulturskole as {role}.',
			button: 'Accept the invitation',
			note: 'The invitation is valid for 7 days. You choose your name and password when you accept it.'
		},
		accountDeleted: {
			subject: 'Your account has been deleted',
			body: 'Your Fremtidens kulturskole account has been deleted, as you asked. We have removed your name, e-mail address and sign-in methods.'
		}
	},
	events: {
		when: 'When: {when}',
		where: 'Where: {where}',
		digital: 'Online',
		placeTbc: 'Venue to be announced',
		meetingLink: 'Meeting link: {url}',
		meetingLinkLater: 'Meeting link: sent by e-mail before the event',
		meetingLinkWhenPlace: 'The meeting link is sent once you have a place',
		about: 'About the event: {url}',
		manage: 'View, change or cancel',
		privacy:
			'This link is personal: anyone who has it can view and change your registration. Please do not share it. How we handle your personal data: {url}',
		icsAttached: 'The attached calendar file adds the event to your calendar.',
		icsRemoves: 'The attached calendar file removes the event from your calendar.',
		contact: 'Questions about the event? Contact {name} at {email}, or reply to this e-mail.',
		confirmed: {
			subject: 'You are registered: {title}',
			body: 'Thank you for registering! You have a place at “{title}”.'
		},
		waitlisted: {
			subject: 'You are on the waiting list: {title}',
			body: '“{title}” is full, so you are number {position} on the waiting list. If a place becomes free, you get it automatically in the order people registered, and we will e-mail you.'
		},
		promoted: {
			subject: 'You have a place: {title}',
			body: 'A place became free, and you now have a place at “{title}”.',
			after:
				'The attached calendar file adds the event to your calendar. Can you no longer come? Cancel your registration so the place goes to someone else.'
		},
		linkAgain: {
			subject: 'The link to your registration: {title}',
			body: 'Someone (hopefully you) tried to register you for “{title}” again. You are already registered, so we have not made a new registration. Here is the link to your registration.'
		},
		reminderDay: {
			subject: 'Reminder: {title} tomorrow',
			body: 'Welcome to “{title}” tomorrow!',
			after: 'Can you no longer come? Cancel your registration so someone else can have the place.'
		},
		reminderHour: {
			subject: 'Starting soon: {title} at {time}',
			body: '“{title}” starts in an hour, at {time}.'
		},
		changed: {
			subject: 'Change: {title}',
			body: 'There are changes to “{title}”, which you are registered for:',
			icsReplaces: 'The updated calendar file attached replaces the one you received earlier.'
		},
		eventCancelled: {
			subject: 'Cancelled: {title}',
			body: 'Unfortunately we have to cancel “{title}”, which was planned for {when}. Your registration has therefore been cancelled, and you do not need to do anything.',
			others: 'You can find other events at {url}'
		},
		selfCancelled: {
			subject: 'Your registration is cancelled: {title}',
			waitlisted: 'You are no longer on the waiting list for “{title}”.',
			confirmed:
				'Your registration for “{title}” is cancelled. Thank you for letting us know – the place goes to the next person on the waiting list.',
			again: 'If you change your mind, you can register again at {url} while registration is open.'
		},
		attendanceChanged: {
			subject: 'New way of attending: {title}',
			body: 'You are now attending “{title}” this way: {way}.',
			waitlisted:
				'You want to attend “{title}” this way: {way}, but those places are full. You are number {position} on their waiting list. If a place becomes free, we will let you know.'
		},
		movedToWaitlist: {
			subject: 'You have been moved to the waiting list: {title}',
			body: 'The organiser has moved your registration for “{title}” to the waiting list. You are number {position} in the queue. If a place becomes free, we will let you know.'
		},
		cancelledByStaff: {
			subject: 'Your registration has been cancelled: {title}',
			body: 'The organiser has cancelled your registration for “{title}” ({when}). If this is a mistake, you can reply to the organiser or register again at {url}.'
		},
		followUp: {
			subject: 'Thank you for coming: {title}',
			body: 'Thank you for registering for “{title}”.',
			recording: 'The recording is now available:',
			recordingButton: 'Watch the recording',
			resources: 'You can find presentations and other resources from the event here:'
		},
		staffMessage: {
			why: 'You are receiving this e-mail because you are registered for “{title}” ({when}).'
		},
		changes: {
			time: 'New time: {when} (was {before})',
			place: 'New venue: {where} (was {before})',
			meetingLink: 'New meeting link (see below)'
		}
	},
	ics: {
		digitalLocation: 'Online (the meeting link is sent to those registered)',
		meetingLink: 'Meeting link: {url}',
		about: 'About the event: {url}',
		manage: 'View, change or cancel: {url}',
		feedName: 'Fremtidens kulturskole – events',
		feedChapter: 'Fremtidens kulturskole – events in {chapter}',
		feedType: 'Fremtidens kulturskole – {type}',
		google: 'Add to Google Calendar',
		outlook: 'Add to Outlook'
	},
	programmes: {
		receipt: {
			subject: 'Receipt: application to {programme}',
			received:
				'We have received the application from {municipalities} to {programme}. A copy of the application is attached as a PDF.',
			resubmitted:
				'We have received the changes to the application from {municipalities} to {programme}. A copy of the application is attached as a PDF.',
			deadline: 'You can change or withdraw the application until the deadline, {deadline}.'
		},
		taskReminder: {
			subject: 'Reminder: the interim assignment “{title}” is due {due}',
			greeting: 'Hello {name},',
			body: 'Your municipality has not yet handed in the interim assignment “{title}”. The deadline is {due}.',
			button: 'Write and hand in your answer',
			why: 'You are receiving this e-mail because you are the coordinator of the municipal group.'
		},
		open: 'Open the application',
		decisions: {
			tatt_opp: {
				subject: '{kommune} has been admitted to {program}',
				body: 'We are pleased to tell you that {kommune} has been admitted to {program}.\n\nThe group members named in your application will receive an invitation to the municipality’s workspace on the website. We will send more information about the opening gathering.'
			},
			venteliste: {
				subject: '{kommune} is on the waiting list for {program}',
				body: 'Thank you for the application from {kommune} to {program}. All places are filled for now, and you are on the waiting list. We will let you know if a place becomes free.'
			},
			avslag: {
				subject: 'Reply to the application from {kommune} to {program}',
				body: 'Thank you for the application from {kommune} to {program}. We received many good applications, and unfortunately you did not get a place this time. Please contact the county branch to hear about other opportunities.'
			}
		}
	},
	fremtidsbilde: {
		roundOpened: {
			subject: 'Current picture: {title}',
			body: 'The municipal group in {municipality} has opened a new round in which each of you rates where the culture school stands today against the target picture.',
			deadline: 'Deadline: {deadline}.',
			button: 'Give your rating',
			note: 'Your answers are personal. The group only sees combined figures, and only once at least three have answered.'
		},
		roundReminder: {
			subject: 'Reminder: {title}',
			body: 'The municipal group in {municipality} has an open current picture round, “{title}”, and we have not had your rating yet.',
			note: 'The reminder goes to everyone who has not answered. Nobody in the group is told who they are.'
		},
		shared: {
			subject: 'The picture of the future for {municipality} has been shared with you',
			body: '{sharedBy} has shared the summary of the picture of the future for {municipality}.',
			note: 'Greetings from the group: “{note}”',
			button: 'Read the summary'
		},
		storyProposed: {
			subject: 'New experience story for approval',
			body: 'The municipal group in {municipality} proposes an experience story: “{title}”.',
			button: 'Read and approve'
		},
		storyReviewed: {
			subjectPublished: 'The experience story has been published',
			subjectReturned: 'The experience story has been sent back',
			published: 'The editors have approved “{title}”, and it is now on the website.',
			returned: 'The editors have sent “{title}” back to you.',
			note: 'Comment from the editors: “{note}”',
			buttonPublished: 'View the story',
			buttonReturned: 'Edit the story'
		}
	},
	pdf: {
		chart: {
			notRated: 'not rated',
			target: 'Target picture (desired level)',
			current: 'Current picture (level today)',
			gapTitle: 'Target and current picture per goal (scale 1–5)',
			developmentTitle: 'Development per goal, round by round (scale 1–5)'
		},
		application: {
			motivation: 'Motivation: why do you want to take part, and what do you hope to achieve?',
			focusArea: 'Focus area',
			goalsText: 'Goals: how do the societal goals you chose connect with the municipality’s work?',
			anchoringPlans: 'Grounding in the municipality’s plans',
			anchoringPolitical: 'Support from politicians and municipal leadership',
			title: 'Application to {programme}',
			number: '{municipalities} · application no. {id}',
			sent: 'Submitted {when}',
			group: 'The group',
			goals: 'Societal goals',
			contact: 'Contact person'
		},
		fremtidsbilde: {
			title: 'Picture of the future for {municipality} municipality',
			subject: 'Picture of the future',
			made: 'Municipality number {number}. Made {when} from Fremtidens kulturskole.',
			focusArea: 'Focus area',
			noFocusArea: 'The group has not written a focus area yet.',
			group: 'The municipal group',
			members: '{count} members.',
			missing: 'Missing for the minimum composition: {list}.',
			noGroupRole: 'role not set',
			coordinator: ', coordinator',
			plans: 'Plans the work is grounded in',
			gap: 'The gap: target picture and current picture',
			basedOn: 'The current picture is based on the round “{title}” ({count} answers).',
			basedOnHeld:
				'The current picture is based on the round “{title}” ({count} answers); the results are held back because fewer than three have answered.',
			target: 'Target picture',
			notWritten: 'Not written yet.',
			signs: 'We know we are there when …',
			current: 'Current picture',
			levels: 'Desired level {target}. Level today: {current}.',
			levelsMean:
				'Desired level {target}. Level today: {current} (average in the latest round {mean}).',
			notRated: 'not rated',
			gapHeading: 'The gap',
			notDescribed: 'Not described yet.',
			stakeholders: 'Who owns the challenge, and who needs to be at the table?',
			involved: 'involved',
			notInvolved: 'not involved yet',
			actions: 'Actions',
			noActions: 'No actions yet.',
			from: 'from {date}',
			to: 'to {date}',
			partners: 'partners: {value}',
			responsible: 'responsible: {value}',
			answers: 'Responds to: {value}',
			development: 'Development over time',
			log: 'Action learning: log',
			cycle: 'Cycle {cycle}, {phase} – {date}',
			page: '{title} – page {page} of {pages}'
		}
	},
	language: {
		heading: 'Language',
		legend: 'Language of our e-mails',
		hint: 'E-mails about roles, programmes, current-picture rounds and reminders are sent in this language.',
		save: 'Save language',
		saved: 'Your language has been saved.',
		invalid: 'Choose Bokmål, Nynorsk or English.'
	}
};
