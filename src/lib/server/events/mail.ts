/**
 * The events' e-mails: what each says (in the registration's language, from `render()` blocks) and the calendar
 * file that goes with it. Queued with `sendMail` inside the business transaction, each with
 * an idempotency key so it is sent exactly once.
 */
import { greeting, render, siteUrl, type Block, type Rendered } from '../mail/layout';
import { sendMail, sendMails, type OutgoingMail } from '../mail/send';
import type { DbOrTx } from '../db/client';
import { config } from '../config';
import { currentLang, formatRange, formatWeekdayDate, formatTime, m, t } from '$lib/i18n';
import { icsAttachment } from './ics';
import { issuePersonalIcs } from './itip';
import { eventContact, replyToHeader } from './contact';
import { calendarLinks } from './calendar-links';
import { checkinQrAttachment } from './checkin-code';
import type { events, registrations } from './schema';
import type { OptionPlace } from './registration/seats';

export type EventRow = typeof events.$inferSelect;
export type RegistrationRow = typeof registrations.$inferSelect;

/** The event's page and the participant's private page, in the active language. */
export const eventUrl = (slug: string) => siteUrl(`/arrangementer/${slug}`);
export const manageUrl = (token: string) => siteUrl(`/arrangementer/min-pamelding/${token}`);

// The same event's time is written into every mail of a burst: format it once per language.
const whenTexts = new Map<string, string>();

/** «fredag 28. mai 2021 kl. 12.00–13.30», in the active language. */
export function whenText(e: Pick<EventRow, 'startsAt' | 'endsAt'>): string {
	const key = `${currentLang()}-${e.startsAt.getTime()}-${e.endsAt.getTime()}`;
	let out = whenTexts.get(key);
	if (out === undefined) {
		out = `${formatWeekdayDate(e.startsAt).split(' ')[0]} ${formatRange(e.startsAt, e.endsAt)}`;
		if (whenTexts.size > 5000) whenTexts.clear();
		whenTexts.set(key, out);
	}
	return out;
}

export function whereText(e: Pick<EventRow, 'format' | 'venue' | 'address'>): string {
	if (e.format === 'digitalt') return m.mail.events.digital;
	return [e.venue, e.address].filter(Boolean).join(', ') || m.mail.events.placeTbc;
}

function detailBlocks(e: EventRow, confirmed: boolean): Block[] {
	const w = m.mail.events;
	const list = [t(w.when, { when: whenText(e) }), t(w.where, { where: whereText(e) })];
	if (e.format === 'digitalt')
		list.push(
			confirmed
				? e.meetingUrl
					? t(w.meetingLink, { url: e.meetingUrl })
					: w.meetingLinkLater
				: w.meetingLinkWhenPlace
		);
	list.push(t(w.about, { url: eventUrl(e.slug) }));
	return [{ list }];
}

const manageButton = (url: string): Block => ({
	button: { label: m.mail.events.manage, url }
});

/** «Google Calendar · Outlook» beside the attached file, for those without a calendar program. */
const calendarButtons = (e: EventRow): Block => ({
	links: calendarLinks(e).map((c) => ({ label: c.label, url: c.url }))
});

/**
 * An event mail: it names the contact person with their address, and replies go to them
 * (Reply-To), not to the address the mail is sent from.
 */
function eventMail(e: EventRow, subject: string, hello: string, blocks: Block[]): Rendered {
	const contact = eventContact(e);
	const out = render(subject, hello, [
		...blocks,
		{ small: t(m.mail.events.contact, { name: contact.name, email: contact.email }) }
	]);
	return { ...out, replyTo: replyToHeader(contact) };
}

/** The check-in QR code goes as a picture attachment (checkin-code.ts). */
const checkinQrNote = (): Block => ({ p: m.afterEvent.mail.qrAttached });

/** The person's options with their status (confirmed, waitlist position, pending). */
export const optionLine = (o: Pick<OptionPlace, 'name' | 'status' | 'position'>) =>
	t(m.eventOptions.place[o.status], { name: o.name, position: o.position ?? '' });

const optionBlocks = (options: OptionPlace[] | undefined): Block[] =>
	options?.length ? [{ p: m.eventOptions.mail.heading }, { list: options.map(optionLine) }] : [];

const privacyNote = (): Block => ({
	small: t(m.mail.events.privacy, { url: siteUrl('/personvern') })
});

/**
 * The participant's mails, in the active language: call them inside
 * withLanguage(registration.lang, …) so each is written in the language they registered in.
 */
