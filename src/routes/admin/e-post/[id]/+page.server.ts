import { getMessage, retryMessage } from '$lib/server/mail/outbox.service';
import { actorOf, notFoundPage, orRefused, pathId } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

const idOf = (p: string) => pathId(p, 'problems.pages.email');

export const load: PageServerLoad = async ({ params, locals }) => {
	const msg = await orRefused(() => getMessage(actorOf(locals), idOf(params.id)));
	if (!msg) notFoundPage('problems.pages.email');
	const { html: _html, ...rest } = msg;
	return {
		msg: {
			...rest,
			attachments: msg.attachments.map((a) => ({
				filename: a.filename,
				contentType: a.contentType
			}))
		}
	};
};

export const actions: Actions = {
	provIgjen: async ({ params, locals }) => {
		const requeued = await orRefused(() => retryMessage(actorOf(locals), idOf(params.id)));
		return {
			notice: requeued
				? 'E-posten er lagt i kø igjen.'
				: 'E-posten har ikke feilet, så den er ikke sendt på nytt.'
		};
	}
};
