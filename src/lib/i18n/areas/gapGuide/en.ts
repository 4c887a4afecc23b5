import type { Shape } from '../../define';
import type { gapGuide as gapGuideNb } from './nb';

export const gapGuide: Shape<typeof gapGuideNb> = {
	title: 'Guide to the gap meeting',
	lead: 'For whoever leads the meeting where the municipal group looks at the results of a rating round, talks them through and agrees where you stand. This page can be printed.',
	link: 'Guide to the gap meeting',
	linkLead: 'How to read the spread, questions to ask and how to agree on a level.',
	readSummary: 'How to read the figures',
	toc: 'Contents',
	before: {
		heading: 'Before the meeting',
		close:
			'Close the round first. The results are only shown once the round is closed and at least {min} people have answered.',
		time: 'Allow an hour and a half for one societal goal. With two or three goals, count on 45 minutes per goal, or split it over two meetings.',
		target:
			'Have the target picture for each goal to hand. It is what you are rating yourselves against.',
		privacy:
			'Say out loud that nobody can see what anyone answered, and that nobody needs to say what they answered. What you talk about is what you based your answer on.'
	},
	read: {
		heading: 'How to read the results',
		mean: 'The average is the mean of the ratings on the scale from 1 (fits very poorly) to 5 (fits very well). “Don’t know” is not counted.',
		spread:
			'The spread tells you how far apart the answers are. Below 0.5 you largely agree, from 0.5 to 1 there is some spread, and from 1 upwards the spread is wide.',
		wide: 'A wide spread does not mean anyone is wrong. You see the culture school from different places: the school, health, the culture school itself. Where you disagree most there is often most to learn, so start there.',
		few: 'With fewer than {detail} answers we only show the average rounded to the nearest half (for example “about 3.5”) and whether the answers are close together or spread out.',
		whyFew:
			'How many gave each answer, and the lowest and highest answer, are only shown from {detail} answers. With fewer, someone who knows their own answer could work out what the others answered.',
		dontKnow:
			'Many “don’t know” answers to a statement are a finding in themselves: the group lacks knowledge about something that matters for the goal.',
		change:
			'The previous-round columns show the change for each statement. A change of half a point or less may be chance, especially if not the same people answered both times.'
	},
	questions: {
		heading: 'Questions to ask',
		weight: 'What did you base your answer on? (Say what you had in mind, not the number.)',
		agree: 'Where do we agree most, and where are we furthest apart? Why is that?',
		sector: 'What do you see from your sector that the rest of us do not?',
		evidence: 'What examples, figures or experience show that we are there, or that we are not?',
		unknown: 'What do we know too little about? Who can we ask before the next round?',
		missing:
			'Who is not in the room but should have been? Children and young people, parents, other sectors?',
		next: 'What would have to be true for us to move up one step?'
	},
	agree: {
		heading: 'How to agree on a level',
		startWide:
			'Take the statements with the widest spread first, and let everyone say what they based their answer on before you discuss.',
		meanStart:
			'The average is a starting point, not the answer. If the conversation shows that another level is more accurate, set that level and write why.',
		standBehind:
			'Look for a level everyone can stand behind, not full agreement. If you are between two steps, choose the lower one and write what it would take to reach the next.',
		why: 'Write your reasons in the “Why” field. That is what you, and the next round, will come back to.',
		noAgreement:
			'If you cannot agree, write down what you disagree about and agree what you will find out before the next meeting.',
		coordinator:
			'The coordinator saves the level. If the coordinator closes the round without a level set, the page asks whether to keep the earlier level, use the average or set a new one.'
	},
	agenda: {
		heading: 'Suggested agenda (90 minutes)',
		caption: 'Suggested agenda for the gap meeting',
		minutes: 'Minutes',
		what: 'What',
		m10a: 'The purpose of the meeting and the ground rules: nobody says what they answered',
		m15: 'Everyone reads the results on their own and notes what surprises them',
		m35: 'Talk about the statements with the widest spread and the many “don’t know” answers',
		m20: 'Agree on a level for each goal and write the reasons',
		m10b: 'What does the gap mean? Next steps and who does what'
	},
	after: {
		heading: 'After the meeting',
		gap: 'Describe the gap for each goal: what will it take to get from where you are to the target picture?',
		actions:
			'Turn it into actions with someone responsible, partners and a time frame, and write in the log what you learnt.',
		toGap: 'Go to the gap',
		toActions: 'Go to the actions'
	}
};