export const eventTemplates = {
	confirmed: (e: EventRow, name: string, url: string, options?: OptionPlace[]): Rendered => {
		const w = m.mail.events;
		return eventMail(e, t(w.confirmed.subject, { title: e.title }), greeting(name), [
			{ p: t(w.confirmed.body, { title: e.title }) },
			...detailBlocks(e, true),
			...optionBlocks(options),
			{ p: w.icsAttached },
			calendarButtons(e),
			checkinQrNote(),
			manageButton(url),
			privacyNote()
		]);
	},

	waitlisted: (
		e: EventRow,
		name: string,
		position: number,
		url: string,
		options?: OptionPlace[]
	): Rendered => {
		const w = m.mail.events;
		return eventMail(e, t(w.waitlisted.subject, { title: e.title }), greeting(name), [
			{ p: t(w.waitlisted.body, { title: e.title, position }) },
			...detailBlocks(e, false),
			...optionBlocks(options),
			manageButton(url),
			privacyNote()
		]);
	},

	promoted: (e: EventRow, name: string, url: string, options?: OptionPlace[]): Rendered => {
		const w = m.mail.events;
		return eventMail(e, t(w.promoted.subject, { title: e.title }), greeting(name), [
			{ p: t(w.promoted.body, { title: e.title }) },
			...detailBlocks(e, true),
			...optionBlocks(options),
			{ p: w.promoted.after },
			calendarButtons(e),
			checkinQrNote(),
			manageButton(url)
		]);
	},

	/** A place freed up on an option the person waited for. */
	optionPromoted: (e: EventRow, name: string, option: string, url: string): Rendered => {
		const w = m.eventOptions.mail.promoted;
		return eventMail(e, t(w.subject, { title: e.title, option }), greeting(name), [
			{ p: t(w.body, { title: e.title, option }) },
			{ p: w.after },
			manageButton(url)
		]);
	},

	linkAgain: (e: EventRow, name: string, url: string): Rendered => {
		const w = m.mail.events;
		return eventMail(e, t(w.linkAgain.subject, { title: e.title }), greeting(name), [
			{ p: t(w.linkAgain.body, { title: e.title }) },
			manageButton(url),
			privacyNote()
		]);
	},

	reminderDay: (e: EventRow, name: string, url: string): Rendered => {
		const w = m.mail.events;
		return eventMail(e, t(w.reminderDay.subject, { title: e.title }), greeting(name), [
			{ p: t(w.reminderDay.body, { title: e.title }) },
			...detailBlocks(e, true),
			{ p: w.reminderDay.after },
			manageButton(url)
		]);
	},

	reminderHour: (e: EventRow, name: string, url: string): Rendered => {
		const w = m.mail.events;
		const time = formatTime(e.startsAt);
		return eventMail(e, t(w.reminderHour.subject, { title: e.title, time }), greeting(name), [
			{ p: t(w.reminderHour.body, { title: e.title, time }) },
			...detailBlocks(e, true),
			manageButton(url)
		]);
	},

	changed: (e: EventRow, name: string, confirmed: boolean, changes: string[], url: string) => {
		const w = m.mail.events;
		return eventMail(e, t(w.changed.subject, { title: e.title }), greeting(name), [
			{ p: t(w.changed.body, { title: e.title }) },
			{ list: changes },
			...detailBlocks(e, confirmed),
			...(confirmed ? [{ p: w.changed.icsReplaces }] : []),
			manageButton(url)
		]);
	},

	eventCancelled: (e: EventRow, name: string): Rendered => {
		const w = m.mail.events;
		return eventMail(e, t(w.eventCancelled.subject, { title: e.title }), greeting(name), [
			{ p: t(w.eventCancelled.body, { title: e.title, when: whenText(e) }) },
			...(e.cancelReason ? [{ p: e.cancelReason }] : []),
			{ p: w.icsRemoves },
			{ small: t(w.eventCancelled.others, { url: siteUrl('/arrangementer') }) }
		]);
	},

	selfCancelled: (e: EventRow, name: string, wasWaitlisted: boolean): Rendered => {
		const w = m.mail.events;
		return eventMail(e, t(w.selfCancelled.subject, { title: e.title }), greeting(name), [
			{
				p: t(wasWaitlisted ? w.selfCancelled.waitlisted : w.selfCancelled.confirmed, {
					title: e.title
				})
			},
			...(wasWaitlisted ? [] : [{ p: w.icsRemoves }]),
			{ small: t(w.selfCancelled.again, { url: eventUrl(e.slug) }) }
		]);
	},

	movedToWaitlist: (e: EventRow, name: string, position: number, url: string): Rendered => {
		const w = m.mail.events;
		return eventMail(e, t(w.movedToWaitlist.subject, { title: e.title }), greeting(name), [
			{ p: t(w.movedToWaitlist.body, { title: e.title, position }) },
			...detailBlocks(e, false),
			manageButton(url)
		]);
	},

	/**
	 * A hybrid registration moved to the other way of attending (`e` as that way sees it): a
	 * seat there, or its waitlist (`position`) when those seats are full.
	 */
	attendanceChanged: (
		e: EventRow,
		name: string,
		way: string,
		position: number | null,
		hadSeat: boolean,
		url: string
	): Rendered => {
		const w = m.mail.events;
		const seat = position === null;
		return eventMail(e, t(w.attendanceChanged.subject, { title: e.title }), greeting(name), [
			{
				p: seat
					? t(w.attendanceChanged.body, { title: e.title, way })
					: t(w.attendanceChanged.waitlisted, { title: e.title, way, position })
			},
			...detailBlocks(e, seat),
			...(seat ? [{ p: w.changed.icsReplaces }] : hadSeat ? [{ p: w.icsRemoves }] : []),
			manageButton(url)
		]);
	},

	cancelledByStaff: (e: EventRow, name: string): Rendered => {
		const w = m.mail.events;
		return eventMail(e, t(w.cancelledByStaff.subject, { title: e.title }), greeting(name), [
			{
				p: t(w.cancelledByStaff.body, {
					title: e.title,
					when: whenText(e),
					url: eventUrl(e.slug)
				})
			}
		]);
	},

	followUp: (e: EventRow, name: string): Rendered => {
		const w = m.mail.events.followUp;
		return eventMail(e, t(w.subject, { title: e.title }), greeting(name), [
			{ p: t(w.body, { title: e.title }) },
			...(e.recordingUrl
				? [
						{ p: w.recording },
						{ button: { label: w.recordingButton, url: absolute(e.recordingUrl) } }
					]
				: []),
			...(e.resources ? [{ p: w.resources }] : []),
			{ p: eventUrl(e.slug) }
		]);
	},

	evaluation: (e: EventRow, name: string, url: string): Rendered => {
		const w = m.afterEvent.mail.evaluation;
		return eventMail(e, t(w.subject, { title: e.title }), greeting(name), [
			{ p: t(w.body, { title: e.title }) },
			{ button: { label: w.button, url } },
			{ small: w.anonymous }
		]);
	},

	staffMessage: (e: EventRow, name: string, subject: string, body: string, url: string) =>
		eventMail(e, subject, greeting(name), [
			{ p: body },
			{ small: t(m.mail.events.staffMessage.why, { title: e.title, when: whenText(e) }) },
			manageButton(url)
		])
};

