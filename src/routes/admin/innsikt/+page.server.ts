import { loadFront } from '$lib/server/insight/route-kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => loadFront(locals, url);
