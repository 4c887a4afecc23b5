/**
 * Interface text in British English (en-GB), the same keys as nb.ts: «programme»,
 * «organiser», «enrol». The programme's name, Fremtidens kulturskole, and the names
 * Norsk kulturskoleråd and KS stay in Norwegian.
 */
import type { Catalogue } from './index';
import { areasEn } from './areas/en';

export const en: Catalogue = {
	...areasEn,
	site: {
		name: 'Fremtidens kulturskole',
		owners: 'A development programme from Norsk kulturskoleråd and KS',
		description:
			'Fremtidens kulturskole (the culture school of the future) is the development programme of Norsk kulturskoleråd and KS for the municipal culture school as an actor in the local community.'
	},
	nav: {
		skip: 'Skip to main content',
		main: 'Main menu',
		menu: 'Menu',
		closeMenu: 'Close menu',
		allSections: 'All pages',
		home: 'Home',
		breadcrumbs: 'Breadcrumbs',
		youAreHere: 'You are here',
		section: 'Pages in',
		backToTop: 'Back to top',
		news: 'News',
		resources: 'Resources',
		faq: 'Questions and answers',
		people: 'People',
		search: 'Search',
		events: 'Events',
		stories: 'Experiences',
		programmes: 'Programmes',
		signIn: 'Sign in',
		mySite: 'My page',
		languages: 'Language'
	},
	footer: {
		contact: 'Contact',
		about: 'About this website',
		accessibility: 'Accessibility statement',
		privacy: 'Privacy statement',
		feed: 'News as RSS',
		sitemap: 'Site map'
	},
	share: {
		heading: 'Share',
		facebook: 'Share on Facebook',
		linkedin: 'Share on LinkedIn',
		x: 'Share on X',
		email: 'Share by e-mail',
		copy: 'Copy link',
		copied: 'The link has been copied',
		copyFailed: 'Could not copy. Select the address and copy it yourself.'
	},
	news: {
		heading: 'News',
		latest: 'Latest news',
		all: 'All news',
		archive: 'Archive',
		archiveYear: 'News from {year}',
		published: 'Published',
		readMore: 'Read more',
		none: 'No news to show.',
		page: 'Page {page} of {pages}',
		tags: 'Topics'
	},
	pagination: {
		label: 'Pagination',
		previous: 'Previous',
		next: 'Next',
		page: 'Page {page}'
	},
	resources: {
		heading: 'Resources',
		lead: 'Reports, theme packs, films, recordings and documents from Fremtidens kulturskole.',
		filter: 'Filter',
		kind: 'Type',
		year: 'Year',
		allYears: 'All years',
		apply: 'Show',
		reset: 'Clear filter',
		count: '{count} resources',
		countOne: '1 resource',
		none: 'No resources match the filter.',
		open: 'Open',
		download: 'Download',
		external: 'Go to the resource',
		kinds: {
			rapport: 'Report',
			temapakke: 'Theme pack',
			film: 'Film',
			opptak: 'Recording',
			dokument: 'Document',
			lenke: 'Link'
		},
		kindsPlural: {
			rapport: 'Reports',
			temapakke: 'Theme packs',
			film: 'Films',
			opptak: 'Recordings',
			dokument: 'Documents',
			lenke: 'Links'
		}
	},
	video: {
		play: 'Play the film',
		version: 'Version',
		withSubtitles: 'With subtitles',
		withoutSubtitles: 'Without subtitles',
		consent: 'The film plays from Vimeo. Nothing is loaded from Vimeo until you press “Play”.',
		watchOn: 'Watch the film on Vimeo',
		transcript: 'Read what is said in the film (transcript)',
		length: 'Length'
	},
	search: {
		heading: 'Search',
		label: 'Search the website',
		button: 'Search',
		results: '{count} results for “{q}”',
		none: 'No results for “{q}”. Try another word.',
		kinds: {
			side: 'Page',
			nyhet: 'News item',
			ressurs: 'Resource',
			sporsmal: 'Questions and answers',
			arrangement: 'Event',
			program: 'Development programme',
			utlysing: 'Call for applications',
			erfaring: 'Experience story',
			person: 'Contact'
		}
	},
	errors: {
		notFoundTitle: 'Page not found',
		notFoundText:
			'The page you are looking for does not exist, or it has moved. Check the address, search, or go to the home page.',
		genericTitle: 'Something went wrong',
		genericText: 'We could not show the page just now. Please try again shortly.',
		forbiddenTitle: 'No access',
		forbiddenText: 'You do not have access to this page.',
		forbiddenHelp:
			'If you should have access, sign in with another account or ask an administrator for access.',
		badAddress: 'Invalid address',
		reference: 'Quote the reference {id} if you contact us.',
		toFront: 'To the home page'
	},
	fremtidsbilde: {
		name: 'Picture of the future',
		groupRoles: {
			skoleeier: 'School owner',
			kulturskoleleder: 'Head of the culture school',
			pedagogisk: 'Teaching staff at the culture school',
			annen_sektor: 'Another sector',
			politiker: 'Politician'
		},
		required: {
			skoleeier: 'a representative of the school owner',
			kulturskoleleder: 'the head of the culture school',
			pedagogisk: 'another member of the culture school’s staff (teaching staff)',
			annen_sektor: 'at least one person from another sector of the municipality'
		},
		municipalRoles: { koordinator: 'Coordinator', medlem: 'Member' },
		planKinds: {
			samfunnsdel: 'Social element of the municipal master plan',
			oppvekstplan: 'Plan for children and young people',
			kulturplan: 'Culture plan',
			folkehelseplan: 'Public health plan',
			annen: 'Other plan'
		},
		scale: {
			1: 'Very inaccurate',
			2: 'Inaccurate',
			3: 'Partly accurate',
			4: 'Accurate',
			5: 'Very accurate'
		},
		dontKnow: 'Don’t know',
		stakeholderRoles: {
			eier: 'Owns the challenge',
			ved_bordet: 'Must have a seat at the table',
			bidrar: 'Contributes and supports'
		},
		actionStatus: {
			planlagt: 'Planned',
			i_gang: 'In progress',
			fullfort: 'Completed',
			avbrutt: 'Discontinued'
		},
		phases: {
			plan: 'Planning',
			handling: 'Action',
			observasjon: 'Observation',
			refleksjon: 'Reflection'
		},
		storyStatus: {
			utkast: 'Draft',
			foreslatt: 'Sent to the editors',
			publisert: 'Published'
		},
		/** The UN Sustainable Development Goals, 1–17. */
		sdgs: [
			'',
			'No poverty',
			'Zero hunger',
			'Good health and well-being',
			'Quality education',
			'Gender equality',
			'Clean water and sanitation',
			'Affordable and clean energy',
			'Decent work and economic growth',
			'Industry, innovation and infrastructure',
			'Reduced inequalities',
			'Sustainable cities and communities',
			'Responsible consumption and production',
			'Climate action',
			'Life below water',
			'Life on land',
			'Peace, justice and strong institutions',
			'Partnerships for the goals'
		],
		withheld:
			'The results are shown once at least {min} have answered, so that no one can work out what any individual answered.',
		heldWhileOpen:
			'The results are shown when the round has closed, at the deadline or when the coordinator closes it. Figures that changed with every new answer would reveal what each person answered.'
	},
	events: {
		heading: 'Events',
		lead: 'Webinars, online meetings, seminars, workshops and gatherings in Fremtidens kulturskole. Registration is open to everyone who works with culture schools.',
		upcoming: 'Upcoming events',
		archive: 'Past events',
		noneUpcoming: 'No upcoming events match the filter.',
		nonePast: 'No past events match the filter.',
		filter: 'Filter events',
		type: 'Type',
		allTypes: 'All types',
		county: 'County',
		allCounties: 'All of Norway',
		national: 'National events only',
		apply: 'Show',
		reset: 'Clear filter',
		when: 'When',
		where: 'Where',
		online: 'Online',
		onlineNote: 'The meeting link is sent to those who have been given a place.',
		deadline: 'Registration deadline',
		opens: 'Registration opens',
		seats: 'Places',
		seatsLeft: '{left} of {capacity} places available',
		seatsLeftOne: '1 of {capacity} places available',
		full: 'Full – you can join the waiting list',
		noLimit: 'No limit',
		audience: 'Audience',
		organisers: 'Organisers',
		programme: 'Programme',
		register: 'Register',
		joinWaitlist: 'Join the waiting list',
		addToCalendar: 'Add to calendar (.ics)',
		calendarFeed: 'Subscribe to all events (calendar)',
		cancelled: 'Cancelled',
		draft: 'Draft – not published',
		recording: 'Watch the recording',
		afterwards: 'Recordings and resources',
		chapter: 'County branch',
		nationalEvent: 'National',
		closedDeadline: 'The registration deadline has passed.',
		closedStarted: 'The event has started and registration is closed.',
		closedCancelled: 'The event has been cancelled. You cannot register.',
		closedNotOpen: 'Registration opens {at}.',
		closedDraft: 'The event has not been published yet.',
		types: {
			webinar: 'Webinar',
			nettmote: 'Online meeting',
			seminar: 'Seminar',
			verksted: 'Workshop',
			temamote: 'Theme meeting',
			samling: 'Gathering',
			konferanse: 'Conference'
		},
		formats: { fysisk: 'In person', digitalt: 'Online', hybrid: 'Hybrid (in person and online)' },
		statuses: {
			confirmed: 'Registered',
			waitlisted: 'Waiting list',
			cancelled: 'Withdrawn'
		}
	},
	form: {
		errorSummary: 'The form has errors that must be corrected',
		required: 'Required',
		optional: 'optional'
	},
	badInput: {
		contentType:
			'The form was sent in a format we do not accept. Reload the page and send the form from there.',
		charset:
			'The form was sent in a character encoding we do not support (UTF-8 only). Reload the page and send the form from there.',
		malformed: 'We could not read the form you sent. Reload the page and try again.',
		encoding:
			'The form contains characters we cannot read. Check the text, reload the page and try again.',
		tooLarge: 'What you sent is too large for us to accept.',
		back: 'Back to the page'
	},
	registration: {
		mailSent:
			'We have sent an e-mail to {email}. It contains the link to your registration. If you cannot find it, check your spam folder.'
	},
	busy: {
		registration:
			'Many people are registering right now, so we could not record your registration. Please try again shortly – what you wrote has been kept.'
	},
	outbox: {
		removed: '[removed]',
		forbidden: 'You do not have access to the outbox.',
		modeSmtp:
			'E-mail is sent over SMTP. Here you can see everything that has been sent and its status. Once an e-mail has been delivered, the one-time codes in its links (sign-in, new password, invitation, registration) are removed from the copy here.',
		modeOutbox:
			'SMTP is not set up (SMTP_URL), so e-mail is not sent: this outbox is the delivery route, and the e-mails are kept here with their links. Anyone who can read the outbox can use the links.'
	},
	programmer: {
		applicationStatus: { utkast: 'Draft', sendt: 'Submitted', trukket: 'Withdrawn' },
		decision: {
			ingen: 'Not decided',
			tatt_opp: 'Admitted',
			venteliste: 'Waiting list',
			avslag: 'Declined'
		},
		callPhase: { ikke_apnet: 'Not yet open', apen: 'Open', stengt: 'Closed' }
	},
	permissions: {
		forbidden: 'You do not have permission to do this.',
		signInFirst: 'You must sign in to do this.',
		event: 'You do not have access to this event.',
		programme: 'This programme is run by another county branch.',
		call: 'You cannot change the call for this programme.',
		workspace: {
			read: 'You do not have access to this municipality’s picture of the future.',
			takePart:
				'Only members of the municipal group can change the picture of the future. You can read it, but not change it.',
			coordinate: 'Only the coordinator of the municipal group can do this.'
		},
		roleChangedMail: {
			subject: 'Your roles have changed',
			greeting: 'Hello {name},',
			body: '{actor} has changed your access to Fremtidens kulturskole: {change}.',
			notYou: 'Don’t recognise this change? Reply to this e-mail or contact an administrator.',
			changes: {
				globalRole: 'your global role is now {role}',
				noGlobalRole: 'you no longer have a global role',
				granted: 'you have been given the role {role}',
				chapterRemoved: 'you are no longer a leader of the county branch {chapter}',
				membershipRemoved: 'you are no longer in the municipal group for {municipality}',
				municipalRole: 'you are now {role} in the municipal group for {municipality}'
			},
			roles: { admin: 'administrator', redaktor: 'editor', bidragsyter: 'contributor' },
			municipalRoles: { koordinator: 'coordinator', medlem: 'member' }
		}
	},
	mfa: {
		codeLabel: 'One-time code',
		codeHint: 'Six digits from the authenticator app, or one of your recovery codes.',
		appCodeHint: 'Six digits from the authenticator app.',
		codeMissing: 'Enter the code from the authenticator app',
		codeWrong:
			'The code is wrong, or it has been used before. Wait for the next code in the app and try again.',
		codeBlocked: 'Too many wrong codes. For security reasons you must wait: try {retry}.',
		verifyTitle: 'Confirm it is you',
		verifyLead: 'Enter the code from the authenticator app to finish signing in.',
		verifyButton: 'Continue',
		lostApp:
			'Lost your phone? Use one of the recovery codes you were given when you set up the app.',
		cancel: 'Cancel and sign out',
		enrolTitle: 'Set up two-step sign-in',
		enrolLeadStaff:
			'As programme staff you must use an authenticator app when you sign in. Set it up now to continue.',
		enrolLead:
			'With an authenticator app (for example Microsoft Authenticator, Google Authenticator or FreeOTP), signing in needs both your password and a code from your phone.',
		enrolStep1: 'Open the authenticator app and scan the QR code.',
		qrAlt: 'QR code for adding Fremtidens kulturskole to the authenticator app',
		manualKey: 'Cannot scan? Enter this key in the app:',
		enrolStep2: 'Enter the code the app shows.',
		enrolButton: 'Turn on two-step sign-in',
		enabled: 'Two-step sign-in is on.',
		recoveryTitle: 'Recovery codes',
		recoveryLead:
			'Keep these codes somewhere safe, for example in a password manager or on paper. Each code can be used once if you lose your phone. You will not see them again.',
		recoveryLeft: 'You have {count} unused recovery codes.',
		recoveryRegenerate: 'Create new recovery codes',
		recoveryRegenerated: 'The old codes no longer work.',
		continue: 'Continue',
		securityTitle: 'Sign-in and security',
		securityLink: 'Sign-in and security',
		securityLead: 'Two-step sign-in and passkeys make it harder for others to sign in as you.',
		appTitle: 'Authenticator app',
		appOn: 'On',
		appOff: 'Off',
		appRequired:
			'Programme staff must use an authenticator app. You can switch to a new app, but not turn it off.',
		appSetUp: 'Set up an authenticator app',
		appRemove: 'Turn off the authenticator app',
		appReplace: 'Switch authenticator app',
		appRemoved: 'The authenticator app has been turned off.',
		passkeysTitle: 'Passkeys',
		passkeysLead:
			'A passkey lets you sign in with your fingerprint, your face or your device’s PIN, without a password. It counts as two-step sign-in.',
		passkeysNone: 'You have no passkeys.',
		passkeyName: 'Name of the passkey',
		passkeyNameHint: 'For example “Work PC” or “My phone”.',
		passkeyNameMissing: 'Give the passkey a name',
		passkeyAdd: 'Add a passkey',
		passkeyAdded: 'The passkey has been added.',
		passkeyDelete: 'Delete',
		passkeyDeleteLabel: 'Delete the passkey {name}',
		passkeyDeleted: 'The passkey has been deleted.',
		passkeyCreated: 'Added {date}',
		passkeyUsed: 'last used {date}',
		passkeySignIn: 'Sign in with a passkey',
		passkeySignInTitle: 'With a passkey',
		passkeySignInLead: 'Use your fingerprint, your face or your device’s PIN.',
		passkeyNeedsJs:
			'Passkeys need JavaScript in the browser. Turn on JavaScript, or sign in with e-mail and password or with a link.',
		passkeyUnsupported: 'Your browser does not support passkeys. Sign in another way.',
		passkeyFailed: 'The passkey could not be used. Try again, or sign in another way.',
		passkeyCancelled: 'You cancelled. Try again when you are ready.',
		passkeyUnknown: 'We do not recognise this passkey. Sign in another way.',
		passkeyBlocked: 'Too many attempts from this address. Try again {retry}.',
		stepUpTitle: 'Confirm it is you',
		stepUpLead:
			'You are about to change something to do with security. Confirm with your password or a code from the authenticator app.',
		stepUpPassword: 'Password',
		stepUpPasswordWrong: 'The password is wrong.',
		stepUpNothing:
			'You have neither a password nor an authenticator app. Sign in again with a link by e-mail, and then you can continue.',
		stepUpSignInAgain: 'Sign in again',
		stepUpMissing: 'Enter your password or a code',
		stepUpButton: 'Confirm',
		audit: {
			totpOn: 'Authenticator app turned on',
			totpOff: 'Authenticator app turned off',
			recoveryNew: 'New recovery codes',
			recoveryUsed: 'Recovery code used to sign in',
			passkeyAdded: 'Passkey added: {name}',
			passkeyDeleted: 'Passkey deleted: {name}'
		}
	}
};
