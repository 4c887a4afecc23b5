import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { eventSchema } from '$lib/forms/events';
import {
	chapterOptions,
	copyEvent,
	deleteEvent,
	eventToForm,
	createEvent,
	managedEvent,
	publishEvent,
	unpublishEvent,
	updateEvent
} from '$lib/server/events/events.admin';
import { seatCounts } from '$lib/server/events/registration/seats';
import { previewChangeNotice, sendTestChangeNotice } from '$lib/server/events/change-notice';
import { eventIdParam, orError } from '$lib/server/events/route-helpers';
import { EditConflictError } from '$lib/server/content/editing';
import { generateToken } from '$lib/server/accounts/tokens';
import { actionProblem, failWith } from '$lib/server/http';
import { eventProgrammeOptions } from '$lib/server/programmes/programmes.admin';
import { l } from '$lib/i18n';
import { editorTranslations } from '$lib/server/content/desk';
import { imagePanelActions, loadImagePanel } from '$lib/server/content/image-panel';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const actor = locals.user!;
	const id = eventIdParam(params.id, true);
	const row = id === null ? null : await orError(managedEvent(actor, id));
	const options = await orError(chapterOptions(actor));
	const initial = eventToForm(row);
	if (!row) {
		initial.creationKey = generateToken();
		// A chapter leader's event belongs to their chapter.
		if (!options.national && options.chapters.length === 1)
			initial.chapterId = String(options.chapters[0].id);
		// «Ny samling» from a programme's page.
		const programme = url.searchParams.get('program') ?? '';
		if (/^\d{1,9}$/.test(programme)) initial.programmeId = programme;
	}
	const form = await superValidate(initial, zod4(eventSchema), { errors: false });
	return {
		form,
		item: row && {
			id: row.id,
			slug: row.slug,
			status: row.status,
			version: row.version,
			publishedAt: row.publishedAt,
			cancelledAt: row.cancelledAt,
			endsAt: row.endsAt
		},
		counts: row ? await seatCounts(row.id) : null,
		imagePanel: await loadImagePanel(locals, 'arrangement', row?.id ?? null, url),
		translations: await editorTranslations(actor, 'arrangement', row?.id ?? null),
		chapters: options,
		programmes: await eventProgrammeOptions(actor, row?.programmeId ?? null),
		saved: url.searchParams.get('lagret'),
		notified: Number(url.searchParams.get('varslet') ?? 0) || 0,
		promoted: Number(url.searchParams.get('plass') ?? 0) || 0,
		unnotified: url.searchParams.has('uvarslet'),
		copied: url.searchParams.has('kopi')
	};
};

export const actions: Actions = {
	...imagePanelActions('arrangement', 'problems.pages.event'),
	lagre: async ({ request, params, locals }) => {
		const id = eventIdParam(params.id, true);
		const form = await superValidate(request, zod4(eventSchema));
		if (!form.valid) return fail(400, { form });
		let quiet = false;
		let result;
		try {
			const actor = locals.user!;
			const notice = form.data.notice;
			// From the confirmation step: the button that led there, not the step's own.
			const intent = notice ? (form.data.noticeIntent ?? 'lagre') : form.data.intent;
			form.data.intent = intent;
			// A change participants are told of goes through a confirmation step first: the
			// notice as they will get it, a test to oneself, save with or without telling.
			if (id !== null && intent !== 'avpubliser' && notice !== 'varsle' && notice !== 'uten') {
				const change = intent === 'publiser' ? 'publish' : 'keep';
				const preview = await orError(previewChangeNotice(actor, id, form.data, change));
				if (preview) {
					const testSentTo =
						notice === 'test'
							? await orError(sendTestChangeNotice(actor, id, form.data, change))
							: null;
					form.data.notice = undefined;
					form.data.noticeIntent = intent;
					return { form, notice: preview, testSentTo };
				}
			}
			const choice = { notify: notice !== 'uten' };
			result = await orError(
				id === null
					? createEvent(actor, form.data, { publish: intent === 'publiser' })
					: intent === 'publiser'
						? publishEvent(actor, id, form.data, choice)
						: intent === 'avpubliser'
							? unpublishEvent(actor, id, form.data)
							: updateEvent(actor, id, form.data, choice)
			);
			if (notice === 'uten') quiet = true;
		} catch (e) {
			if (e instanceof EditConflictError) {
				form.data.version = e.currentVersion;
				form.message = e.message;
				return fail(409, { form });
			}
			return failWith(form, e);
		}
		const extra = [
			result.notified ? `varslet=${result.notified}` : '',
			result.promoted ? `plass=${result.promoted}` : '',
			quiet ? 'uvarslet=1' : ''
		]
			.filter(Boolean)
			.join('&');
		redirect(
			303,
			l(`/admin/arrangementer/${result.id}?lagret=${form.data.intent}${extra ? `&${extra}` : ''}`)
		);
	},
	kopier: async ({ params, locals }) => {
		const id = eventIdParam(params.id);
		const copy = await orError(copyEvent(locals.user!, id!));
		redirect(303, l(`/admin/arrangementer/${copy}?kopi=1`));
	},
	slett: async ({ request, params, locals }) => {
		const id = eventIdParam(params.id);
		const version = Number((await request.formData()).get('version'));
		try {
			await orError(deleteEvent(locals.user!, id!, version));
		} catch (e) {
			return actionProblem(e);
		}
		redirect(303, l('/admin/arrangementer?slettet=1'));
	}
};
