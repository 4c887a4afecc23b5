/**
 * Links that carry a secret token (sign-in, password reset, invitation, first-admin set-up,
 * a registration's private page). Stored copies of mail sent over SMTP and every log line
 * have the token replaced by a placeholder (`scrubTokens`), so no one reading the outbox or
 * the logs can use someone else's link.
 */
import { nb } from '../i18n/nb';

/**
 * Every route with a `[token]` in its path, as the path before the token (a unit test checks
 * this against src/routes). Tokens are 32 base32 characters (accounts/tokens.ts).
 */
export const TOKEN_ROUTES = [
	'/logg-inn/lenke/',
	'/logg-inn/koble/',
	'/glemt-passord/',
	'/invitasjon/',
	'/oppsett/',
	'/arrangementer/min-pamelding/'
] as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const LINK = new RegExp(`(${TOKEN_ROUTES.map(escape).join('|')})[a-z2-7]{32}(?![a-z2-7])`, 'g');

/** `text` with the token of every token link replaced by «[fjernet]». */
export function scrubTokens(text: string): string {
	return text.replace(LINK, `$1${nb.outbox.removed}`);
}
