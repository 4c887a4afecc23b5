// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Actor } from '$lib/server/accounts/actor';
import type { SessionRow } from '$lib/server/accounts/sessions';

declare global {
	namespace App {
		interface Error {
			message: string;
			requestId?: string;
		}
		interface Locals {
			requestId: string;
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
