/**
 * When a participant deletes their registration, the copies of the mails we sent them about
 * it go too: the outbox keeps the name, the event and (without SMTP) working links. Only that
 * person's mails about that registration: matched by address and by the idempotency keys the
 * event mails are queued with, so mail to anyone else stays.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { mailMessages } from '../mail/schema';
import type { registrations } from './schema';

type Registration = Pick<typeof registrations.$inferSelect, 'id' | 'eventId' | 'email'>;

/** The keys of one registration's mails (see the `key:` of each queueEventMail). */
export function registrationMailKeyPattern(r: Pick<Registration, 'id' | 'eventId'>): string {
	const id = Number(r.id);
	const ev = Number(r.eventId);
	return `^(registration:${id}:|event:${ev}:.*:${id}$|event-message:[0-9]+:${id}$)`;
}

export async function forgetMailOf(tx: DbOrTx, r: Registration): Promise<number> {
	if (!r.email) return 0;
	const gone = await tx
		.delete(mailMessages)
		.where(
			and(
				eq(mailMessages.to, r.email),
				sql`${mailMessages.idempotencyKey} ~ ${registrationMailKeyPattern(r)}`
			)
		)
		.returning({ id: mailMessages.id });
	return gone.length;
}