function absolute(url: string): string {
	return url.startsWith('/') ? config.origin + url : url;
}

/**
 * The participant's calendar file for a mail (iTIP: REQUEST for a seat, CANCEL when it or the
 * event is gone; none for the waitlist), raising their SEQUENCE: see itip.ts.
 */
export async function participantIcs(
	tx: DbOrTx,
	e: EventRow,
	r: Pick<RegistrationRow, 'status' | 'name' | 'email'> &
		Partial<Pick<RegistrationRow, 'attendance'>>,
	manage: string | null,
	cancelled = false
): Promise<string | undefined> {
	return issuePersonalIcs(tx, { event: e, registration: r, manageUrl: manage, cancelled });
}

export type EventMailKind =
	| 'confirmed'
	| 'waitlisted'
	| 'promoted'
	| 'option-promoted'
	| 'link'
	| 'reminder-day'
	| 'reminder-hour'
	| 'changed'
	| 'attendance-changed'
	| 'cancelled'
	| 'self-cancelled'
	| 'follow-up'
	| 'message'
	| 'evaluation'
	| 'message-test';

/** One event mail to a participant, with the calendar file where it belongs. */
export interface EventMail {
	kind: EventMailKind;
	to: string;
	content: Rendered;
	key: string;
	ics?: string;
	/** The registration whose check-in QR code goes with the mail. */
	qrFor?: number;
}

const outgoing = (opts: EventMail): OutgoingMail => ({
	to: opts.to,
	template: `arrangement.${opts.kind}`,
	content: opts.content,
	idempotencyKey: opts.key,
	attachments: [
		...(opts.ics ? [icsAttachment(opts.ics)] : []),
		...(opts.qrFor ? [checkinQrAttachment(opts.qrFor)] : [])
	]
});

/** Queues one event mail to a participant, with the calendar file where it belongs. */
export async function queueEventMail(tx: DbOrTx, opts: EventMail) {
	return sendMail(tx, outgoing(opts));
}

/** Queues several event mails in one statement (each as queueEventMail would); how many were new. */
export async function queueEventMails(tx: DbOrTx, mails: EventMail[]): Promise<number> {
	return sendMails(tx, mails.map(outgoing));
}
