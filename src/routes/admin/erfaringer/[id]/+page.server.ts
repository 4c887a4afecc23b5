import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { storyReviewSchema } from '$lib/forms/fremtidsbilde';
import { getStoryAdmin, reviewStory } from '$lib/server/fremtidsbilde/stories.service';
import { renderMarkdown } from '$lib/server/content/markdown';
import { saveFailed } from '$lib/server/fremtidsbilde/route-kit';
import { actorOf, idFrom, notFoundPage, orRefused } from '$lib/server/http';
import { l } from '$lib/i18n';
import { editorTranslations } from '$lib/server/content/desk';
import { imagePanelActions, loadImagePanel } from '$lib/server/content/image-panel';
import type { Actions, PageServerLoad } from './$types';

const idOf = (param: string) => idFrom(param) ?? notFoundPage('problems.pages.story');

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const found = await orRefused(() => getStoryAdmin(actorOf(locals), idOf(params.id)));
	if (!found) notFoundPage('problems.pages.story');
	const s = found.story;
	return {
		story: {
			id: s.id,
			status: s.status,
			slug: s.slug,
			municipality: found.municipality,
			municipalityNumber: s.municipalityNumber,
			proposedAt: s.proposedAt,
			version: s.version
		},
		photo: found.photo?.id ? { name: found.photo.name } : null,
		previewHtml: renderMarkdown(s.body),
		imagePanel: await loadImagePanel(locals, 'erfaring', s.id, url),
		translations: await editorTranslations(actorOf(locals), 'erfaring', s.id),
		form: await superValidate(
			{
				title: s.title,
				body: s.body,
				photoAlt: s.photoAlt,
				reviewNote: s.reviewNote,
				intent: 'lagre' as const,
				version: s.version
			},
			zod4(storyReviewSchema),
			{ errors: false }
		),
		saved: url.searchParams.get('lagret')
	};
};

export const actions: Actions = {
	...imagePanelActions('erfaring', 'problems.pages.story'),
	lagre: async ({ request, params, locals }) => {
		const id = idOf(params.id);
		const form = await superValidate(request, zod4(storyReviewSchema));
		if (!form.valid) return fail(400, { form });
		try {
			await reviewStory(actorOf(locals), id, form.data);
		} catch (e) {
			return saveFailed(form, e);
		}
		if (form.data.intent === 'send_tilbake') redirect(303, l('/admin/erfaringer'));
		redirect(303, l(`/admin/erfaringer/${id}?lagret=${form.data.intent}`));
	}
};
