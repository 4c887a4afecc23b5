import { redirect } from '@sveltejs/kit';
import { storedFileData, storedFileMeta } from '$lib/server/content/media.service';
import { answerFileRequest } from '$lib/server/content/files';
import type { RequestHandler } from './$types';
import { notFoundPage } from '$lib/server/http';

/**
 * Uploaded files, public at /filer/<id>/<name>: never as HTML, never sniffed, sandboxed,
 * cached for a year by their ETag (the content's sha256). See content/files.ts for the rules.
 */
async function answer(
	params: { id: string; name?: string },
	request: Request,
	withBody: boolean
): Promise<Response> {
	const meta = /^\d{1,9}$/.test(params.id) ? await storedFileMeta(Number(params.id)) : null;
	const a = answerFileRequest(meta, params.name, request.headers.get('if-none-match'));
	if (a.status === 404) notFoundPage('problems.pages.file');
	if (a.status === 301) redirect(301, a.location);
	if (a.status === 304) return new Response(null, { status: 304, headers: a.headers });
	const data = withBody ? await storedFileData(meta!.id) : null;
	if (withBody && !data) notFoundPage('problems.pages.file');
	return new Response(data ? new Uint8Array(data) : null, { status: 200, headers: a.headers });
}

export const GET: RequestHandler = ({ params, request }) => answer(params, request, true);
export const HEAD: RequestHandler = ({ params, request }) => answer(params, request, false);
