import { listApplications } from '$lib/server/programmes/review.service';
import { chapterNames } from '$lib/server/programmes/calls.service';
import { orNotFound, managedProgramme } from '$lib/server/programmes/route-kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const programme = await managedProgramme(locals.user, params.slug);
	const get = (k: string, max = 100) => (url.searchParams.get(k) ?? '').slice(0, max);
	const filter = {
		status: get('status'),
		decision: get('vedtak'),
		chapter: get('avdeling'),
		q: get('q')
	};
	const page = /^\d{1,5}$/.test(url.searchParams.get('side') ?? '')
		? Number(url.searchParams.get('side'))
		: 1;
	const list = await orNotFound(() =>
		listApplications(locals.user!, programme, { ...filter, page })
	);
	const chapters = await chapterNames();
	return {
		programme: { slug: programme.slug, name: programme.name },
		filter,
		chapters: Object.entries(chapters).map(([value, label]) => ({ value, label })),
		call: list.call && { title: list.call.title, places: list.call.places },
		admitted: list.admitted,
		total: list.total,
		page: list.page,
		pages: list.pages,
		rows: list.rows.map((a) => ({
			id: a.id,
			status: a.status,
			decision: a.decision,
			submittedAt: a.submittedAt,
			municipalities: a.municipalities.map((x) => `${x.name} (${x.countyName})`),
			average: a.average
		}))
	};
};
