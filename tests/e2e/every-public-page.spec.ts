/**
 * Every public page in the sitemap, in bokmål, nynorsk and English (the sitemap lists each
 * page in all three): one h1, landmarks, canonical and Open Graph tags, the right
 * <html lang>, zero axe violations (WCAG 2.1 A/AA), and no sideways scrolling at 320 CSS px
 * (what 400 % zoom of a 1280 px window gives).
 */
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { expectGoodPage } from './support/pages';

const PARTS = 9;

/** The language an address is in: /nn/… nynorsk, /en/… English, the rest bokmål. */
const langOf = (path: string) => /^\/(nn|en)(\/|$)/.exec(path)?.[1] ?? 'nb';

for (let part = 0; part < PARTS; part++) {
	test(`alle offentlige sider, del ${part + 1} av ${PARTS}`, async ({ page, request }) => {
		test.setTimeout(180_000);
		const doc = new XMLParser().parse(await (await request.get('/sitemap.xml')).text());
		const paths: string[] = doc.urlset.url.map((u: { loc: string }) => new URL(u.loc).pathname);
		const mine = paths.filter((_, i) => i % PARTS === part);
		expect(mine.length).toBeGreaterThan(5);
		for (const lang of ['nb', 'nn', 'en'])
			expect(paths.filter((p) => langOf(p) === lang).length, lang).toBeGreaterThan(5);
		for (const path of mine) {
			await page.setViewportSize({ width: 1280, height: 900 });
			const res = await page.goto(path);
			expect(res?.status(), path).toBe(200);
			await expect(page.locator('html'), path).toHaveAttribute('lang', langOf(path));
			await expectGoodPage(page, path);
			await page.setViewportSize({ width: 320, height: 800 });
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow, `vannrett rulling på ${path} ved 320 px`).toBeLessThanOrEqual(0);
		}
	});
}

test('utskrift skjuler navigasjon og deling', async ({ page }) => {
	await page.goto('/nyheter');
	await page.locator('.fk-news-list__item a').first().click();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeHidden();
	await expect(page.locator('.fk-share')).toBeHidden();
	await expect(page.locator('footer')).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
