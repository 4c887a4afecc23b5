import { fail, redirect } from '@sveltejs/kit';
import {
	FILE_TYPE_FILTERS,
	deleteFile,
	listFiles,
	uploadFile
} from '$lib/server/content/media.admin';

import { actionProblem, actorOf, idFrom, orRefused } from '$lib/server/http';
import { l, m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const q = url.searchParams.get('q')?.slice(0, 100) ?? '';
	const type = url.searchParams.get('type') ?? '';
	const uploaded = idFrom(url.searchParams.get('lastetOpp'));
	const page = /^\d{1,5}$/.test(url.searchParams.get('side') ?? '')
		? Number(url.searchParams.get('side'))
		: 1;
	const list = await orRefused(() => listFiles(actorOf(locals), { q, type, page }));
	const files = list.files;
	return {
		files,
		page: list.page,
		pages: list.pages,
		q,
		type,
		types: Object.entries(FILE_TYPE_FILTERS).map(([value, f]) => ({ value, label: f.label() })),
		uploaded: files.find((f) => f.id === uploaded)?.name ?? null,
		deleted: url.searchParams.get('slettet')
	};
};

export const actions: Actions = {
	lastOpp: async ({ request, locals }) => {
		let data: FormData;
		try {
			data = await request.formData();
		} catch {
			// Larger than the server reads (BODY_SIZE_LIMIT), or a broken upload.
			return fail(413, { uploadError: m.problems.content.fileTooLargePick });
		}
		const file = data.get('fil');
		if (!(file instanceof File) || file.size === 0)
			return fail(400, { uploadError: m.problems.content.fileUploadChoose });
		let id: number;
		try {
			id = await uploadFile(actorOf(locals), file);
		} catch (e) {
			return actionProblem(e, 'uploadError');
		}
		redirect(303, l(`/admin/filer?lastetOpp=${id}#fil-${id}`));
	},
	slett: async ({ request, locals }) => {
		const id = idFrom((await request.formData()).get('id'));
		if (!id) return fail(400, { actionError: m.problems.content.fileInvalid });
		try {
			await deleteFile(actorOf(locals), id);
		} catch (e) {
			return actionProblem(e, 'actionError');
		}
		redirect(303, l(`/admin/filer?slettet=${id}`));
	}
};
