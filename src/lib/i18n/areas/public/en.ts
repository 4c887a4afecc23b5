/** The public site's own text (British English). */
import type { Shape } from '../../define';
import type { pub as pubNb } from './nb';

export const pub: Shape<typeof pubNb> = {
	chrome: {
		owners: 'Norsk kulturskoleråd and KS',
		admin: 'Admin',
		footerAbout:
			'The programme develops the culture school (the municipal school of music and performing arts) as an active force in the community, together with the municipalities.',
		lastUpdated: 'Last updated',
		sectionNav: 'Pages in this section',
		newsFeedTitle: 'News from Fremtidens kulturskole',
		calendarTitle: 'Events in Fremtidens kulturskole',
		ogLocale: 'en_GB'
	},
	errors: {
		frontIn: 'The front page in Norwegian Bokmål, Nynorsk and English',
		http: 'HTTP {status}'
	},
	front: {
		modelQuestion: '“Which societal goals matter most in shaping the culture school?”',
		centre: 'The culture school',
		goals: 'Societal goals the culture school can contribute to',
		caption:
			'The model: the culture school in the centre, surrounded by the societal goals it can contribute to. The municipality chooses which goals are to give direction to the culture school’s work.',
		threeHeading: 'Three pictures of the future',
		threeLead:
			'Together with the municipalities and others who care about the work of the culture school, the project works with pictures of the future that answer three questions:',
		questions: {
			goal: {
				name: 'Target picture',
				text: 'What does it look like when the culture school has the role and position we want it to have?'
			},
			now: {
				name: 'Current picture',
				text: 'How do you experience the culture school today, measured against that goal?'
			},
			gap: { name: 'The gap', text: 'What will it take to close the gap between the two?' }
		},
		more: 'More about the project',
		film: 'Watch the animated film',
		aboutFilm: 'More about the film'
	},
	content: {
		menuLink:
			'This page is a menu link. Visitors are sent on to {url} and do not see the text below.'
	},
	news: {
		description: 'The latest from Fremtidens kulturskole.',
		archiveDescription: 'News from Fremtidens kulturskole in {year}.',
		countOne: '1 news item',
		count: '{count} news items',
		feedTitle: '{site} – news'
	},
	resources: {
		transcript: 'Transcript'
	},
	events: {
		feeds: {
			heading: 'Events in your calendar',
			intro: 'Subscribe to a calendar, and new and changed events appear in it by themselves.',
			byType: 'By type',
			byChapter: 'By county branch'
		},
		upcomingOne: '1 upcoming event',
		upcomingCount: '{count} upcoming events',
		cancelledHeading: 'This event has been cancelled',
		cohortOnly:
			'Registration is only for the municipal groups taking part in the development programme. Sign in with your municipal group account to register.',
		about: 'About the event',
		resources: 'Resources'
	},
	registration: {
		title: 'Registration: {title}',
		description: 'Register for {title}.',
		crumb: 'Registration',
		cohortHeading: 'Only for the municipalities in the programme',
		signIn: 'Sign in to register',
		otherEvents: 'See other events',
		closedHeading: 'Registration is closed',
		full: 'All places are taken. If you register now, you join the waiting list and get a place automatically if someone cancels. We will let you know by e-mail.',
		submit: 'Register',
		submitWaitlist: 'Join the waiting list',
		privacy:
			'You do not need an account. You will get a personal link by e-mail where you can see, change, cancel or delete your registration. Registrations are anonymised {retention} after the event. Read more in the',
		retention: { one: '{count} month', other: '{count} months' },
		privacyLink: 'privacy statement'
	},
	myRegistration: {
		invalidTitle: 'This link does not work',
		invalidLead:
			'The link to the registration may be mistyped, or the registration may have been deleted or anonymised.',
		invalidLost:
			'Lost your link? Register for the event again with the same e-mail address and we will send you the link again – you will not get an extra place.',
		toEvents: 'To the events',
		deletedTitle: 'Your registration has been deleted',
		deletedLead:
			'We have deleted your registration and everything you gave in it. The link you used no longer works.',
		seeEvents: 'See our events'
	},
	stories: {
		description:
			'The municipalities tell what they have done and learnt in their work with Fremtidens kulturskole.',
		lead: 'The municipal groups tell what they have done and learnt as the culture school takes on a new role in the municipality.',
		none: 'No stories have been published yet.',
		published: 'published',
		more: 'More stories'
	},
	people: {
		description: 'Who leads and owns Fremtidens kulturskole, and how to get in touch.',
		lead: 'Who is behind Fremtidens kulturskole, and whom you can contact.'
	},
	faq: {
		description:
			'Answers to common questions about Fremtidens kulturskole and the regional programmes.',
		lead: 'Answers to what many people wonder about Fremtidens kulturskole, the regional programmes and the work with pictures of the future.',
		topics: 'Topics',
		more: 'Did not find the answer? Write to'
	},
	programmes: {
		description:
			'The development programmes of Fremtidens kulturskole: the pre-pilot, the pilot and the regional programmes.',
		lead: 'Fremtidens kulturskole runs in rounds: a pre-pilot, a pilot with 16 municipalities, and regional programmes run by the county branches. Here you will find each round, the municipalities taking part and the gatherings.',
		groups: {
			forpilot: 'Pre-pilot',
			pilot: 'Pilot',
			regionalt: 'Regional programmes',
			nasjonalt: 'National programmes'
		},
		kinds: {
			forpilot: 'Pre-pilot',
			pilot: 'Pilot',
			regionalt: 'Regional programme',
			nasjonalt: 'National programme'
		},
		statuses: {
			utkast: 'Draft',
			planlagt: 'Planned',
			pagar: 'In progress',
			avsluttet: 'Finished'
		},
		municipalities: 'Municipalities',
		completed: 'Completed',
		applications: 'Applications',
		none: 'No programmes have been published yet.',
		kindIn: '{kind} in Fremtidens kulturskole.',
		type: 'Type',
		status: 'Status',
		period: 'Period',
		owners: 'Owners',
		chapter: 'County branch',
		participantsHeading: 'The municipalities',
		noParticipants: 'No municipalities have been admitted yet.',
		participants: '{count} municipalities',
		participantsCompleted: '{count} have completed',
		participantsWithdrawn: '{count} withdrew',
		gatherings: 'Gatherings',
		noGatherings: 'The gatherings have not been published yet.',
		cancelled: 'cancelled',
		resources: 'Resources'
	},
	auth: {
		email: 'E-mail',
		password: 'Password',
		name: 'Name',
		privacyLink: 'privacy statement',
		tooManyLinks: 'You have asked for many links in a short time. Try again {retry}.',
		signIn: {
			title: 'Sign in',
			description: 'Sign in to Fremtidens kulturskole.',
			lead: 'For programme staff, county branches and municipal groups in Fremtidens kulturskole.',
			passwordHeading: 'With e-mail and password',
			submit: 'Sign in',
			forgot: 'Forgotten your password?',
			linkHeading: 'With a link by e-mail',
			linkLead:
				'We send you a link that signs you in. It works for 15 minutes and can be used once.',
			linkSubmit: 'Send me a sign-in link',
			cookies: 'We use one cookie to keep you signed in, and no tracking. Read more in the',
			blocked:
				'Too many failed attempts. For security reasons you must wait before trying again: try {retry}, or ask for a sign-in link by e-mail.',
			wrong:
				'The e-mail address or password is wrong. Check what you typed, or ask for a sign-in link.',
			linkSent:
				'If {email} has an account with us, we have now sent a sign-in link there. The link works for 15 minutes.'
		},
		link: {
			title: 'Sign in with a link',
			lead: 'Press the button to sign in.',
			submit: 'Sign in',
			invalid:
				'This link no longer works. It may have been used already, or be more than 15 minutes old. Ask for a new link on the',
			signInPage: 'sign-in page'
		},
		forgot: {
			title: 'Forgotten password',
			heading: 'Forgotten your password?',
			lead: 'Enter your e-mail address and we will send you a link where you can make a new password.',
			submit: 'Send link',
			back: 'Back to sign-in',
			sent: 'If {email} has an account with us, we have sent a link for making a new password. The link works for one hour.'
		},
		reset: {
			title: 'New password',
			heading: 'Make a new password',
			lead: 'Choose a password of at least 10 characters. Several words put together work well.',
			label: 'New password',
			submit: 'Save new password',
			invalid: 'This link no longer works. It may have been used, or be more than an hour old.',
			askNew: 'Ask for a new link',
			invalidShort: 'This link no longer works. Ask for a new link.'
		},
		invitation: {
			title: 'Accept invitation',
			heading: 'Welcome to Fremtidens kulturskole',
			lead: 'You have been invited as {role}, with the e-mail address {email}.',
			existing: 'You already have an account. When you accept, the account gets the new role.',
			choosePassword: 'Choose a password',
			submit: 'Accept the invitation',
			invalid:
				'This invitation no longer works. It may have been used or be more than 7 days old. Ask the person who invited you for a new one.',
			invalidShort:
				'This invitation no longer works. Ask the person who invited you for a new one.',
			passwordShort: 'The password must have at least 10 characters',
			mismatch: 'The passwords do not match'
		},
		setup: {
			title: 'Set up administrator',
			heading: 'Set up the first administrator',
			lead: 'The administrator can then invite editors, county branches and municipalities.',
			submit: 'Create administrator',
			invalid:
				'This link does not work. It may have been used, be more than 24 hours old, or an administrator already exists. Restart the app to get a new link if there is no administrator.',
			invalidServer:
				'This link no longer works, or an administrator has already been set up. Restart the app to get a new link.'
		}
	}
};
