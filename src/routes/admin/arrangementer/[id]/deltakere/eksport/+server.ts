import { participantsCsv } from '$lib/server/events/participants.admin';
import { eventIdParam, orError } from '$lib/server/events/route-helpers';
import { m } from '$lib/i18n';
import type { RequestHandler } from './$types';

/** The participant list as CSV; names and addresses only when asked for (and then logged). */
export const GET: RequestHandler = async ({ params, locals, url }) => {
	const id = eventIdParam(params.id)!;
	const { filename, csv } = await orError(
		participantsCsv(locals.user!, id, {
			personal: url.searchParams.get('personopplysninger') === 'ja',
			dietary: url.searchParams.get('kosthold') === 'ja',
			// The header row and the statuses in the language of the person downloading.
			labels: m.admin.csv
		})
	);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'private, no-store'
		}
	});
};
