import { redirect } from '@sveltejs/kit';
import { faqTopics, getFaq, listFaqAdmin, moveFaq } from '$lib/server/content/faq.admin';
import { runMove } from '$lib/server/content/desk';
import { actorOf, idFrom, orRefused } from '$lib/server/http';
import { l } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const actor = actorOf(locals);
	const q = url.searchParams.get('q')?.slice(0, 100) ?? '';
	const topic = url.searchParams.get('emne')?.slice(0, 100) ?? '';
	const movedId = idFrom(url.searchParams.get('flyttet'));
	const moved = movedId ? await orRefused(() => getFaq(actor, movedId)) : null;
	return {
		groups: await orRefused(() => listFaqAdmin(actor, { q, topic })),
		topics: await faqTopics(),
		q,
		topic,
		deleted: url.searchParams.has('slettet'),
		moved: moved && {
			title: moved.question,
			direction: url.searchParams.get('retning') === 'ned' ? 'ned' : 'opp'
		}
	};
};

export const actions: Actions = {
	flytt: async ({ request, locals }) => {
		const moved = await runMove(request, (id, d) => moveFaq(actorOf(locals), id, d));
		if ('failure' in moved) return moved.failure;
		redirect(303, l(`/admin/sporsmal?flyttet=${moved.id}&retning=${moved.direction}`));
	}
};
