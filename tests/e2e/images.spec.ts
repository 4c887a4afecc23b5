/**
 * Images: an editor uploads a picture with alt text to the media library, picks it as a news
 * item's main image in the editor, and the public page shows it responsively (<picture> with
 * AVIF/WebP sources, srcset, sizes, width and height) and shares it as og:image; the copies are
 * cached for a year. Without JavaScript the picker and the focal point fields work too, with
 * the message beside the field. Axe on the media library and the editor at 1280 and 360 px.
 */
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { signedInContext } from './support/users';
import { expectAccessibleAtWidths, submit, suffix, watchConsole } from './support/desk';

async function photo(colour: string) {
	return sharp({ create: { width: 1800, height: 1000, channels: 3, background: colour } })
		.jpeg()
		.withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 54/1 0/1' } })
		.toBuffer();
}

async function newsItem(page: import('@playwright/test').Page, title: string, slug: string) {
	await page.goto('/admin/nyheter/ny');
	await page.getByLabel('Tittel', { exact: true }).fill(title);
	await page.getByLabel(/^Ingress/).fill('Elevene spilte for ordføreren.');
	await page.getByLabel(/^Adresse\s*\(valgfritt\)/).fill(slug);
	await submit(page, 'Publiser nå');
	await expect(page.getByText('Publisert. Den er nå synlig på nettstedet.')).toBeVisible();
}

test('et bilde lastes opp med alternativ tekst, velges for en nyhet og vises responsivt med og:image', async ({
	browser,
	request
}) => {
	// Uploads are resized on the server and axe runs at two widths on four pages.
	test.setTimeout(240_000);
	const s = suffix();
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const page = await context.newPage();
	const consoleProblems = watchConsole(page);
	const name = `konsert-${s}.jpg`;

	await page.goto('/admin/bilder');
	await expect(page.getByRole('heading', { level: 1, name: 'Bilder' })).toBeVisible();
	await expectAccessibleAtWidths(page, 'bildebiblioteket');

	// Without alt text the upload is refused, with the message beside the field.
	await page.getByLabel('Bildefil').setInputFiles({
		name,
		mimeType: 'image/jpeg',
		buffer: await photo('#c84')
	});
	await submit(page, 'Last opp');
	const altError = 'Skriv en alternativ tekst som sier hva bildet viser';
	await expect(page.locator('.ds-error-summary, [role="alert"]').first()).toContainText(altError);
	await expect(page.getByLabel('Alternativ tekst', { exact: true })).toHaveAccessibleDescription(
		new RegExp(altError)
	);

	await page.getByLabel('Bildefil').setInputFiles({
		name,
		mimeType: 'image/jpeg',
		buffer: await photo('#c84')
	});
	await page
		.getByLabel('Alternativ tekst', { exact: true })
		.fill(`Skolekorps spiller i regnet ${s}`);
	await submit(page, 'Last opp');
	await expect(page.getByText(`Bildet ${name} er lastet opp.`)).toBeVisible();
	const card = page.locator('li', { hasText: name });
	await expect(card).toContainText('Ikke i bruk');
	await expect(card).toContainText('1800 × 1000 piksler');
	await expect(card.locator('img')).toHaveAttribute('srcset', /\/bilder\/\d+\/1\/480\.jpg 480w/);
	await expectAccessibleAtWidths(page, 'bildebiblioteket etter opplasting');

	// Search finds it by its alt text.
	await page.getByLabel('Søk i navn og alternativ tekst').fill(`regnet ${s}`);
	await page.getByRole('button', { name: 'Vis' }).click();
	await expect(page.locator('main li', { hasText: name })).toHaveCount(1);

	// The news item: saved first, then its main image in the panel under the form.
	const title = `Korpset spilte ${s}`;
	await newsItem(page, title, `korps-${s}`);
	const panel = page.locator('#hovedbilde');
	await expect(panel.getByRole('heading', { name: 'Hovedbilde' })).toBeVisible();
	await panel.getByLabel('Søk i bildene').fill(s);
	await panel.getByLabel(name).check();
	// The library's alt text is suggested, and can be changed for this use.
	await expect(panel.getByLabel('Alternativ tekst', { exact: true })).toHaveValue(
		`Skolekorps spiller i regnet ${s}`
	);
	await panel.getByLabel(/^Bildetekst/).fill('Korpset på torget');
	await panel.getByLabel(/^Fotograf eller opphav/).fill('Kari Nordmann');
	await panel.getByLabel('Fra venstre (prosent)').fill('30');
	await submit(page, 'Lagre bildet');
	await expect(page.getByText('Bildet er lagret.')).toBeVisible();
	await expectAccessibleAtWidths(page, 'nyhetsredigering med hovedbilde');

	await page.goto('/admin/bilder');
	await expect(page.locator('li', { hasText: name })).toContainText('Brukt 1 sted');

	// The public page, anonymously.
	const anon = await browser.newContext();
	const visitor = await anon.newPage();
	await visitor.goto(`/nyheter/korps-${s}`);
	const img = visitor.locator('main figure img');
	await expect(img).toHaveAttribute('alt', `Skolekorps spiller i regnet ${s}`);
	await expect(img).toHaveAttribute('width', '1600');
	await expect(img).toHaveAttribute('height', '889');
	await expect(img).toHaveAttribute('sizes', /.+/);
	const srcset = (await img.getAttribute('srcset'))!;
	expect(srcset).toMatch(
		/^\/bilder\/(\d+)\/1\/480\.jpg 480w, \/bilder\/\1\/1\/960\.jpg 960w, \/bilder\/\1\/1\/1600\.jpg 1600w$/
	);
	await expect(visitor.locator('main figure picture source[type="image/avif"]')).toHaveAttribute(
		'srcset',
		/\/bilder\/\d+\/1\/960\.avif 960w/
	);
	await expect(visitor.locator('main figure picture source[type="image/webp"]')).toHaveCount(1);
	await expect(img).toHaveAttribute('style', /object-position: 30% 50%/);
	await expect(visitor.locator('main figcaption')).toContainText('Korpset på torget');
	await expect(visitor.locator('main figcaption')).toContainText('Foto: Kari Nordmann');
	// The browser really loaded a copy (no broken image).
	await expect
		.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0))
		.toBe(true);

	const og = (await visitor.locator('meta[property="og:image"]').getAttribute('content'))!;
	expect(og).toMatch(/^https?:\/\/[^/]+\/bilder\/\d+\/1\/1600\.jpg$/);
	const res = await request.get(new URL(og).pathname);
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toBe('image/jpeg');
	expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	expect(res.headers()['x-content-type-options']).toBe('nosniff');
	const meta = await sharp(await res.body()).metadata();
	expect(meta.width).toBe(1600);
	expect(meta.exif).toBeUndefined();

	// The news list shows it too.
	await visitor.goto('/nyheter');
	await expect(
		visitor.locator('li', { hasText: title }).locator('img[srcset*="/bilder/"]')
	).toHaveCount(1);
	await anon.close();
	expect(consoleProblems).toEqual([]);
	await context.close();
});

