import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { mailMessages } from './schema';
import { deleteOldMail, deliverQueued, sendMail } from './send';
import { render } from './layout';
import { templates } from './templates';

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
});
