import { error } from '@sveltejs/kit';
import { listOutbox } from '$lib/server/mail/outbox.service';
import { config } from '$lib/server/config';
import { ServiceError } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const to = url.searchParams.get('til')?.slice(0, 200) ?? '';
	const status = url.searchParams.get('status') ?? '';
	const page = /^\d{1,5}$/.test(url.searchParams.get('side') ?? '')
		? Number(url.searchParams.get('side'))
		: 1;
	return {
		...(await listOutbox(locals.user!, { to, status, page }).catch(forbidden)),
		filter: { to, status },
		smtp: Boolean(config.smtpUrl)
	};
};

function forbidden(e: unknown): never {
	if (e instanceof ServiceError && e.code === 'forbidden') error(403, e.message);
	throw e;
}
