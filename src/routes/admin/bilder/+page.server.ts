import { fail, redirect } from '@sveltejs/kit';
import { listImages, uploadImage } from '$lib/server/content/image-library.admin';
import { actorOf, idFrom, orRefused, problemOf } from '$lib/server/http';
import { l, m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const q = url.searchParams.get('q')?.slice(0, 100) ?? '';
	const side = url.searchParams.get('side') ?? '';
	const page = /^\d{1,5}$/.test(side) ? Number(side) : 1;
	const list = await orRefused(() => listImages(actorOf(locals), { q, page }));
	const uploaded = idFrom(url.searchParams.get('lastetOpp'));
	return {
		...list,
		q,
		uploaded: list.images.find((i) => i.id === uploaded)?.name ?? null
	};
};

type UploadErrors = { fil?: string[]; alt?: string[] };

export const actions: Actions = {
	lastOpp: async ({ request, locals }) => {
		let data: FormData;
		try {
			data = await request.formData();
		} catch {
			return fail(413, {
				errors: { fil: [m.problems.content.fileTooLargePick] } as UploadErrors,
				alt: ''
			});
		}
		const alt = String(data.get('alt') ?? '').slice(0, 1000);
		const file = data.get('fil');
		if (!(file instanceof File) || file.size === 0)
			return fail(400, { errors: { fil: [m.images.panel.choose] } as UploadErrors, alt });
		let id: number;
		try {
			id = await uploadImage(actorOf(locals), file, alt);
		} catch (e) {
			const p = problemOf(e);
			const field = p.field === 'alt' ? 'alt' : 'fil';
			return fail(p.status, { errors: { [field]: [p.text] } as UploadErrors, alt });
		}
		redirect(303, l(`/admin/bilder?lastetOpp=${id}#bilde-${id}`));
	}
};
