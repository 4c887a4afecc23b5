import { noStore } from '$lib/server/http';
import type { LayoutServerLoad } from './$types';

/** Member pages are personal: never cached. Access is checked in hooks (accounts/access.ts). */
export const load: LayoutServerLoad = (event) => {
	noStore(event);
};
