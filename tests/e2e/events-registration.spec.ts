import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { linkIn, mailTo, waitForMail } from './support/mail';
import { uniqueEmail } from './support/users';
import {
	createEvent,
	icsFromMail,
	parseIcs,
	privatePath,
	registerByPost,
	seatCounts
} from './support/events';

test.describe('påmelding med JavaScript', () => {
	test('feil rettes, bekreftelse, e-post med kalenderfil og lenke, endring av påmeldingen', async ({
		page,
		request
	}) => {
		const ev = await createEvent(request, {
			capacity: 10,
			questions: [
				{
					kind: 'single',
					label: 'Hvilken dag deltar du?',
					required: true,
					options: ['Dag 1', 'Dag 2']
				},
				{ kind: 'text', label: 'Hva vil du lære?' },
				{ kind: 'multiple', label: 'Hvilke temaer?', options: ['Plan', 'Samskaping', 'Ungdom'] },
				{ kind: 'yesno', label: 'Vil du holde et innlegg?', required: true }
			]
		});
		const email = uniqueEmail('pamelding');

		await page.goto(`/arrangementer/${ev.slug}`);
		await expect(page.getByRole('heading', { level: 1, name: ev.title })).toBeVisible();
		await expect(page.getByText('10 av 10 plasser ledige')).toBeVisible();
		await expectAccessible(page, 'arrangementet');
		await page.getByRole('link', { name: 'Meld deg på' }).click();
		await expect(page).toHaveURL(new RegExp(`/arrangementer/${ev.slug}/pamelding$`));
		await expectAccessible(page, 'påmeldingsskjemaet');

		// Sending the empty form: every problem in the summary, which takes focus
		await page.getByRole('button', { name: 'Meld meg på' }).click();
		const summary = page.getByTestId('error-summary');
		await expect(summary).toBeFocused();
		for (const text of [
			'Skriv inn navnet ditt',
			'Skriv inn e-postadressen din',
			'Skriv inn kommunen din',
			'Velg rollen din',
			'Svar på spørsmålet «Hvilken dag deltar du?»',
			'Svar på spørsmålet «Vil du holde et innlegg?»',
			'Bekreft at du har lest personvernerklæringen'
		])
			await expect(summary).toContainText(text);
		await expectAccessible(page, 'skjemaet med feil');

		await page.getByLabel('Navn', { exact: true }).fill('Kari Nordmann');
		await page.getByLabel('E-post', { exact: true }).fill('kari@');
		await page.getByLabel('Kommune', { exact: true }).fill('Herøy');
		await page.getByLabel('Rolle', { exact: true }).selectOption('Kulturskoleleder');
		await page.getByLabel('Dag 2', { exact: true }).check();
		await page.getByLabel(/^Hva vil du lære/).fill('Samskaping i praksis');
		await page.getByLabel('Samskaping', { exact: true }).check();
		await page.getByLabel('Ungdom', { exact: true }).check();
		await page
			.getByRole('group', { name: 'Vil du holde et innlegg?' })
			.getByLabel('Nei', { exact: true })
			.check();
		await page.getByLabel(/^Behov knyttet til kosthold/).fill('Nøtteallergi');
		await page.getByLabel(/personvernerklæringen/).check();
		await page.getByRole('button', { name: 'Meld meg på' }).click();
		await expect(summary).toContainText('Skriv inn en gyldig e-postadresse');
		await expect(summary).toContainText('Kryss av for samtykke');
		// What was typed is kept
		await expect(page.getByLabel(/^Hva vil du lære/)).toHaveValue('Samskaping i praksis');

		await page.getByLabel('E-post', { exact: true }).fill(email);
		await page.getByLabel(/Jeg samtykker i at opplysningene om kosthold/).check();
		await page.getByRole('button', { name: 'Meld meg på' }).click();
		// Herøy is two municipalities: the server asks which
		await expect(summary).toContainText('«Herøy (Møre og Romsdal)» eller «Herøy (Nordland)»');
		await page.getByLabel('Kommune', { exact: true }).fill('Herøy (Nordland)');
		await page.getByRole('button', { name: 'Meld meg på' }).click();

		await expect(page).toHaveURL(/\/arrangementer\/min-pamelding\/[a-z2-7]{32}\?ny=1$/);
		await expect(page.getByRole('heading', { name: 'Du er påmeldt!' })).toBeVisible();
		await expect(page.getByText(`Vi har sendt en bekreftelse til ${email}`)).toBeVisible();
		await expect(
			page.getByRole('definition').filter({ hasText: 'Herøy (Nordland)' })
		).toBeVisible();
		await expect(
			page.getByRole('definition').filter({ hasText: 'Samskaping, Ungdom' })
		).toBeVisible();
		await expectAccessible(page, 'bekreftelsen');
		const privateUrl = new URL(page.url()).pathname;

		// The confirmation: a calendar file with the person's own stable UID, SEQUENCE 1 (the
		// first for this person and event) and Oslo times
		const mail = await waitForMail(email, /Du er påmeldt/);
		expect(mail.text).toContain(`/arrangementer/${ev.slug}`);
		const [ics] = parseIcs(icsFromMail(mail));
		expect(ics.uid).toMatch(new RegExp(`^arrangement-${ev.id}-[0-9a-f]{20}@localhost$`));
		expect(ics.sequence).toBe(1);
		expect(ics.startZone).toBe('Europe/Oslo');
		expect(ics.endZone).toBe('Europe/Oslo');
		expect(ics.start.getTime()).toBe(new Date(ev.startsAt).getTime());
		expect(ics.end.getTime()).toBe(new Date(ev.endsAt).getTime());
		expect(ics.url).toContain(`/arrangementer/${ev.slug}`);
		expect(ics.description).toContain('/arrangementer/min-pamelding/');
		expect(ics.status).toBe('CONFIRMED');

		// The link in the mail opens the private page; a change raises the calendar SEQUENCE
		await page.goto(linkIn(mail, /min-pamelding/));
		await expect(page.getByRole('heading', { level: 1, name: 'Påmeldingen din' })).toBeVisible();
		const change = page.getByRole('region', { name: 'Endre påmeldingen' });
		await change.getByLabel('Navn', { exact: true }).fill('Kari Nordmann-Berg');
		await change.getByLabel('Kommune', { exact: true }).fill('Trondheim');
		await change.getByRole('button', { name: 'Lagre endringene' }).click();
		await expect(page.getByText('Endringene er lagret.')).toBeVisible();
		await expect(
			page.getByRole('definition').filter({ hasText: 'Kari Nordmann-Berg' })
		).toBeVisible();
		await expectAccessible(page, 'den private siden');
		const own = await request.get(`${privateUrl}/kalender.ics`);
		expect(own.headers()['cache-control']).toContain('no-store');
		const [after] = parseIcs(await own.text());
		expect(after.uid).toBe(ics.uid);
		expect(after.sequence).toBe(1);
		expect(await seatCounts(request, ev.id)).toMatchObject({ confirmed: 1, waitlisted: 0 });
	});

	test('digitalt arrangement: møtelenken bare for den som har plass', async ({ page, request }) => {
		const ev = await createEvent(request, { format: 'digitalt', capacity: 5 });
		const email = uniqueEmail('digital');
		await page.goto(`/arrangementer/${ev.slug}`);
		await expect(page.getByText('Møtelenken sendes til dem som har fått plass.')).toBeVisible();
		expect(await page.content()).not.toContain('zoom.us');
		expect(await (await request.get(`/arrangementer/${ev.slug}.ics`)).text()).not.toContain(
			'zoom.us'
		);
		await page.goto(`/arrangementer/${ev.slug}/pamelding`);
		// No dietary questions for digital events
		await expect(page.getByText('Mat og allergier')).toHaveCount(0);
		await page.getByLabel('Navn', { exact: true }).fill('Per Digital');
		await page.getByLabel('E-post', { exact: true }).fill(email);
		await page.getByLabel('Annen organisasjon').fill('Universitetet i Agder');
		await page.getByLabel('Rolle', { exact: true }).selectOption('Annen rolle');
		await page.getByLabel(/personvernerklæringen/).check();
		await page.getByRole('button', { name: 'Meld meg på' }).click();
		await expect(page.getByRole('link', { name: 'https://zoom.us/j/5550001111' })).toBeVisible();
		const mail = await waitForMail(email, /Du er påmeldt/);
		expect(mail.text).toContain('Møtelenke: https://zoom.us/j/5550001111');
		const [ics] = parseIcs(icsFromMail(mail));
		expect(ics.location).toBe('https://zoom.us/j/5550001111');
		expect(ics.description).toContain('https://zoom.us/j/5550001111');
	});
});

