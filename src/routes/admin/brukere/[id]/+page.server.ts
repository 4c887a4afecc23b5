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
import { l, m } from '$lib/i18n';
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
		requireRecentSignIn(locals, l(`/admin/brukere/${params.id}`));
		const role = String((await request.formData()).get('globalRole') ?? '');
		if (!['', 'admin', 'redaktor', 'bidragsyter'].includes(role))
			return fail(400, { problem: m.problems.accounts.roleUnknown });
		return attempt(
			() =>
				setGlobalRole(
					actorOf(locals),
					idOf(params.id),
					(role || null) as 'admin' | 'redaktor' | 'bidragsyter' | null
				),
			m.admin.users.roleChanged
		);
	},
	leggTilFylke: async ({ request, params, locals }) => {
		requireRecentSignIn(locals, l(`/admin/brukere/${params.id}`));
		const chapterId = idFrom((await request.formData()).get('chapterId'));
		if (!chapterId) return fail(400, { problem: m.problems.forms.chapterChoose });
		return attempt(
			() => addScopedRole(actorOf(locals), idOf(params.id), { kind: 'fylkesleder', chapterId }),
			m.admin.users.roleAdded
		);
	},
	fjernFylke: async ({ request, params, locals }) => {
		requireRecentSignIn(locals, l(`/admin/brukere/${params.id}`));
		const chapterId = idFrom((await request.formData()).get('chapterId'));
		if (!chapterId) return fail(400, { problem: m.problems.accounts.chapterUnknown });
		return attempt(
			() => removeChapterRole(actorOf(locals), idOf(params.id), chapterId),
			m.admin.users.roleRemoved
		);
	},
	fjernKommune: async ({ request, params, locals }) => {
		requireRecentSignIn(locals, l(`/admin/brukere/${params.id}`));
		const number = String((await request.formData()).get('kommune') ?? '');
		if (!/^\d{4}$/.test(number))
			return fail(400, { problem: m.problems.accounts.municipalityUnknown });
		return attempt(
			() => removeMembership(actorOf(locals), idOf(params.id), number),
			m.admin.users.membershipRemoved
		);
	},
	deaktiver: async ({ params, locals }) =>
		attempt(() => setActive(actorOf(locals), idOf(params.id), false), m.admin.users.deactivated_),
	aktiver: async ({ params, locals }) =>
		attempt(() => setActive(actorOf(locals), idOf(params.id), true), m.admin.users.activated),
	loggUt: async ({ params, locals }) =>
		attempt(() => signOutUserEverywhere(actorOf(locals), idOf(params.id)), m.admin.users.signedOut)
};
