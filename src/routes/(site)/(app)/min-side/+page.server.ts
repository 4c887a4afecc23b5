import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { changePasswordSchema, deleteAccountSchema, profileSchema } from '$lib/forms/account';
import {
	accountDeletionEffects,
	changePassword,
	deleteOwnAccount,
	getUser,
	updateProfile
} from '$lib/server/accounts/users.service';
import {
	deleteSessionCookie,
	invalidateSession,
	invalidateUserSessions,
	listSessions
} from '$lib/server/accounts/sessions';
import { failWith } from '$lib/server/http';
import { normaliseEmail } from '$lib/server/accounts/passwords';
import { requireRecentSignIn } from '$lib/server/accounts/step-up';
import { municipalities } from '$lib/server/geo/schema';
import { db } from '$lib/server/db/client';
import { inArray } from 'drizzle-orm';
import { applicationsOfPerson } from '$lib/server/programmes/applications.service';
import { accountLanguage, chooseLanguage } from '$lib/server/accounts/language';
import { l, m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

function actorOf(locals: App.Locals) {
	if (!locals.user || !locals.session) redirect(303, l(`/logg-inn?neste=${l('/min-side')}`));
	return { user: locals.user, session: locals.session };
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user, session } = actorOf(locals);
	const details = await getUser(user, user.id);
	const sessions = await listSessions(user.id);
	const numbers = user.memberships.map((m) => m.municipalityNumber);
	const names = numbers.length
		? await db.select().from(municipalities).where(inArray(municipalities.number, numbers))
		: [];
	return {
		applications: await applicationsOfPerson(user),
		profile: await superValidate(
			{ name: user.name, email: user.email, organisation: user.organisation },
			zod4(profileSchema),
			{
				id: 'profil',
				errors: false
			}
		),
		password: await superValidate(zod4(changePasswordSchema), { id: 'passord' }),
		deletion: await superValidate(zod4(deleteAccountSchema), { id: 'slett' }),
		hasPassword: Boolean(details?.user.passwordHash),
		roles: {
			global: user.globalRole,
			chapters: details?.chapters ?? [],
			memberships: user.memberships.map((m) => ({
				...m,
				name: names.find((n) => n.number === m.municipalityNumber)?.name ?? m.municipalityNumber
			}))
		},
		sessions: sessions
			.map((s) => ({
				id: s.id.slice(0, 8),
				device: s.device,
				lastSeenAt: s.lastSeenAt,
				createdAt: s.createdAt,
				current: s.id === session.id
			}))
			.reverse(),
		deletionEffects: accountDeletionEffects(),
		language: await accountLanguage(user),
		notice:
			url.searchParams.get('passord') === 'endret'
				? m.app.mine.passwordChanged
				: url.searchParams.get('velkommen')
					? m.app.mine.welcome
					: null
	};
};

export const actions: Actions = {
	profil: async (event) => {
		const { user } = actorOf(event.locals);
		const form = await superValidate(event.request, zod4(profileSchema), { id: 'profil' });
		if (!form.valid) return fail(400, { profile: form });
		// A new e-mail address is a new way into the account: confirm it is really you.
		if (normaliseEmail(form.data.email) !== user.email)
			requireRecentSignIn(event.locals, '/min-side');
		try {
			await updateProfile(user, form.data);
		} catch (e) {
			return failWith(form, e);
		}
		return message(form, m.app.mine.saved);
	},
	sprak: async ({ request, locals }) => {
		const { user } = actorOf(locals);
		const chosen = await chooseLanguage(user, (await request.formData()).get('lang'));
		if (!chosen) return fail(400, { language: { error: m.mail.language.invalid } });
		return { language: { saved: true } };
	},
	passord: async ({ request, locals }) => {
		const { user, session } = actorOf(locals);
		const form = await superValidate(request, zod4(changePasswordSchema), { id: 'passord' });
		const { current, password } = form.data;
		form.data.current = '';
		form.data.password = '';
		form.data.confirm = '';
		if (!form.valid) return fail(400, { password: form });
		try {
			await changePassword(user, current, password, session.id);
		} catch (e) {
			return failWith(form, e);
		}
		return message(form, m.app.mine.passwordChangedOthers);
	},
	loggUtAndre: async ({ locals }) => {
		const { user, session } = actorOf(locals);
		await invalidateUserSessions(user.id, session.id);
		return { sessionsMessage: m.app.mine.signedOutOthers };
	},
	loggUtEnhet: async ({ locals, request }) => {
		const { user, session } = actorOf(locals);
		const prefix = String((await request.formData()).get('okt') ?? '');
		const target = (await listSessions(user.id)).find(
			(s) => s.id.startsWith(prefix) && prefix.length === 8
		);
		if (target && target.id !== session.id) await invalidateSession(target.id);
		return {
			sessionsMessage: target ? m.app.mine.deviceSignedOut : m.app.mine.sessionNotFound
		};
	},
	slett: async ({ request, locals, cookies }) => {
		const { user } = actorOf(locals);
		const form = await superValidate(request, zod4(deleteAccountSchema), { id: 'slett' });
		const password = form.data.password;
		form.data.password = '';
		if (!form.valid) return fail(400, { deletion: form });
		try {
			await deleteOwnAccount(user, password);
		} catch (e) {
			return failWith(form, e);
		}
		deleteSessionCookie(cookies);
		redirect(303, l('/?konto=slettet'));
	}
};
