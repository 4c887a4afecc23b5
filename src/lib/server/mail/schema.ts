/** The mail outbox: every message is written here first, then delivered by the job runner. */
import {
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	serial,
	text,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { timestamptz } from '../db/types';

export const mailStatus = pgEnum('mail_status', ['queued', 'sent', 'outbox', 'failed']);

export interface MailAttachment {
	filename: string;
	contentType: string;
	/** base64 (empty when the attachment is drawn at delivery: `qr`) */
	content: string;
	/** A QR code of this text, drawn as a PNG when the message is delivered (mail/qr.ts). */
	qr?: string;
}

export const mailMessages = pgTable(
	'mail_messages',
	{
		id: serial('id').primaryKey(),
		to: text('to').notNull(),
		subject: text('subject').notNull(),
		text: text('text').notNull(),
		html: text('html').notNull(),
		template: text('template').notNull(),
		/** Where a reply goes (the event's contact person); null: nobody reads replies to From. */
		replyTo: text('reply_to'),
		/** Makes a message exactly-once: a second send with the same key is ignored. */
		idempotencyKey: text('idempotency_key'),
		attachments: jsonb('attachments').$type<MailAttachment[]>().notNull().default([]),
		status: mailStatus('status').notNull().default('queued'),
		attempts: integer('attempts').notNull().default(0),
		lastError: text('last_error'),
		nextAttemptAt: timestamptz('next_attempt_at'),
		createdAt: timestamptz('created_at').notNull().defaultNow(),
		sentAt: timestamptz('sent_at')
	},
	(t) => [
		uniqueIndex('mail_idempotency_uq').on(t.idempotencyKey),
		index('mail_status_idx').on(t.status, t.createdAt),
		// The outbox filtered by status, newest (highest id) first.
		index('mail_status_id_idx').on(t.status, t.id)
	]
);
