// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Actor } from '$lib/server/accounts/actor';
import type { SessionRow } from '$lib/server/accounts/sessions';

declare global {
	namespace App {
		interface Error {
			message: string;
			requestId?: string;
		}
		interface PageData {
			/** The languages this page exists in, for hreflang and the switcher (default: all). */
			languages?: readonly import('$lib/i18n/languages').Lang[];
		}
		interface Locals {
			requestId: string;
			/** The language of the answer (from the address). */
			lang: import('$lib/i18n/languages').Lang;
			user: Actor | null;
			session: SessionRow | null;
			/** Password or link accepted, second factor still to come: not signed in. */
			pending: {
				session: SessionRow;
				user: { id: number; name: string; email: string };
				staff: boolean;
				/** No authenticator app yet (staff must set one up). */
				enrol: boolean;
			} | null;
		}
	}
}

export {};
