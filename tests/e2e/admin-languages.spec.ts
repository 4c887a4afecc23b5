/**
 * The admin in nynorsk and English: under /nn/admin/… and /en/admin/… every main admin page
 * has the right <html lang>, passes axe, links within the admin stay in the language, and the
 * English pages show none of the admin area's bokmål interface text. An editor edits a page
 * in English from start to finish.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { signedInContext } from './support/users';
import { submit, suffix } from './support/desk';
import { admin as adminNb } from '../../src/lib/i18n/areas/admin/nb';
import { admin as adminEn } from '../../src/lib/i18n/areas/admin/en';
import { admin as adminNn } from '../../src/lib/i18n/areas/admin/nn';
import { nb as coreNb } from '../../src/lib/i18n/nb';

/** Every string leaf of a catalogue. */
function leaves(node: unknown, out: string[] = []): string[] {
	if (typeof node === 'string') out.push(node);
	else if (node && typeof node === 'object') for (const v of Object.values(node)) leaves(v, out);
	return out;
}

/**
 * The admin area's bokmål texts that must not be seen on an English page: whole strings
 * without placeholders that English does not share (names such as «Fremtidens kulturskole»,
 * «Status» or «Pilot» are the same in both) and that the core catalogue does not also hold
 * (its English is translated by its own owner).
 */
const english = new Set(leaves(adminEn));
const core = new Set(leaves(coreNb));
const bokmal = new Set(
	leaves(adminNb)
		.map((s) => s.trim())
		.filter((s) => !s.includes('{') && /[a-zæøå]{3}/i.test(s))
		.filter((s) => !english.has(s) && !core.has(s))
);

/** Visible text nodes and the accessible-name attributes of the admin's own interface. */
async function interfaceTexts(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		// Content (titles of pages, news, people, files…) is the editors' own text, not ours.
		const isContent = (el: Element | null) =>
			!!el?.closest('td a, th a, .fk-tree__row a, option, pre, .fk-prose, .fk-admin-account');
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const text = n.textContent?.trim();
			if (text && !isContent(n.parentElement)) out.push(text);
		}
		for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], [alt]'))
			for (const a of ['aria-label', 'placeholder', 'title', 'alt']) {
				const v = el.getAttribute(a)?.trim();
				if (v) out.push(v);
			}
		out.push(document.title);
		return out;
	});
}

/** The pages an editor uses most, and those only an administrator sees. */
const EDITOR_PAGES = [
	'/admin',
	'/admin/sider',
	'/admin/sider/ny',
	'/admin/nyheter',
	'/admin/nyheter/ny',
	'/admin/ressurser',
	'/admin/ressurser/ny',
	'/admin/personer',
	'/admin/sporsmal',
	'/admin/filer',
	'/admin/erfaringer',
	'/admin/samfunnsmal',
	'/admin/arrangementer',
	'/admin/arrangementer/ny',
	'/admin/program',
	'/admin/kommuner'
];
const ADMIN_PAGES = ['/admin/brukere', '/admin/e-post', '/admin/logg'];

