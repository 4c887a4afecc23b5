import { fail, redirect } from '@sveltejs/kit';
import { getImage, replaceImage, updateImageAlt } from '$lib/server/content/image-library.admin';
import { actorOf, notFoundPage, orRefused, pathId, problemOf } from '$lib/server/http';
import { l, m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'images.problems.notFound';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const id = pathId(params.id, NOT_FOUND);
	const image = await orRefused(() => getImage(actorOf(locals), id));
	if (!image) notFoundPage(NOT_FOUND);
	return { image, saved: url.searchParams.get('lagret') };
};

export const actions: Actions = {
	alt: async ({ request, params, locals }) => {
		const id = pathId(params.id, NOT_FOUND);
		const alt = String((await request.formData()).get('alt') ?? '').slice(0, 1000);
		try {
			await updateImageAlt(actorOf(locals), id, alt);
		} catch (e) {
			const p = problemOf(e);
			return fail(p.status, { altErrors: [p.text], alt });
		}
		redirect(303, l(`/admin/bilder/${id}?lagret=alt`));
	},
	erstatt: async ({ request, params, locals }) => {
		const id = pathId(params.id, NOT_FOUND);
		let data: FormData;
		try {
			data = await request.formData();
		} catch {
			return fail(413, { fileErrors: [m.problems.content.fileTooLargePick] });
		}
		const file = data.get('fil');
		if (!(file instanceof File) || file.size === 0)
			return fail(400, { fileErrors: [m.images.panel.choose] });
		try {
			await replaceImage(actorOf(locals), id, file);
		} catch (e) {
			const p = problemOf(e);
			return fail(p.status, { fileErrors: [p.text] });
		}
		redirect(303, l(`/admin/bilder/${id}?lagret=fil`));
	}
};
