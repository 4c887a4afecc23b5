/**
 * The language controls themselves: the switcher on a 360 px wide phone (no sideways scrolling,
 * reachable and usable with the keyboard), and the language form on /min-side in nynorsk and
 * English, where a forged value gets a message in the page's language (never a 500) and the
 * stored choice stays. And the translation editor, with the keyboard only and without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { signedInContext } from './support/users';
import { createPage, suffix } from './support/desk';
import { contentLanguages as contentNb } from '../../src/lib/i18n/areas/content/nb';
import { mail as mailNn } from '../../src/lib/i18n/areas/mail/nn';
import { mail as mailEn } from '../../src/lib/i18n/areas/mail/en';
import { nn as coreNn } from '../../src/lib/i18n/nn';
import { en as coreEn } from '../../src/lib/i18n/en';

const MAIL = { nn: mailNn, en: mailEn } as const;
const CORE = { nn: coreNn, en: coreEn } as const;

/** Tabs (a bounded number of times) until the focus is on `selector`; false when it never is. */
async function tabTo(page: Page, selector: string, max = 40): Promise<boolean> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector))
			return true;
	}
	return false;
}

test.describe('the switcher on a 360 px wide screen', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	for (const start of ['/nyheter', '/nn/nyheter', '/en/nyheter'])
		test(`fits and works by keyboard from ${start}`, async ({ page }) => {
			await page.goto(start);
			const switcher = page.locator('header .fk-languages');
			await expect(switcher).toBeVisible();
			// Nothing sticks out sideways: no horizontal scrolling, and each link is on the screen.
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			for (const link of await switcher.getByRole('link').all()) {
				const box = await link.boundingBox();
				expect(box, 'a switcher link has a box').not.toBeNull();
				expect(box!.x).toBeGreaterThanOrEqual(0);
				expect(box!.x + box!.width).toBeLessThanOrEqual(360);
				// Big enough to hit (WCAG 2.5.8: 24 × 24 px, or spaced so a 24 px circle fits)
				expect(box!.height).toBeGreaterThanOrEqual(16);
			}
			// By keyboard: Tab reaches the English (or nynorsk) link; Enter follows it to the same page.
			const target = start.startsWith('/en') ? 'nn' : 'en';
			expect(await tabTo(page, `header .fk-languages a[hreflang="${target}"]`)).toBe(true);
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`/${target}/nyheter$`));
			await expect(page.locator('html')).toHaveAttribute('lang', target);
			await expectAccessible(page, `nyheter at 360 px (${target})`);
		});
});

for (const lang of ['nn', 'en'] as const) {
	test(`the language form on /${lang}/min-side: a forged value is refused with a message`, async ({
		browser,
		request
	}) => {
		const L = MAIL[lang].language;
		const { context } = await signedInContext(browser, request);
		const page = await context.newPage();
		await page.goto(`/${lang}/min-side`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		const group = page.getByRole('group', { name: L.legend });
		await expect(group).toBeVisible();

		// A value the page never offered (as a forged post would send it)
		await group.locator('input[value="nb"]').evaluate((el: HTMLInputElement) => {
			el.value = 'de';
			el.checked = true;
		});
		const answered = page.waitForResponse((r) => r.request().method() === 'POST');
		await page.getByRole('button', { name: L.save, exact: true }).click();
		// A plain post answers 400; once the page has hydrated, the enhanced form's fetch gets 200 with
		// the failure (and its 400) in the body.
		const response = await answered;
		const status =
			response.status() === 200
				? ((await response.json()) as { status?: number }).status
				: response.status();
		expect(status).toBe(400);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.getByText(L.invalid)).toBeVisible();
		await expectAccessible(page, `min side, språk avvist (${lang})`);

		// The same by a plain post without the page (no JavaScript, no browser): 400, not 500
		const raw = await context.request.post(`/${lang}/min-side?/sprak`, {
			form: { lang: '<script>' },
			headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
		});
		expect(raw.status()).toBe(400);
		expect(await raw.text()).toContain(L.invalid);

		// A real choice is stored and said in the page's language
		await page.goto(`/${lang}/min-side`);
		await page
			.getByRole('group', { name: L.legend })
			.getByLabel('English', { exact: true })
			.check();
		await page.getByRole('button', { name: L.save, exact: true }).click();
		await expect(page.getByText(L.saved)).toBeVisible();
		await expect(
			page.getByRole('group', { name: L.legend }).getByLabel('English', { exact: true })
		).toBeChecked();
		await context.close();
	});
}

