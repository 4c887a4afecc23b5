import { redirect } from '@sveltejs/kit';
import { notFoundPage } from '$lib/server/http';
import { answerVariantRequest } from '$lib/server/content/image-variants';
import type { RequestHandler } from './$types';

/**
 * The resized copies of an image, public at /bilder/<id>/<revision>/<width>.<avif|webp|jpg|png>:
 * cached for a year (the revision changes when the file is replaced; an old revision answers
 * 301 to the current one).
 */
async function answer(
	params: { id: string; rev: string; file: string },
	request: Request,
	withBody: boolean
): Promise<Response> {
	const a = await answerVariantRequest(params, request.headers.get('if-none-match'), withBody);
	if (a.status === 404) notFoundPage('images.problems.notFound');
	if (a.status === 301) redirect(301, a.location);
	return new Response(a.body ? new Uint8Array(a.body) : null, {
		status: a.status,
		headers: a.headers
	});
}

export const GET: RequestHandler = ({ params, request }) => answer(params, request, true);
export const HEAD: RequestHandler = ({ params, request }) => answer(params, request, false);
