/**
 * Script written into titles and Markdown bodies stays text: on the public page, in the
 * editors' preview, in the desk's lists and in the editor's live preview. No dialog opens,
 * and no script, iframe, svg, event handler or javascript: link reaches the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { signedInContext } from './support/users';
import { suffix, watchConsole, submit } from './support/desk';

const BODY = [
	'Vanlig tekst før.',
	'',
	`<script>alert('script')</script>`,
	'',
	`<img src="x" alt="bilde" onerror="alert('img')">`,
	'',
	`[klikk her](javascript:alert('markdown-lenke'))`,
	'',
	`<a href="javascript:alert('a')">html-lenke</a>`,
	'',
	`<iframe src="javascript:alert('iframe')"></iframe>`,
	'',
	`<svg onload="alert('svg')"><circle r="4"></circle></svg>`,
	'',
	`<p onclick="alert('p')" style="x">Avsnitt med handler</p>`,
	'',
	'Vanlig tekst etter.'
].join('\n');

const title = (s: string) =>
	`<script>alert('tittel')</script><img src=x onerror=alert('t')> XSS ${s}`;

/** Fails the test if the page ever opens a dialog (alert, confirm, prompt). */
function watchDialogs(page: Page) {
	const seen: string[] = [];
	page.on('dialog', async (d) => {
		seen.push(d.message());
		await d.dismiss();
	});
	return seen;
}

async function expectInert(page: Page, where: string) {
	const main = page.locator('main');
	await expect(main, where).toContainText('Vanlig tekst etter.');
	for (const selector of ['script', 'iframe', 'svg', 'object', 'embed'])
		await expect(main.locator(selector), `${selector} i ${where}`).toHaveCount(0);
	const handlers = await page.evaluate(() =>
		[...document.querySelectorAll('*')].flatMap((el) =>
			[...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)
		)
	);
	expect(handlers, `hendelsesattributter i ${where}`).toEqual([]);
	const jsLinks = await page.evaluate(() =>
		[...document.querySelectorAll('[href], [src], [action], [formaction]')]
			.map((el) =>
				['href', 'src', 'action', 'formaction'].map((a) => el.getAttribute(a) ?? '').join(' ')
			)
			.filter((v) => /javascript:/i.test(v))
	);
	expect(jsLinks, `javascript:-adresser i ${where}`).toEqual([]);
	// The title is shown as the text it is
	await expect(page.getByRole('heading', { level: 1 }), where).toContainText(
		"<script>alert('tittel')</script>"
	);
}

test('skript i titler og brødtekst blir tekst på sider og nyheter, offentlig og i forhåndsvisning', async ({
	browser,
	request
}) => {
	const s = suffix();
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const page = await context.newPage();
	const consoleProblems = watchConsole(page);
	const dialogs = watchDialogs(page);

	// A page, written through the editor (published, outside the menu)
	await page.goto('/admin/sider/ny');
	await page.getByLabel('Tittel', { exact: true }).fill(title(s));
	await page.getByLabel(/^Brødtekst/).fill(BODY);
	await page.getByRole('button', { name: 'Forhåndsvisning', exact: true }).click();
	await expect(page.getByRole('region', { name: 'Forhåndsvisning av teksten' })).toContainText(
		'Vanlig tekst etter.'
	);
	await expect(
		page.getByRole('region', { name: 'Forhåndsvisning av teksten' }).locator('script, iframe, svg')
	).toHaveCount(0);
	await page.getByLabel('Vis i menyen').uncheck();
	await page.getByLabel(/^Adresse\s*\(valgfritt\)/).fill(`xss-side-${s}`);
	await submit(page, 'Publiser nå');
	await expect(page.getByText('Publisert. Den er nå synlig på nettstedet.')).toBeVisible();
	const pagePreview = await page.getByRole('link', { name: /Forhåndsvis/ }).getAttribute('href');

	// A news article, the same way
	await page.goto('/admin/nyheter/ny');
	await page.getByLabel('Tittel', { exact: true }).fill(title(s));
	await page.getByLabel(/^Ingress/).fill(`<b onmouseover="alert('ingress')">Ingress</b>`);
	await page.getByLabel(/^Brødtekst/).fill(BODY);
	await page.getByLabel(/^Adresse\s*\(valgfritt\)/).fill(`xss-nyhet-${s}`);
	await submit(page, 'Publiser nå');
	await expect(page.getByText('Publisert. Den er nå synlig på nettstedet.')).toBeVisible();
	const newsPreview = await page.getByRole('link', { name: /Forhåndsvis/ }).getAttribute('href');

	for (const path of [pagePreview!, newsPreview!]) {
		await page.goto(path);
		await expectInert(page, path);
	}
	// The desk's lists show the titles as text too
	for (const path of [`/admin/sider?q=XSS+${s}`, `/admin/nyheter?q=XSS+${s}`]) {
		await page.goto(path);
		await expect(page.locator('main table')).toContainText(`<script>alert('tittel')</script>`);
	}
	expect(dialogs).toEqual([]);

	// And the public, anonymous, pages
	const anon = await browser.newContext();
	const visitor = await anon.newPage();
	const visitorDialogs = watchDialogs(visitor);
	for (const path of [`/xss-side-${s}`, `/nyheter/xss-nyhet-${s}`]) {
		expect((await visitor.goto(path))?.status(), path).toBe(200);
		await expectInert(visitor, path);
		await visitor.locator('main').hover();
	}
	await visitor.goto('/nyheter');
	await expect(visitor.locator('main')).toContainText(`<script>alert('tittel')</script>`);
	expect(visitorDialogs).toEqual([]);
	await anon.close();
	expect(consoleProblems).toEqual([]);
	await context.close();
});
