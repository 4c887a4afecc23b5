import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { mailTo, waitForMail } from './support/mail';
import { signedInContext, uniqueEmail } from './support/users';
import {
	createEvent,
	icsFromMail,
	parseIcs,
	privatePath,
	registerByPost,
	seatCounts
} from './support/events';

test('en redaktør lager et arrangement med spørsmål, publiserer, styrer deltakerne og avlyser', async ({
	browser,
	request
}) => {
	test.setTimeout(180_000);
	const { context } = await signedInContext(browser, request, {
		role: 'redaktor',
		name: 'Rita Redaktør'
	});
	const page = await context.newPage();

	await page.goto('/admin/arrangementer');
	await expect(page.getByRole('heading', { level: 1, name: 'Arrangementer' })).toBeVisible();
	await expectAccessible(page, 'admin arrangementer');
	await page.getByRole('link', { name: 'Nytt arrangement' }).click();
	await expectAccessible(page, 'nytt arrangement');

	// Missing title and times: the summary lists them, what was typed stays
	await page.getByLabel(/^Ingress/).fill('Vi deler erfaringer fra kommunene.');
	await page.getByRole('button', { name: 'Lagre utkast' }).click();
	const summary = page.getByTestId('error-summary');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Skriv en tittel');
	await expect(summary).toContainText('Skriv når arrangementet starter');
	await expect(page.getByLabel(/^Ingress/)).toHaveValue('Vi deler erfaringer fra kommunene.');

	const title = `Erfaringsseminar ${Date.now().toString(36)}`;
	const start = new Date(Date.now() + 20 * 86_400_000);
	const day = start.toISOString().slice(0, 10);
	await page.getByLabel('Tittel', { exact: true }).fill(title);
	await page.getByLabel('Type', { exact: true }).selectOption('seminar');
	await page.getByLabel('Starter').fill(`${day}T10:00`);
	await page.getByLabel('Slutter').fill(`${day}T09:00`);
	await page.locator('#venue').fill('Bodø rådhus');
	await page.locator('#address').fill('Kongens gate 38, 8006 Bodø');
	await page.getByLabel(/^Antall plasser/).fill('1');
	await page.getByLabel(/^Arrangører/).fill('Norsk kulturskoleråd, KS');
	await page.getByRole('button', { name: 'Publiser' }).click();
	await expect(summary).toContainText('Slutten må være etter starten');
	await page.getByLabel('Slutter').fill(`${day}T15:00`);
	await page.getByRole('button', { name: 'Publiser' }).click();
	await expect(
		page.getByText('Publisert. Arrangementet er nå synlig på nettstedet.')
	).toBeVisible();
	await expectAccessible(page, 'redigering');
	const id = Number(new URL(page.url()).pathname.split('/').pop());
	const slug = await page.locator('#slug').inputValue();

	// The question builder, without JavaScript
	const noJs = await browser.newContext({ javaScriptEnabled: false });
	await noJs.addCookies(await context.cookies());
	const plain = await noJs.newPage();
	await plain.goto(`/admin/arrangementer/${id}/sporsmal`);
	await plain.getByRole('link', { name: 'Legg til spørsmål' }).click();
	await plain.getByRole('button', { name: 'Lagre spørsmålet' }).click();
	await expect(plain.getByTestId('error-summary')).toContainText('Skriv spørsmålet');
	await plain.getByLabel('Spørsmål', { exact: true }).fill('Hvilken workshop?');
	await plain.getByLabel('Ett valg', { exact: true }).check();
	await plain.getByRole('button', { name: 'Lagre spørsmålet' }).click();
	await expect(plain.getByTestId('error-summary')).toContainText('Skriv minst to svaralternativer');
	await plain.getByLabel(/^Svaralternativer/).fill('Plan\nPraksis\n\nPlan');
	await plain.getByLabel('Må besvares').check();
	await plain.getByRole('button', { name: 'Lagre spørsmålet' }).click();
	await expect(plain.getByText('Spørsmålet er lagret.')).toBeVisible();
	await plain.getByRole('link', { name: 'Legg til spørsmål' }).click();
	await plain.getByLabel('Spørsmål', { exact: true }).fill('Tar du med kollega?');
	await plain.getByLabel('Ja eller nei', { exact: true }).check();
	await plain.getByRole('button', { name: 'Lagre spørsmålet' }).click();
	await plain.getByRole('button', { name: 'Flytt opp: Tar du med kollega?' }).click();
	await expect(plain.getByText('Rekkefølgen er endret.')).toBeVisible();
	await expect(plain.locator('.fk-question strong').first()).toHaveText('Tar du med kollega?');
	await expect(plain.getByText('Ett valg: Plan · Praksis')).toBeVisible();
	await noJs.close();
	await page.goto(`/admin/arrangementer/${id}/sporsmal`);
	await expectAccessible(page, 'spørsmål');
	await page.getByRole('link', { name: 'Endre «Hvilken workshop?»' }).click();
	await expect(page.getByLabel(/^Svaralternativer/)).toHaveValue('Plan\nPraksis');
	await expectAccessible(page, 'endre spørsmål');

	// Two people register: one seat, one waiting
	const [a, b] = [uniqueEmail('forste'), uniqueEmail('andre')];
	await page.goto(`/arrangementer/${slug}/pamelding`);
	await expect(page.getByRole('group', { name: 'Hvilken workshop?' })).toBeVisible();
	const qs = await page
		.locator('input[name^="q"]')
		.evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLInputElement).name))]);
	const answers = Object.fromEntries(qs.map((n) => [n, n === qs[0] ? 'nei' : 'Praksis']));
	const first = await registerByPost(request, slug, {
		name: 'Aud Først',
		email: a,
		dietary: 'Laktosefri',
		dietaryConsent: 'true',
		...answers
	});
	expect(first.status()).toBe(303);
	const aPath = privatePath(first.headers().location);
	expect(
		(await registerByPost(request, slug, { name: 'Bjarne Andre', email: b, ...answers })).status()
	).toBe(303);

	await page.goto(`/admin/arrangementer/${id}/deltakere`);
	await expect(page.getByText('plasser tatt')).toContainText('1 av 1 plasser tatt');
	await expect(page.getByRole('cell', { name: /Aud Først/ }).first()).toBeVisible();
	await page.getByText('Vis svar').first().click();
	await expect(page.getByRole('definition').filter({ hasText: 'Laktosefri' })).toBeVisible();
	await expectAccessible(page, 'deltakere');
	await page.getByRole('link', { name: /^Venteliste/ }).click();
	await expect(page.getByRole('cell', { name: /Bjarne Andre/ }).first()).toBeVisible();
	// Full: a seat by hand is refused
	await page.getByRole('button', { name: 'Gi plass – Bjarne Andre' }).click();
	await expect(page.getByRole('alert')).toContainText('Arrangementet er fullt (1 av 1 plasser)');
	await page.getByLabel(/^Søk i navn/).fill('bjarne');
	await page.getByRole('button', { name: 'Søk' }).click();
	await expect(page.getByRole('cell', { name: /Bjarne Andre/ }).first()).toBeVisible();
	await expectAccessible(page, 'venteliste');

	// More seats: the first on the waitlist gets one, automatically, and is told
	await page.goto(`/admin/arrangementer/${id}`);
	await page.getByLabel(/^Antall plasser/).fill('2');
	await page.getByRole('button', { name: 'Lagre endringer' }).click();
	await expect(page.getByText('1 fikk plass fra ventelisten.')).toBeVisible();
	await waitForMail(b, /Du har fått plass/);

	// Check-in on a phone
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`/admin/arrangementer/${id}/innsjekk`);
	await expectAccessible(page, 'innsjekk');
	await page.getByRole('button', { name: 'Sjekk inn Aud Først' }).click();
	await expect(page.getByText('Aud Først er sjekket inn.')).toBeVisible();
	await expect(page.getByText('1 av 2 har møtt')).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	// The participants table scrolls by itself; its hidden button texts do not widen the page
	await page.goto(`/admin/arrangementer/${id}/deltakere`);
	await expect(page.getByRole('cell', { name: /Aud Først/ }).first()).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await page.setViewportSize({ width: 1280, height: 900 });

	// CSV: no personal data unless asked for
	const plainCsv = await (
		await page.request.get(`/admin/arrangementer/${id}/deltakere/eksport`)
	).text();
	expect(plainCsv).not.toContain('Aud Først');
	expect(plainCsv).not.toContain(a);
	expect(plainCsv).toContain('Trondheim');
	expect(plainCsv).toContain('Praksis');
	const fullCsv = await (
		await page.request.get(
			`/admin/arrangementer/${id}/deltakere/eksport?personopplysninger=ja&kosthold=ja`
		)
	).text();
	expect(fullCsv).toContain('Aud Først');
	expect(fullCsv).toContain(a);
	expect(fullCsv).toContain('Laktosefri');

	// A message to everyone
	await page.goto(`/admin/arrangementer/${id}/melding`);
	await expectAccessible(page, 'melding');
	await page.getByLabel('Emne').fill('Husk matpakke');
	await page.getByLabel('Melding', { exact: true }).fill('Vi serverer bare kaffe.');
	await page.getByRole('button', { name: 'Send meldingen' }).click();
	await expect(page.getByText('Meldingen er sendt til 2 personer.')).toBeVisible();
	await waitForMail(a, /Husk matpakke/);
	await waitForMail(b, /Husk matpakke/);

	// A new time: everyone told, with a calendar file that replaces the old one
	await page.goto(`/admin/arrangementer/${id}`);
	await page.getByLabel('Starter').fill(`${day}T11:00`);
	await page.getByRole('button', { name: 'Lagre endringer' }).click();
	// First the notice as they will get it (the confirmation step), then saved and told
	await expect(
		page.getByRole('heading', { name: 'Deltakerne får beskjed om endringen' })
	).toBeFocused();
	await expect(page.getByText('2 påmeldte får denne e-posten', { exact: false })).toBeVisible();
	await expect(page.getByRole('document').first()).toContainText('Ny tid:');
	await page.getByRole('button', { name: 'Lagre og varsle deltakerne' }).click();
	await expect(page.getByText('2 påmeldte har fått beskjed om endringen.')).toBeVisible();
	const changed = await waitForMail(a, /Endring:/);
	expect(changed.text).toContain('Ny tid:');
	const [ics] = parseIcs(icsFromMail(changed));
	// Higher than the confirmation's: the calendar replaces the event it has.
	const [before] = parseIcs(icsFromMail(await waitForMail(a, /Du er påmeldt/)));
	expect(ics.uid).toBe(before.uid);
	expect(ics.sequence).toBeGreaterThan(before.sequence);
	expect(ics.startLocal).toBe(`${day}T11:00:00`);
	expect(ics.startZone).toBe('Europe/Oslo');

	// Cancelling: everyone told, the public sees it
	await page.getByRole('link', { name: 'Avlys arrangementet …' }).click();
	await expectAccessible(page, 'avlys');
	await page.getByRole('button', { name: 'Avlys og varsle deltakerne' }).click();
	await expect(page.getByTestId('error-summary')).toContainText('Skriv en kort forklaring');
	await page
		.getByLabel('Forklaring til deltakerne')
		.fill('For få påmeldte. Vi kommer tilbake med ny dato.');
	await page.getByRole('button', { name: 'Avlys og varsle deltakerne' }).click();
	await expect(page.getByText('Arrangementet er avlyst. 2 påmeldte')).toBeVisible();
	const cancelled = await waitForMail(b, /Avlyst:/);
	expect(cancelled.text).toContain('For få påmeldte');
	const [gone] = parseIcs(icsFromMail(cancelled));
	expect(gone.status).toBe('CANCELLED');
	expect(gone.sequence).toBeGreaterThan(1);
	const visitor = await browser.newPage();
	await visitor.goto(`/arrangementer/${slug}`);
	await expect(visitor.getByRole('heading', { name: 'Arrangementet er avlyst' })).toBeVisible();
	await visitor.goto(aPath);
	await expect(visitor.getByText('Arrangementet er avlyst.')).toBeVisible();
	await visitor.close();
	expect(mailTo(a).filter((m) => /Avlyst:/.test(m.subject))).toHaveLength(1);

	// Copy: a new draft with the same questions
	await page.goto(`/admin/arrangementer/${id}`);
	await page.getByRole('button', { name: 'Kopier arrangementet' }).click();
	await expect(page.getByText('Kopien er laget som et utkast.')).toBeVisible();
	await page.getByRole('link', { name: 'Spørsmål', exact: true }).click();
	await expect(page.locator('.fk-question')).toHaveCount(2);
	await context.close();
});

