/**
 * Issue 12, at the door and after: the QR code in the confirmation checks a person in (staff
 * with rights only), the check-in list starts with its search on a phone, accessibility needs
 * on the form reach the organiser, the certificate, and the message preview / test send.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { attachmentOf, mailTo, waitForMail } from './support/mail';
import { signedInContext, uniqueEmail } from './support/users';
import { createEvent, privatePath, registerByPost } from './support/events';
import { pdfText } from './support/pdf';
import { E2E } from './support/env';

test('QR-innsjekk, innsjekk på mobil, tilrettelegging, kursbevis og testutsending', async ({
	browser,
	request
}) => {
	test.setTimeout(180_000);
	const ev = await createEvent(request, {
		title: `Samling ${Date.now().toString(36)}`,
		capacity: null,
		chapter: 'vestland'
	});
	const email = uniqueEmail('aud');
	const res = await registerByPost(request, ev.slug, {
		name: 'Aud Deltaker',
		email,
		accessibility: 'Rullestol',
		accessibilityConsent: 'true'
	});
	expect(res.status()).toBe(303);
	const mine = privatePath(res.headers().location);

	// The confirmation carries the QR code as a picture the mail client shows
	const confirmation = await waitForMail(email, /Du er påmeldt/);
	expect(
		attachmentOf(confirmation, /image\/png/)
			.subarray(1, 4)
			.toString()
	).toBe('PNG');
	expect(confirmation.text).toContain('QR-koden i vedlegget');

	// The private page shows it too, with the code as text
	const participantContext = await browser.newContext();
	const participant = await participantContext.newPage();
	await participant.goto(mine);
	await expect(
		participant.getByRole('img', { name: 'QR-kode for innsjekk på arrangementet' })
	).toBeVisible();
	await expect(participant.getByText('Rullestol', { exact: true })).toBeVisible();
	await expect(participant.getByRole('link', { name: /kursbevis/ })).toHaveCount(0);
	await expectAccessible(participant, 'privat side med QR-kode');
	const code = ((await participant.getByText(/^Kode: /).textContent()) ?? '').replace('Kode: ', '');
	expect(code).toMatch(/^\d+-[A-Za-z0-9_-]{22}$/);
	const scanUrl = `/admin/arrangementer/innsjekk?kode=${code}`;
	// Not checked in: no certificate
	expect((await request.get(`${mine}/kursbevis.pdf`)).status()).toBe(404);

	// Anyone else: sign in first, or refused
	const anonymous = await request.get(`${E2E.origin}${scanUrl}`, { maxRedirects: 0 });
	expect(anonymous.status()).toBe(303);
	expect(anonymous.headers().location).toMatch(/^\/logg-inn/);
	for (const opts of [
		{ role: 'medlem' as const, kommune: '1804' },
		{ role: 'fylkesleder' as const, chapter: 'trondelag' }
	]) {
		const { context } = await signedInContext(browser, request, opts);
		const p = await context.newPage();
		const refused = await p.goto(scanUrl);
		expect(refused?.status()).toBe(403);
		await context.close();
	}

	// Staff of the chapter, on a phone: the person and one button; a second scan says so
	const { context, user: staff } = await signedInContext(
		browser,
		request,
		{ role: 'fylkesleder', chapter: 'vestland', name: 'Vera Vestland' },
		{ viewport: { width: 360, height: 740 } }
	);
	const page = await context.newPage();
	await page.goto(scanUrl);
	await expect(page.getByRole('heading', { level: 1, name: 'Innsjekk med QR-kode' })).toBeVisible();
	await expectAccessible(page, 'QR-innsjekk');
	await page.getByRole('button', { name: 'Sjekk inn Aud Deltaker' }).click();
	await expect(page.getByText('Aud Deltaker er sjekket inn.')).toBeVisible();
	await page.goto(scanUrl);
	await expect(page.getByText(/Aud Deltaker er allerede sjekket inn/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Sjekk inn Aud Deltaker' })).toHaveCount(0);
	await page.goto('/admin/arrangementer/innsjekk');
	await expectAccessible(page, 'QR-innsjekk uten kode');

	// The check-in list on a phone: the search field on the first screen, the menu folded away
	await page.goto(`/admin/arrangementer/${ev.id}/innsjekk`);
	const search = page.getByLabel('Finn deltaker (navn, kommune, e-post)');
	const box = await search.boundingBox();
	expect(box).not.toBeNull();
	expect(box!.y + box!.height).toBeLessThan(740);
	await expect(page.getByText('1 av 1 har møtt')).toBeVisible();
	// The admin menu opens without JavaScript (a disclosure)
	await page.getByText('Meny', { exact: true }).click();
	await expect(
		page.getByRole('navigation', { name: 'Administrasjon' }).getByRole('link', { name: 'Oversikt' })
	).toBeVisible();
	await expectAccessible(page, 'innsjekk på mobil');
	await page.setViewportSize({ width: 1280, height: 900 });

	// The organiser sees the accessibility needs, in the list and the export
	await page.goto(`/admin/arrangementer/${ev.id}/deltakere`);
	await page.getByText('Vis svar').first().click();
	await expect(page.getByRole('definition').filter({ hasText: 'Rullestol' })).toBeVisible();
	const csv = await (
		await page.request.get(`/admin/arrangementer/${ev.id}/deltakere/eksport?kosthold=ja`)
	).text();
	expect(csv).toContain('Tilrettelegging');
	expect(csv).toContain('Rullestol');

	// Checked in: the certificate, from the private page
	await participant.reload();
	await expect(participant.getByRole('link', { name: 'Last ned kursbevis (PDF)' })).toBeVisible();
	const pdf = await request.get(`${mine}/kursbevis.pdf`);
	expect(pdf.status()).toBe(200);
	const text = pdfText(Buffer.from(await pdf.body()));
	expect(text).toContain('Aud Deltaker');
	expect(text).toContain(ev.title);
	expect(text).toMatch(/Omfang: [\d,]+ time/);
	await participantContext.close();

	// The organisers' page after the event
	await page.goto(`/admin/arrangementer/${ev.id}/etterpa`);
	await expect(page.getByRole('heading', { level: 1, name: 'Etter arrangementet' })).toBeVisible();
	await page.getByRole('button', { name: 'Legg til spørsmålet' }).click();
	await expect(page.getByTestId('error-summary')).toContainText('Skriv spørsmålet');
	await page.getByLabel('Spørsmål', { exact: true }).fill('Hvor nyttig var dagen?');
	await page.getByRole('button', { name: 'Legg til spørsmålet' }).click();
	await expect(page.getByText('Spørsmålet er lagt til.')).toBeVisible();
	await expect(page.getByText('Resultatene vises når minst 3 har svart')).toBeVisible();
	await expectAccessible(page, 'etter arrangementet');

	// A message: preview, then a test to oneself only (without JavaScript)
	const noJs = await browser.newContext({ javaScriptEnabled: false });
	await noJs.addCookies(await context.cookies());
	const plain = await noJs.newPage();
	await plain.goto(`/admin/arrangementer/${ev.id}/melding`);
	const subject = `Husk matpakke ${Date.now().toString(36)}`;
	await plain.getByLabel('Emne').fill(subject);
	await plain.getByLabel('Melding', { exact: true }).fill('Vi serverer bare kaffe.');
	await plain.getByRole('button', { name: 'Forhåndsvis' }).click();
	await expect(plain.getByRole('heading', { name: 'Slik ser e-posten ut' })).toBeVisible();
	const shown = plain.getByRole('document', { name: 'Forhåndsvisning av e-posten' });
	await expect(shown).toContainText('Vi serverer bare kaffe.');
	await expect(shown).toContainText('Hei Vera Vestland,');
	await expect(plain.getByLabel('Emne')).toHaveValue(subject);
	await plain.getByRole('button', { name: 'Send en test til meg' }).click();
	await expect(plain.getByText(`En test er sendt til ${staff.email}.`)).toBeVisible();
	const testMail = await waitForMail(staff.email, new RegExp(subject));
	expect(testMail.text).toContain('Vi serverer bare kaffe.');
	expect(mailTo(email).some((m) => m.subject === subject)).toBe(false);
	await noJs.close();
	// The same with JavaScript, and axe (which cannot run where JavaScript is off)
	await page.goto(`/admin/arrangementer/${ev.id}/melding`);
	await page.getByLabel('Emne').fill(subject);
	await page.getByLabel('Melding', { exact: true }).fill('Vi serverer bare kaffe.');
	await page.getByRole('button', { name: 'Forhåndsvis' }).click();
	await expect(page.getByRole('document', { name: 'Forhåndsvisning av e-posten' })).toContainText(
		'Vi serverer bare kaffe.'
	);
	await expectAccessible(page, 'forhåndsvisning');
	await context.close();
});
