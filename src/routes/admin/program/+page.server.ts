import { listProgrammesAdmin } from '$lib/server/programmes/programmes.admin';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	items: await listProgrammesAdmin(locals.user!)
});
