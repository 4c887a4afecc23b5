/**
 * Who participants write to about an event: its contact person when it has one, otherwise the
 * programme (FK_CONTACT_EMAIL). Every event mail names them and sets Reply-To to them, and
 * they are the ORGANIZER of the personal calendar files.
 */
import { config } from '../config';
import { FieldError } from '../errors';
import { normaliseEmail } from '../accounts/passwords';
import type { events } from './schema';

type ContactFields = Pick<typeof events.$inferSelect, 'contactName' | 'contactEmail'>;

export interface Contact {
	name: string;
	email: string;
}

export function eventContact(e: Partial<ContactFields>): Contact {
	const email = e.contactEmail?.trim();
	if (email) return { name: e.contactName?.trim() || config.contactName, email };
	return { name: config.contactName, email: config.contactEmail };
}

/** `"Kari Nordmann" <kari@example.no>` for the Reply-To header (quotes and breaks removed). */
export function replyToHeader(c: Contact): string {
	const name = c.name.replace(/["\\\r\n<>]/g, '').trim();
	return name ? `"${name}" <${c.email}>` : c.email;
}

/** The event form's two fields from the row (empty: the programme is the contact). */
export function contactToForm(row: Partial<ContactFields>) {
	return { contactName: row.contactName ?? '', contactEmail: row.contactEmail ?? '' };
}

/** The columns from the event form: a name needs an address to be any use. */
export function contactFields(input: { contactName?: string; contactEmail?: string }) {
	const name = (input.contactName ?? '').trim();
	const email = normaliseEmail(input.contactEmail ?? '');
	if (name && !email) throw new FieldError('contactEmail', 'problems.events.contactEmailMissing');
	return { contactName: email ? name || null : null, contactEmail: email || null };
}
