import { actionsCsv } from '$lib/server/fremtidsbilde/actions.service';
import { municipalityName } from '$lib/server/fremtidsbilde/workspace.service';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import { slugify } from '$lib/server/content/slug';
import type { RequestHandler } from './$types';

/** The actions as CSV; names of the responsible only when asked for (?navn=1). */
export const GET: RequestHandler = async ({ params, locals, url }) => {
	const nr = nrOf(params);
	const csv = await actionsCsv(locals.user, nr, url.searchParams.get('navn') === '1');
	const name = slugify((await municipalityName(nr)) ?? nr);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="tiltak-${name}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
