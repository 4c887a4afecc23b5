import type { Shape } from '../../define';
import type { admin as adminNb } from './nb';

export const admin: Shape<typeof adminNb> = {
	shell: {
		brand: 'Administration',
		documentTitle: '{title} – Administration – Fremtidens kulturskole',
		account: 'Account',
		toSite: 'To the website',
		logout: 'Sign out',
		nav: 'Administration',
		overview: 'Overview',
		groups: {
			content: 'Content',
			collections: 'Gatherings',
			development: 'Development',
			operations: 'Operations'
		},
		items: {
			pages: 'Pages',
			news: 'News',
			resources: 'Resources',
			people: 'People',
			faq: 'Questions and answers',
			files: 'Files',
			stories: 'Experience stories',
			programmes: 'Programmes',
			interest: 'Interest in a regional programme',
			municipalities: 'Municipalities',
			goals: 'Societal goals',
			events: 'Events',
			users: 'Users',
			outbox: 'E-mail (outbox)',
			audit: 'Change log'
		}
	},
	overview: {
		heading: 'Overview',
		welcome: 'Welcome! You are an administrator. Invite editors and others under Users.',
		content: 'Content',
		counts: '{drafts} drafts · {scheduled} scheduled for publication',
		writeNews: 'Write a news item',
		pageTree: 'Page tree',
		operations: 'Operations',
		dbUp: 'Database: responding.',
		dbDown: 'Database: not responding.',
		overdue: 'Overdue jobs:',
		noOverdue: 'No overdue jobs.',
		failedJobs: '{count} failed jobs in the last 24 hours.',
		mail: 'E-mail: {sent} sent, {outbox} in the outbox, {queued} queued, {failed} failed.',
		seeOutbox: 'See the outbox'
	},
	notices: {
		saved: 'Your changes have been saved.',
		published: 'Published. It is now visible on the website.',
		scheduled: 'Publication has been scheduled.',
		unpublished: 'Unpublished. It is no longer visible on the website.',
		restored: 'The earlier version has been restored as a new version.',
		savedShort: 'Saved.',
		movedUp: '«{title}» has been moved up.',
		movedDown: '«{title}» has been moved down.'
	},
	status: {
		all: 'All',
		published: 'Published',
		draftOrScheduled: 'Drafts and scheduled',
		draft: 'Draft',
		scheduled: 'Scheduled',
		scheduledAt: 'Scheduled {at}',
		new: 'New'
	},
	conflict: {
		heading: 'Saved version and your changes',
		same: 'The saved version has the same content as yours. Save again to continue.',
		caption: 'Fields that differ',
		field: 'Field',
		theirs: 'Saved by the other person',
		mine: 'Yours (not saved)'
	},
	common: {
		save: 'Save',
		delete: 'Delete',
		cancel: 'Cancel',
		show: 'Show',
		order: 'Order',
		none: '–',
		edit: 'Edit',
		moveUp: 'Move up',
		moveDown: 'Move down',
		moveUpLabel: 'Move up: {title}',
		moveDownLabel: 'Move down: {title}'
	},
	mailStatus: {
		queued: 'Queued',
		sent: 'Sent',
		outbox: 'In the outbox',
		failed: 'Failed'
	},
	markdown: {
		hint: 'Write ordinary text. Use the buttons for headings, lists, links and images. Images must have a description (alternative text).',
		toolbar: 'Formatting',
		heading: 'Heading',
		bold: 'Bold',
		boldKey: 'B',
		italic: 'Italic',
		italicKey: 'I',
		bullets: 'Bulleted list',
		numbered: 'Numbered list',
		quote: 'Quote',
		link: 'Link',
		image: 'Image',
		preview: 'Preview',
		previewLabel: 'Preview of the text',
		placeholder: 'text',
		linkText: 'link text',
		altMissing: 'Describe the image for those who cannot see it (alternative text)',
		urlMissing: 'Enter the address of the image (https://… or /filer/… from Files)',
		insertImage: 'Insert image',
		imageUrl: 'Address of the image',
		imageAlt: 'Alternative text (required)',
		insert: 'Insert'
	},
	preview: {
		label: 'Preview.',
		published: 'This is how the published version looks.',
		draft: 'This has not been published yet.',
		back: 'Back to editing'
	},
	publish: {
		heading: 'Publishing',
		status: 'Status:',
		saveChanges: 'Save changes',
		saveDraft: 'Save draft',
		publishNow: 'Publish now',
		unpublish: 'Unpublish',
		later: 'Publish later',
		laterHint: 'Date and time (Norwegian time).',
		schedule: 'Schedule publication',
		previewLink: 'Preview (new tab)',
		seePublished: 'See the published page'
	},
	slug: {
		label: 'Address',
		hint: 'Made from the title if you leave the field empty. A new address automatically redirects from the old one. {address}'
	},
	versions: {
		heading: 'Versions',
		none: 'No earlier versions.',
		version: 'Version {version}',
		saved: 'Saved',
		restore: 'Restore',
		restoreHidden: ' version {version}',
		current: '(current)'
	}
};
