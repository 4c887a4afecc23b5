/**
 * Before a change of time, place or link goes to everyone: the change notice as the
 * participants will get it (one per way of attending at a hybrid event), and a test send to
 * the signed-in staff member only. Nothing is saved here; the form is saved by updateEvent
 * or publishEvent, with or without the notice.
 */
import { db } from '../db/client';
import type { Actor } from '../accounts/actor';
import { recordAudit, storedText } from '../accounts/audit';
import { generateToken } from '../accounts/tokens';
import { kickMail } from '../mail/send';
import type { Attendance, EventInput } from '$lib/forms/events';
import { attendeeView } from './attendance';
import { plannedNotice } from './events.admin';
import { eventTemplates, eventUrl, queueEventMail, type EventRow } from './mail';

export interface NoticeMail {
	/** The way of attending this version is for (hybrid events), else null. */
	way: Attendance | null;
	subject: string;
	text: string;
}

export interface NoticePreview {
	/** How many would get the notice. */
	recipients: number;
	mails: NoticeMail[];
}

type Change = 'keep' | 'publish';

/** The notice for a confirmed participant, addressed to the staff member (their name). */
function noticeMails(actor: Actor, after: EventRow, changes: string[]) {
	const ways: (Attendance | null)[] = after.format === 'hybrid' ? ['fysisk', 'digitalt'] : [null];
	return ways.map((way) => ({
		way,
		content: eventTemplates.changed(
			way ? attendeeView(after, way) : after,
			actor.name,
			true,
			changes,
			eventUrl(after.slug)
		)
	}));
}

/**
 * What saving the form would send, or null when saving tells nobody (nothing participants
 * rely on changed, the event is not published or is over, or nobody is registered).
 */
export async function previewChangeNotice(
	actor: Actor,
	id: number,
	input: EventInput,
	change: Change
): Promise<NoticePreview | null> {
	const plan = await plannedNotice(actor, id, input, change);
	if (plan.recipients.length === 0) return null;
	return {
		recipients: plan.recipients.length,
		mails: noticeMails(actor, plan.after, plan.changes).map(({ way, content }) => ({
			way,
			subject: content.subject,
			text: content.text
		}))
	};
}

/** Sends the notice (each way's version) to the signed-in staff member only. */
export async function sendTestChangeNotice(
	actor: Actor,
	id: number,
	input: EventInput,
	change: Change
): Promise<string> {
	const plan = await plannedNotice(actor, id, input, change);
	const mails = noticeMails(actor, plan.after, plan.changes);
	await db.transaction(async (tx) => {
		for (const { content } of mails)
			await queueEventMail(tx, {
				kind: 'message-test',
				to: actor.email,
				content,
				key: `event-notice-test:${id}:${generateToken()}`
			});
		await recordAudit(tx, actor, {
			action: 'arrangement.melding-test',
			entityType: 'arrangement',
			entityId: id,
			summary: storedText('afterEvent.audit.testSent', {
				subject: mails[0].content.subject,
				title: plan.after.title
			})
		});
	});
	await kickMail();
	return actor.email;
}
