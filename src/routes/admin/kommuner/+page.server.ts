import { listWorkspacesForStaff } from '$lib/server/fremtidsbilde/workspace.service';
import { actorOf, orRefused } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	rows: await orRefused(() => listWorkspacesForStaff(actorOf(locals))),
	chapterOnly: locals.user?.globalRole === null
});
