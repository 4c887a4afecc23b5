import { fail } from '@sveltejs/kit';
import {
	addScopedRole,
	getUser,
	removeChapterRole,
	removeMembership,
	setActive,
	setGlobalRole,
	signOutUserEverywhere
} from '$lib/server/accounts/users.service';
import { actorOf, attempt, idFrom, notFoundPage, orRefused } from '$lib/server/http';
import { chapterOptions } from '$lib/server/geo/geo.service';
import { requireRecentSignIn } from '$lib/server/accounts/step-up';
import type { Actions, PageServerLoad } from './$types';

const idOf = (param: string) => idFrom(param) ?? notFoundPage('problems.pages.user');

export const load: PageServerLoad = async ({ params, locals }) => {
	const details = await orRefused(() => getUser(actorOf(locals), idOf(params.id)));
	if (!details) notFoundPage('problems.pages.user');
	return {
		user: {
			id: details.user.id,
			name: details.user.name,
			email: details.user.email,
			organisation: details.user.organisation,
			globalRole: details.user.globalRole,
			isActive: details.user.isActive,
			createdAt: details.user.createdAt,
			lastLoginAt: details.user.lastLoginAt
		},
		chapters: details.chapters,
		memberships: details.memberships,
		sessions: details.sessions,
		chapterOptions: await chapterOptions()
	};
};

export const actions: Actions = {
	rolle: async ({ request, params, locals }) => {
		requireRecentSignIn(locals, `/admin/brukere/${params.id}`);
		const role = String((await request.formData()).get('globalRole') ?? '');
		if (!['', 'admin', 'redaktor'].includes(role)) return fail(400, { problem: 'Ukjent rolle' });
		return attempt(
			() =>
				setGlobalRole(
					actorOf(locals),
					idOf(params.id),
					(role || null) as 'admin' | 'redaktor' | null
				),
			'Rollen er endret.'
		);
	},
	leggTilFylke: async ({ request, params, locals }) => {
		requireRecentSignIn(locals, `/admin/brukere/${params.id}`);
		const chapterId = idFrom((await request.formData()).get('chapterId'));
		if (!chapterId) return fail(400, { problem: 'Velg fylkesavdeling' });
		return attempt(
			() => addScopedRole(actorOf(locals), idOf(params.id), { kind: 'fylkesleder', chapterId }),
			'Rollen er lagt til.'
		);
	},
	fjernFylke: async ({ request, params, locals }) => {
		requireRecentSignIn(locals, `/admin/brukere/${params.id}`);
		const chapterId = idFrom((await request.formData()).get('chapterId'));
		if (!chapterId) return fail(400, { problem: 'Ukjent fylkesavdeling' });
		return attempt(
			() => removeChapterRole(actorOf(locals), idOf(params.id), chapterId),
			'Rollen er fjernet.'
		);
	},
	fjernKommune: async ({ request, params, locals }) => {
		requireRecentSignIn(locals, `/admin/brukere/${params.id}`);
		const number = String((await request.formData()).get('kommune') ?? '');
		if (!/^\d{4}$/.test(number)) return fail(400, { problem: 'Ukjent kommune' });
		return attempt(
			() => removeMembership(actorOf(locals), idOf(params.id), number),
			'Fjernet fra kommunegruppen.'
		);
	},
	deaktiver: async ({ params, locals }) =>
		attempt(
			() => setActive(actorOf(locals), idOf(params.id), false),
			'Brukeren er deaktivert og logget ut.'
		),
	aktiver: async ({ params, locals }) =>
		attempt(() => setActive(actorOf(locals), idOf(params.id), true), 'Brukeren er aktivert.'),
	loggUt: async ({ params, locals }) =>
		attempt(
			() => signOutUserEverywhere(actorOf(locals), idOf(params.id)),
			'Brukeren er logget ut på alle enheter.'
		)
};
