import { fail } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { invitationSchema } from '$lib/forms/account';
import { acceptInvitation, invitationFor } from '$lib/server/accounts/users.service';
import { finishSignIn } from '$lib/server/accounts/sign-in-redirect';
import { device, failWith, noStore } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';
import { l, m } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	noStore(event);
	const invitation = await invitationFor(event.params.token);
	return { invitation, form: await superValidate(zod4(invitationSchema)) };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await superValidate(event.request, zod4(invitationSchema));
		const { password, confirm } = form.data;
		form.data.password = '';
		form.data.confirm = '';
		if (!form.valid) return fail(400, { form });
		const invitation = await invitationFor(event.params.token);
		if (!invitation) return setError(form, '', m.pub.auth.invitation.invalidShort, { status: 400 });
		if (!invitation.existingName) {
			if (password.length < 10)
				return setError(form, 'password', m.pub.auth.invitation.passwordShort);
			if (password !== confirm) return setError(form, 'confirm', m.pub.auth.invitation.mismatch);
		}
		let result: Awaited<ReturnType<typeof acceptInvitation>>;
		try {
			result = await acceptInvitation(
				event.params.token,
				{ name: form.data.name, password: invitation.existingName ? '' : password },
				device(event)
			);
			if (!result) return setError(form, '', m.pub.auth.invitation.invalidShort, { status: 400 });
		} catch (e) {
			return failWith(form, e);
		}
		return finishSignIn(event.cookies, result, l('/min-side?velkommen=1'));
	}
};
