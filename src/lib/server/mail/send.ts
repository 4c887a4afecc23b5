/**
 * One way to send mail: `sendMail` writes the message to the outbox table in the caller's
 * transaction (so it is sent if and only if the change commits), and `kickMail()` after
 * the commit asks the job runner to deliver. Delivery: SMTP when SMTP_URL is set, otherwise
 * the local outbox (read at /admin/e-post). An idempotency key makes a message
 * exactly-once: the same key twice stores and sends one message.
 *
 * Over SMTP, the stored copy of a delivered message has the tokens of its links removed
 * (token-links.ts): the recipient has the only usable copy. Without SMTP the outbox is the
 * delivery channel and keeps the links. No log line holds a message's body.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { db, type DbOrTx } from '../db/client';
import { mailMessages, type MailAttachment } from './schema';
import type { Rendered } from './layout';
import { config } from '../config';
import { now } from '../clock';
import { log } from '../log';
import { sendJob } from '../jobs/runner';
import { scrubTokens } from '../token-links';
import { attachmentContent } from './qr';

/** A delivered message's stored copy: the same, with every link token removed. */
export function scrubbedCopy(
	msg: Pick<typeof mailMessages.$inferSelect, 'text' | 'html' | 'attachments'>
) {
	return {
		text: scrubTokens(msg.text),
		html: scrubTokens(msg.html),
		attachments: msg.attachments.map((a) =>
			a.contentType.startsWith('text/')
				? {
						...a,
						// Calendar files fold long lines; unfold so a folded link is found too.
						content: Buffer.from(
							scrubTokens(
								Buffer.from(a.content, 'base64')
									.toString('utf8')
									.replace(/\r?\n[ \t]/g, '')
							),
							'utf8'
						).toString('base64')
					}
				: a
		)
	};
}

/** What is logged of a failed delivery: the error's kind, never the message or its links. */
function describeError(e: unknown) {
	const err = e as { message?: unknown; code?: unknown; responseCode?: unknown; command?: unknown };
	return {
		message: scrubTokens(String(err?.message ?? e)).slice(0, 500),
		code: err?.code,
		responseCode: err?.responseCode,
		command: err?.command
	};
}

export interface OutgoingMail {
	to: string;
	template: string;
	content: Rendered;
	idempotencyKey?: string;
	attachments?: MailAttachment[];
	/** `Reply-To`: a person who reads replies (say, an event's contact), as `Name <address>`. */
	replyTo?: string | null;
}

const outboxRow = (mail: OutgoingMail) => ({
	to: mail.to,
	subject: mail.content.subject,
	text: mail.content.text,
	html: mail.content.html,
	template: mail.template,
	replyTo: mail.replyTo ?? mail.content.replyTo ?? null,
	idempotencyKey: mail.idempotencyKey ?? null,
	attachments: mail.attachments ?? [],
	createdAt: now()
});

/** Queues a message; returns its id, or null when the idempotency key was already used. */
export async function sendMail(tx: DbOrTx, mail: OutgoingMail): Promise<number | null> {
	const [row] = await tx
		.insert(mailMessages)
		.values(outboxRow(mail))
		.onConflictDoNothing()
		.returning({ id: mailMessages.id });
	return row?.id ?? null;
}

/**
 * Queues several messages in one statement (each as `sendMail` would); how many were new.
 * The values go as arrays: building a many-row insert costs more than running it.
 */
export async function sendMails(tx: DbOrTx, mails: OutgoingMail[]): Promise<number> {
	if (mails.length === 0) return 0;
	const rows = mails.map(outboxRow);
	const col = <T>(f: (r: (typeof rows)[number]) => T) => sql.param(rows.map(f));
	const result = await tx.execute(sql`
		insert into ${mailMessages} ("to", subject, text, html, template, reply_to, idempotency_key,
			attachments, created_at)
		select "to", subject, text, html, template, reply_to, key, attachments::jsonb, at
		from unnest(${col((r) => r.to)}::text[], ${col((r) => r.subject)}::text[],
			${col((r) => r.text)}::text[], ${col((r) => r.html)}::text[],
			${col((r) => r.template)}::text[], ${col((r) => r.replyTo)}::text[],
			${col((r) => r.idempotencyKey)}::text[],
			${col((r) => JSON.stringify(r.attachments))}::text[], ${col((r) => r.createdAt)}::timestamptz[])
			with ordinality as m("to", subject, text, html, template, reply_to, key, attachments, at, n)
		order by n
		on conflict do nothing`);
	return result.rowCount ?? 0;
}