test('uten JavaScript: bildet velges fra lista, og et ugyldig fokuspunkt får melding ved feltet', async ({
	browser,
	request
}) => {
	test.setTimeout(180_000);
	const s = suffix();
	const { context: js } = await signedInContext(browser, request, { role: 'redaktor' });
	const setup = await js.newPage();
	await newsItem(setup, `Uten skript ${s}`, `uten-skript-${s}`);
	const editUrl = setup.url().split('?')[0];
	const cookies = await js.cookies();
	await js.close();

	const context = await browser.newContext({ javaScriptEnabled: false });
	await context.addCookies(cookies);
	const page = await context.newPage();
	await page.goto(editUrl);
	const panel = page.locator('#hovedbilde');
	// A demo illustration, found with the search form (a GET that reloads the page).
	await panel.getByLabel('Søk i bildene').fill('teaterscene');
	await panel.getByRole('button', { name: 'Søk', exact: true }).click();
	await expect(page).toHaveURL(/bildesok=teaterscene/);
	const choices = page.locator('#hovedbilde input[type="radio"][name="fileId"]');
	await expect(choices).toHaveCount(1);
	await choices.check();
	await page.locator('#hovedbilde').getByLabel('Fra venstre (prosent)').fill('150');
	await page.getByRole('button', { name: 'Lagre bildet' }).click();
	const message = 'Skriv et helt tall fra 0 til 100';
	await expect(page.locator('#hovedbilde').getByLabel('Fra venstre (prosent)')).toHaveValue('150');
	await expect(
		page.locator('#hovedbilde').getByLabel('Fra venstre (prosent)')
	).toHaveAccessibleDescription(new RegExp(message));
	await expect(page.getByRole('link', { name: message })).toHaveAttribute('href', '#bilde-focusX');
	// (axe needs JavaScript in the page: the editor with the panel is checked in the test above.)

	await page.locator('#hovedbilde').getByLabel('Fra venstre (prosent)').fill('70');
	await page.getByRole('button', { name: 'Lagre bildet' }).click();
	await expect(page.getByText('Bildet er lagret.')).toBeVisible();
	// The library's alt text was used, as nothing was written for this use.
	const anon = await browser.newContext({ javaScriptEnabled: false });
	const visitor = await anon.newPage();
	await visitor.goto(`/nyheter/uten-skript-${s}`);
	await expect(visitor.locator('main figure img')).toHaveAttribute('alt', /teaterscene/);
	await expect(visitor.locator('main figure img')).toHaveAttribute(
		'style',
		/object-position: 70% 50%/
	);
	await anon.close();
	await context.close();
});
