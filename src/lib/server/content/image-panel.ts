/**
 * Route glue for the main-image panel under an item's editor (ItemImagePanel.svelte): what
 * the page loads, and the panel's two actions (?/bilde saves, ?/fjernBilde removes), each its
 * own form beside the item's, so the item's own form and actions stay as they are.
 */
import { fail, redirect } from '@sveltejs/kit';
import type { ImageKind } from './schema';
import { itemImagePanel, removeItemImage, setItemImage } from './item-images.admin';
import { actorOf, orRefused, pathId, problemOf } from '../http';
import { can } from '../accounts/permissions';
import { l } from '$lib/i18n';

/**
 * The panel's data (null for an item not saved yet, and for someone who may edit the item but
 * not choose its image: a contributor's draft gets its picture from the editor who approves
 * it); `?bildesok=` searches the choices.
 */
export async function loadImagePanel(
	locals: App.Locals,
	kind: ImageKind,
	id: number | null,
	url: URL
) {
	const q = url.searchParams.get('bildesok')?.slice(0, 100) ?? '';
	// Events: whoever runs the event (the service asks); the rest: the editors.
	if (kind !== 'arrangement' && !can.editContent(actorOf(locals))) return null;
	const panel = await orRefused(() => itemImagePanel(actorOf(locals), kind, id, q));
	return panel && { ...panel, saved: url.searchParams.get('bilde') };
}

export type ImagePanelValues = {
	fileId: string;
	alt: string;
	decorative: boolean;
	caption: string;
	credit: string;
	focusX: string;
	focusY: string;
};

const text = (data: FormData, name: string, max = 1000) =>
	String(data.get(name) ?? '').slice(0, max);

/** A whole number from a form field ('' → null; anything else not a number → NaN, refused). */
const intOf = (s: string) =>
	s.trim() === '' ? null : /^\d{1,3}$/.test(s.trim()) ? Number(s) : NaN;

interface PanelEvent {
	request: Request;
	params: Partial<Record<string, string>>;
	locals: App.Locals;
	url: URL;
}

/** `?/bilde` and `?/fjernBilde` for the edit page of one kind at `/admin/<area>/<id>`. */
export function imagePanelActions(kind: ImageKind, notFound: Parameters<typeof pathId>[1]) {
	const back = (url: URL, saved: string) =>
		`${l(url.pathname.replace(/^\/(nn|en)(?=\/)/, ''))}?bilde=${saved}#hovedbilde`;
	return {
		bilde: async ({ request, params, locals, url }: PanelEvent) => {
			const id = pathId(params.id ?? '', notFound);
			const data = await request.formData();
			const values: ImagePanelValues = {
				fileId: text(data, 'fileId', 12),
				alt: text(data, 'alt'),
				decorative: data.get('decorative') === 'on',
				caption: text(data, 'caption'),
				credit: text(data, 'credit'),
				focusX: text(data, 'focusX', 12),
				focusY: text(data, 'focusY', 12)
			};
			const fileId = /^\d{1,9}$/.test(values.fileId) ? Number(values.fileId) : null;
			try {
				await setItemImage(actorOf(locals), kind, id, {
					fileId,
					alt: values.alt,
					decorative: values.decorative,
					caption: values.caption,
					credit: values.credit,
					focusX: intOf(values.focusX),
					focusY: intOf(values.focusY)
				});
			} catch (e) {
				const p = problemOf(e);
				return fail(p.status, {
					imageForm: { values, errors: { [p.field ?? 'fileId']: [p.text] } }
				});
			}
			redirect(303, back(url, 'lagret'));
		},
		fjernBilde: async ({ params, locals, url }: PanelEvent) => {
			const id = pathId(params.id ?? '', notFound);
			try {
				await removeItemImage(actorOf(locals), kind, id);
			} catch (e) {
				const p = problemOf(e);
				return fail(p.status, {
					imageForm: { values: null, errors: { fileId: [p.text] } }
				});
			}
			redirect(303, back(url, 'fjernet'));
		}
	};
}
