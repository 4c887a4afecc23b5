import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { mailMessages } from './schema';
import { deliverQueued, sendMail } from './send';
import { templates } from './templates';
import { getMessage, listOutbox } from './outbox.service';
import { createEditor } from '../content/test-editor';
import { generateToken } from '../accounts/tokens';
import { scrubTokens, TOKEN_ROUTES } from '../token-links';
import { log } from '../log';
import { ServiceError } from '../errors';
import type { Actor } from '../accounts/actor';

const origin = 'http://localhost:3000';
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

async function queueSignInLink() {
	const token = generateToken();
	const url = `${origin}/logg-inn/lenke/${token}`;
	const id = (await sendMail(db, {
		to: 'kari@example.no',
		template: 'signInLink',
		content: templates.signInLink({ name: 'Kari', url }),
		attachments: [
			{
				filename: 'a.ics',
				contentType: 'text/calendar',
				// Folded as calendar files fold long lines.
				content: Buffer.from(
					`DESCRIPTION:Se ${url.slice(0, 40)}\r\n ${url.slice(40)}\r\n`
				).toString('base64')
			}
		]
	}))!;
	return { id, token };
}

const row = async (id: number) =>
	(await db.select().from(mailMessages).where(eq(mailMessages.id, id)))[0];

describe('secrets in stored mail', () => {
	it('removes link tokens from the stored copy once delivered over SMTP', async () => {
		process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
		const logged = vi.spyOn(console, 'log');
		const warned = vi.spyOn(console, 'error');
		const { id, token } = await queueSignInLink();
		expect((await row(id)).text).toContain(token);
		await deliverQueued();
		const sent = await row(id);
		expect(sent.status).toBe('sent');
		// The recipient got the real link …
		expect(received.join('\n')).toContain(token);
		// … and the stored copy has none.
		expect(sent.text).not.toContain(token);
		expect(sent.html).not.toContain(token);
		expect(sent.text).toContain('/logg-inn/lenke/[fjernet]');
		expect(sent.html).toContain('/logg-inn/lenke/[fjernet]');
		const ics = Buffer.from(sent.attachments[0].content, 'base64').toString('utf8');
		expect(ics).not.toContain(token);
		expect(ics).toContain('/logg-inn/lenke/[fjernet]');
		for (const spy of [logged, warned])
			for (const call of spy.mock.calls) expect(String(call.join(' '))).not.toContain(token);
		logged.mockRestore();
		warned.mockRestore();
	});

	it('keeps the links when the outbox is the delivery channel (no SMTP), and logs no body', async () => {
		delete process.env.SMTP_URL;
		const logged = vi.spyOn(console, 'log');
		const before = process.env.LOG_LEVEL;
		process.env.LOG_LEVEL = 'info';
		const { id, token } = await queueSignInLink();
		await deliverQueued();
		process.env.LOG_LEVEL = before;
		const kept = await row(id);
		expect(kept.status).toBe('outbox');
		expect(kept.text).toContain(`/logg-inn/lenke/${token}`);
		expect(kept.html).toContain(`/logg-inn/lenke/${token}`);
		const lines = logged.mock.calls.map((c) => String(c.join(' ')));
		expect(lines.some((l) => l.includes('E-post (utboks)'))).toBe(true);
		for (const l of lines) {
			expect(l).not.toContain(token);
			expect(l).not.toContain('Hei Kari');
		}
		logged.mockRestore();
	});

	it('logs a failed SMTP delivery without the message or its links', async () => {
		process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
		const warned = vi.spyOn(console, 'error');
		const { id, token } = await queueSignInLink();
		const closed = smtp;
		await new Promise<void>((resolve) => closed.close(() => resolve()));
		try {
			await deliverQueued();
		} finally {
			await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve));
		}
		const failed = await row(id);
		expect(failed.status).toBe('queued');
		expect(failed.lastError).toBeTruthy();
		const lines = warned.mock.calls.map((c) => String(c.join(' ')));
		expect(lines.some((l) => l.includes('E-post feilet'))).toBe(true);
		for (const l of lines) {
			expect(l).not.toContain(token);
			expect(l).not.toContain('Hei Kari');
		}
		warned.mockRestore();
		// Not delivered: the copy keeps its link for the next attempt.
		expect(failed.text).toContain(token);
		await db.delete(mailMessages).where(eq(mailMessages.id, id));
	});

	it('scrubs every kind of token link, and the log does too', () => {
		const token = generateToken();
		for (const prefix of TOKEN_ROUTES) {
			const text = `Se ${origin}${prefix}${token} og <a href="${origin}${prefix}${token}/kalender.ics">`;
			expect(scrubTokens(text)).not.toContain(token);
			expect(scrubTokens(text)).toContain(`${prefix}[fjernet]`);
		}
		// Not a token: left alone.
		expect(scrubTokens(`${origin}/nyheter/en-vanlig-nyhet`)).toBe(
			`${origin}/nyheter/en-vanlig-nyhet`
		);
		const spy = vi.spyOn(console, 'error');
		log.error('Uventet feil', { path: `/glemt-passord/${token}` });
		expect(String(spy.mock.calls.at(-1))).toContain('/glemt-passord/[fjernet]');
		expect(String(spy.mock.calls.at(-1))).not.toContain(token);
		spy.mockRestore();
	});

	it('knows every route that takes a token', () => {
		const routes = path.resolve(import.meta.dirname, '../../../routes');
		const found: string[] = [];
		const walk = (dir: string, url: string) => {
			for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
				if (!e.isDirectory()) continue;
				if (e.name === '[token]') found.push(url + '/');
				// Route groups (…) are not part of the URL.
				walk(path.join(dir, e.name), /^\(.*\)$/.test(e.name) ? url : `${url}/${e.name}`);
			}
		};
		walk(routes, '');
		expect(found.sort()).toEqual([...TOKEN_ROUTES].sort());
	});
});

describe('reading the outbox', () => {
	it('is for admins only, checked by the service itself', async () => {
		const editor = await createEditor();
		const admin: Actor = { ...editor, globalRole: 'admin' };
		const { id } = await queueSignInLink();
		await expect(listOutbox(editor, {})).rejects.toBeInstanceOf(ServiceError);
		await expect(getMessage(editor, id)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(listOutbox(null as unknown as Actor, {})).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(getMessage(null as unknown as Actor, id)).rejects.toMatchObject({
			code: 'forbidden'
		});
		expect((await listOutbox(admin, {})).total).toBeGreaterThan(0);
		expect((await getMessage(admin, id))?.id).toBe(id);
	});
});
