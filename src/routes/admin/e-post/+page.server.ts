import { listOutbox } from '$lib/server/mail/outbox.service';
import { config } from '$lib/server/config';
import { actorOf, orRefused } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const to = url.searchParams.get('til')?.slice(0, 200) ?? '';
	const status = url.searchParams.get('status') ?? '';
	const page = /^\d{1,5}$/.test(url.searchParams.get('side') ?? '')
		? Number(url.searchParams.get('side'))
		: 1;
	return {
		...(await orRefused(() => listOutbox(actorOf(locals), { to, status, page }))),
		filter: { to, status },
		smtp: Boolean(config.smtpUrl)
	};
};
