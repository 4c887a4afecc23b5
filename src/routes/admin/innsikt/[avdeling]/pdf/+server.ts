import { pdfAnswer } from '$lib/server/insight/route-kit';
import type { RequestHandler } from './$types';

/** A chapter's insight as a PDF report, with the page's filters. */
export const GET: RequestHandler = ({ locals, params, url }) =>
	pdfAnswer(locals, params.avdeling, url);
