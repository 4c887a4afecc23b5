import { pdfAnswer } from '$lib/server/insight/route-kit';
import type { RequestHandler } from './$types';

/** The country's insight as a PDF report, with the page's filters. */
export const GET: RequestHandler = ({ locals, url }) => pdfAnswer(locals, null, url);
