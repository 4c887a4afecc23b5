import { fail, redirect } from '@sveltejs/kit';
import { message } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { storySchema } from '$lib/forms/fremtidsbilde';
import {
	deleteStory,
	getStory,
	proposeStory,
	removeStoryPhoto,
	saveStory,
	setStoryPhoto,
	withdrawStory
} from '$lib/server/fremtidsbilde/stories.service';
import { assertCoordinator } from '$lib/server/fremtidsbilde/guards';
import { PHOTO_MAX_BYTES } from '$lib/server/fremtidsbilde/images';
import {
	actorOf,
	idOf,
	nrOf,
	offerForm,
	saveForm,
	guardedActions
} from '$lib/server/fremtidsbilde/route-kit';
import { l, m, t } from '$lib/i18n';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { actionProblem, orRefused } from '$lib/server/http';

const draftKey = (id: number | null) => `historie:${id ?? 'ny'}`;

export const load: PageServerLoad = (event) =>
	orRefused(async () => {
		const nr = nrOf(event.params);
		const id = idOf(event.params.id, true);
		assertCoordinator(event.locals.user, nr);
		const found = id === null ? null : await getStory(event.locals.user, nr, id);
		const story = found?.story ?? null;
		const { form, restored, draftAt } = await offerForm(
			event,
			zod4(storySchema),
			story
				? { title: story.title, body: story.body, photoAlt: story.photoAlt, version: story.version }
				: { version: 0 },
			{
				action: 'lagre',
				draft: { field: 'body', key: draftKey(id), savedAt: story?.updatedAt ?? null }
			}
		);
		return {
			story: story && {
				id: story.id,
				status: story.status,
				slug: story.slug,
				reviewNote: story.reviewNote,
				photoAlt: story.photoAlt,
				savedText: story.body,
				version: story.version
			},
			photo: found?.photo?.id ? { name: found.photo.name, size: found.photo.size } : null,
			maxMb: PHOTO_MAX_BYTES / 1024 / 1024,
			form,
			restored,
			draftAt,
			notice: event.url.searchParams.get('melding')
		};
	});

function storyId(event: RequestEvent) {
	const id = idOf(event.params.id);
	return id!;
}

/** The simple actions on a story: run, and come back with a message or the error. */
async function act(event: RequestEvent, run: () => Promise<void>, done: string) {
	try {
		await run();
	} catch (e) {
		return actionProblem(e, 'storyError');
	}
	redirect(303, `${event.url.pathname}?melding=${encodeURIComponent(done)}`);
}

export const actions: Actions = guardedActions('koordinator', {
	lagre: async (event) => {
		const id = idOf(event.params.id, true);
		const { failure, form, result } = await saveForm(event, zod4(storySchema), {
			draftKey: draftKey(id),
			save: (actor, nr, data) => saveStory(actor, nr, id, data)
		});
		if (failure) return failure;
		if (id === null)
			redirect(
				303,
				l(`/kommuner/${nrOf(event.params)}/fremtidsbilde/deling/historier/${result}?melding=lagret`)
			);
		form.data.version += 1;
		return message(form, m.app.story.saved);
	},
	bilde: async (event) => {
		const nr = nrOf(event.params);
		const length = Number(event.request.headers.get('content-length') ?? 0);
		if (length > PHOTO_MAX_BYTES + 64 * 1024)
			return fail(413, {
				photoError: t(m.problems.uploads.photoTooLarge, { max: PHOTO_MAX_BYTES / 1024 / 1024 })
			});
		const fd = await event.request.formData().catch(() => null);
		const file = fd?.get('photo');
		if (!(file instanceof File) || file.size === 0)
			return fail(400, { photoError: m.problems.uploads.photoChoose });
		try {
			await setStoryPhoto(actorOf(event), nr, storyId(event), {
				name: file.name,
				bytes: new Uint8Array(await file.arrayBuffer())
			});
		} catch (e) {
			return actionProblem(e, 'photoError');
		}
		redirect(303, `${event.url.pathname}?melding=bilde`);
	},
	fjernBilde: (event) =>
		act(
			event,
			() => removeStoryPhoto(actorOf(event), nrOf(event.params), storyId(event)),
			'bilde-fjernet'
		),
	send: (event) =>
		act(event, () => proposeStory(actorOf(event), nrOf(event.params), storyId(event)), 'sendt'),
	trekk: (event) =>
		act(event, () => withdrawStory(actorOf(event), nrOf(event.params), storyId(event)), 'trukket'),
	slett: async (event) => {
		const nr = nrOf(event.params);
		try {
			await deleteStory(actorOf(event), nr, storyId(event));
		} catch (e) {
			return actionProblem(e, 'storyError');
		}
		redirect(303, l(`/kommuner/${nr}/fremtidsbilde/deling`));
	}
});
