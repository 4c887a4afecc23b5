import { storyPhoto } from '$lib/server/fremtidsbilde/stories.service';
import { assertRead } from '$lib/server/fremtidsbilde/guards';
import { idParam, nrOf } from '$lib/server/fremtidsbilde/route-kit';
import type { RequestHandler } from './$types';
import { notFoundPage, orRefused } from '$lib/server/http';

/** The photo of a story not yet published, for the group and the editors (never cached). */
export const GET: RequestHandler = ({ params, locals }) =>
	orRefused(async () => {
		const nr = nrOf(params);
		assertRead(locals.user, nr);
		const photo = await storyPhoto(idParam(params.id));
		if (!photo || photo.municipalityNumber !== nr) notFoundPage('problems.pages.photo');
		return new Response(new Uint8Array(photo.data), {
			headers: {
				'content-type': photo.mime,
				'cache-control': 'private, no-store',
				'content-disposition': `inline; filename="${photo.name}"`
			}
		});
	});
