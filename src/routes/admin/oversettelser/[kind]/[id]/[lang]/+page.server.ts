import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { translationSchema } from '$lib/forms/translations';
import {
	deleteTranslation,
	isTranslationKind,
	saveTranslation,
	translationForEditing
} from '$lib/server/content/translations.admin';
import { isTranslationLang } from '$lib/server/content/translations';
import { runDelete, runSave } from '$lib/server/content/desk';
import { actorOf, notFoundPage, orRefused, pathId } from '$lib/server/http';
import { m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

/** /admin/oversettelser/<kind>/<id>/<nn|en>: anything else is a 404. */
function target(params: { kind: string; id: string; lang: string }) {
	const notFound = 'contentLanguages.errors.notFound';
	if (!isTranslationKind(params.kind) || !isTranslationLang(params.lang)) notFoundPage(notFound);
	return { kind: params.kind, id: pathId(params.id, notFound), lang: params.lang };
}

/** The fields a conflict lists, with their labels (read per request: never `m` at module level). */
const conflictLabels = (): ['title' | 'menuTitle' | 'lead' | 'body', string][] =>
	(['title', 'menuTitle', 'lead', 'body'] as const).map((k) => [
		k,
		m.contentLanguages.editor.fields[k]
	]);

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const { kind, id, lang } = target(params);
	const editing = await orRefused(() => translationForEditing(actorOf(locals), kind, id, lang));
	return {
		kind,
		lang,
		source: {
			title: editing.source.title,
			menuTitle: editing.source.menuTitle,
			lead: editing.source.lead,
			body: editing.source.body,
			version: editing.source.version,
			href: editing.source.href,
			editHref: editing.source.editHref,
			has: editing.source.has
		},
		translation: editing.row && {
			status: editing.row.status,
			version: editing.row.version,
			updatedAt: editing.row.updatedAt
		},
		stale: editing.stale,
		form: await superValidate(
			{ ...editing.values, intent: 'lagre' as const },
			zod4(translationSchema),
			{
				errors: false
			}
		),
		saved: url.searchParams.get('lagret')
	};
};

export const actions: Actions = {
	lagre: async ({ request, params, locals, url }) => {
		const { kind, id, lang } = target(params);
		const form = await superValidate(request, zod4(translationSchema));
		if (!form.valid) return fail(400, { form });
		const saved = await runSave(
			form,
			() => saveTranslation(actorOf(locals), kind, id, lang, form.data),
			{ toForm: (row) => row, labels: conflictLabels() }
		);
		if (typeof saved !== 'number') return saved;
		redirect(303, `${url.pathname}?lagret=${form.data.intent}`);
	},
	slett: async ({ request, params, locals, url }) => {
		const { kind, id, lang } = target(params);
		const refused = await runDelete(request, (v) =>
			deleteTranslation(actorOf(locals), kind, id, lang, v)
		);
		if (refused) return refused;
		redirect(303, `${url.pathname}?lagret=slettet`);
	}
};
