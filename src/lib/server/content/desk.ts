/**
 * What the desk's routes share: reading the id from the address, and turning a service's
 * answer to save, delete, restore or move into the page's answer (409 with both versions on
 * a conflict, 400 with the message beside its field, 404 for what is gone).
 */
import { fail, redirect, type ActionFailure } from '@sveltejs/kit';
import { superValidate, type SuperValidated } from 'sveltekit-superforms';
import type { ValidationAdapter } from 'sveltekit-superforms/adapters';
import {
	EditConflictError,
	listVersions,
	type Direction,
	type EditableType,
	type PublishState
} from './editing';
import { message, toOsloInput, type MessageKey } from '$lib/i18n';
import {
	actionProblem,
	actorOf,
	failWith,
	idFrom,
	notFoundPage,
	pathId,
	orRefused,
	pathIdOrNew,
	refuseForbidden
} from '../http';
import type { Actor } from '../accounts/actor';
import type { TranslationKind } from './schema';
import { isTranslationKind, translationPanel } from './translations.admin';
import { hasWorkflow, itemWorkflow, sendItemBack, type ItemWorkflow } from './workflow.admin';
import { can } from '../accounts/permissions';

/** The id in /admin/<type>/<id>: null for a new item ('ny'), 404 for anything but a number. */
export const idParam = pathIdOrNew;

/** The id of an item that must exist already (delete, restore). */
export const existingId = pathId;

/**
 * The language versions panel beside an item's editor (`<TranslationPanel panel={…} />`; null
 * for an item not saved yet). Someone who may not translate the item gets the 403 page.
 */
export const editorTranslations = (actor: Actor, kind: TranslationKind, id: number | null) =>
	orRefused(() => translationPanel(actor, kind, id));

/**
 * What every edit page loads: the item (404 when gone), its form (a schedule shown in Oslo
 * time), its version history, its language versions (for a translatable kind) and the
 * confirmation after a save (?lagret=…).
 */
export async function loadEditor<
	R extends { id: number; version: number },
	T extends Record<string, unknown>,
	In extends Record<string, unknown>
>(
	actor: Actor,
	param: string,
	url: URL,
	spec: {
		notFound: MessageKey;
		type: EditableType;
		get: (actor: Actor, id: number) => Promise<R | null>;
		toForm: (row: R | null) => Partial<T>;
		adapter: ValidationAdapter<T, In>;
	}
) {
	const id = idParam(param, spec.notFound);
	let row: R | null;
	let versions: Awaited<ReturnType<typeof listVersions>>;
	let workflow: ItemWorkflow | null = null;
	try {
		row = id === null ? null : await spec.get(actor, id);
		versions = id === null ? [] : await listVersions(actor, spec.type, id);
		if (hasWorkflow(spec.type)) workflow = await itemWorkflow(actor, spec.type, row?.id ?? null);
	} catch (e) {
		refuseForbidden(e);
		throw e;
	}
	if (id !== null && !row) notFoundPage(spec.notFound);
	const values: Partial<T> = { ...spec.toForm(row) };
	const publishAt = (row as { publishAt?: Date | null } | null)?.publishAt;
	if (publishAt !== undefined)
		(values as Record<string, unknown>).publishAt = publishAt ? toOsloInput(publishAt) : '';
	return {
		id,
		row,
		form: await superValidate(values, spec.adapter, { errors: false }),
		versions,
		workflow,
		// Contributors write the bokmål text; editors translate it.
		translations:
			isTranslationKind(spec.type) && can.editContent(actor)
				? await editorTranslations(actor, spec.type, row?.id ?? null)
				: undefined,
		saved: url.searchParams.get('lagret')
	};
}

/** What the publishing controls show about an item (and its planned unpublish, if any). */
export function publishStateOf(
	row: PublishState & { unpublishAt?: Date | null }
): PublishState & { unpublishAt: Date | null } {
	return {
		status: row.status,
		publishAt: row.publishAt,
		publishedAt: row.publishedAt,
		unpublishAt: row.unpublishAt ?? null
	};
}

export interface ConflictField {
	label: string;
	theirs: string;
	mine: string;
}

