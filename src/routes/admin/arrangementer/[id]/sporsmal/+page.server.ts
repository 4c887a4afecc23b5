import { redirect } from '@sveltejs/kit';
import { managedEvent } from '$lib/server/events/events.admin';
import { deleteQuestion, moveQuestion } from '$lib/server/events/questions.admin';
import { questionsOf } from '$lib/server/events/registration/target';
import { seatCounts } from '$lib/server/events/registration/seats';
import { eventIdParam, numberParam, orError } from '$lib/server/events/route-helpers';
import { actionProblem } from '$lib/server/http';
import { l } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const id = eventIdParam(params.id)!;
	const ev = await orError(managedEvent(locals.user!, id));
	const counts = await seatCounts(id);
	return {
		event: { id: ev.id, title: ev.title },
		questions: await questionsOf(id),
		answered: counts.confirmed + counts.waitlisted + counts.cancelled,
		saved: url.searchParams.get('lagret')
	};
};

async function run(p: Promise<unknown>) {
	try {
		await orError(p);
	} catch (e) {
		return actionProblem(e);
	}
	return null;
}

export const actions: Actions = {
	flytt: async ({ request, params, locals }) => {
		const id = eventIdParam(params.id)!;
		const fd = await request.formData();
		const direction = fd.get('retning') === 'opp' ? 'opp' : 'ned';
		const failed = await run(
			moveQuestion(
				locals.user!,
				id,
				numberParam(String(fd.get('id')), 'problems.pages.question'),
				direction
			)
		);
		if (failed) return failed;
		redirect(303, l(`/admin/arrangementer/${id}/sporsmal?lagret=flyttet`));
	},
	slett: async ({ request, params, locals }) => {
		const id = eventIdParam(params.id)!;
		const fd = await request.formData();
		const failed = await run(
			deleteQuestion(
				locals.user!,
				id,
				numberParam(String(fd.get('sporsmal')), 'problems.pages.question')
			)
		);
		if (failed) return failed;
		redirect(303, l(`/admin/arrangementer/${id}/sporsmal?lagret=slettet`));
	}
};
