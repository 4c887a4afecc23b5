/**
 * What the workspace's routes share, so each stays a few lines: reading the municipality and
 * ids from the address, the signed-in person, forms that offer back what an expired session
 * kept (form-stash.ts) or what a draft holds, and tidying up after a successful save.
 */
import { fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { superValidate, type SuperValidated } from 'sveltekit-superforms';
import type { ValidationAdapter } from 'sveltekit-superforms/adapters';
import type { Actor } from '../accounts/actor';
import { dropStash, stashedForm, stashedFormData } from '../form-stash';
import { clearDraft, draftsFor, type DraftMap } from './drafts.service';
import { EditConflict } from './pictures.service';
import { failWith, notFoundPage, orRefused, pathId, pathIdOrNew } from '../http';
import { assertCoordinator, assertTakePart } from './guards';

/** The four-digit kommunenummer from the address (404 for anything else). */
export function nrOf(params: { kommunenummer?: string }): string {
	const nr = params.kommunenummer ?? '';
	if (!/^\d{4}$/.test(nr)) notFoundPage('problems.pages.municipality');
	return nr;
}

/** A numeric id from the address; `ny` gives null when `allowNew`. */
export function idOf(param: string | undefined, allowNew = false): number | null {
	return allowNew ? pathIdOrNew(param) : pathId(param);
}

export function idParam(param: string | undefined): number {
	return pathId(param);
}

/** The signed-in person (hooks already sent everyone else to sign in). */
export function actorOf(event: Pick<RequestEvent, 'locals' | 'url'>): Actor {
	const user = event.locals.user;
	if (!user) redirect(303, `/logg-inn?neste=${encodeURIComponent(event.url.pathname)}`);
	return user;
}

/**
 * The form for a page: what an expired session kept for this action if there is any,
 * otherwise the saved values, with the person's draft of a long text filled in when it is
 * newer (`draft`). `restored` and `draftAt` tell the page to say so.
 */
export async function offerForm<T extends Record<string, unknown>>(
	event: Pick<RequestEvent, 'cookies' | 'url' | 'locals' | 'params'>,
	adapter: ValidationAdapter<T>,
	initial: Partial<T>,
	opts: {
		action: string;
		id?: string;
		draft?: { field: keyof T & string; key: string; savedAt: Date | null };
	}
): Promise<{ form: SuperValidated<T>; restored: Date | null; draftAt: Date | null }> {
	const stash = await stashedForm(event);
	if (stash && stash.action === opts.action) {
		const form = await superValidate(stashedFormData(stash), adapter, { id: opts.id });
		return { form, restored: stash.savedAt, draftAt: null };
	}
	const form = await superValidate(initial, adapter, { id: opts.id, errors: false });
	const draftAt = opts.draft
		? applyDraft(
				form.data,
				opts.draft.field,
				await draftsFor(actorOf(event), nrOf(event.params)),
				opts.draft.key,
				opts.draft.savedAt
			)
		: null;
	return { form, restored: null, draftAt };
}

/**
 * A draft that is newer than what was saved (and different) replaces the saved text in the
 * form, and the page says so. Returns when the draft was saved, or null.
 */
export function applyDraft(
	data: Record<string, unknown>,
	field: string,
	drafts: DraftMap,
	key: string,
	savedAt: Date | null
): Date | null {
	const d = drafts[key];
	if (!d || d.text === data[field]) return null;
	if (savedAt && d.savedAt.getTime() <= savedAt.getTime()) return null;
	data[field] = d.text;
	return d.savedAt;
}

/** After a successful save: nothing kept for this page is needed any more. */
export async function afterSave(
	event: Pick<RequestEvent, 'cookies'>,
	actor: Actor,
	nr: string,
	draftKey?: string
) {
	await dropStash(event);
	if (draftKey) await clearDraft(actor, nr, draftKey);
}

/**
 * A save that failed: someone else saved first (409, their text shown beside what this person
 * typed, and the version moved on so saving again replaces theirs on purpose), or a message
 * beside the field (400). Everything typed stays in the form.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- superforms' own generic form type
export function saveFailed<T extends SuperValidated<any>>(form: T, e: unknown) {
	if (e instanceof EditConflict) {
		form.data.version = e.currentVersion;
		return fail(409, { form, theirs: e.theirs, conflict: e.message });
	}
	return failWith(form, e);
}

/**
 * The usual save action: read and check the form, hand it to `save`, and tidy up after a
 * successful save (stash and, with `draftKey`, the draft). Either `failure` (return it from the
 * action: a message beside the field, or the edit conflict) or the saved form and `save`'s result.
 */
export async function saveForm<
	T extends Record<string, unknown>,
	In extends Record<string, unknown>,
	R
>(
	event: RequestEvent,
	adapter: ValidationAdapter<T, In>,
	opts: {
		id?: string;
		draftKey?: string;
		save: (actor: Actor, nr: string, data: T) => Promise<R>;
	}
): Promise<
	| {
			failure:
				| ActionFailure<{ form: SuperValidated<T> }>
				| ReturnType<typeof saveFailed<SuperValidated<T>>>;
			form?: never;
			result?: never;
	  }
	| { failure: null; form: SuperValidated<T>; result: R }
> {
	const nr = nrOf(event.params as { kommunenummer?: string });
	const actor = actorOf(event);
	const form = await superValidate(event.request, adapter, { id: opts.id });
	if (!form.valid) return { failure: fail(400, { form }) };
	let result: R;
	try {
		result = await opts.save(actor, nr, form.data);
	} catch (e) {
		return { failure: saveFailed(form, e) };
	}
	await afterSave(event, actor, nr, opts.draftKey);
	return { failure: null, form, result };
}

/**
 * Guards every action of a page before anything else runs (before the form is even read):
 * 'medlem' for what group members do, 'koordinator' for what only coordinators do. Staff and
 * the county chapter, who only read, get 403 here; a "not found" or refusal from the action's own
 * service calls is the 404/403 page too (http.ts `orRefused`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- SvelteKit's generated action types
export function guardedActions<A extends Record<string, (event: any) => unknown>>(
	level: 'medlem' | 'koordinator',
	actions: A
): A {
	return Object.fromEntries(
		Object.entries(actions).map(([name, action]) => [
			name,
			(event: RequestEvent) =>
				// A refusal or "not found" from the guard or the action's services is the 403/404 page.
				orRefused(async () => {
					const nr = nrOf(event.params as { kommunenummer?: string });
					if (level === 'koordinator') assertCoordinator(event.locals.user, nr);
					else assertTakePart(event.locals.user, nr);
					return action(event);
				})
		])
	) as A;
}
