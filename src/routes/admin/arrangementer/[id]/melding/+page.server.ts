import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { messageSchema } from '$lib/forms/events';
import { managedEvent } from '$lib/server/events/events.admin';
import { listMessages, messageParticipants } from '$lib/server/events/participants.admin';
import { seatCounts } from '$lib/server/events/registration/seats';
import { previewMessage, sendTestMessage } from '$lib/server/events/message-preview';
import { eventIdParam, orError } from '$lib/server/events/route-helpers';
import { generateToken } from '$lib/server/accounts/tokens';
import { failWith } from '$lib/server/http';
import { l } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const id = eventIdParam(params.id)!;
	const ev = await orError(managedEvent(locals.user!, id));
	return {
		event: { id: ev.id, title: ev.title },
		counts: await seatCounts(id),
		messages: await listMessages(locals.user!, id),
		form: await superValidate(
			{ audience: 'confirmed' as const, nonce: generateToken() },
			zod4(messageSchema),
			{ errors: false }
		),
		// «igjen» or a count: nothing else from the address is shown as a message.
		sent: /^(igjen|\d{1,6})$/.exec(url.searchParams.get('sendt') ?? '')?.[0] ?? null
	};
};

export const actions: Actions = {
	send: async ({ request, params, locals }) => {
		const id = eventIdParam(params.id)!;
		const form = await superValidate(request, zod4(messageSchema));
		if (!form.valid) return fail(400, { form });
		let sent: number | null;
		try {
			sent = await orError(messageParticipants(locals.user!, id, form.data));
		} catch (e) {
			return failWith(form, e);
		}
		redirect(303, l(`/admin/arrangementer/${id}/melding?sendt=${sent ?? 'igjen'}`));
	},
	// Before sending to everyone: the mail as it will look, and a copy to oneself only.
	forhandsvis: async ({ request, params, locals }) => {
		const form = await superValidate(request, zod4(messageSchema));
		if (!form.valid) return fail(400, { form });
		try {
			const preview = await orError(
				previewMessage(locals.user!, eventIdParam(params.id)!, form.data)
			);
			return { form, preview: { subject: preview.subject, text: preview.text } };
		} catch (e) {
			return failWith(form, e);
		}
	},
	test: async ({ request, params, locals }) => {
		const form = await superValidate(request, zod4(messageSchema));
		if (!form.valid) return fail(400, { form });
		try {
			const to = await orError(sendTestMessage(locals.user!, eventIdParam(params.id)!, form.data));
			return { form, testSentTo: to };
		} catch (e) {
			return failWith(form, e);
		}
	}
};
