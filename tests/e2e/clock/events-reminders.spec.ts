import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { mailTo, waitForMail } from '../support/mail';
import { runJobs, setClock, uniqueEmail } from '../support/users';
import { createEvent, icsFromMail, parseIcs, privatePath, registerByPost } from '../support/events';

test.afterEach(async ({ request }) => setClock(request, 'reset'));

const subjects = (to: string) => mailTo(to).map((m) => m.subject);
const count = (to: string, pattern: RegExp) => subjects(to).filter((s) => pattern.test(s)).length;

test('påminnelsene går dagen før kl. 09.00 og en time før, én gang, og ikke til de som kom etter', async ({
	request
}) => {
	// A digital event on Wednesday 10 March 2027 at 12.00 Oslo time (winter time, UTC+1)
	await setClock(request, new Date('2027-03-01T10:00:00+01:00'));
	const ev = await createEvent(request, {
		format: 'digitalt',
		capacity: null,
		startsAt: '2027-03-10T12:00:00+01:00',
		endsAt: '2027-03-10T13:30:00+01:00',
		recordingUrl: 'https://vimeo.com/468000099'
	});
	const early = uniqueEmail('tidlig');
	const late = uniqueEmail('sen');
	const lastMinute = uniqueEmail('siste');
	expect(
		(await registerByPost(request, ev.slug, { name: 'Tidlig Ute', email: early })).status()
	).toBe(303);
	await waitForMail(early, /Du er påmeldt/);

	// 08.59 the day before: not yet
	await setClock(request, new Date('2027-03-09T08:59:00+01:00'));
	await runJobs(request);
	expect(count(early, /Påminnelse/)).toBe(0);

	// 09.00: the reminder goes out; someone registering a moment later does not get it
	await setClock(request, new Date('2027-03-09T09:00:30+01:00'));
	expect((await registerByPost(request, ev.slug, { name: 'Sen Ute', email: late })).status()).toBe(
		303
	);
	await runJobs(request);
	await runJobs(request);
	const reminder = await waitForMail(early, /Påminnelse: .* i morgen/);
	expect(reminder.text).toContain('Møtelenke: https://zoom.us/j/5550001111');
	const [ics] = parseIcs(icsFromMail(reminder));
	expect(ics.startLocal).toBe('2027-03-10T12:00:00');
	expect(ics.startZone).toBe('Europe/Oslo');
	await waitForMail(late, /Du er påmeldt/);
	expect(count(early, /Påminnelse/)).toBe(1);
	expect(count(late, /Påminnelse/)).toBe(0);

	// One hour before the digital event: both registered before 11.00 get it, once
	await setClock(request, new Date('2027-03-10T10:30:00+01:00'));
	expect(
		(await registerByPost(request, ev.slug, { name: 'Siste Liten', email: lastMinute })).status()
	).toBe(303);
	await setClock(request, new Date('2027-03-10T10:59:00+01:00'));
	await runJobs(request);
	expect(count(early, /Snart i gang/)).toBe(0);
	await setClock(request, new Date('2027-03-10T11:00:10+01:00'));
	await runJobs(request);
	await runJobs(request);
	await waitForMail(early, /Snart i gang/);
	await waitForMail(late, /Snart i gang/);
	await waitForMail(lastMinute, /Snart i gang/);
	expect(count(early, /Snart i gang/)).toBe(1);
	expect(count(lastMinute, /Påminnelse/)).toBe(0);

	// After the event: the recording, once
	await setClock(request, new Date('2027-03-10T14:00:00+01:00'));
	await runJobs(request);
	await runJobs(request);
	const after = await waitForMail(early, /Takk for sist/);
	expect(after.text).toContain('https://vimeo.com/468000099');
	expect(count(early, /Takk for sist/)).toBe(1);
});

test('kosthold slettes dagen etter, påmeldingen anonymiseres etter tolv måneder, fristen stenger', async ({
	page,
	request
}) => {
	await setClock(request, new Date('2027-05-03T09:00:00+02:00'));
	const ev = await createEvent(request, {
		capacity: 20,
		startsAt: '2027-05-20T10:00:00+02:00',
		endsAt: '2027-05-20T16:00:00+02:00',
		registrationClosesAt: '2027-05-18T12:00:00+02:00'
	});
	const email = uniqueEmail('kost');
	const res = await registerByPost(request, ev.slug, {
		name: 'Kari Kosthold',
		email,
		dietary: 'Glutenfri',
		dietaryConsent: 'true'
	});
	const path = privatePath(res.headers().location);
	await page.goto(path);
	await expect(page.getByRole('definition').filter({ hasText: 'Glutenfri' })).toBeVisible();

	// The deadline closes registration
	await setClock(request, new Date('2027-05-18T12:00:00+02:00'));
	await page.goto(`/arrangementer/${ev.slug}/pamelding`);
	await expect(page.getByRole('heading', { name: 'Påmeldingen er stengt' })).toBeVisible();
	await expect(page.getByText(/Fristen var 18\. mai 2027 kl\. 12\.00/)).toBeVisible();
	await expectAccessible(page, 'stengt etter fristen');

	// The evening of the event: still there
	await setClock(request, new Date('2027-05-20T23:50:00+02:00'));
	await runJobs(request);
	await page.goto(path);
	await expect(page.getByRole('definition').filter({ hasText: 'Glutenfri' })).toBeVisible();

	// The day after: deleted
	await setClock(request, new Date('2027-05-21T00:10:00+02:00'));
	await runJobs(request);
	await page.goto(path);
	await expect(page.getByText('Glutenfri')).toHaveCount(0);
	await expect(page.getByRole('definition').filter({ hasText: 'Kari Kosthold' })).toBeVisible();

	// Twelve months after the event: anonymised, the link no longer works
	await setClock(request, new Date('2028-05-19T12:00:00+02:00'));
	await runJobs(request);
	await page.goto(path);
	await expect(page.getByRole('definition').filter({ hasText: 'Kari Kosthold' })).toBeVisible();
	await setClock(request, new Date('2028-05-21T12:00:00+02:00'));
	await runJobs(request);
	await page.goto(path);
	await expect(page.getByRole('heading', { name: 'Lenken virker ikke' })).toBeVisible();
});