test.describe('påmelding uten JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('skjemaet virker, feil vises, og samme e-post igjen gir ingen ny plass', async ({
		page,
		request
	}) => {
		const ev = await createEvent(request, {
			capacity: 3,
			questions: [{ kind: 'yesno', label: 'Trenger du overnatting?', required: true }]
		});
		const email = uniqueEmail('utenjs');
		await page.goto(`/arrangementer/${ev.slug}/pamelding`);
		await page.getByLabel('Navn', { exact: true }).fill('Ola Uten Skript');
		await page.getByLabel('E-post', { exact: true }).fill(email);
		await page.getByLabel('Kommune', { exact: true }).fill('bergen kommune');
		await page.getByLabel('Rolle', { exact: true }).selectOption('Skoleeier eller kommunalsjef');
		await page.getByRole('button', { name: 'Meld meg på' }).click();
		const summary = page.getByTestId('error-summary');
		await expect(summary).toContainText('Svar på spørsmålet «Trenger du overnatting?»');
		await expect(summary).toContainText('Bekreft at du har lest personvernerklæringen');
		await expect(page.getByLabel('Navn', { exact: true })).toHaveValue('Ola Uten Skript');

		await page.getByLabel('Ja', { exact: true }).check();
		await page.getByLabel(/personvernerklæringen/).check();
		await page.getByRole('button', { name: 'Meld meg på' }).click();
		await expect(page.getByRole('heading', { name: 'Du er påmeldt!' })).toBeVisible();
		await expect(page.getByRole('definition').filter({ hasText: 'Bergen' })).toBeVisible();
		await waitForMail(email, /Du er påmeldt/);

		// The same address again: a neutral answer (nothing about whether it was registered),
		// the link comes again in the e-mail, no second seat
		await page.goto(`/arrangementer/${ev.slug}/pamelding`);
		await page.getByLabel('Navn', { exact: true }).fill('Ola Igjen');
		await page.getByLabel('E-post', { exact: true }).fill(email.toUpperCase());
		await page.getByLabel('Kommune', { exact: true }).fill('Bergen');
		await page.getByLabel('Rolle', { exact: true }).selectOption('Kulturskoleleder');
		await page.getByLabel('Nei', { exact: true }).check();
		await page.getByLabel(/personvernerklæringen/).check();
		await page.getByRole('button', { name: 'Meld meg på' }).click();
		await expect(page.getByText(`Vi har sendt en e-post til adressen ${email}.`)).toBeVisible();
		await expect(page.getByText(/allerede påmeldt/)).toHaveCount(0);
		const again = await waitForMail(email, /Lenken til påmeldingen din/);
		await page.goto(linkIn(again, /min-pamelding/));
		await expect(page.getByRole('definition').filter({ hasText: 'Ola Uten Skript' })).toBeVisible();
		expect(await seatCounts(request, ev.id)).toMatchObject({ confirmed: 1, waitlisted: 0 });
	});
});

