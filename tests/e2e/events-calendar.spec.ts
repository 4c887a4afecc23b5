/**
 * Calendars and mails as participants expect them: iTIP files that update the event a calendar
 * already has, Google/Outlook links, feeds per county chapter and type, Reply-To the organiser,
 * and private links that say 404 once they are dead.
 */
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { expectAccessible } from './support/a11y';
import { attachmentOf, waitForMail, type ReceivedMail } from './support/mail';
import { uniqueEmail } from './support/users';
import { createEvent, icsFromMail, privatePath, registerByPost } from './support/events';

function itip(text: string) {
	const cal = new ICAL.Component(ICAL.parse(text));
	const ev = cal.getFirstSubcomponent('vevent')!;
	return {
		method: String(cal.getFirstPropertyValue('method')),
		uid: String(ev.getFirstPropertyValue('uid')),
		sequence: Number(ev.getFirstPropertyValue('sequence')),
		status: String(ev.getFirstPropertyValue('status')),
		organizer: String(ev.getFirstPropertyValue('organizer')),
		attendee: String(ev.getFirstPropertyValue('attendee'))
	};
}

/** A header of the raw message, unfolded. */
const header = (mail: ReceivedMail, name: string) =>
	mail.raw
		.split(/\r?\n\r?\n/)[0]
		.replace(/\r?\n[ \t]+/g, ' ')
		.match(new RegExp(`^${name}: (.*)$`, 'im'))?.[1];

/** The HTML part of a received message, decoded (quoted-printable or base64). */
function htmlOf(mail: ReceivedMail): string {
	const part = mail.raw
		.split(/\r?\n--[^\r\n]+\r?\n/)
		.find((p) => /Content-Type: text\/html/i.test(p));
	if (!part) throw new Error('Ingen HTML-del');
	const [head, ...rest] = part.split(/\r?\n\r?\n/);
	const body = rest.join('\n\n').replace(/\r?\n--[\s\S]*$/, '');
	if (/base64/i.test(head)) return attachmentOf(mail, /text\/html/).toString('utf8');
	if (!/quoted-printable/i.test(head)) return body;
	return Buffer.from(
		body
			.replace(/=\r?\n/g, '')
			.replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
		'latin1'
	).toString('utf8');
}

