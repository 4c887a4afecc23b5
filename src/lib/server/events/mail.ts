/**
 * The events' e-mails: what each says (Norwegian, from `render()` blocks) and the calendar
 * file that goes with it. Queued with `sendMail` inside the business transaction, each with
 * an idempotency key so it is sent exactly once.
 */
import { render, type Block, type Rendered } from '../mail/layout';
import { sendMail } from '../mail/send';
import type { DbOrTx } from '../db/client';
import { config } from '../config';
import { now } from '../clock';
import { formatRange, formatWeekdayDate, formatTime } from '$lib/i18n';
import { eventIcs, icsAttachment } from './ics';
import type { events, registrations } from './schema';

export type EventRow = typeof events.$inferSelect;
export type RegistrationRow = typeof registrations.$inferSelect;

export const eventUrl = (slug: string) => `${config.origin}/arrangementer/${slug}`;
export const manageUrl = (token: string) => `${config.origin}/arrangementer/min-pamelding/${token}`;

// The same event's time is written into every mail of a burst: format it once.
const whenTexts = new Map<string, string>();

/** «fredag 28. mai 2021 kl. 12.00–13.30» */
export function whenText(e: Pick<EventRow, 'startsAt' | 'endsAt'>): string {
	const key = `${e.startsAt.getTime()}-${e.endsAt.getTime()}`;
	let out = whenTexts.get(key);
	if (out === undefined) {
		out = `${formatWeekdayDate(e.startsAt).split(' ')[0]} ${formatRange(e.startsAt, e.endsAt)}`;
		if (whenTexts.size > 5000) whenTexts.clear();
		whenTexts.set(key, out);
	}
	return out;
}

export function whereText(e: Pick<EventRow, 'format' | 'venue' | 'address'>): string {
	if (e.format === 'digitalt') return 'Digitalt';
	return [e.venue, e.address].filter(Boolean).join(', ') || 'Stedet kommer';
}

function detailBlocks(e: EventRow, confirmed: boolean): Block[] {
	const list = [`Når: ${whenText(e)}`, `Hvor: ${whereText(e)}`];
	if (e.format === 'digitalt')
		list.push(
			confirmed
				? e.meetingUrl
					? `Møtelenke: ${e.meetingUrl}`
					: 'Møtelenke: kommer på e-post før arrangementet'
				: 'Møtelenken sendes når du har fått plass'
		);
	list.push(`Om arrangementet: ${eventUrl(e.slug)}`);
	return [{ list }];
}

const manageButton = (url: string): Block => ({
	button: { label: 'Se, endre eller meld deg av', url }
});

const privacyNote: Block = {
	small:
		'Lenken er personlig: den som har den, kan se og endre påmeldingen. Del den ikke videre. Slik behandler vi opplysningene dine: ' +
		`${config.origin}/personvern`
};

