/**
 * Content in three languages: the nynorsk front page from the demo content, a page without an
 * English version (notice in English, the bokmål text marked lang="nb"), and an editor who
 * starts, validates and publishes an English translation that then answers at /en/<path>.
 * Every page visited passes axe.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { signedInContext } from './support/users';
import { createPage, submit, suffix } from './support/desk';

test('the nynorsk front page shows the nynorsk demo text with <html lang="nn">', async ({
	page
}) => {
	await page.goto('/nn');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
	await expect(page.locator('.fk-hero .fk-lead')).toContainText(
		'Korleis ser kulturskulen i framtida ut?'
	);
	await expect(page.locator('.fk-translation-notice')).toHaveCount(0);
	// The programme's own text is all nynorsk. The events, calls and news listed beside it are
	// what editors (and other tests) wrote: shown in bokmål until translated, and marked so.
	await expect(
		page.locator('main :is(.fk-hero, .fk-model, .fk-questions, .fk-intro-more) [lang="nb"]')
	).toHaveCount(0);
	await expect(page.locator('main .fk-front-now [lang="nb"]').first()).toBeAttached();
	await expectAccessible(page, '/nn');

	// A Kulturskole 3.0 page and a news item in nynorsk too
	await page.goto('/nn/kulturskole-3-0/helhetlig-oppvekst');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Heilskapleg oppvekst');
	await expect(page.locator('link[rel="alternate"][hreflang="nn"]')).toHaveCount(1);
	await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0);
	await expectAccessible(page, '/nn/kulturskole-3-0/helhetlig-oppvekst');
});

test('a page without an English version says so in English and marks its text lang="nb"', async ({
	page
}) => {
	await page.goto('/en/veien-videre');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByText('This page is not yet available in English.')).toBeVisible();
	const h1 = page.getByRole('heading', { level: 1 });
	await expect(h1).toHaveText('Veien videre');
	await expect(h1).toHaveAttribute('lang', 'nb');
	await expect(page.locator('.fk-prose[lang="nb"]')).toContainText('Regionale program');
	// The page exists in bokmål and nynorsk only, and its alternates say so.
	await expect(page.locator('link[rel="alternate"][hreflang="nb"]')).toHaveCount(1);
	await expect(page.locator('link[rel="alternate"][hreflang="nn"]')).toHaveCount(1);
	await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0);
	await expectAccessible(page, '/en/veien-videre');

	// Searching in English: the English hits first, the other languages' below, marked as such.
	await page.goto('/en/sok?q=kulturskole');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const others = page.getByRole('region', { name: 'Results in other languages' });
	await expect(others).toBeVisible();
	await expect(others.locator('h3[lang="nn"]').first()).toBeVisible();
	await expectAccessible(page, '/en/sok?q=kulturskole');

	// The English demo text is there where it exists.
	await page.goto('/en/tilgjengelighet');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
	await expect(page.locator('.fk-translation-notice')).toHaveCount(0);
	await expectAccessible(page, '/en/tilgjengelighet');
});

test('an editor starts an English translation of a page, publishes it, and /en/<path> shows it', async ({
	browser,
	request
}) => {
	const s = suffix();
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const id = await createPage(context.request, {
		title: `Språkside ${s}`,
		body: 'Teksten på **bokmål**.',
		publish: true,
		showInMenu: false
	});
	// The slug stays bokmål; the English version lives at /en/<the same path>.
	const path = `/sprakside-${s}`;
	const page = await context.newPage();

	// The panel beside the editor: bokmål is the original, English is not written yet.
	await page.goto(`/admin/sider/${id}`);
	const panel = page.getByRole('region', { name: 'Språkversjoner' });
	await expect(panel.locator('[data-lang="en"]')).toContainText('Finnes ikke');
	await expectAccessible(page, 'sideredigering med språkversjoner');
	await panel.getByRole('link', { name: 'Start oversettelse til engelsk' }).click();
	await expect(page).toHaveURL(new RegExp(`/admin/oversettelser/side/${id}/en$`));

	// Prefilled from the bokmål text
	const title = page.getByLabel('Tittel', { exact: true });
	await expect(title).toHaveValue(`Språkside ${s}`);
	await expect(page.getByLabel(/^Brødtekst/)).toHaveValue('Teksten på **bokmål**.');
	await expectAccessible(page, 'ny oversettelse');

	// Without a title it cannot be published: the message is beside the field and in the
	// summary, and what was typed stays.
	await title.fill('');
	await page.getByLabel(/^Brødtekst/).fill('The text in **English**.');
	await submit(page, 'Publiser');
	await expect(page.getByTestId('error-summary')).toContainText(
		'Skriv en tittel før du publiserer oversettelsen'
	);
	await expect(page.getByLabel(/^Brødtekst/)).toHaveValue('The text in **English**.');
	await expectAccessible(page, 'oversettelse med feil');

	await title.fill(`Language page ${s}`);
	await submit(page, 'Publiser');
	await expect(page.getByText('Oversettelsen er publisert.')).toBeVisible();

	await page.goto(`/admin/sider/${id}`);
	await expect(panel.locator('[data-lang="en"]')).toContainText('Publisert');
	await expect(panel.locator('[data-lang="en"]')).toContainText('Oppdatert');

	// A visitor reads it in English at /en/<the same path>.
	const visitorContext = await browser.newContext();
	const visitor = await visitorContext.newPage();
	await visitor.goto(`/en${path}`);
	await expect(visitor.locator('html')).toHaveAttribute('lang', 'en');
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(`Language page ${s}`);
	await expect(visitor.locator('.fk-prose strong')).toHaveText('English');
	await expect(visitor.locator('.fk-translation-notice')).toHaveCount(0);
	await expect(visitor.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
	await expectAccessible(visitor, `/en${path}`);
	await visitorContext.close();
	await context.close();
});
