import { certificateByToken } from '$lib/server/events/after-event';
import { notFoundPage } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The attendance certificate (kursbevis): only for those checked in; otherwise 404. */
export const GET: RequestHandler = async ({ params }) => {
	const out = await certificateByToken(params.token);
	if (!out) notFoundPage('afterEvent.certificate.none');
	return new Response(new Uint8Array(out.pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${out.filename}"`,
			'cache-control': 'private, no-store'
		}
	});
};
