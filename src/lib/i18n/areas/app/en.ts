/** The signed-in workspaces in British English (same keys as nb.ts). */
import type { Shape } from '../../define';
import type { app as appNb } from './nb';

export const app: Shape<typeof appNb> = {
	common: {
		saved: 'Saved.',
		yes: 'Yes',
		no: 'No'
	},
	results: {
		title: 'Results: {title}',
		thanks: 'Thank you! Your answer has been saved. Only you can see what you answered.',
		closed: 'The round is closed, and the results are locked.',
		answered: '{count} of {members} in the group have answered.',
		openUntil: 'The round is open until {date}.',
		isClosed: 'The round is closed.',
		toForm: 'Go to the answer form',
		withheldTitle: 'The results are withheld',
		mean: 'Average',
		spread: 'spread',
		ratings: '{count} ratings',
		tooFew: 'Too few have given a figure for this goal for the result to be shown.',
		caption: 'The ratings of each statement (1 = fits very poorly, 5 = fits very well)',
		statement: 'Statement',
		meanCol: 'Average',
		spreadCol: 'Spread',
		dontKnow: 'Don’t know',
		heldBack: 'Withheld: fewer than {min} have given a figure',
		agreed: 'What the group agreed on',
		level: 'Level: {level}',
		levelNotSet: 'not set',
		nothingYet: 'The group has not written anything yet.',
		closeHeading: 'Close the round',
		closeLead:
			'The round closes by itself at the deadline. If you close it now, nobody can answer or change their answer any more, and the group sees the results (once at least {min} have answered).',
		closeButton: 'Close the round now'
	},
	apply: {
		seoTitle: 'Apply: {programme}',
		deadline: 'Application deadline:',
		places: 'Places:',
		placesCount: '{count} municipalities',
		mine: 'Your applications',
		applicationFor: 'Application no. {id} for {names}',
		opensAt: 'The call opens on {date}. You can start an application from then.',
		closedAt:
			'The application deadline passed on {date}. You can read your applications, but not start new ones or change them.',
		startNew: 'Start a new application',
		start: 'Start the application',
		startLead:
			'Choose the municipality you are applying for. Several municipalities can apply together in one application. Each municipality can have one application to the call. Afterwards you list the group and answer the questions; the people you list can sign in and help fill in the application.',
		municipality: 'Municipality',
		municipalityHint: 'Only member municipalities in the area the call covers are listed.'
	},
	application: {
		seoTitle: 'Application no. {id}: {programme}',
		heading: 'Application from {names}',
		meta: 'Application no. {id} to {programme} · {status}',
		sentAt: ', sent {date}',
		lastSaved: '· last saved by {name} {date}',
		withdrawn:
			'The application has been withdrawn. The municipality can start a new application while the call is open.',
		closed:
			'The application deadline passed on {date}. The application can no longer be changed or withdrawn; you can read it below.',
		deadline: 'The deadline is {date}.',
		sentLead:
			'The application has been sent. You can change it and submit the changes, or withdraw it, until the deadline.',
		draftLead:
			'Long answers are saved as drafts while you type. Everyone listed in the group can sign in and help.',
		group: 'The group',
		groupLead:
			'List the people who will be in the municipal group. The programme requires at least one person in each of these roles:',
		groupLeadEach:
			'List the people who will be in the municipal group. The programme requires at least one person in each of these roles in each municipality:',
		groupLeadEnd:
			'We use the names and e-mail addresses to invite the group if you are accepted. If you need more rows, save the draft and new ones appear.',
		member: 'Member {n}',
		name: 'Name',
		email: 'E-mail',
		role: 'Role',
		chooseRole: 'Choose a role',
		municipality: 'Municipality',
		questions: 'The questions',
		motivation: 'Motivation',
		motivationHint: 'Why do you want to take part, and what do you hope to achieve?',
		focusArea: 'Focus area',
		focusAreaHint:
			'What do you especially want to work on, for example inclusion or cooperation with the school?',
		goals: 'Societal goals',
		goalsHint: 'Choose one or more goals from the programme’s catalogue.',
		goalsText: 'Goals',
		goalsTextHint: 'How do the goals connect with the municipality’s work?',
		plans: 'Grounding in plans',
		plansHint:
			'Which of the municipality’s plans does the work build on (the social element, childhood and youth plan, culture plan …)?',
		political: 'Support from politicians and municipal leadership',
		politicalHint:
			'Who has agreed that the municipality applies, and how are the politicians involved?',
		contact: 'Contact person',
		contactLead:
			'We send the decision to the contact person and to whoever started the application.',
		phone: 'Phone',
		saveDraft: 'Save draft',
		sendChanges: 'Submit the changes',
		send: 'Submit the application',
		withdrawHeading: 'Withdraw the application?',
		withdrawLead:
			'If you withdraw the application, it will not be assessed. The municipality can start a new one before the deadline.',
		withdraw: 'Withdraw the application',
		sentMessage:
			'The application was sent at {time}. We have sent a receipt with a PDF copy to {email}.',
		savedMessage:
			'The draft has been saved. The others in the group see the changes when they open the application.'
	},
	programmes: {
		group: 'The group',
		applyBy: 'Apply by {date}.',
		opens: 'The call opens on {opens}, application deadline {closes}.',
		places: '{count} places.',
		applyLink: 'Apply for a place',
		readMore: 'Read more about applying',
		adminNav: 'The programme’s pages',
		navHub: 'The programme',
		navCall: 'Call',
		navApplications: 'Applications',
		navDecisions: 'Decisions',
		navBetween: 'Interim work',
		navOverview: 'Overview',
		name: 'Name',
		kind: 'Type',
		status: 'Status',
		statusHint:
			'Drafts are shown only in the administration. The others are shown on the site under /program.',
		lead: 'Introduction',
		description: 'Description',
		starts: 'Starts',
		ends: 'Ends',
		owners: 'Owners',
		ownersHint: 'Separate with commas, for example: Norsk kulturskoleråd, KS.',
		chapters: 'County chapters that run the programme',
		chaptersHint:
			'Required for regional programmes. The county leaders get access to the programme.',
		reported: 'Number of applications before the platform',
		reportedHint:
			'For rounds whose applications are not here (the pilot had 55). Otherwise leave empty.',
		resources: 'Resources shown on the programme’s page',
		slug: 'Address',
		slugHint: 'Made from the name if you leave the field empty. /program/{slug}',
		save: 'Save the programme',
		taskTitle: 'Title',
		taskDue: 'Deadline',
		taskEvent: 'Prepares for the gathering',
		taskNoEvent: 'No particular gathering'
	},
	events: {
		adminNav: 'The event',
		tabDetails: 'Details',
		tabQuestions: 'Questions',
		tabParticipants: 'Participants',
		tabCheckIn: 'Check-in',
		tabMessage: 'Message',
		meetingLink: 'Meeting link:',
		closed: 'Registration is closed',
		openNoLimit: 'Open for registration',
		recording: 'Recording available',
		participantRoles: [
			'Head of an arts school',
			'Teacher or other arts school staff',
			'School owner or head of municipal services',
			'Head of a school or kindergarten',
			'Employee in another municipal sector',
			'Elected representative',
			'Norsk kulturskoleråd or county chapter',
			'KS',
			'Other role'
		],
		aboutYou: 'About you',
		name: 'Name',
		nameHint: 'Shown on the list of participants and the name badge.',
		email: 'E-mail',
		emailHint:
			'We send the confirmation, the link to your registration and news of any changes here.',
		fromWhere:
			'Fill in the municipality you come from, or your organisation if you do not represent a municipality. We use it to see which municipalities take part.',
		municipality: 'Municipality',
		municipalityHint: 'Start typing and choose from the suggestions.',
		organisation: 'Other organisation',
		role: 'Role',
		chooseRole: 'Choose your role',
		roleHint: 'Helps us tailor the content and see whom the event reaches.',
		questions: 'Questions from the organiser',
		yes: 'Yes',
		no: 'No',
		several: 'You can choose more than one.',
		food: 'Food and allergies',
		dietary: 'Dietary needs or allergies',
		dietaryHint:
			'Optional. We use it only to order food. Such information can say something about health or religion, so we store it only with your consent and delete it the day after the event.',
		dietaryConsent:
			'I consent to the information about diet and allergies being stored until the day after the event.',
		privacyBefore: 'I have read the',
		privacyLink: 'privacy statement',
		privacyAfter: 'and know how the information is used.',
		mine: {
			seoTitle: 'Your registration: {title}',
			heading: 'Your registration',
			changed: 'Your changes have been saved.',
			cancelledNotice:
				'You have cancelled your registration. We have sent you a confirmation by e-mail.',
			registered: 'You are registered!',
			waitlisted: 'You are on the waiting list',
			sent: 'We have sent a confirmation to {email} with the link to this page. Keep it safe: with it you can see, change or cancel your registration.',
			status: 'Status',
			eventCancelled: 'The event has been cancelled.',
			hasSeat: 'You have a place.',
			position:
				'You are number {position} on the waiting list. If a place becomes free, you get it automatically, and we let you know by e-mail.',
			youCancelled: 'You have cancelled your registration.',
			registerAgain: 'Register again',
			registerAgainAfter: 'if you change your mind.',
			stored: 'What we have stored',
			organisation: 'Organisation',
			dietary: 'Diet and allergies',
			registeredAt: 'Registered',
			retention:
				'The information about diet and allergies is deleted the day after the event. The rest of the registration is anonymised {months} months after the event. Read more in the',
			privacy: 'privacy statement',
			change: 'Change the registration',
			saveChanges: 'Save the changes',
			cancelHeading: 'Cancel your registration',
			cancelConfirmed:
				'Can’t come? Cancel your registration, and the place goes to the first person on the waiting list.',
			cancelWaitlisted: 'Don’t want to stay on the waiting list? Cancel here.',
			cancel: 'Cancel my registration',
			deleteHeading: 'Delete the registration',
			deleteLead:
				'If you delete the registration, we remove it and everything you have given us at once. If you have a place, it goes to the waiting list. The link stops working.',
			delete: 'Delete my registration'
		}
	},
	form: {
		password: 'Password',
		passwordHint: 'At least 10 characters. Several words put together work well.',
		repeatPassword: 'Repeat the password',
		stash:
			'We kept what you typed before you were signed out (at {time}). Check it and save again.',
		draft:
			'We have filled in a draft you had not saved (at {time}). Check it and save when you are ready.'
	},
	goals: {
		title: 'Societal goals and grounding',
		lead: 'Which societal goals matter most for what the arts school in {name} should do? The group chooses one to three goals, gives the work its own focus area and shows which plans it is grounded in.',
		heading: 'Goals and focus area',
		choose: 'Choose one to three societal goals',
		chooseHint: 'What you write about a goal is kept even if you deselect it.',
		focus: 'Focus area',
		focusHint: 'In your own words: what do you especially want to work on?',
		save: 'Save the choice',
		focusIs: 'Focus area: {focus}',
		noFocus: 'The group has not written a focus area yet.',
		noneChosen: 'The coordinator has not chosen any goals yet.',
		about: 'About the goals',
		sdgs: 'UN Sustainable Development Goals: {list}',
		readMore: 'Read more: {title}',
		plans: 'Plans the work is grounded in',
		planRemoved: 'The plan has been removed.',
		remove: 'Remove',
		noPlans: 'No plans have been added yet.',
		addPlan: 'Add a plan',
		planName: 'Name of the plan',
		planKind: 'Type of plan',
		chooseKind: 'Choose a type',
		planUrl: 'Link to the plan',
		addPlanButton: 'Add the plan',
		saved: 'Your choice has been saved.',
		planAdded: 'The plan has been added.'
	},
	group: {
		title: 'The municipal group',
		lead: 'The group works out the future picture together. The programme asks for at least one person from the school owner, the head of the arts school, another member of the arts school staff and someone from another sector in the municipality. Politicians are welcome.',
		members: 'Members',
		caption: 'Members of the municipal group and their roles',
		name: 'Name',
		role: 'Role in the group',
		coordinator: 'Coordinator',
		change: 'Change',
		notSet: 'Not set',
		invitations: 'Invitations sent',
		member: 'member',
		asCoordinator: ', coordinator',
		validUntil: '(valid until {date})',
		invite: 'Invite a member',
		inviteLead:
			'We send an invitation to the e-mail address. The person invited chooses their own name and password. We use the address only for signing in and for e-mail about the group’s work.',
		email: 'E-mail',
		makeCoordinator: 'Make this person a coordinator',
		send: 'Send invitation',
		sent: 'The invitation has been sent to {email}. It is valid for 7 days.',
		editTitle: 'Change {name}',
		save: 'Save',
		removeHeading: 'Remove from the group',
		removeLead:
			'The person loses access to the future picture. What they have written in the log and the actions remains.',
		remove: 'Remove {name} from the group'
	},
	target: {
		title: 'Target picture',
		lead: 'What does it look like when the arts school has the role and position you want? Describe it for each goal, and write some signs to look for: “we know we are there when …”.',
		signs: 'We know we are there when …',
		level: 'Desired level on the scale from 1 to 5: {level}',
		notWritten: 'The target picture has not been written yet.',
		change: 'Change the target picture',
		write: 'Write the target picture',
		chooseFirst:
			'Choose societal goals first, then you can write a target picture for each of them.',
		toGoals: 'Go to goals',
		editTitle: 'Target picture: {goal}',
		about: 'About the societal goal',
		picture: 'This is what it looks like when we are there',
		pictureHint:
			'What role and position does the arts school have then? Whom does it work with, and what do the children, the families and the municipality notice?',
		signsHint: 'Some signs to look for. One per line.',
		scale: 'Where do you want to be on the scale?',
		scaleHint:
			'The same scale as in the current picture. The gap is the distance between this and the level today.',
		save: 'Save the target picture',
		saved: 'The target picture has been saved.'
	},
	gap: {
		title: 'The gap',
		lead: 'What will it take to get from the current picture to the target picture? The chart shows where you want to be and where you are today. Describe the gap in your own words, and who owns the challenge and needs to be at the table.',
		target: 'Desired level {level}',
		today: 'today {level}',
		notRated: 'not rated',
		gap: 'gap {gap}',
		notDescribed: 'The gap has not been described yet.',
		actorsFor: 'Stakeholders for {goal}',
		describe: 'Describe the gap and the stakeholders',
		chooseFirst: 'Choose societal goals and write the target picture first.',
		editTitle: 'The gap: {goal}',
		yourTarget: 'The target picture you wrote',
		inOwnWords: 'The gap in your own words',
		question: 'What will it take to get from the current picture to the target picture?',
		save: 'Save the gap',
		actorsHeading: 'Who owns the challenge, and who needs to be at the table?',
		actorsUpdated: 'The stakeholders have been updated.',
		actorsCaption: 'Stakeholders for this goal',
		markOut: 'Mark as not involved',
		markIn: 'Mark as involved',
		remove: 'Remove',
		noActors: 'No stakeholders have been added yet.',
		addActor: 'Add a stakeholder',
		actor: 'Sector or stakeholder',
		actorHint:
			'For example the school, the kindergarten, after-school care, the health service, NAV, child welfare, the refugee service, the library, bands and choirs, volunteers, elderly care or the youth council.',
		role: 'Role',
		chooseRole: 'Choose a role',
		involved: 'Already involved in the work',
		addButton: 'Add the stakeholder',
		saved: 'The gap has been saved.',
		added: '{actor} has been added.'
	},
	ws: {
		name: 'Future picture',
		context: 'Future picture · {name} municipality',
		viewerKoordinator: 'You are a coordinator',
		viewerMedlem: 'You are a member',
		viewerLeser: 'You are reading',
		readonly:
			'You are viewing the future picture as programme staff or county chapter. Only the municipal group can change it, and nobody can see what any individual answered in the current picture.',
		navLabel: 'Future picture',
		nav: {
			overview: 'Overview',
			group: 'The group',
			goals: 'Goals',
			target: 'Target picture',
			current: 'Current picture',
			gap: 'The gap',
			actions: 'Actions',
			log: 'Action learning',
			sharing: 'Sharing',
			between: 'Interim work'
		},
		titleWith: '{title} – {municipality}'
	},
	autosave: {
		saving: 'Saving draft …',
		saved: 'Draft saved at {time}. Remember to save when you are done.',
		failed: 'Could not save the draft. The text is still here; try saving the form.',
		discarded: 'The draft has been discarded. The field shows what was saved.',
		discard: 'Discard the draft',
		discardFor: ' for {label}'
	},
	chart: {
		caption: '{caption}: the figures in the chart',
		goal: 'Goal'
	},
	composition: {
		complete:
			'The group has the composition the programme asks for: school owner, head of the arts school, another member of the arts school staff and someone from another sector.',
		incompleteTitle: 'The group is not complete yet',
		incompleteLead: 'To have the composition the programme asks for, the group still needs:',
		coordinator: 'a coordinator'
	},
	conclusion: {
		notSet: 'Not set yet',
		legend: 'The level you agreed on for “{goal}”',
		narrative: 'Why – in the group’s own words',
		save: 'Save',
		saveFor: ' for {goal}'
	},
	member: {
		role: 'Role in the group',
		chooseRole: 'Choose a role',
		sector: 'Sector',
		sectorHint: 'For another sector: which one, for example health, NAV, library or child welfare.',
		coordinator: 'Coordinator',
		coordinatorHint: 'Coordinators invite members, choose goals and open rating rounds.'
	},
	rating: {
		note: 'Note to yourself'
	},
	stakeholders: {
		actor: 'Sector or stakeholder',
		role: 'Role',
		involved: 'Involved now?',
		change: 'Change',
		yes: 'Yes',
		notYet: 'Not yet'
	},
	statement: {
		position: 'Order'
	},
	overview: {
		title: 'Future picture for {name}',
		focus: 'Focus area: {focus}',
		lead: 'Which societal goals should give direction to the arts school in {name}? The group works through the target picture, the current picture and the gap, and learns along the way.',
		roundOpen: 'The round “{title}” is open',
		roundStatus: 'Deadline {deadline}. {count} have answered.',
		changeAnswer: 'See or change your answer',
		giveAnswer: 'Give your rating',
		group: '1. The group',
		memberOne: '1 member.',
		members: '{count} members.',
		goals: '2. Societal goals',
		noGoals: 'The group has not chosen any goals yet. Choose one to three.',
		target: '3. Target picture',
		targetCount: '{done} of {total} goals have a target picture.',
		current: '4. Current picture',
		noRounds: 'No rating rounds yet.',
		roundOne: '1 round.',
		rounds: '{count} rounds.',
		gap: '5. The gap',
		gapCount: '{done} of {total} goals have the gap described.',
		actions: '6. Actions',
		log: '7. Action learning',
		logLast: '{count} log entries. Latest: {phase} in cycle {cycle}, {date}.',
		noLog: 'No log entries yet.',
		sharing: '8. Sharing',
		shared: 'Shared with the programme staff on {date}.',
		notShared: 'Not shared with the programme staff yet.'
	},
	rounds: {
		title: 'Current picture',
		lead: 'How do you see the arts school compared with the target picture right now? Each of you rates the statements on your own, and the group sees the combined figures once at least three have answered. Then you agree on a level and explain why.',
		heading: 'Rating rounds',
		caption: 'Rating rounds, newest first',
		round: 'Round',
		status: 'Status',
		answers: 'Answers',
		results: 'Results',
		resultsFor: ' for {title}',
		openedAt: 'Opened {date}',
		open: 'Open',
		deadline: 'Deadline {date}',
		closed: 'Closed',
		answered: 'You have answered',
		notAnswered: 'You have not answered',
		none: 'No rounds yet.',
		newHeading: 'Open a new round',
		alreadyOpen: 'A round is already open. Close it before you open a new one.',
		newLead:
			'Everyone in the group gets an e-mail with a link to the round. They rate the statements for the goals you have chosen, and can change their answer until the deadline.',
		name: 'Name of the round',
		deadlineLabel: 'Deadline',
		norwegianTime: 'Norwegian time.',
		openButton: 'Open the round',
		development: 'Development over time',
		developmentLead:
			'The level for each goal after each round: what the group agreed on, otherwise the average of the ratings when it can be shown.',
		developmentNone: 'Once you have had a round, the development for each goal is shown here.',
		defaultTitle: 'Current picture {month} {year}'
	},
	answer: {
		closedAt: 'The round closed on {date}.',
		seeResults: 'See the results',
		readerLead: 'Deadline {deadline}. Only the members of the municipal group answer.',
		lead: 'How well does each statement fit the arts school in {name} today? Answer from your own experience. Deadline {deadline}.',
		private:
			'Your answers are personal. Nobody else sees what you answered, not even the coordinator or the programme staff. The group only sees combined figures, and only once at least three have answered. The notes are for you alone. The answers are deleted 90 days after the round closes; the combined figures remain.',
		answeredAt: 'You last answered on {date}. You can change your answer until the deadline.',
		saveChanges: 'Save the changes',
		send: 'Send my answer'
	}
};
