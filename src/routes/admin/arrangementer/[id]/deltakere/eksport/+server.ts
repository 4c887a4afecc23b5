import { participantsCsv } from '$lib/server/events/participants.admin';
import { eventIdParam, orError } from '$lib/server/events/route-helpers';
import type { RequestHandler } from './$types';

/** The participant list as CSV, streamed; names and addresses only when asked for (and then logged). */
export const GET: RequestHandler = async ({ params, locals, url }) => {
	const id = eventIdParam(params.id)!;
	const { filename, body } = await orError(
		participantsCsv(locals.user!, id, {
			personal: url.searchParams.get('personopplysninger') === 'ja',
			dietary: url.searchParams.get('kosthold') === 'ja'
		})
	);
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'private, no-store'
		}
	});
};
