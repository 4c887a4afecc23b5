import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { inviteSchema } from '$lib/forms/account';
import {
	inviteUser,
	listUsers,
	pendingInvitations,
	type GrantedRole
} from '$lib/server/accounts/users.service';
import { chapterOptions, municipalityOptions } from '$lib/server/geo/geo.service';
import { actorOf, failWith, orRefused } from '$lib/server/http';
import { m, t } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const q = url.searchParams.get('q')?.slice(0, 100) ?? '';
	const page = /^\d{1,5}$/.test(url.searchParams.get('side') ?? '')
		? Number(url.searchParams.get('side'))
		: 1;
	const [list, invitations, chapters, municipalities] = await orRefused(() =>
		Promise.all([
			listUsers(actorOf(locals), { q, page }),
			pendingInvitations(actorOf(locals)),
			chapterOptions(),
			municipalityOptions()
		])
	);
	return {
		users: list.users,
		total: list.total,
		page: list.page,
		pages: list.pages,
		invitations,
		chapters,
		municipalities,
		q,
		form: await superValidate(zod4(inviteSchema))
	};
};

export const actions: Actions = {
	inviter: async ({ request, locals }) => {
		const form = await superValidate(request, zod4(inviteSchema));
		if (!form.valid) return fail(400, { form });
		const d = form.data;
		const role: GrantedRole =
			d.role === 'fylkesleder'
				? { kind: 'fylkesleder', chapterId: Number(d.chapterId) }
				: d.role === 'koordinator' || d.role === 'medlem'
					? { kind: 'kommune', municipalityNumber: d.municipalityNumber, role: d.role }
					: { kind: d.role };
		try {
			await inviteUser(actorOf(locals), { email: d.email, role });
		} catch (e) {
			return failWith(form, e);
		}
		return message(form, t(m.admin.users.invited, { email: d.email }));
	}
};