/**
 * Runs a save and returns the saved id, or the answer to give: on a conflict the stored
 * values beside what the editor typed (saving again then replaces them, deliberately).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- superforms' own generic form type
export async function runSave<F extends Record<string, any>>(
	form: SuperValidated<F>,
	save: () => Promise<number>,
	conflict: {
		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the service's row type
		toForm: (row: any) => Partial<F>;
		labels: [keyof F & string, string][];
	}
): Promise<number | ActionFailure<{ form: SuperValidated<F>; conflict?: ConflictField[] }>> {
	try {
		return await save();
	} catch (e) {
		if (e instanceof EditConflictError) {
			const theirs = conflict.toForm(e.current);
			form.data = { ...form.data, version: e.currentVersion };
			form.message = e.message;
			return fail(409, {
				form,
				conflict: conflict.labels.map(([k, label]) => ({
					label,
					theirs: String(theirs[k] ?? ''),
					mine: String(form.data[k] ?? '')
				}))
			});
		}
		return failWith(form, e) as ActionFailure<{ form: SuperValidated<F> }>;
	}
}

/** The answer to a delete, restore or move the service refused (null when it went through). */
async function runAction(
	action: () => Promise<unknown>
): Promise<ActionFailure<{ actionError: string }> | null> {
	try {
		await action();
		return null;
	} catch (e) {
		// A button has no form to show their version in: the page says to load it again.
		if (e instanceof EditConflictError)
			return fail(409, { actionError: message('problems.content.actionConflict') });
		return actionProblem(e, 'actionError');
	}
}

/** Deletes with the version the editor saw (form field `version`). */
export async function runDelete(request: Request, remove: (version: number) => Promise<void>) {
	const version = idFrom((await request.formData()).get('version'));
	if (version === null) return fail(400, { actionError: message('problems.versionMissing') });
	return runAction(() => remove(version));
}

/** Restores the version chosen in the version list (form field `versjon`). */
export async function runRestore(request: Request, restore: (version: number) => Promise<void>) {
	const version = idFrom((await request.formData()).get('versjon'));
	if (version === null) return fail(400, { actionError: message('problems.versionMissing') });
	return runAction(() => restore(version));
}

/** Moves the item `id` one step (`retning` opp/ned) in a list; returns where to, or the refusal. */
export async function runMove(
	request: Request,
	move: (id: number, direction: Direction) => Promise<boolean>
) {
	const data = await request.formData();
	const id = idFrom(data.get('id'));
	const direction = data.get('retning');
	if (id === null || (direction !== 'opp' && direction !== 'ned'))
		return { failure: fail(400, { actionError: message('problems.moveInvalid') }) };
	const failure = await runAction(() => move(id, direction));
	return failure ? { failure } : { id, direction };
}

interface EditorEvent {
	request: Request;
	params: { id: string };
	locals: App.Locals;
}

/**
 * The actions of an edit page at `<base>/<id>`: save (?/lagre, then back to the item with a
 * confirmation), delete (?/slett, then to the list) and restore (?/gjenopprett).
 */
export function editorActions<
	T extends Record<string, unknown>,
	In extends Record<string, unknown>
>(spec: {
	base: string;
	notFound: MessageKey;
	adapter: ValidationAdapter<T, In>;
	save: (actor: Actor, id: number | null, data: T) => Promise<number>;
	remove: (actor: Actor, id: number, version: number) => Promise<void>;
	restore: (actor: Actor, id: number, version: number) => Promise<void>;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the service's row type
	toForm: (row: any) => Partial<T>;
	labels: [keyof T & string, string][];
	/** Pages, news and resources: an editor may send a contributor's item back (?/sendTilbake). */
	workflow?: EditableType;
}) {
	return {
		sendTilbake: async ({ request, params, locals }: EditorEvent) => {
			const id = existingId(params.id, spec.notFound);
			const type = spec.workflow;
			if (!type || !hasWorkflow(type)) notFoundPage(spec.notFound);
			const comment = String((await request.formData()).get('kommentar') ?? '');
			const refused = await runAction(() => sendItemBack(actorOf(locals), type, id, comment));
			if (refused) return refused;
			redirect(303, `${spec.base}/${id}?lagret=sendt-tilbake`);
		},
		lagre: async ({ request, params, locals }: EditorEvent) => {
			const id = idParam(params.id, spec.notFound);
			const form = await superValidate(request, spec.adapter);
			if (!form.valid) return fail(400, { form });
			const saved = await runSave(form, () => spec.save(actorOf(locals), id, form.data), spec);
			if (typeof saved !== 'number') return saved;
			redirect(303, `${spec.base}/${saved}?lagret=${String(form.data.intent ?? 'lagre')}`);
		},
		slett: async ({ request, params, locals }: EditorEvent) => {
			const id = existingId(params.id, spec.notFound);
			const refused = await runDelete(request, (v) => spec.remove(actorOf(locals), id, v));
			if (refused) return refused;
			redirect(303, `${spec.base}?slettet=1`);
		},
		gjenopprett: async ({ request, params, locals }: EditorEvent) => {
			const id = existingId(params.id, spec.notFound);
			const refused = await runRestore(request, (v) => spec.restore(actorOf(locals), id, v));
			if (refused) return refused;
			redirect(303, `${spec.base}/${id}?lagret=gjenopprettet`);
		}
	};
}
