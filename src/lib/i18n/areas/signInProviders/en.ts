/** Signing in with Feide, ID-porten and Ansattporten (British English, same keys as nb.ts). */
import type { Shape } from '../../define';
import type { signInProviders as signInProvidersNb } from './nb';

export const signInProviders: Shape<typeof signInProvidersNb> = {
	heading: 'Sign in with a sign-in service',
	lead: 'Use Feide from your school, or ID-porten or Ansattporten from your municipality. The first time, we link the service to your account.',
	signInWith: 'Sign in with {provider}',
	refused: {
		title: 'Signing in did not work',
		tryAgain: 'Try signing in again',
		unavailable:
			'The sign-in service is not available right now. Try again shortly, or sign in with e-mail.',
		state:
			'This sign-in had expired or was already used. Start again from the sign-in page in the same browser.',
		cancelled: 'You cancelled signing in at the sign-in service.',
		invalid:
			"The sign-in service's answer could not be accepted, so you are not signed in. Please try again.",
		acr: 'The sign-in service did not confirm a high enough security level. Try again with another sign-in method.',
		noAccount:
			'We found no account with the e-mail address from the sign-in service. You get an account when you are invited, for example by the coordinator in your municipality.',
		taken: 'This account at the sign-in service is already linked to another account here.',
		otherBrowser:
			'The link must be opened in the browser you signed in with. Start again from the sign-in page there.'
	},
	email: {
		title: 'Which e-mail address do you use here?',
		lead: '{provider} does not give us your e-mail address. Enter the address of your account here and we will send a link that connects {provider} to the account.',
		submit: 'Send link',
		sent: 'If {email} has an account here, we have sent a link to it. Open it in this browser within 15 minutes.',
		expired:
			'It is too long since you signed in at the sign-in service. Start again from the sign-in page.'
	},
	link: {
		titlePlain: 'Link the sign-in service',
		lead: 'Press the button to link the sign-in service to your account and sign in.',
		submit: 'Link and sign in',
		invalid: 'The link has expired or was already used.',
		signInPage: 'Go to the sign-in page'
	},
	mine: {
		title: 'Sign-in services',
		lead: 'The services you can sign in with instead of a password.',
		none: 'You have not linked a sign-in service. Sign in with one of them and it will be linked.',
		linked: 'Linked on {date}',
		lastUsed: 'last used {date}',
		unlink: 'Unlink',
		unlinkLabel: 'Unlink {provider}',
		unlinked: '{provider} is unlinked.'
	},
	signedOut: {
		title: 'You are signed out here',
		lead: 'We are now signing you out at {provider} too. If nothing happens, press the button.',
		continue: 'Sign out at {provider}'
	},
	unknownLink: 'That link to a sign-in service was not found.',
	lastWayIn: 'You cannot unlink your last way of signing in. Create a password or a passkey first.',
	audit: {
		linked: 'Sign-in service linked: {provider}',
		unlinked: 'Sign-in service unlinked: {provider}'
	},
	mail: {
		subject: 'Link {provider} to your account',
		body: 'Someone (hopefully you) signed in with {provider} and gave this e-mail address. Press the button in the same browser to link {provider} to your account.',
		button: 'Link {provider}',
		note: 'The link works for 15 minutes and can be used once. If it was not you, you can ignore this e-mail: nothing will be linked.'
	},
	admin: {
		title: 'Sign-in',
		lead: 'The sign-in services that are set up. Register the addresses below with each service.',
		none: 'No sign-in service is set up. See the README (OIDC_FEIDE_ISSUER and the others).',
		provider: 'Service',
		status: 'Status',
		ok: 'Working',
		failing: 'Not working: {reason}',
		redirectUri: 'Sign-in address (redirect URI)',
		postLogoutUri: 'Address after signing out (post logout redirect URI)',
		twoFactor: 'Security levels counted as two factors: {levels}',
		twoFactorNone: 'No security levels are counted as two factors.'
	}
};
