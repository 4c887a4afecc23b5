import { error, json, redirect } from '@sveltejs/kit';
import {
	discardApplicationDraft,
	saveApplicationDraft
} from '$lib/server/programmes/applications.service';
import { applyContext, idParam, orNotFound } from '$lib/server/programmes/route-kit';
import { actorOf } from '$lib/server/fremtidsbilde/route-kit';
import { l, m } from '$lib/i18n';
import type { RequestHandler } from './$types';
import { jsonProblem } from '$lib/server/http';

/**
 * Drafts of an application's long answers (AutosaveText): POST {key, text} while typing,
 * DELETE {key} to discard; without JavaScript the «Forkast utkastet» button posts here.
 */
export const POST: RequestHandler = async (event) => {
	const actor = actorOf(event);
	const { call } = await applyContext(event.params.slug);
	const id = idParam(event.params.id);
	const back = l(`/program/${event.params.slug}/sok/${id}`);
	const type = event.request.headers.get('content-type') ?? '';
	if (!type.startsWith('application/json')) {
		const form = await event.request.formData().catch(() => null);
		const key = String(form?.get('slettUtkast') ?? '');
		if (key)
			await orNotFound(() => discardApplicationDraft(actor, call, id, key)).catch(() => null);
		redirect(303, back);
	}
	const body = (await event.request.json().catch(() => null)) as {
		key?: unknown;
		text?: unknown;
	} | null;
	if (!body || typeof body.key !== 'string' || typeof body.text !== 'string')
		error(400, m.problems.draftFieldOrText);
	const { key, text } = body;
	try {
		const savedAt = await orNotFound(() => saveApplicationDraft(actor, call, id, key, text));
		return json({ savedAt });
	} catch (e) {
		return jsonProblem(e);
	}
};

export const DELETE: RequestHandler = async (event) => {
	const actor = actorOf(event);
	const { call } = await applyContext(event.params.slug);
	const id = idParam(event.params.id);
	const body = (await event.request.json().catch(() => null)) as { key?: unknown } | null;
	if (!body || typeof body.key !== 'string') error(400, m.problems.draftField);
	const key = body.key;
	try {
		await orNotFound(() => discardApplicationDraft(actor, call, id, key));
	} catch (e) {
		return jsonProblem(e);
	}
	return new Response(null, { status: 204 });
};
