/** The outbox as admins see it at /admin/e-post: every message, its status, and re-sending failures. */
import { and, desc, eq, ilike } from 'drizzle-orm';
import { cappedPages } from '../db/paging';
import { db } from '../db/client';
import { mailMessages } from './schema';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { recordAudit, storedText } from '../accounts/audit';
import { kickMail } from './send';

export const OUTBOX_PAGE_SIZE = 50;
type Status = (typeof mailMessages.status.enumValues)[number];

/** The outbox holds other people's mail (and, without SMTP, their live links): admins only. */
const mayRead = (actor: Actor, action: string, id?: number) =>
	authorize(actor, can.readOutbox, action, id, 'outbox.forbidden');

export async function listOutbox(actor: Actor, f: { to?: string; status?: string; page?: number }) {
	mayRead(actor, 'epost.liste');
	const status = (mailMessages.status.enumValues as readonly string[]).includes(f.status ?? '')
		? (f.status as Status)
		: null;
	const where = and(
		f.to ? ilike(mailMessages.to, `%${f.to}%`) : undefined,
		status ? eq(mailMessages.status, status) : undefined
	);
	// Counted only as far as COUNT_CAP past the page: "more than …" beyond.
	const { total, more, page, pages } = await cappedPages(
		mailMessages,
		where,
		OUTBOX_PAGE_SIZE,
		f.page
	);
	const messages = await db
		.select({
			id: mailMessages.id,
			to: mailMessages.to,
			replyTo: mailMessages.replyTo,
			subject: mailMessages.subject,
			template: mailMessages.template,
			status: mailMessages.status,
			attempts: mailMessages.attempts,
			lastError: mailMessages.lastError,
			createdAt: mailMessages.createdAt,
			sentAt: mailMessages.sentAt
		})
		.from(mailMessages)
		.where(where)
		.orderBy(desc(mailMessages.id))
		.limit(OUTBOX_PAGE_SIZE)
		.offset((page - 1) * OUTBOX_PAGE_SIZE);
	return { messages, total, more, page, pages };
}

export async function getMessage(actor: Actor, id: number) {
	mayRead(actor, 'epost.les', id);
	const [row] = await db.select().from(mailMessages).where(eq(mailMessages.id, id));
	return row ?? null;
}

export async function retryMessage(actor: Actor, id: number): Promise<boolean> {
	mayRead(actor, 'epost.prov-igjen', id);
	const requeued = await db.transaction(async (tx) => {
		const [row] = await tx
			.update(mailMessages)
			.set({ status: 'queued', nextAttemptAt: null, attempts: 0 })
			.where(and(eq(mailMessages.id, id), eq(mailMessages.status, 'failed')))
			.returning({ id: mailMessages.id, to: mailMessages.to });
		if (row)
			await recordAudit(tx, actor, {
				action: 'epost.prov-igjen',
				entityType: 'epost',
				entityId: id,
				summary: storedText('admin.auditLog.mailResent', { to: row.to })
			});
		return Boolean(row);
	});
	if (requeued) await kickMail();
	return requeued;
}