test.describe('the translation editor without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('an editor writes and publishes a nynorsk translation with the keyboard only', async ({
		browser,
		request
	}) => {
		test.setTimeout(120_000);
		const s = suffix();
		const C = contentNb.editor;
		const { context } = await signedInContext(
			browser,
			request,
			{ role: 'redaktor' },
			{ javaScriptEnabled: false }
		);
		const id = await createPage(context.request, {
			title: `Tastatur ${s}`,
			body: 'Teksten på bokmål.',
			publish: true,
			showInMenu: false
		});
		const page = await context.newPage();
		await page.goto(`/admin/oversettelser/side/${id}/nn`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// (axe needs JavaScript in the page; content-languages.spec.ts scans this page with it.)

		// Empty the title and publish: the message is beside the field and in the summary
		expect(await tabTo(page, 'input[name="title"]')).toBe(true);
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.press('Delete');
		expect(await tabTo(page, 'button[name="intent"][value="publiser"]')).toBe(true);
		let answered = page.waitForResponse((r) => r.request().method() === 'POST');
		await page.keyboard.press('Enter');
		expect((await answered).status()).toBe(400);
		await expect(page.getByTestId('error-summary')).toContainText(contentNb.errors.titleRequired);
		await expect(page.locator('input[name="title"]')).toHaveAttribute('aria-invalid', 'true');

		// Write it and publish, by keyboard
		await page.locator('body').focus();
		expect(await tabTo(page, 'input[name="title"]')).toBe(true);
		await page.keyboard.type(`Tastatur på nynorsk ${s}`);
		expect(await tabTo(page, 'textarea[name="body"]')).toBe(true);
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('Teksten på nynorsk.');
		expect(await tabTo(page, 'button[name="intent"][value="publiser"]')).toBe(true);
		answered = page.waitForResponse((r) => r.request().method() === 'POST');
		await page.keyboard.press('Enter');
		await answered;
		await expect(page.getByText(C.saved.publiser)).toBeVisible();

		const visitor = await browser.newContext({ javaScriptEnabled: false });
		const v = await visitor.newPage();
		await v.goto(`/nn/tastatur-${s}`);
		await expect(v.getByRole('heading', { level: 1 })).toHaveText(`Tastatur på nynorsk ${s}`);
		await visitor.close();
		await context.close();
	});
});

for (const lang of ['nn', 'en'] as const) {
	test(`the workspace answers "not there" and "not yours" as 404 and 403 pages in ${lang}`, async ({
		browser,
		request
	}) => {
		const { context } = await signedInContext(browser, request, {
			role: 'medlem',
			kommune: '1804'
		});
		const page = await context.newPage();
		// The services throw NotFoundError / ForbiddenError; the routes answer them (never a 500)
		const missing = await page.goto(`/${lang}/kommuner/1804/fremtidsbilde/tiltak/999999`);
		expect(missing?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			CORE[lang].errors.notFoundTitle
		);
		const log = await page.goto(`/${lang}/kommuner/1804/fremtidsbilde/logg/999999`);
		expect(log?.status()).toBe(404);
		const task = await page.goto(`/${lang}/kommuner/1804/mellomarbeid/999999`);
		expect(task?.status()).toBe(404);
		// A forged delete of an action that is not there: 404 from the action, not a 500
		const post = await context.request.post(
			`/${lang}/kommuner/1804/fremtidsbilde/tiltak/999999?/slett`,
			{ form: { version: '0' }, headers: { origin: new URL(page.url()).origin } }
		);
		expect(post.status()).toBe(404);
		// What only the coordinator may do: the guard throws ForbiddenError, the route answers
		// with the 403 page in the language
		const refused = await context.request.post(
			`/${lang}/kommuner/1804/fremtidsbilde/gruppe?/inviter`,
			{
				form: { email: 'x@example.no', role: 'medlem' },
				headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
			}
		);
		expect(refused.status()).toBe(403);
		const html = await refused.text();
		expect(html).toContain(`<html lang="${lang}"`);
		expect(html).toContain(CORE[lang].errors.forbiddenTitle);
		// Another municipality's workspace is refused (by the route rule in hooks.server.ts)
		const other = await page.goto(`/${lang}/kommuner/5053/fremtidsbilde/tiltak`);
		expect(other?.status()).toBe(403);
		// …in the language of the address too, not SvelteKit's static bokmål page
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			CORE[lang].errors.forbiddenTitle
		);
		await expect(page.getByRole('link', { name: CORE[lang].errors.toFront })).toHaveAttribute(
			'href',
			`/${lang}`
		);
		await expectAccessible(page, `403 fra tilgangsregelen (${lang})`);
		await context.close();
	});
}
