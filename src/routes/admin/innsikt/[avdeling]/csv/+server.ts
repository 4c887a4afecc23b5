import { csvAnswer } from '$lib/server/insight/route-kit';
import type { RequestHandler } from './$types';

/** A chapter's insight as CSV, with the page's filters. */
export const GET: RequestHandler = ({ locals, params, url }) =>
	csvAnswer(locals, params.avdeling, url);