/** After a commit that queued mail: have the job runner deliver it now. */
export async function kickMail(): Promise<void> {
	await sendJob('mail.deliver', {}, {});
}

// One transport for the process (configuration, not per-user state).
let transport: Transporter | undefined;
function smtp(): Transporter | undefined {
	if (!config.smtpUrl) return undefined;
	transport ??= nodemailer.createTransport(config.smtpUrl);
	return transport;
}

const MAX_ATTEMPTS = 6;

/** Queued messages that are due (not waiting for a retry). */
const due = () =>
	and(
		eq(mailMessages.status, 'queued'),
		or(isNull(mailMessages.nextAttemptAt), lte(mailMessages.nextAttemptAt, now()))
	);

/**
 * Delivers queued messages one at a time over SMTP; a row lock keeps two workers from sending
 * one message twice. Without SMTP the outbox is the delivery channel: nothing is sent, so the
 * due messages are filed there together (a burst of confirmations is one statement, not
 * hundreds of transactions competing with the burst).
 */
export async function deliverQueued(max = 200): Promise<number> {
	const transporter = smtp();
	if (!transporter) return fileInOutbox(max);
	let delivered = 0;
	for (let i = 0; i < max; i++) {
		const done = await db.transaction(async (tx) => {
			const [msg] = await tx
				.select()
				.from(mailMessages)
				.where(due())
				.orderBy(asc(mailMessages.id))
				.limit(1)
				.for('update', { skipLocked: true });
			if (!msg) return false;
			try {
				await transporter.sendMail({
					from: config.mailFrom,
					to: msg.to,
					...(msg.replyTo ? { replyTo: msg.replyTo } : {}),
					subject: msg.subject,
					text: msg.text,
					html: msg.html,
					attachments: msg.attachments.map((a) => ({
						filename: a.filename,
						contentType: a.contentType,
						content: attachmentContent(a)
					}))
				});
				await tx
					.update(mailMessages)
					.set({
						...scrubbedCopy(msg),
						status: 'sent',
						sentAt: now(),
						attempts: msg.attempts + 1,
						lastError: null
					})
					.where(eq(mailMessages.id, msg.id));
			} catch (e) {
				const attempts = msg.attempts + 1;
				await tx
					.update(mailMessages)
					.set({
						attempts,
						lastError: describeError(e).message,
						status: attempts >= MAX_ATTEMPTS ? 'failed' : 'queued',
						nextAttemptAt: new Date(now().getTime() + 2 ** attempts * 30_000)
					})
					.where(eq(mailMessages.id, msg.id));
				log.warn('E-post feilet', { id: msg.id, attempts, error: describeError(e) });
			}
			return true;
		});
		if (!done) break;
		delivered++;
	}
	return delivered;
}

/** Without SMTP: the due messages, oldest first, marked as in the outbox (locked rows skipped). */
async function fileInOutbox(max: number): Promise<number> {
	const at = now();
	const filed = await db
		.update(mailMessages)
		.set({
			status: 'outbox',
			sentAt: at,
			attempts: sql`${mailMessages.attempts} + 1`,
			lastError: null
		})
		.where(
			inArray(
				mailMessages.id,
				db
					.select({ id: mailMessages.id })
					.from(mailMessages)
					.where(due())
					.orderBy(asc(mailMessages.id))
					.limit(max)
					.for('update', { skipLocked: true })
			)
		)
		.returning({ id: mailMessages.id, to: mailMessages.to, subject: mailMessages.subject });
	for (const msg of filed.sort((a, b) => a.id - b.id))
		log.info('E-post (utboks)', { id: msg.id, to: msg.to, subject: msg.subject });
	return filed.length;
}

export async function mailCounts() {
	const rows = await db
		.select({ status: mailMessages.status, count: sql<number>`count(*)::int` })
		.from(mailMessages)
		.groupBy(mailMessages.status);
	return Object.fromEntries(rows.map((r) => [r.status, r.count])) as Record<string, number>;
}

/** Days a sent or failed message is kept (FK_MAIL_RETENTION_DAYS, default 90). */
export function mailRetentionDays(): number {
	return config.mailRetentionDays;
}

export async function deleteOldMail(at: Date = now()): Promise<number> {
	const cutoff = new Date(at.getTime() - mailRetentionDays() * 86_400_000);
	const deleted = await db
		.delete(mailMessages)
		.where(
			and(
				inArray(mailMessages.status, ['sent', 'outbox', 'failed']),
				lt(mailMessages.createdAt, cutoff)
			)
		)
		.returning({ id: mailMessages.id });
	return deleted.length;
}
