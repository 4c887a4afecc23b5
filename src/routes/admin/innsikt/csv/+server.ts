import { csvAnswer } from '$lib/server/insight/route-kit';
import type { RequestHandler } from './$types';

/** The country's insight as CSV, with the page's filters. */
export const GET: RequestHandler = ({ locals, url }) => csvAnswer(locals, null, url);
