import { workspaceHeader } from '$lib/server/fremtidsbilde/workspace.service';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import type { LayoutServerLoad } from './$types';

// Access: accounts/access.ts lets members, staff and the county chapter in; services re-check.
export const load: LayoutServerLoad = async ({ params, locals }) => ({
	ws: await workspaceHeader(locals.user, nrOf(params))
});
