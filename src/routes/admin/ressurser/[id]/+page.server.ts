import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { resourceSchema } from '$lib/forms/content';
import {
	deleteResource,
	getResource,
	resourceToForm,
	restoreResource,
	saveResource
} from '$lib/server/content/resources.admin';
import { fileChoices, prepareUpload, type PreparedUpload } from '$lib/server/content/media.admin';
import { fileMeta } from '$lib/server/content/media.service';
import {
	editorActions,
	idParam,
	loadEditor,
	publishStateOf,
	runSave
} from '$lib/server/content/desk';
import { FieldError } from '$lib/server/errors';
import { actorOf, failWith, orRefused } from '$lib/server/http';
import { l, m } from '$lib/i18n';
import { imagePanelActions, loadImagePanel } from '$lib/server/content/image-panel';
import { can } from '$lib/server/accounts/permissions';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'problems.pages.resource';

const editorOf = (locals: App.Locals, param: string, url: URL) =>
	loadEditor(actorOf(locals), param, url, {
		notFound: NOT_FOUND,
		type: 'ressurs',
		get: getResource,
		toForm: resourceToForm,
		adapter: zod4(resourceSchema)
	});

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const { row, ...editor } = await editorOf(locals, params.id, url);
	return {
		...editor,
		imagePanel: await loadImagePanel(locals, 'ressurs', row?.id ?? null, url),
		// The file catalogue is the editors' (contributors link or leave the file to them).
		files: can.editContent(actorOf(locals))
			? await orRefused(() => fileChoices(actorOf(locals)))
			: [],
		currentFile: row?.fileId ? await fileMeta(row.fileId) : null,
		item: row && {
			id: row.id,
			slug: row.slug,
			version: row.version,
			...publishStateOf(row),
			workingCopy: editor.workflow?.workingCopy ?? null
		}
	};
};

/** The labels of a conflict's fields, in the language of the request (read when it is answered). */
const conflictLabels = (): [keyof ReturnType<typeof resourceToForm> & string, string][] => [
	['kind', m.admin.fields.type],
	['title', m.admin.fields.title],
	['description', m.admin.fields.description],
	['year', m.admin.fields.year],
	['url', m.admin.fields.link],
	['fileId', m.admin.fields.file],
	['videoUrl', m.admin.resources.videoShort],
	['videoUrlSubtitled', m.admin.resources.videoSubtitled],
	['transcript', m.admin.resources.transcript],
	['slug', m.admin.fields.address]
];

// `base` and `labels` are getters: the actions read them per request, in its language.
const editing = editorActions({
	workflow: 'ressurs',
	get base() {
		return l('/admin/ressurser');
	},
	notFound: NOT_FOUND,
	adapter: zod4(resourceSchema),
	save: saveResource,
	remove: deleteResource,
	restore: restoreResource,
	toForm: resourceToForm,
	get labels() {
		return conflictLabels();
	}
});

export const actions: Actions = {
	...editing,
	...imagePanelActions('ressurs', NOT_FOUND),
	/** As the shared save, with a file read beside the fields (and refused before anything is saved). */
	lagre: async ({ request, params, locals, url }) => {
		const id = idParam(params.id, NOT_FOUND);
		let data: FormData;
		try {
			data = await request.formData();
		} catch {
			// The body was larger than the server accepts, or broken: nothing of it can be read.
			const { form } = await editorOf(locals, params.id, url);
			form.message = m.problems.content.nothingSaved;
			return failWith(form, new FieldError('fil', 'problems.content.fileTooLargePick'));
		}
		const form = await superValidate(data, zod4(resourceSchema));
		const file = data.get('fil');
		let upload: PreparedUpload | null = null;
		if (file instanceof File && file.size > 0) {
			try {
				upload = await prepareUpload(file);
			} catch (e) {
				return failWith(form, e);
			}
		}
		if (!form.valid) return fail(400, { form });
		const saved = await runSave(form, () => saveResource(actorOf(locals), id, form.data, upload), {
			toForm: resourceToForm,
			labels: conflictLabels()
		});
		if (typeof saved !== 'number') return saved;
		redirect(303, l(`/admin/ressurser/${saved}?lagret=${form.data.intent}`));
	}
};
