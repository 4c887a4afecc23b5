import { listWorkspacesForStaff } from '$lib/server/fremtidsbilde/workspace.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	rows: await listWorkspacesForStaff(locals.user!),
	chapterOnly: locals.user!.globalRole === null
});