export const eventTemplates = {
	confirmed: (e: EventRow, name: string, url: string): Rendered =>
		render(`Du er påmeldt: ${e.title}`, `Hei ${name},`, [
			{ p: `Takk for påmeldingen! Du har plass på «${e.title}».` },
			...detailBlocks(e, true),
			{ p: 'Kalenderfilen i vedlegget legger arrangementet inn i kalenderen din.' },
			manageButton(url),
			privacyNote
		]),

	waitlisted: (e: EventRow, name: string, position: number, url: string): Rendered =>
		render(`Du står på venteliste: ${e.title}`, `Hei ${name},`, [
			{
				p: `«${e.title}» er fullt, så du står på ventelisten som nummer ${position}. Blir det ledig plass, får du den automatisk i den rekkefølgen folk meldte seg på, og vi sender deg en e-post.`
			},
			...detailBlocks(e, false),
			manageButton(url),
			privacyNote
		]),

	promoted: (e: EventRow, name: string, url: string): Rendered =>
		render(`Du har fått plass: ${e.title}`, `Hei ${name},`, [
			{ p: `Det ble ledig plass, og du har nå fått plass på «${e.title}».` },
			...detailBlocks(e, true),
			{
				p: 'Kalenderfilen i vedlegget legger arrangementet inn i kalenderen din. Kan du ikke komme likevel? Meld deg av, så går plassen videre.'
			},
			manageButton(url)
		]),

	linkAgain: (e: EventRow, name: string, url: string): Rendered =>
		render(`Lenken til påmeldingen din: ${e.title}`, `Hei ${name},`, [
			{
				p: `Noen (forhåpentligvis du) prøvde å melde deg på «${e.title}» igjen. Du er allerede påmeldt, så vi har ikke laget en ny påmelding. Her er lenken til påmeldingen din.`
			},
			manageButton(url),
			privacyNote
		]),

	reminderDay: (e: EventRow, name: string, url: string): Rendered =>
		render(`Påminnelse: ${e.title} i morgen`, `Hei ${name},`, [
			{ p: `Velkommen til «${e.title}» i morgen!` },
			...detailBlocks(e, true),
			{ p: 'Kan du ikke komme likevel? Meld deg av, så kan noen andre få plassen.' },
			manageButton(url)
		]),

	reminderHour: (e: EventRow, name: string, url: string): Rendered =>
		render(`Snart i gang: ${e.title} kl. ${formatTime(e.startsAt)}`, `Hei ${name},`, [
			{ p: `«${e.title}» starter om en time, kl. ${formatTime(e.startsAt)}.` },
			...detailBlocks(e, true),
			manageButton(url)
		]),

	changed: (e: EventRow, name: string, confirmed: boolean, changes: string[], url: string) =>
		render(`Endring: ${e.title}`, `Hei ${name},`, [
			{ p: `Det er gjort endringer i «${e.title}», som du er påmeldt:` },
			{ list: changes },
			...detailBlocks(e, confirmed),
			...(confirmed
				? [{ p: 'Den oppdaterte kalenderfilen i vedlegget erstatter den du fikk tidligere.' }]
				: []),
			manageButton(url)
		]),

	eventCancelled: (e: EventRow, name: string): Rendered =>
		render(`Avlyst: ${e.title}`, `Hei ${name},`, [
			{
				p: `Vi må dessverre avlyse «${e.title}», som var satt opp ${whenText(e)}. Påmeldingen din er dermed strøket, og du trenger ikke gjøre noe.`
			},
			...(e.cancelReason ? [{ p: e.cancelReason }] : []),
			{ p: 'Kalenderfilen i vedlegget fjerner arrangementet fra kalenderen din.' },
			{ small: `Andre arrangementer finner du på ${config.origin}/arrangementer` }
		]),

	selfCancelled: (e: EventRow, name: string, wasWaitlisted: boolean): Rendered =>
		render(`Du er meldt av: ${e.title}`, `Hei ${name},`, [
			{
				p: wasWaitlisted
					? `Du står ikke lenger på ventelisten til «${e.title}».`
					: `Du er meldt av «${e.title}». Takk for at du sa fra – plassen går videre til neste på ventelisten.`
			},
			...(wasWaitlisted
				? []
				: [{ p: 'Kalenderfilen i vedlegget fjerner arrangementet fra kalenderen din.' }]),
			{
				small: `Ombestemmer du deg, kan du melde deg på igjen på ${eventUrl(e.slug)} så lenge påmeldingen er åpen.`
			}
		]),

	movedToWaitlist: (e: EventRow, name: string, position: number, url: string): Rendered =>
		render(`Du er flyttet til ventelisten: ${e.title}`, `Hei ${name},`, [
			{
				p: `Arrangøren har flyttet påmeldingen din til «${e.title}» til ventelisten. Du er nummer ${position} i køen. Blir det ledig plass, får du beskjed.`
			},
			...detailBlocks(e, false),
			manageButton(url)
		]),

	cancelledByStaff: (e: EventRow, name: string): Rendered =>
		render(`Påmeldingen din er strøket: ${e.title}`, `Hei ${name},`, [
			{
				p: `Arrangøren har strøket påmeldingen din til «${e.title}» (${whenText(e)}). Er dette feil, kan du svare arrangøren eller melde deg på igjen på ${eventUrl(e.slug)}.`
			}
		]),

	followUp: (e: EventRow, name: string): Rendered =>
		render(`Takk for sist: ${e.title}`, `Hei ${name},`, [
			{ p: `Takk for at du meldte deg på «${e.title}».` },
			...(e.recordingUrl
				? [
						{ p: 'Opptaket er nå tilgjengelig:' },
						{ button: { label: 'Se opptaket', url: absolute(e.recordingUrl) } }
					]
				: []),
			...(e.resources
				? [{ p: 'Presentasjoner og andre ressurser fra arrangementet finner du her:' }]
				: []),
			{ p: eventUrl(e.slug) }
		]),

	staffMessage: (e: EventRow, name: string, subject: string, body: string, url: string) =>
		render(subject, `Hei ${name},`, [
			{ p: body },
			{ small: `Du får denne e-posten fordi du er påmeldt «${e.title}» (${whenText(e)}).` },
			manageButton(url)
		])
};

function absolute(url: string): string {
	return url.startsWith('/') ? config.origin + url : url;
}

/** The participant's calendar file: SEQUENCE is the event's plus the registration's. */
export function participantIcs(
	e: EventRow,
	r: Pick<RegistrationRow, 'status' | 'sequence'>,
	manage: string | null,
	cancelled = false
) {
	const confirmed = r.status === 'confirmed' && !cancelled;
	return eventIcs(e, {
		origin: config.origin,
		stamp: now(),
		sequence: e.sequence + r.sequence,
		meetingUrl: confirmed && e.format === 'digitalt' ? e.meetingUrl : null,
		manageUrl: manage,
		cancelled: cancelled || r.status === 'cancelled'
	});
}

export type EventMailKind =
	| 'confirmed'
	| 'waitlisted'
	| 'promoted'
	| 'link'
	| 'reminder-day'
	| 'reminder-hour'
	| 'changed'
	| 'cancelled'
	| 'self-cancelled'
	| 'follow-up'
	| 'message';

/** Queues one event mail to a participant, with the calendar file where it belongs. */
export async function queueEventMail(
	tx: DbOrTx,
	opts: {
		kind: EventMailKind;
		to: string;
		content: Rendered;
		key: string;
		ics?: string;
	}
) {
	return sendMail(tx, {
		to: opts.to,
		template: `arrangement.${opts.kind}`,
		content: opts.content,
		idempotencyKey: opts.key,
		attachments: opts.ics ? [icsAttachment(opts.ics)] : []
	});
}