test('en fylkesleder styrer bare sin egen fylkesavdelings arrangementer', async ({
	browser,
	request
}) => {
	const own = await createEvent(request, { chapter: 'nordland', title: 'Nordlandssamling' });
	const other = await createEvent(request, { chapter: 'agder', title: 'Agdersamling' });
	const { context } = await signedInContext(browser, request, {
		role: 'fylkesleder',
		chapter: 'nordland'
	});
	const page = await context.newPage();
	await page.goto('/admin/arrangementer?tid=alle');
	await expect(page.getByRole('link', { name: 'Nordlandssamling' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Agdersamling' })).toHaveCount(0);
	await expectAccessible(page, 'fylkesleder');
	expect((await page.goto(`/admin/arrangementer/${other.id}`))?.status()).toBe(403);
	expect((await page.goto(`/admin/arrangementer/${other.id}/deltakere`))?.status()).toBe(403);
	const csv = await page.request.get(`/admin/arrangementer/${other.id}/deltakere/eksport`);
	expect(csv.status()).toBe(403);
	expect((await page.goto(`/admin/arrangementer/${own.id}/deltakere`))?.status()).toBe(200);

	// A new event can only be for their own chapter
	await page.goto('/admin/arrangementer/ny');
	const chapter = page.getByLabel('Fylkesavdeling');
	await expect(chapter.locator('option')).toHaveText(['Nordland']);
	await context.close();

	// Members of a municipality have no access at all
	const { context: member } = await signedInContext(browser, request, { role: 'medlem' });
	const m = await member.newPage();
	expect((await m.goto('/admin/arrangementer'))?.status()).toBe(403);
	await member.close();
	expect(await seatCounts(request, own.id)).toMatchObject({ confirmed: 0 });
});
