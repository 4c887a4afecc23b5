import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { mailMessages } from './schema';
import { deliverQueued } from './send';
import { attachmentContent, qrPng } from './qr';
import { checkinUrl } from '../events/checkin-code';
import { register } from '../events/registration/register';
import { makeEvent, person } from '../events/test-support';

const received: string[] = [];
let smtp: SMTPServer;
let port = 0;

beforeAll(async () => {
	smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, _session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				received.push(Buffer.concat(chunks).toString('utf8'));
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
	port = (smtp.server.address() as { port: number }).port;
});
afterAll(async () => {
	delete process.env.SMTP_URL;
	await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** The bytes of the MIME part with this file name in a received message. */
function mimePart(message: string, filename: string): Buffer {
	const at = message.indexOf(`filename=${filename}`);
	expect(at).toBeGreaterThan(-1);
	const body = message.slice(message.indexOf('\r\n\r\n', at) + 4);
	return Buffer.from(body.slice(0, body.indexOf('\r\n--')).replace(/\s+/g, ''), 'base64');
}

async function confirmation(to: string) {
	const [mail] = await db
		.select()
		.from(mailMessages)
		.where(and(eq(mailMessages.to, to), eq(mailMessages.template, 'arrangement.confirmed')));
	return mail;
}

describe('the check-in QR code in the confirmation', () => {
	it('is stored as the text to encode and drawn at delivery: the same PNG as drawn at once', async () => {
		process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
		const ev = await makeEvent({ capacity: 5 });
		const p = person();
		const r = await register(ev.id, p);
		if (r.kind !== 'registered') throw new Error('expected a registration');
		const expected = qrPng(checkinUrl(r.registrationId));

		// The queued row holds no picture, only what it encodes (the outbox row stays small).
		const queued = await confirmation(p.email);
		const png = queued.attachments.find((a) => a.filename === 'innsjekk-qr.png')!;
		expect(png).toMatchObject({ contentType: 'image/png', content: '' });
		expect(png.qr).toBe(checkinUrl(r.registrationId));
		expect(attachmentContent(png).equals(expected)).toBe(true);

		await deliverQueued();
		const sent = await confirmation(p.email);
		expect(sent.status).toBe('sent');
		// The stored copy keeps the attachment as it was (the admin outbox lists it by name).
		expect(sent.attachments.map((a) => [a.filename, a.contentType])).toEqual(
			queued.attachments.map((a) => [a.filename, a.contentType])
		);
		const message = received.find((m) => m.includes(`To: ${p.email}`))!;
		expect(message).toBeDefined();
		expect(message).toMatch(/Content-Type: image\/png; name=innsjekk-qr\.png/);
		expect(mimePart(message, 'innsjekk-qr.png').equals(expected)).toBe(true);
		// The calendar file beside it goes as stored.
		const ics = queued.attachments.find((a) => a.filename === 'arrangement.ics')!;
		expect(mimePart(message, 'arrangement.ics').toString('utf8')).toBe(
			Buffer.from(ics.content, 'base64').toString('utf8')
		);
	});
});
