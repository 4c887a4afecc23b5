import { evaluationCsv } from '$lib/server/events/evaluation';
import { eventIdParam, orError } from '$lib/server/events/route-helpers';
import { problemOf } from '$lib/server/http';
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** The evaluation's answers as CSV (only from the minimum number of answers), streamed. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const id = eventIdParam(params.id)!;
	let out: Awaited<ReturnType<typeof evaluationCsv>>;
	try {
		out = await orError(evaluationCsv(locals.user!, id));
	} catch (e) {
		const p = problemOf(e);
		error(p.status, p.text);
	}
	return new Response(out.stream, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${out.filename}"`,
			'cache-control': 'private, no-store'
		}
	});
};
