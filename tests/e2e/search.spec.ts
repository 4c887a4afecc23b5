/**
 * Søket (issue 14): blar med den ekte totalen, viser type og dato, finner arrangementer,
 * program og personer, sitater er fraser, skrivefeil får «Mente du …?» og treffene til
 * forslaget, og /sok står ikke i nettstedskartet. Axe på hver side, og 360 px bredt.
 */
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { expectGoodPage } from './support/pages';

const status = (page: Page) => page.locator('main [role="status"]');
/** The number of hits the status line gives ("34 treff på «…»"). */
async function count(page: Page): Promise<number> {
	const text = (await status(page).textContent()) ?? '';
	return Number(/(\d[\d\s\u00a0]*) treff/.exec(text)?.[1]?.replace(/\D/g, '') ?? 'NaN');
}
const hits = (page: Page) => page.locator('main ol.fk-hits > li');

test('søket blar med den ekte totalen, og hvert treff viser type og dato', async ({ page }) => {
	await page.goto('/sok');
	await page.getByLabel('Søk på nettstedet').fill('kulturskole');
	await page.getByLabel('Søk på nettstedet').press('Enter');
	await expect(page).toHaveURL(/\/sok\?q=kulturskole$/);
	const total = await count(page);
	expect(total).toBeGreaterThan(20);
	await expect(hits(page)).toHaveCount(20);
	await expect(status(page)).toContainText(`Side 1 av ${Math.ceil(total / 20)}`);
	await expectGoodPage(page, '/sok?q=kulturskole');

	await page
		.getByRole('navigation', { name: 'Sidenummerering' })
		.getByRole('link', { name: 'Neste' })
		.click();
	await expect(page).toHaveURL(/\/sok\?q=kulturskole&side=2$/);
	await expect(status(page)).toContainText('Side 2 av');
	expect(await count(page)).toBe(total);

	// Events are found too, with their type and date.
	await page.goto('/sok?q=verksted');
	const event = hits(page).filter({
		has: page.getByRole('link', {
			name: 'Verksted før pilotprosjektet Kulturskole 3.0',
			exact: true
		})
	});
	await expect(event).toHaveCount(1);
	await expect(event.locator('.ds-tag')).toHaveText('Arrangement');
	await expect(event.locator('.fk-hits__kind .fk-meta')).toHaveText(/\d{4}/);
	await expectGoodPage(page, '/sok?q=verksted');
});

test('ord i anførselstegn er en frase', async ({ page }) => {
	await page.goto('/sok?q=' + encodeURIComponent('kulturskole hele livet'));
	const loose = await count(page);
	await page.goto('/sok?q=' + encodeURIComponent('"kulturskole hele livet"'));
	const phrase = await count(page);
	expect(phrase).toBeGreaterThan(0);
	expect(phrase).toBeLessThan(loose);
	await expect(
		page.getByRole('link', { name: 'Nettmøte: Fremtidens kulturskole – kulturskole hele livet' })
	).toBeVisible();
	await expectGoodPage(page, '/sok?q="kulturskole hele livet"');
});

test('en skrivefeil gir treffene til forslaget, og «Mente du …?» der det finnes treff', async ({
	page
}) => {
	await page.goto('/sok?q=kulturskle');
	await expect(status(page)).toContainText(
		'Ingen treff på «kulturskle». Viser treff på «kulturskole» i stedet.'
	);
	await expect(hits(page).first()).toBeVisible();
	await expectGoodPage(page, '/sok?q=kulturskle');

	// «verksted or kulturskle» finds the workshop; the misspelt word gets a suggestion.
	await page.goto('/sok?q=' + encodeURIComponent('verksted or kulturskle'));
	await expect(hits(page).first()).toBeVisible();
	const suggestion = page.getByRole('link', { name: 'verksted or kulturskole', exact: true });
	await expect(suggestion).toBeVisible();
	await expect(status(page)).toContainText('Mente du «verksted or kulturskole»?');
	await suggestion.click();
	await expect(page).toHaveURL(/\/sok\?q=verksted%20or%20kulturskole$/);
	await expect(
		page.getByRole('link', { name: 'verksted or kulturskole', exact: true })
	).toHaveCount(0);
	await expectGoodPage(page, '/sok?q=verksted or kulturskole');
});

test('søket virker i 360 px bredde og på nynorsk', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/nn/sok?q=kulturskle');
	await expect(status(page)).toContainText('Ingen treff på «kulturskle»');
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(360);
	await expectGoodPage(page, '/nn/sok?q=kulturskle (360 px)');
});

test('/sok står ikke i nettstedskartet (robots.txt holder søkemotorene ute)', async ({
	request
}) => {
	const body = await (await request.get('/sitemap.xml')).text();
	const doc = new XMLParser().parse(body);
	const locs: string[] = (doc.urlset?.url ?? []).map((u: { loc: string }) => u.loc);
	expect(locs.length).toBeGreaterThan(0);
	expect(locs.filter((l) => /\/sok(\?|$)/.test(new URL(l).pathname))).toEqual([]);
	expect(await (await request.get('/robots.txt')).text()).toContain('Disallow: /sok');
});
