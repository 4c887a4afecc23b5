import { error, fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { codeSchema } from '$lib/forms/second-factor';
import {
	beginTotpEnrolment,
	confirmTotpEnrolment,
	recentlyAuthenticated,
	regenerateRecoveryCodes,
	removeTotp,
	totpStatus
} from '$lib/server/accounts/second-factor';
import { deletePasskey, listPasskeys } from '$lib/server/accounts/passkeys.service';
import { requireRecentSignIn, stepUpUrl } from '$lib/server/accounts/step-up';
import { listProviderLinks, unlinkProvider } from '$lib/server/accounts/providers.service';
import { isStaff } from '$lib/server/accounts/permissions';
import { actionProblem, failWith, idFrom } from '$lib/server/http';
import { l, m, t } from '$lib/i18n';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const PAGE = '/min-side/sikkerhet';

function signedIn(event: Pick<RequestEvent, 'locals'>) {
	const { user, session } = event.locals;
	if (!user || !session) redirect(303, l(`/logg-inn?neste=${l(PAGE)}`));
	return { user, session };
}

/** Every change here needs a recent sign-in or confirmation (step-up). */
function confirmed(event: RequestEvent) {
	const who = signedIn(event);
	requireRecentSignIn(event.locals, l(PAGE));
	return who;
}

// Never cached: the (app) layout says so.
export const load: PageServerLoad = async (event) => {
	const { user, session } = signedIn(event);
	const status = await totpStatus(user.id);
	const settingUp = event.url.searchParams.get('oppsett') === '1' && !status.enabled;
	if (settingUp && !recentlyAuthenticated(session))
		redirect(303, l(stepUpUrl(l(`${PAGE}?oppsett=1`))));
	return {
		status,
		staff: isStaff(user),
		passkeys: await listPasskeys(user.id),
		providerLinks: await listProviderLinks(user),
		enrolment: settingUp ? await beginTotpEnrolment(user) : null,
		form: await superValidate(zod4(codeSchema))
	};
};

export const actions: Actions = {
	aktiver: async (event) => {
		const { user, session } = confirmed(event);
		const form = await superValidate(event.request, zod4(codeSchema));
		if (!form.valid) return fail(400, { form });
		try {
			const codes = await confirmTotpEnrolment(user, form.data.code, session.id);
			return { form, codes, notice: m.mfa.enabled };
		} catch (e) {
			form.data.code = '';
			return failWith(form, e);
		}
	},
	nyeKoder: async (event) => {
		const { user } = confirmed(event);
		try {
			return { codes: await regenerateRecoveryCodes(user), notice: m.mfa.recoveryRegenerated };
		} catch (e) {
			return actionProblem(e);
		}
	},
	slaAv: async (event) => {
		const { user } = confirmed(event);
		try {
			await removeTotp(user, { staff: isStaff(user), replace: false });
		} catch (e) {
			return actionProblem(e);
		}
		return { notice: m.mfa.appRemoved };
	},
	bytt: async (event) => {
		const { user } = confirmed(event);
		await removeTotp(user, { staff: isStaff(user), replace: true });
		redirect(303, l(`${PAGE}?oppsett=1`));
	},
	slettPasskey: async (event) => {
		const { user } = confirmed(event);
		const id = (await event.request.formData()).get('id');
		if (typeof id !== 'string' || id.length > 1400) error(404, m.mfa.passkeyUnknown);
		try {
			await deletePasskey(user, id);
		} catch (e) {
			return actionProblem(e);
		}
		return { notice: m.mfa.passkeyDeleted };
	},
	kobleFra: async (event) => {
		const { user } = confirmed(event);
		const id = idFrom((await event.request.formData()).get('id'));
		if (id === null) error(404, m.signInProviders.unknownLink);
		const name = (await listProviderLinks(user)).find((p) => p.id === id)?.name ?? '';
		try {
			await unlinkProvider(user, id);
		} catch (e) {
			return actionProblem(e);
		}
		return { notice: t(m.signInProviders.mine.unlinked, { provider: name }) };
	}
};
