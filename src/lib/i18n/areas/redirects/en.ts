import type { Shape } from '../../define';
import type { redirects as redirectsNb } from './nb';

export const redirects: Shape<typeof redirectsNb> = {
	page: {
		title: 'Redirects',
		lead: 'Old addresses that send visitors on (301) to where the content is now. When a page or news item gets a new address, its redirect is made automatically; here you can add your own, change them and delete them.',
		caption: 'Redirects, sorted by old address',
		from: 'Old address',
		to: 'New address',
		fromHint: 'The address on the site to send on, for example /old-page.',
		toHint: 'Where visitors should end up, for example /new-page.',
		hits: 'Hits',
		lastHit: 'Last used',
		never: 'Never',
		created: 'Created',
		none: 'No redirects yet.',
		add: 'New redirect',
		addButton: 'Add',
		edit: 'Change redirect',
		editLink: 'Change',
		save: 'Save',
		all: 'All redirects',
		delete: 'Delete the redirect',
		deleteWarn: 'Once deleted, the old address answers “Not found”.',
		added: 'The redirect has been added.',
		saved: 'Your changes have been saved.',
		deleted: 'The redirect has been deleted.',
		count: '{count} redirects'
	},
	problems: {
		fromMissing: 'Enter the old address.',
		toMissing: 'Enter the new address.',
		path: 'Enter an address on the website starting with /, for example /old-page.',
		same: 'The new address must be different from the old one.',
		reserved: 'This address cannot be redirected.',
		taken: 'There is already a redirect from this address.',
		chain: 'The new address is itself redirected. Choose the address it leads to.',
		missing: 'The redirect was not found. It may have been deleted.'
	},
	audit: {
		added: 'New redirect from {from} to {to}',
		changed: 'Changed redirect from {from} to {to}',
		deleted: 'Deleted redirect from {from}'
	}
};
