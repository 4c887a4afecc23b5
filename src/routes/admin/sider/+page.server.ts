import { redirect } from '@sveltejs/kit';
import { getPage, listPagesAdmin, movePage } from '$lib/server/content/pages.admin';
import { runMove } from '$lib/server/content/desk';
import { actorOf, idFrom, orRefused } from '$lib/server/http';
import { l } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const actor = actorOf(locals);
	const q = url.searchParams.get('q')?.slice(0, 100) ?? '';
	const status = url.searchParams.get('status') ?? '';
	const movedId = idFrom(url.searchParams.get('flyttet'));
	const moved = movedId ? await orRefused(() => getPage(actor, movedId)) : null;
	return {
		...(await orRefused(() => listPagesAdmin(actor, { q, status }))),
		q,
		status,
		deleted: url.searchParams.has('slettet'),
		moved: moved && {
			id: moved.id,
			title: moved.title,
			direction: url.searchParams.get('retning') === 'ned' ? 'ned' : 'opp'
		}
	};
};

export const actions: Actions = {
	flytt: async ({ request, locals }) => {
		const moved = await runMove(request, (id, direction) =>
			movePage(actorOf(locals), id, direction)
		);
		if ('failure' in moved) return moved.failure;
		redirect(
			303,
			l(`/admin/sider?flyttet=${moved.id}&retning=${moved.direction}#side-${moved.id}`)
		);
	}
};