async function checkPage(page: Page, lang: 'nn' | 'en', path: string) {
	const url = `/${lang}${path}`;
	const res = await page.goto(url);
	expect(res?.status(), url).toBe(200);
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectAccessible(page, url);
	// Every link and form within the admin stays in the language.
	const bokmalLinks = await page
		.locator('a[href^="/admin"], form[action^="/admin"]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('action')));
	expect(bokmalLinks, `lenker uten /${lang} på ${url}`).toEqual([]);
	if (lang === 'en') {
		const found = (await interfaceTexts(page)).filter((s) => bokmal.has(s));
		expect(found, `bokmål på ${url}`).toEqual([]);
	}
}

for (const lang of ['nn', 'en'] as const) {
	test(`admin-sidene på ${lang}: lang, axe, lenker${lang === 'en' ? ' og ingen bokmål' : ''}`, async ({
		browser,
		request
	}) => {
		test.setTimeout(240_000);
		const editor = await signedInContext(browser, request, { role: 'redaktor' });
		const page = await editor.context.newPage();
		for (const path of EDITOR_PAGES) await checkPage(page, lang, path);
		await editor.context.close();

		const administrator = await signedInContext(browser, request, { role: 'admin' });
		const adminPage = await administrator.context.newPage();
		for (const path of ADMIN_PAGES) await checkPage(adminPage, lang, path);
		await administrator.context.close();
	});
}

test('nynorsk: menyen og oversikta er skrivne på nynorsk', async ({ browser, request }) => {
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const page = await context.newPage();
	await page.goto('/nn/admin/nyheter');
	const menu = page.getByRole('navigation', { name: 'Administrasjon' });
	await expect(menu.getByRole('link', { name: 'Nyhende' })).toHaveAttribute(
		'href',
		'/nn/admin/nyheter'
	);
	await expect(menu.getByRole('link', { name: 'Nyhende' })).toHaveAttribute('aria-current', 'page');
	await expect(page.getByRole('heading', { level: 1, name: 'Nyhende' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Nytt nyhende' })).toBeVisible();
	await context.close();
});

test('an editor edits a page in English', async ({ browser, request }) => {
	const s = suffix();
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const page = await context.newPage();

	await page.goto('/en/admin/sider');
	await expect(page.getByRole('heading', { level: 1, name: 'Pages' })).toBeVisible();
	await page.getByRole('link', { name: 'New page', exact: true }).click();
	await expect(page).toHaveURL(/\/en\/admin\/sider\/ny$/);
	await expect(page.getByRole('heading', { level: 1, name: 'New page' })).toBeVisible();

	await page.getByLabel('Title', { exact: true }).fill(`English page ${s}`);
	await page.getByLabel(/^Introduction/).fill('A page written from the English admin.');
	await page.getByLabel('Show in the menu').uncheck();
	await submit(page, 'Save draft');
	await expect(page).toHaveURL(/\/en\/admin\/sider\/\d+\?lagret=lagre$/);
	await expect(page.getByText('Your changes have been saved.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: 'Edit page' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expectAccessible(page, 'edit page (en)');

	await page.getByLabel(/^Body text/).fill('Some **bold** text.');
	await submit(page, 'Publish now');
	await expect(page).toHaveURL(/\/en\/admin\/sider\/\d+\?lagret=publiser$/);
	await expect(page.getByText('Published. It is now visible on the website.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Versions', exact: true })).toBeVisible();

	// Back to the list, still in English, where the new page is in the tree
	await page.getByRole('link', { name: '← All pages' }).click();
	await expect(page).toHaveURL(/\/en\/admin\/sider$/);
	await expect(page.getByRole('link', { name: `English page ${s}`, exact: true })).toBeVisible();
	await context.close();
});

test('an editor edits a page in nynorsk, and the versions are named in nynorsk', async ({
	browser,
	request
}) => {
	const s = suffix();
	const A = adminNn;
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const page = await context.newPage();

	await page.goto('/nn/admin/sider');
	await expect(page.getByRole('heading', { level: 1, name: A.pages.title })).toBeVisible();
	await page.getByRole('link', { name: A.pages.new, exact: true }).click();
	await expect(page).toHaveURL(/\/nn\/admin\/sider\/ny$/);

	await page.getByLabel(A.fields.title, { exact: true }).fill(`Nynorsk side ${s}`);
	await page.getByLabel(new RegExp(`^${A.fields.lead}`)).fill('Ei side skriven frå nynorsk-admin.');
	await page.getByLabel(A.pages.showInMenu).uncheck();
	await submit(page, A.publish.saveDraft);
	await expect(page).toHaveURL(/\/nn\/admin\/sider\/\d+\?lagret=lagre$/);
	await expect(page.getByText(A.notices.saved)).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: A.pages.edit })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'nn');

	await page.getByLabel(new RegExp(`^${A.fields.body}`)).fill('Litt **feit** tekst.');
	await submit(page, A.publish.publishNow);
	await expect(page).toHaveURL(/\/nn\/admin\/sider\/\d+\?lagret=publiser$/);
	await expect(page.getByText(A.notices.published)).toBeVisible();
	await expectAccessible(page, 'rediger side (nn)');

	// The versions' notes are stored as messages and read in the editor's language
	const versions = page.locator('.fk-versions');
	await expect(versions).toContainText(A.versionNote.published);
	await expect(versions).toContainText(A.versionNote.created);
	await page.goto(page.url().replace('/nn/admin/', '/en/admin/'));
	await expect(page.locator('.fk-versions')).toContainText(adminEn.versionNote.created);
	await expect(page.locator('.fk-versions')).not.toContainText(A.versionNote.created);
	await context.close();
});
