import { describe, expect, it } from 'vitest';
import { asc, eq, like } from 'drizzle-orm';
import { db } from '../db/client';
import { mailMessages } from './schema';
import { deleteOldMail, deliverQueued, sendMail, sendMails } from './send';
import { render } from './layout';
import { templates } from './templates';
import { retryMessage } from './outbox.service';
import { createEditor } from '../content/test-editor';

describe('mail', () => {
	it('renders the same content as text and escaped HTML', () => {
		const r = render('Emne', 'Hei <Kari>,', [
			{ p: 'Linje & mer' },
			{ button: { label: 'Gå', url: 'https://x.no/a?b=1&c=2' } }
		]);
		expect(r.text).toContain('Hei <Kari>,');
		expect(r.text).toContain('https://x.no/a?b=1&c=2');
		expect(r.html).toContain('Hei &lt;Kari&gt;,');
		expect(r.html).toContain('Linje &amp; mer');
		expect(r.html).not.toContain('<Kari>');
	});

	it('sends a message with an idempotency key exactly once', async () => {
		const content = templates.accountDeleted({ name: 'Ola' });
		const first = await sendMail(db, {
			to: 'ola@example.no',
			template: 'accountDeleted',
			content,
			idempotencyKey: 'test:once'
		});
		const second = await sendMail(db, {
			to: 'ola@example.no',
			template: 'accountDeleted',
			content,
			idempotencyKey: 'test:once'
		});
		expect(first).not.toBeNull();
		expect(second).toBeNull();
		expect(
			await db.select().from(mailMessages).where(eq(mailMessages.idempotencyKey, 'test:once'))
		).toHaveLength(1);
	});

	it('queues several messages at once, as sendMail would each, keeping idempotency keys', async () => {
		const content = render('Emne «1»', "Hei O'Brien,", [
			{ p: 'Tekst med "anførsel", \\ og {krøll}' }
		]);
		const attachments = [{ filename: 'a.ics', contentType: 'text/calendar', content: 'QQ==' }];
		await sendMail(db, { to: 'a@example.no', template: 't', content, idempotencyKey: 'many:a' });
		const queued = await sendMails(db, [
			{ to: 'a@example.no', template: 't', content, idempotencyKey: 'many:a' },
			{ to: 'b@example.no', template: 't', content, idempotencyKey: 'many:b', attachments },
			{ to: 'c@example.no', template: 't', content }
		]);
		expect(queued).toBe(2);
		expect(await sendMails(db, [])).toBe(0);
		const rows = await db
			.select()
			.from(mailMessages)
			.where(like(mailMessages.to, '_@example.no'))
			.orderBy(asc(mailMessages.id));
		expect(rows.map((r) => [r.to, r.idempotencyKey, r.status])).toEqual([
			['a@example.no', 'many:a', 'queued'],
			['b@example.no', 'many:b', 'queued'],
			['c@example.no', null, 'queued']
		]);
		expect(rows[1].attachments).toEqual(attachments);
		expect(rows[2].attachments).toEqual([]);
		expect(rows[1].subject).toBe(content.subject);
		expect(rows[1].text).toBe(content.text);
		expect(rows[1].html).toBe(content.html);
	});

	it('delivers queued mail to the outbox when no SMTP is configured, once', async () => {
		const id = await sendMail(db, {
			to: 'kari@example.no',
			template: 'x',
			content: templates.accountDeleted({ name: 'Kari' })
		});
		expect(await deliverQueued()).toBeGreaterThanOrEqual(1);
		const [row] = await db.select().from(mailMessages).where(eq(mailMessages.id, id!));
		expect(row.status).toBe('outbox');
		expect(await deliverQueued()).toBe(0);
	});

	it('files every due message in the outbox in one go, at most max, oldest first; a retry waits', async () => {
		await deliverQueued();
		const content = templates.accountDeleted({ name: 'Kari' });
		const ids: number[] = [];
		for (let i = 0; i < 5; i++)
			ids.push((await sendMail(db, { to: `burst${i}@example.no`, template: 'x', content }))!);
		const later = (await sendMail(db, { to: 'later@example.no', template: 'x', content }))!;
		await db
			.update(mailMessages)
			.set({ nextAttemptAt: new Date(Date.now() + 3_600_000), attempts: 2 })
			.where(eq(mailMessages.id, later));
		const statusOf = async (id: number) =>
			(await db.select().from(mailMessages).where(eq(mailMessages.id, id)))[0];

		expect(await deliverQueued(3)).toBe(3);
		const first = await Promise.all(ids.map(statusOf));
		expect(first.map((r) => r.status)).toEqual(['outbox', 'outbox', 'outbox', 'queued', 'queued']);
		expect(first[0].attempts).toBe(1);
		expect(first[0].sentAt).not.toBeNull();
		expect(await deliverQueued()).toBe(2);
		expect((await Promise.all(ids.map(statusOf))).every((r) => r.status === 'outbox')).toBe(true);
		// Waiting for its next attempt: left as it is.
		expect(await statusOf(later)).toMatchObject({ status: 'queued', attempts: 2 });
	});

	it('deletes delivered mail after the retention time, never queued mail', async () => {
		const old = new Date('2020-01-01T00:00:00Z');
		const [a] = await db
			.insert(mailMessages)
			.values({
				to: 'a@x.no',
				subject: 's',
				text: 't',
				html: 'h',
				template: 't',
				status: 'sent',
				createdAt: old
			})
			.returning();
		const [b] = await db
			.insert(mailMessages)
			.values({
				to: 'b@x.no',
				subject: 's',
				text: 't',
				html: 'h',
				template: 't',
				status: 'queued',
				createdAt: old
			})
			.returning();
		expect(await deleteOldMail()).toBeGreaterThanOrEqual(1);
		expect(await db.select().from(mailMessages).where(eq(mailMessages.id, a.id))).toHaveLength(0);
		expect(await db.select().from(mailMessages).where(eq(mailMessages.id, b.id))).toHaveLength(1);
	});

	it('sends a failed message again, and says so only when it was failed', async () => {
		const admin = await createEditor('Anne Admin', 'admin');
		const id = (await sendMail(db, {
			to: 'retry@example.no',
			template: 'accountDeleted',
			content: templates.accountDeleted({ name: 'Ola' })
		}))!;
		expect(await retryMessage(admin, id)).toBe(false);
		// The outbox is the administrators': an editor may not send it again.
		await expect(retryMessage(await createEditor(), id)).rejects.toThrow('ikke tilgang');
		await db.update(mailMessages).set({ status: 'failed' }).where(eq(mailMessages.id, id));
		expect(await retryMessage(admin, id)).toBe(true);
		const [row] = await db.select().from(mailMessages).where(eq(mailMessages.id, id));
		expect(row.status).toBe('queued');
	});
});
