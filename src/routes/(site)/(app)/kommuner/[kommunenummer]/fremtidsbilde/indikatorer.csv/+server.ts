import { indicatorsCsv } from '$lib/server/fremtidsbilde/indicators.service';
import { municipalityName } from '$lib/server/fremtidsbilde/workspace.service';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import { slugify } from '$lib/server/content/slug';
import { m } from '$lib/i18n';
import type { RequestHandler } from './$types';
import { orRefused } from '$lib/server/http';

/** The indicators with their baseline, values and target as CSV, in the language asked in. */
export const GET: RequestHandler = ({ params, locals }) =>
	orRefused(async () => {
		const nr = nrOf(params);
		const csv = await indicatorsCsv(locals.user, nr);
		const name = slugify((await municipalityName(nr)) ?? nr);
		return new Response(csv, {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${m.indicators.csv.file}-${name}.csv"`,
				'cache-control': 'private, no-store'
			}
		});
	});
