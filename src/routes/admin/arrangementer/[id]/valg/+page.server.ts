import { fail, redirect } from '@sveltejs/kit';
import {
	addOption,
	deleteOption,
	eventOptionsAdmin,
	moveOption,
	updateOption
} from '$lib/server/events/options.admin';
import { eventIdParam, numberParam, orError } from '$lib/server/events/route-helpers';
import { actionProblem, problemOf } from '$lib/server/http';
import { l } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const id = eventIdParam(params.id)!;
	const { event, options } = await orError(eventOptionsAdmin(locals.user!, id));
	return {
		event: { id: event.id, title: event.title },
		options,
		saved: url.searchParams.get('lagret')
	};
};

const optionParam = (v: FormDataEntryValue | null) =>
	numberParam(String(v ?? ''), 'eventOptions.problems.notFound');

/** One option's form (or the new one's), with what was typed and the problem beside its field. */
async function save(
	fd: FormData,
	which: number | 'ny',
	run: (input: { name: string; capacity: string }) => Promise<unknown>
) {
	const values = { name: String(fd.get('name') ?? ''), capacity: String(fd.get('capacity') ?? '') };
	try {
		await orError(run(values));
	} catch (e) {
		const p = problemOf(e);
		return fail(p.status, {
			option: which,
			values,
			errors: p.field ? { [p.field]: [p.text] } : {},
			problem: p.field ? null : p.text
		});
	}
	return null;
}

export const actions: Actions = {
	ny: async ({ request, params, locals }) => {
		const id = eventIdParam(params.id)!;
		const failed = await save(await request.formData(), 'ny', (input) =>
			addOption(locals.user!, id, input)
		);
		if (failed) return failed;
		redirect(303, l(`/admin/arrangementer/${id}/valg?lagret=lagt-til`));
	},
	lagre: async ({ request, params, locals }) => {
		const id = eventIdParam(params.id)!;
		const fd = await request.formData();
		const optionId = optionParam(fd.get('valg'));
		const failed = await save(fd, optionId, (input) =>
			updateOption(locals.user!, id, optionId, input)
		);
		if (failed) return failed;
		redirect(303, l(`/admin/arrangementer/${id}/valg?lagret=lagret`));
	},
	flytt: async ({ request, params, locals }) => {
		const id = eventIdParam(params.id)!;
		const fd = await request.formData();
		try {
			await orError(
				moveOption(
					locals.user!,
					id,
					optionParam(fd.get('id')),
					fd.get('retning') === 'opp' ? 'opp' : 'ned'
				)
			);
		} catch (e) {
			return actionProblem(e);
		}
		redirect(303, l(`/admin/arrangementer/${id}/valg?lagret=flyttet`));
	},
	slett: async ({ request, params, locals }) => {
		const id = eventIdParam(params.id)!;
		const fd = await request.formData();
		try {
			await orError(deleteOption(locals.user!, id, optionParam(fd.get('valg'))));
		} catch (e) {
			return actionProblem(e);
		}
		redirect(303, l(`/admin/arrangementer/${id}/valg?lagret=slettet`));
	}
};
