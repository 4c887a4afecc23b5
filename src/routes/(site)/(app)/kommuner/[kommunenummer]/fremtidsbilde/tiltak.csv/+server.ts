import { actionsCsv } from '$lib/server/fremtidsbilde/actions.service';
import { municipalityName } from '$lib/server/fremtidsbilde/workspace.service';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import { slugify } from '$lib/server/content/slug';
import { m } from '$lib/i18n';
import type { RequestHandler } from './$types';
import { orRefused } from '$lib/server/http';

/** The column headings in the language asked in (the service writes them in bokmål). */
function headings(withNames: boolean) {
	const h = m.app.actions.csvHead;
	return [
		h.goal,
		h.action,
		h.description,
		h.status,
		h.start,
		h.end,
		h.partners,
		h.gap,
		...(withNames ? [h.responsible] : [])
	].join(';');
}

/** The actions as CSV; names of the responsible only when asked for (?navn=1). */
export const GET: RequestHandler = ({ params, locals, url }) =>
	orRefused(async () => {
		const nr = nrOf(params);
		const withNames = url.searchParams.get('navn') === '1';
		const csv = (await actionsCsv(locals.user, nr, withNames)).replace(
			/^\uFEFF[^\r\n]*/,
			'\uFEFF' + headings(withNames)
		);
		const name = slugify((await municipalityName(nr)) ?? nr);
		return new Response(csv, {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${m.app.actions.csvHead.file}-${name}.csv"`,
				'cache-control': 'private, no-store'
			}
		});
	});
