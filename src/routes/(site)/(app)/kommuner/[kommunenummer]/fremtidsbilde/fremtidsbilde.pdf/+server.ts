import { summaryOf } from '$lib/server/fremtidsbilde/summary.service';
import { fremtidsbildePdf } from '$lib/server/fremtidsbilde/pdf';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import { slugify } from '$lib/server/content/slug';
import type { RequestHandler } from './$types';
import { orRefused } from '$lib/server/http';

/** The whole fremtidsbilde as a PDF; names of people only when asked for (?navn=1). */
export const GET: RequestHandler = ({ params, locals, url }) =>
	orRefused(async () => {
		const summary = await summaryOf(locals.user, nrOf(params), {
			withNames: url.searchParams.get('navn') === '1'
		});
		const pdf = await fremtidsbildePdf(summary);
		return new Response(new Uint8Array(pdf), {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `attachment; filename="fremtidsbilde-${slugify(summary.municipality.name)}.pdf"`,
				'cache-control': 'private, no-store'
			}
		});
	});
