import type { Shape } from '../../define';
import type { workflow as workflowNb } from './nb';

export const workflow: Shape<typeof workflowNb> = {
	problems: {
		notPublished: 'This applies to published content only.',
		nothingToUpdate: 'There are no changes to publish. Change the text first.',
		nothingToSend: 'There are no changes to send for approval.',
		commentMissing: 'Write what needs changing.',
		commentTooLong: 'The comment can be at most 2000 characters.',
		noReview: 'This is no longer waiting for approval.'
	},
	note: {
		discarded: 'Changes discarded',
		updateScheduled: 'Changes scheduled for publishing',
		unpublishScheduled: 'Unpublishing scheduled',
		planCancelled: 'Plans cancelled',
		submitted: 'Sent for approval',
		scheduledUpdate: 'Changes published as planned',
		scheduledUnpublish: 'Unpublished as planned'
	},
	audit: {
		submitted: 'Sent "{title}" for approval',
		sentBack: 'Sent "{title}" back to the contributor',
		scheduledUpdate: 'Published the changes to "{title}" as planned',
		scheduledUnpublish: 'Unpublished "{title}" as planned'
	},
	mail: {
		submitted: {
			subject: 'For approval: {title}',
			greeting: 'Hello {name},',
			body: '{name} has sent "{title}" for approval. Publish it, or send it back with a comment.',
			button: 'Open in the editor'
		},
		sentBack: {
			subject: 'Sent back: {title}',
			greeting: 'Hello {name},',
			body: '{name} has sent "{title}" back to you with this comment:',
			button: 'Open in the editor'
		}
	},
	notices: {
		discarded: 'The changes are discarded. The form shows the published version.',
		updateScheduled: 'The changes are scheduled for publishing.',
		unpublishScheduled: 'Unpublishing is scheduled.',
		planCancelled: 'The plans are cancelled.',
		submitted: 'Sent for approval. The editors have been emailed.',
		sentBack: 'Sent back to the contributor.'
	},
	controls: {
		workingCopy: 'Unpublished changes',
		workingCopyHint: 'The public sees the published version until you publish the changes.',
		publishChanges: 'Publish the changes',
		discardChanges: 'Discard the changes',
		planned: 'Planned:',
		updateAt: 'Changes are published {date}',
		unpublishAt: 'Unpublished {date}',
		laterPublished: 'Time for the plan',
		scheduleChanges: 'Schedule the changes',
		scheduleUnpublish: 'Schedule unpublishing',
		cancelPlans: 'Cancel the plans',
		cancelSchedule: 'Cancel scheduled publishing',
		sendForApproval: 'Send for approval',
		contributorHint: 'An editor approves and publishes what you send.'
	},
	panel: {
		workingCopyHeading: 'Unpublished changes',
		workingCopyBy: 'Saved by {name} {date}. The public still sees the published version.',
		whatChanged: 'What has changed',
		published: 'Published',
		working: 'Changed to',
		empty: '(empty)',
		fields: {
			title: 'Title',
			lead: 'Introduction',
			body: 'Body text',
			description: 'Description',
			menuTitle: 'Menu title'
		},
		reviewHeading: 'Approval',
		waiting: '{name} sent this for approval {date}.',
		approveHint: 'Approve it by publishing. Or send it back with a comment:',
		comment: 'Comment to the contributor',
		sendBack: 'Send back',
		sentBack: '{name} sent this back {date}:',
		sentBackDone: 'Sent back to the contributor.'
	},
	desk: {
		myDrafts: 'My drafts',
		awaiting: 'Waiting for approval',
		sentBackToMe: 'Sent back to me',
		scheduled: 'Scheduled',
		recent: 'Recently changed',
		staleTranslations: 'Translations older than the Bokmål version',
		none: 'Nothing here now.',
		kind: { side: 'Page', nyhet: 'News', ressurs: 'Resource' },
		plan: {
			publish: 'Published {date}',
			update: 'Changes published {date}',
			unpublish: 'Unpublished {date}'
		},
		by: '{name}, {date}',
		changedAt: 'Changed {date}',
		language: { nn: 'Nynorsk', en: 'English' },
		workingCopy: 'has unpublished changes'
	},
	routeAccess: {
		writers: 'Administrators, editors and contributors (contributors write drafts)',
		adminFront:
			'Administrators, editors, contributors and county branch leaders (the overview only)'
	},
	roles: {
		short: 'Contributor',
		bidragsyter: 'Contributor – writes drafts, an editor publishes'
	}
};
