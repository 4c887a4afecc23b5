import { nrOf, idParam } from '$lib/server/fremtidsbilde/route-kit';
import { answerFile } from '$lib/server/programmes/tasks.service';
import { fileHeaders } from '$lib/server/content/files';
import type { RequestHandler } from './$types';
import { notFoundPage, orRefused } from '$lib/server/http';

/** A file of a between-work answer: only for the group and programme staff, never cached. */
export const GET: RequestHandler = ({ params, locals }) =>
	orRefused(async () => {
		const file = await answerFile(
			locals.user,
			nrOf(params),
			idParam(params.taskId),
			idParam(params.fileId)
		);
		if (!file) notFoundPage('problems.pages.file');
		const headers = fileHeaders(file);
		headers['cache-control'] = 'private, no-store';
		return new Response(new Uint8Array(file.data), { headers });
	});
