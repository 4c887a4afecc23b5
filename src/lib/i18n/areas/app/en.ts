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