test('fullt: venteliste med plassnummer, avmelding gir plass til den første, som får e-post', async ({
	browser,
	request
}) => {
	const ev = await createEvent(request, { capacity: 1 });
	const [a, b, c] = [uniqueEmail('forst'), uniqueEmail('andre'), uniqueEmail('tredje')];
	const ctx = await browser.newContext();
	const page = await ctx.newPage();
	const first = await registerByPost(request, ev.slug, { name: 'Anne Først', email: a });
	expect(first.status()).toBe(303);
	const aPath = privatePath(first.headers().location);

	// The event page shows that it is full (the public cache was emptied by the registration)
	await page.goto(`/arrangementer/${ev.slug}`);
	await expect(page.getByText('Fullt – du kan sette deg på ventelisten')).toBeVisible();
	await page.getByRole('link', { name: 'Sett deg på ventelisten' }).click();
	await expect(page.getByText('Alle plassene er tatt.')).toBeVisible();
	await page.getByLabel('Navn', { exact: true }).fill('Bjørn Andre');
	await page.getByLabel('E-post', { exact: true }).fill(b);
	await page.getByLabel('Kommune', { exact: true }).fill('Tromsø');
	await page.getByLabel('Rolle', { exact: true }).selectOption('Folkevalgt');
	await page.getByLabel(/personvernerklæringen/).check();
	await page.getByRole('button', { name: 'Sett meg på ventelisten' }).click();
	await expect(page.getByRole('heading', { name: 'Du står på ventelisten' })).toBeVisible();
	await expect(page.getByText('Du er nummer 1 på ventelisten')).toBeVisible();
	await expectAccessible(page, 'venteliste');
	const bPath = new URL(page.url()).pathname;
	const waitMail = await waitForMail(b, /Du står på venteliste/);
	expect(waitMail.text).toContain('nummer 1');

	const third = await registerByPost(request, ev.slug, { name: 'Cecilie Tredje', email: c });
	const cPath = privatePath(third.headers().location);
	await waitForMail(c, /Du står på venteliste/);
	await page.goto(cPath);
	await expect(page.getByText('Du er nummer 2 på ventelisten')).toBeVisible();

	// Anne cancels: Bjørn gets the seat and an e-mail with a calendar file
	await page.goto(aPath);
	await page.getByRole('button', { name: 'Meld meg av' }).click();
	await expect(page.getByText('Du er meldt av.')).toBeVisible();
	await expect(page.getByText('Du har meldt deg av.')).toBeVisible();
	await expectAccessible(page, 'meldt av');
	const cancelled = await waitForMail(a, /Du er meldt av/);
	expect(parseIcs(icsFromMail(cancelled))[0].status).toBe('CANCELLED');
	const promoted = await waitForMail(b, /Du har fått plass/);
	const [ics] = parseIcs(icsFromMail(promoted));
	expect(ics.sequence).toBe(1);
	await page.goto(bPath);
	await expect(page.getByText('Du har plass.')).toBeVisible();
	await page.goto(cPath);
	await expect(page.getByText('Du er nummer 1 på ventelisten')).toBeVisible();
	expect(await seatCounts(request, ev.id)).toMatchObject({
		confirmed: 1,
		waitlisted: 1,
		cancelled: 1
	});

	// Cecilie deletes her registration: gone, and the link stops working
	await page.getByRole('button', { name: 'Slett påmeldingen min' }).click();
	await expect(page.getByRole('heading', { name: 'Påmeldingen er slettet' })).toBeVisible();
	await expectAccessible(page, 'slettet');
	await page.goto(cPath);
	await expect(page.getByRole('heading', { name: 'Lenken virker ikke' })).toBeVisible();
	expect(mailTo(c).map((m) => m.subject)).toEqual([expect.stringMatching(/venteliste/)]);
	await ctx.close();
});

