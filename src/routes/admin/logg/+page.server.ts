import { listAudit } from '$lib/server/accounts/audit';
import { osloAt } from '$lib/i18n';
import { actorOf, orRefused } from '$lib/server/http';
import type { PageServerLoad } from './$types';

const dateParam = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '');

export const load: PageServerLoad = async ({ url, locals }) => {
	const p = url.searchParams;
	const filter = {
		q: p.get('q')?.slice(0, 100) ?? '',
		actor: p.get('hvem')?.slice(0, 100) ?? '',
		entityType: p.get('type')?.slice(0, 40) ?? '',
		from: dateParam(p.get('fra')),
		to: dateParam(p.get('til'))
	};
	const page = /^\d{1,5}$/.test(p.get('side') ?? '') ? Number(p.get('side')) : 1;
	const toDate = filter.to ? osloAt(filter.to) : null;
	const result = await orRefused(() =>
		listAudit(actorOf(locals), {
			...filter,
			from: filter.from ? osloAt(filter.from) : null,
			to: toDate ? new Date(toDate.getTime() + 24 * 60 * 60_000) : null,
			page
		})
	);
	return { ...result, filter };
};
