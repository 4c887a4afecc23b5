/**
 * Before a message goes to everyone: the rendered mail as the participants will get it
 * (preview), and a test send to the signed-in staff member only.
 */
import { db } from '../db/client';
import type { Actor } from '../accounts/actor';
import { recordAudit, storedText } from '../accounts/audit';
import { generateToken } from '../accounts/tokens';
import { kickMail } from '../mail/send';
import type { Rendered } from '../mail/layout';
import { eventTemplates, eventUrl, queueEventMail } from './mail';
import { managedEvent } from './events.admin';

interface Draft {
	subject: string;
	body: string;
}

/**
 * The message as a participant gets it, addressed to the staff member (their name in the
 * greeting) and with the event's page where a participant's private link would be.
 */
export async function previewMessage(actor: Actor, eventId: number, d: Draft): Promise<Rendered> {
	const ev = await managedEvent(actor, eventId, 'arrangement.melding-forhandsvis');
	return eventTemplates.staffMessage(ev, actor.name, d.subject, d.body, eventUrl(ev.slug));
}

/** Sends the message to the signed-in staff member only (never to a participant). */
export async function sendTestMessage(actor: Actor, eventId: number, d: Draft): Promise<string> {
	const ev = await managedEvent(actor, eventId, 'arrangement.melding-test');
	const content = eventTemplates.staffMessage(ev, actor.name, d.subject, d.body, eventUrl(ev.slug));
	await db.transaction(async (tx) => {
		await queueEventMail(tx, {
			kind: 'message-test',
			to: actor.email,
			content,
			key: `event-message-test:${ev.id}:${generateToken()}`
		});
		await recordAudit(tx, actor, {
			action: 'arrangement.melding-test',
			entityType: 'arrangement',
			entityId: ev.id,
			summary: storedText('afterEvent.audit.testSent', { subject: d.subject, title: ev.title })
		});
	});
	await kickMail();
	return actor.email;
}