test('iTIP across register, cancel and register again; Reply-To the contact person; links in the mail', async ({
	page,
	request
}) => {
	const ev = await createEvent(request, {
		contactName: 'Olga Arrangør',
		contactEmail: 'olga@kulturskole.example'
	});
	const email = uniqueEmail('itip');
	const first = await registerByPost(request, ev.slug, { name: 'Kari Kalender', email });
	expect(first.status()).toBe(303);
	const path = privatePath(first.headers().location);
	const confirmed = await waitForMail(email, /Du er påmeldt/);
	// Replies go to the organiser, who the mail names.
	expect(header(confirmed, 'Reply-To')).toContain('olga@kulturskole.example');
	expect(confirmed.text).toContain('Olga Arrangør');
	const request1 = itip(icsFromMail(confirmed));
	expect(request1).toMatchObject({
		method: 'REQUEST',
		status: 'CONFIRMED',
		organizer: 'mailto:olga@kulturskole.example',
		attendee: `mailto:${email}`
	});
	expect(confirmed.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
	// Links in the HTML are links; the text part carries the addresses.
	const html = htmlOf(confirmed);
	expect(html).toMatch(/<a href="https:\/\/calendar\.google\.com\/calendar\/render\?[^"]+"/);
	expect(html).toMatch(/<a href="https:\/\/outlook\.live\.com\/calendar\/[^"]+"/);
	expect(html).toContain('overflow-wrap:anywhere');
	expect(confirmed.text).toMatch(
		/https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE/
	);
	// On a 360 px phone the mail, long links and all, fits without scrolling sideways.
	await page.setViewportSize({ width: 360, height: 800 });
	await page.setContent(html);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

	// The private page offers the file and both links while they have a seat.
	await page.goto(path);
	await expect(page.getByRole('link', { name: 'Legg i kalenderen (.ics)' })).toBeVisible();
	const google = await page
		.getByRole('link', { name: 'Legg til i Google Kalender' })
		.getAttribute('href');
	expect(new URL(google!).searchParams.get('dates')).toMatch(/^\d{8}T\d{6}Z\/\d{8}T\d{6}Z$/);
	const outlook = await page.getByRole('link', { name: 'Legg til i Outlook' }).getAttribute('href');
	expect(new URL(outlook!).searchParams.get('startdt')).toBe(ev.startsAt.replace(/\.\d{3}Z$/, 'Z'));
	await expectAccessible(page, 'min påmelding med kalenderlenker');

	// Cancel: a CANCEL for the same UID.
	await page.getByRole('button', { name: 'Meld meg av' }).click();
	await expect(page.getByText('Du er meldt av.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Legg i kalenderen (.ics)' })).toHaveCount(0);
	const cancel = itip(icsFromMail(await waitForMail(email, /Du er meldt av/)));
	expect(cancel).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: request1.uid });
	expect(cancel.sequence).toBeGreaterThan(request1.sequence);

	// Register again: the new REQUEST outranks the cancellation the calendar holds.
	const again = await registerByPost(request, ev.slug, { name: 'Kari Kalender', email });
	expect(again.status()).toBe(303);
	await expect
		.poll(async () => {
			const mail = await waitForMail(email, /Du er påmeldt/);
			return itip(icsFromMail(mail)).sequence;
		})
		.toBeGreaterThan(cancel.sequence);
	const back = itip(icsFromMail(await waitForMail(email, /Du er påmeldt/)));
	expect(back).toMatchObject({ method: 'REQUEST', status: 'CONFIRMED', uid: request1.uid });
});

test('the waitlist has no calendar button and no file; a cancelled event offers none', async ({
	page,
	request
}) => {
	const ev = await createEvent(request, { capacity: 1 });
	await registerByPost(request, ev.slug, { name: 'Har Plass', email: uniqueEmail('plass') });
	const waiting = await registerByPost(request, ev.slug, {
		name: 'Venter Pent',
		email: uniqueEmail('venter')
	});
	const path = privatePath(waiting.headers().location);
	await page.goto(path);
	await expect(page.getByText('Du er nummer 1 på ventelisten')).toBeVisible();
	await expect(page.getByRole('link', { name: /Legg i kalenderen|Google|Outlook/ })).toHaveCount(0);
	expect((await request.get(`${path}/kalender.ics`)).status()).toBe(404);

	const cancelled = await createEvent(request, { status: 'cancelled' });
	await page.goto(`/arrangementer/${cancelled.slug}`);
	await expect(page.getByRole('heading', { level: 1, name: cancelled.title })).toBeVisible();
	await expect(page.getByRole('link', { name: /Legg i kalenderen|Google|Outlook/ })).toHaveCount(0);
	await expectAccessible(page, 'avlyst arrangement');
});

test('the event page links to Google and Outlook with UTC times and the address', async ({
	page,
	request
}) => {
	const ev = await createEvent(request, { title: 'Kalenderseminar & mer' });
	await page.goto(`/arrangementer/${ev.slug}`);
	await expect(page.getByRole('link', { name: 'Legg i kalenderen (.ics)' })).toBeVisible();
	const g = new URL(
		(await page.getByRole('link', { name: 'Legg til i Google Kalender' }).getAttribute('href'))!
	);
	expect(g.hostname).toBe('calendar.google.com');
	expect(g.searchParams.get('text')).toBe('Kalenderseminar & mer');
	const start = ev.startsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
	const end = ev.endsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
	expect(g.searchParams.get('dates')).toBe(`${start}/${end}`);
	expect(g.searchParams.get('location')).toBe('Rådhuset, Munkegata 1, 7013 Trondheim');
	const o = new URL(
		(await page.getByRole('link', { name: 'Legg til i Outlook' }).getAttribute('href'))!
	);
	expect(o.hostname).toBe('outlook.live.com');
	expect(o.searchParams.get('subject')).toBe('Kalenderseminar & mer');
	expect(o.searchParams.get('enddt')).toBe(ev.endsAt.replace(/\.\d{3}Z$/, 'Z'));
	await expectAccessible(page, 'arrangement med kalenderlenker');
});

