import { workspaceHeader } from '$lib/server/fremtidsbilde/workspace.service';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import type { LayoutServerLoad } from './$types';
import { orRefused } from '$lib/server/http';

// Access: accounts/access.ts lets members, staff and the county chapter in; services re-check.
export const load: LayoutServerLoad = ({ params, locals }) =>
	orRefused(async () => ({
		ws: await workspaceHeader(locals.user, nrOf(params))
	}));
