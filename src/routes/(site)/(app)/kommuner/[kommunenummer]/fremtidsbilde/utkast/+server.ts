import { error, json, redirect } from '@sveltejs/kit';
import { clearDraft, saveDraft } from '$lib/server/fremtidsbilde/drafts.service';
import { actorOf, nrOf } from '$lib/server/fremtidsbilde/route-kit';
import { assertTakePart } from '$lib/server/fremtidsbilde/guards';
import { jsonProblem, safeNext, orRefused } from '$lib/server/http';
import { l, m } from '$lib/i18n';
import type { RequestHandler } from './$types';

/**
 * Drafts of long texts. With JavaScript: POST {key, text} while typing, DELETE {key} to
 * discard. Without: a form button «Forkast utkastet» posts `slettUtkast=<key>` here and
 * comes back to the page.
 */
export const POST: RequestHandler = (event) =>
	orRefused(async () => {
		const nr = nrOf(event.params);
		const actor = actorOf(event);
		assertTakePart(actor, nr);
		const type = event.request.headers.get('content-type') ?? '';
		if (!type.startsWith('application/json')) {
			const form = await event.request.formData().catch(() => null);
			const key = String(form?.get('slettUtkast') ?? '');
			if (key) await clearDraft(actor, nr, key);
			redirect(
				303,
				safeNext(String(form?.get('tilbake') ?? ''), l(`/kommuner/${nr}/fremtidsbilde`))
			);
		}
		const body = (await event.request.json().catch(() => null)) as {
			key?: unknown;
			text?: unknown;
		} | null;
		if (!body || typeof body.key !== 'string' || typeof body.text !== 'string')
			error(400, m.problems.draftFieldOrText);
		try {
			const savedAt = await saveDraft(actor, nr, body.key, body.text);
			return json({ savedAt });
		} catch (e) {
			return jsonProblem(e);
		}
	});

export const DELETE: RequestHandler = async (event) => {
	const nr = nrOf(event.params);
	assertTakePart(event.locals.user, nr);
	const body = (await event.request.json().catch(() => null)) as { key?: unknown } | null;
	if (!body || typeof body.key !== 'string') error(400, m.problems.draftField);
	await clearDraft(actorOf(event), nr, body.key);
	return new Response(null, { status: 204 });
};
