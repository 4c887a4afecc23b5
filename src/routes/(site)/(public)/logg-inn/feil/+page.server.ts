import { noStore } from '$lib/server/http';
import type { PageServerLoad } from './$types';

const REASONS = [
	'unavailable',
	'state',
	'cancelled',
	'invalid',
	'acr',
	'no-account',
	'taken',
	'other-browser'
] as const;
type Reason = (typeof REASONS)[number];

/** Why a sign-in through Feide, ID-porten or Ansattporten was refused (the reason is logged). */
export const load: PageServerLoad = async (event) => {
	noStore(event);
	const raw = event.url.searchParams.get('grunn') ?? '';
	const reason: Reason = (REASONS as readonly string[]).includes(raw) ? (raw as Reason) : 'invalid';
	return { reason };
};
