/**
 * Mails to many participants at once, queued under the event's lock (promotion, a change of
 * the event, its cancellation, reminders): one statement for their fresh private links, one for
 * their calendar counters and one for the mails, rather than three per person.
 */
import type { DbOrTx } from '../db/client';
import { withLanguage } from '../i18n';
import { issueSequences, personalIcs } from './itip';
import {
	manageUrl,
	queueEventMails,
	type EventMail,
	type EventRow,
	type RegistrationRow
} from './mail';
import { newTokens } from './registration/links';

export interface ParticipantMail {
	registration: RegistrationRow;
	/** A fresh private link goes with the mail. */
	link?: boolean;
	/** The personal calendar file: the seat ('request') or its cancellation ('cancel'). */
	ics?: 'request' | 'cancel';
}

/**
 * Queues one mail per person (those without an address are left out), each written in the
 * language they registered in by `write`, with their link and calendar file. How many were new.
 */
export async function queueParticipantMails(
	tx: DbOrTx,
	ev: EventRow,
	people: ParticipantMail[],
	write: (r: RegistrationRow, url: string | null, ics: string | undefined) => EventMail
): Promise<number> {
	const told = people.filter((p) => p.registration.email);
	if (told.length === 0) return 0;
	const tokens = await newTokens(
		tx,
		told.filter((p) => p.link).map((p) => p.registration.id)
	);
	const counters = await issueSequences(
		tx,
		ev.id,
		told.filter((p) => p.ics).map((p) => p.registration.email!)
	);
	return queueEventMails(
		tx,
		told.map(({ registration: r, link, ics }) =>
			withLanguage(r.lang, () => {
				const token = link ? tokens.get(r.id) : undefined;
				const url = token ? manageUrl(token) : null;
				const file = ics
					? (personalIcs({
							event: ev,
							registration: r,
							counter: counters.get(r.email!)!,
							manageUrl: ics === 'cancel' ? null : url,
							cancelled: ics === 'cancel'
						}) ?? undefined)
					: undefined;
				return write(r, url, file);
			})
		)
	);
}