test.describe('ugyldige data', () => {
	test('gir tydelige meldinger og aldri 500 eller doble rader', async ({ page, request }) => {
		const ev = await createEvent(request, {
			capacity: 5,
			questions: [{ kind: 'single', label: 'Velg én', required: true, options: ['A', 'B'] }]
		});
		const q = `q${ev.questions[0].id}`;
		const html = async (res: Awaited<ReturnType<typeof registerByPost>>) =>
			(await res.text()).replace(/<[^>]+>/g, ' ');

		const badEmail = await registerByPost(request, ev.slug, {
			name: 'X',
			email: 'ikke-en-adresse',
			[q]: 'A'
		});
		expect(badEmail.status()).toBe(400);
		expect(await html(badEmail)).toContain('Skriv inn en gyldig e-postadresse');

		const tooLong = await registerByPost(request, ev.slug, {
			name: 'N'.repeat(500),
			email: uniqueEmail('lang'),
			organisation: 'O'.repeat(5000),
			[q]: 'A'
		});
		expect(tooLong.status()).toBe(400);
		expect(await html(tooLong)).toContain('Navnet kan være høyst 120 tegn');
		expect(await html(tooLong)).toContain('Organisasjonen kan være høyst 200 tegn');

		const tampered = await registerByPost(request, ev.slug, {
			name: 'Y',
			email: uniqueEmail('tuklet'),
			[q]: 'C',
			role: 'Sjef',
			q999999: 'ukjent'
		});
		expect(tampered.status()).toBe(400);
		expect(await html(tampered)).toContain('Velg et av svarene på «Velg én»');
		expect(await html(tampered)).toContain('Velg rollen din');

		// A double submit: one registration
		const email = uniqueEmail('dobbel');
		const both = await Promise.all(
			[1, 2].map(() => registerByPost(request, ev.slug, { name: 'Dobbel', email, [q]: 'B' }))
		);
		expect(both.map((r) => r.status()).sort()).toEqual([200, 303]);
		expect(await seatCounts(request, ev.id)).toMatchObject({ confirmed: 1 });

		// Tampered and unknown links
		for (const token of ['abc', 'a'.repeat(32), '%27%20or%201%3D1'])
			expect((await page.goto(`/arrangementer/min-pamelding/${token}`))?.status()).toBe(404);
		await expect(page.getByRole('heading', { name: 'Lenken virker ikke' })).toBeVisible();
		await expectAccessible(page, 'ugyldig lenke');
		const post = await request.post(`/arrangementer/min-pamelding/${'b'.repeat(32)}?/avmeld`, {
			headers: { accept: 'text/html', origin: new URL(page.url()).origin },
			form: {}
		});
		expect(post.status()).toBe(404);
		expect(await post.text()).toContain('Lenken virker ikke');
	});

	test('etter fristen er påmeldingen stengt med en tydelig melding', async ({ page, request }) => {
		const ev = await createEvent(request, {
			registrationClosesAt: new Date(Date.now() - 60 * 60_000).toISOString()
		});
		await page.goto(`/arrangementer/${ev.slug}`);
		await expect(page.getByText(/Påmeldingsfristen har gått ut/)).toBeVisible();
		await expect(page.getByRole('link', { name: 'Meld deg på' })).toHaveCount(0);
		await page.goto(`/arrangementer/${ev.slug}/pamelding`);
		await expect(page.getByRole('heading', { name: 'Påmeldingen er stengt' })).toBeVisible();
		await expectAccessible(page, 'stengt påmelding');
		const res = await registerByPost(request, ev.slug, {
			name: 'For Sen',
			email: uniqueEmail('sen')
		});
		expect(res.status()).toBe(400);
		expect((await res.text()).replace(/<[^>]+>/g, ' ')).toContain('Påmeldingsfristen har gått ut');
		expect(await seatCounts(request, ev.id)).toMatchObject({ confirmed: 0, waitlisted: 0 });
	});
});
