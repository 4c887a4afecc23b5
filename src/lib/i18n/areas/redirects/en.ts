import type { Shape } from '../../define';
import type { redirects as redirectsNb } from './nb';

export const redirects: Shape<typeof redirectsNb> = {
	problems: {
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