test('feeds per county chapter and per type: only their events, refreshed hourly, in the language', async ({
	page,
	request
}) => {
	const nordland = await createEvent(request, { chapter: 'nordland', title: 'Nordlandsseminar' });
	const webinar = await createEvent(request, { format: 'digitalt', title: 'Nettwebinar' });

	await page.goto('/arrangementer');
	const chapterLink = page.getByRole('link', { name: 'Nordland', exact: true });
	await expect(chapterLink).toHaveAttribute('href', '/arrangementer/fylkeslag/nordland.ics');
	await expect(page.getByRole('link', { name: 'Webinar', exact: true })).toHaveAttribute(
		'href',
		'/arrangementer/type/webinar.ics'
	);
	await expectAccessible(page, 'arrangementer med kalendere');

	const chapter = await request.get('/arrangementer/fylkeslag/nordland.ics');
	expect(chapter.status()).toBe(200);
	expect(chapter.headers()['content-type']).toContain('text/calendar');
	const chapterText = await chapter.text();
	expect(chapterText).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
	expect(chapterText).toContain('\r\nMETHOD:PUBLISH\r\n');
	expect(chapterText).toContain(`SUMMARY:${nordland.title}`);
	expect(chapterText).not.toContain(`SUMMARY:${webinar.title}`);

	const type = await (await request.get('/arrangementer/type/webinar.ics')).text();
	expect(type).toContain(`SUMMARY:${webinar.title}`);
	expect(type).not.toContain(`SUMMARY:${nordland.title}`);
	expect(type).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');

	const en = await (await request.get('/en/arrangementer/type/webinar.ics')).text();
	expect(en).toContain('X-WR-CALNAME:Fremtidens kulturskole – Webinar');
	expect(en).toContain('About the event:');
	expect((await request.get('/arrangementer/fylkeslag/finnes-ikke.ics')).status()).toBe(404);
	expect((await request.get('/arrangementer/type/finnes-ikke.ics')).status()).toBe(404);
});

test('the form says how long registrations are kept, in each language', async ({
	page,
	request
}) => {
	const ev = await createEvent(request);
	await page.goto(`/arrangementer/${ev.slug}/pamelding`);
	await expect(page.getByText('anonymiseres 12 måneder etter arrangementet')).toBeVisible();
	await page.goto(`/nn/arrangementer/${ev.slug}/pamelding`);
	await expect(page.getByText('anonymisert 12 månader etter arrangementet')).toBeVisible();
	await page.goto(`/en/arrangementer/${ev.slug}/pamelding`);
	await expect(page.getByText('anonymised 12 months after the event')).toBeVisible();
});

test('a dead private link answers 404, also after the registration is deleted', async ({
	page,
	request
}) => {
	for (const token of ['abc', 'a'.repeat(32)]) {
		const res = await page.goto(`/arrangementer/min-pamelding/${token}`);
		expect(res?.status()).toBe(404);
		await expect(page.getByRole('heading', { name: 'Lenken virker ikke' })).toBeVisible();
	}
	await expectAccessible(page, 'død lenke');
	const ev = await createEvent(request);
	const reg = await registerByPost(request, ev.slug, {
		name: 'Slett Meg',
		email: uniqueEmail('slett')
	});
	const path = privatePath(reg.headers().location);
	await page.goto(path);
	await page.getByRole('button', { name: 'Slett påmeldingen min' }).click();
	await expect(page.getByRole('heading', { name: 'Påmeldingen er slettet' })).toBeVisible();
	expect((await page.goto(path))?.status()).toBe(404);
	expect((await request.get(`${path}/kalender.ics`)).status()).toBe(404);
});
