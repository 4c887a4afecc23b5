/**
 * The page tree on the editorial desk: a rename and a move each leave the old address
 * answering 301; a redaktør edits and reorders the tree with the keyboard only; every desk
 * page for pages passes axe at 1280 and 360 px.
 */
import { expect, test } from '@playwright/test';
import { signedInContext } from './support/users';
import {
	createPage,
	expectAccessibleAtWidths,
	movedTo,
	suffix,
	watchConsole,
	submit
} from './support/desk';

test('en redaktør omdøper og flytter sider, og de gamle adressene svarer 301', async ({
	browser,
	request
}) => {
	const s = suffix();
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const page = await context.newPage();
	const consoleProblems = watchConsole(page);

	// A new page through the form (as drafts: the public sitemap stays still until the end)
	await page.goto('/admin/sider');
	await expectAccessibleAtWidths(page, 'sider');
	await page.getByRole('link', { name: 'Ny side', exact: true }).click();
	await expect(page).toHaveURL(/\/admin\/sider\/ny$/);
	await expectAccessibleAtWidths(page, 'ny side');
	await submit(page, 'Lagre utkast');
	await expect(page.getByTestId('error-summary')).toContainText('Skriv en tittel');
	await page.getByLabel('Tittel', { exact: true }).fill(`Seksjon ${s}`);
	await page.getByLabel(/^Ingress/).fill('En seksjon for testen.');
	await page.getByLabel('Vis i menyen').uncheck();
	await submit(page, 'Lagre utkast');
	await expect(page.getByText('Endringene er lagret.')).toBeVisible();
	const sectionId = Number(/\/admin\/sider\/(\d+)/.exec(page.url())?.[1]);
	await expectAccessibleAtWidths(page, 'rediger side');

	// A sub-page from the section's own page
	await page.getByRole('link', { name: 'Ny underside' }).click();
	await expect(page.getByText(`Ny underside under «Seksjon ${s}».`)).toBeVisible();
	await page.getByLabel('Tittel', { exact: true }).fill('Kapittel');
	await page.getByLabel(/^Brødtekst/).fill('Tekst i **kapittelet**.');
	await submit(page, 'Lagre utkast');
	await expect(page.getByText('Endringene er lagret.')).toBeVisible();
	const chapterUrl = page.url();
	const chapterId = Number(/\/admin\/sider\/(\d+)/.exec(chapterUrl)?.[1]);

	// The preview looks like the public page, with the section around it
	const previewHref = await page.getByRole('link', { name: /Forhåndsvis/ }).getAttribute('href');
	const preview = await context.newPage();
	await preview.goto(previewHref!);
	await expect(preview.getByRole('heading', { level: 1, name: 'Kapittel' })).toBeVisible();
	await expect(preview.locator('article strong')).toHaveText('kapittelet');
	await expect(
		preview.getByRole('navigation', { name: 'Brødsmulesti' }).getByRole('link', {
			name: `Seksjon ${s}`
		})
	).toBeVisible();
	await expect(preview.getByText('Dette er ikke publisert ennå.')).toBeVisible();
	await expectAccessibleAtWidths(preview, 'forhåndsvisning av side');

	// Rename the section: the section and its sub-page get new addresses
	await page.goto(`/admin/sider/${sectionId}`);
	await page.getByLabel(/^Adresse\s*\(valgfritt\)/).fill(`nytt-navn-${s}`);
	await submit(page, 'Lagre utkast');
	await expect(page.getByText('Endringene er lagret.')).toBeVisible();
	expect(await movedTo(request, `/seksjon-${s}`)).toEqual({
		status: 301,
		location: `/nytt-navn-${s}`
	});
	expect(await movedTo(request, `/seksjon-${s}/kapittel`)).toEqual({
		status: 301,
		location: `/nytt-navn-${s}/kapittel`
	});

	// Move the sub-page to another section by choosing a new parent
	const otherId = await createPage(context.request, { title: `Annen ${s}`, showInMenu: false });
	await page.goto(chapterUrl);
	const parentSelect = page.getByLabel(/^Overordnet side/);
	await expect(parentSelect.locator(`option[value="${chapterId}"]`)).toHaveCount(0); // not itself
	await expect(parentSelect.locator(`option[value="${sectionId}"]`)).toHaveCount(1);
	await parentSelect.selectOption(String(otherId));
	await submit(page, 'Lagre utkast');
	await expect(page.getByText('Endringene er lagret.')).toBeVisible();
	await expect(page.getByText(`/annen-${s}/kapittel`)).toBeVisible();
	expect(await movedTo(request, `/nytt-navn-${s}/kapittel`)).toEqual({
		status: 301,
		location: `/annen-${s}/kapittel`
	});
	expect(await movedTo(request, `/seksjon-${s}/kapittel`)).toEqual({
		status: 301,
		location: `/annen-${s}/kapittel`
	});

	// Published, the old addresses lead the visitor to the page
	await page.goto(`/admin/sider/${otherId}`);
	await submit(page, 'Publiser nå');
	await expect(page.getByText('Publisert. Den er nå synlig på nettstedet.')).toBeVisible();
	await page.goto(chapterUrl);
	await submit(page, 'Publiser nå');
	await expect(page.getByText('Publisert. Den er nå synlig på nettstedet.')).toBeVisible();
	const visitor = await browser.newPage();
	const res = await visitor.goto(`/seksjon-${s}/kapittel`);
	expect(res?.status()).toBe(200);
	expect(new URL(visitor.url()).pathname).toBe(`/annen-${s}/kapittel`);
	await expect(visitor.getByRole('heading', { level: 1, name: 'Kapittel' })).toBeVisible();

	// A page with sub-pages cannot be deleted; the reason is given instead of the button
	await page.goto(`/admin/sider/${otherId}`);
	await expect(page.getByText('Siden har én underside og kan ikke slettes')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Slett siden' })).toHaveCount(0);

	await visitor.close();
	expect(consoleProblems).toEqual([]);
	await context.close();
});

test('en redaktør redigerer og sorterer sidetreet med tastaturet', async ({ browser, request }) => {
	const s = suffix();
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const page = await context.newPage();
	const consoleProblems = watchConsole(page);
	const parent = await createPage(context.request, { title: `Rekke ${s}`, showInMenu: false });
	for (const title of ['Alfa', 'Beta', 'Gamma'])
		await createPage(context.request, { title, parentId: parent, showInMenu: false });

	await page.goto('/admin/sider');
	const branch = page.locator(`#side-${parent} > ul`);
	const order = () => branch.locator(':scope > li .fk-tree__title').allInnerTexts();
	const titles = async () => (await order()).map((t) => t.trim());
	expect(await titles()).toEqual(['Alfa', 'Beta', 'Gamma']);

	// Tab to «Flytt ned: Alfa» from the link just before it, and press Enter twice
	await branch.getByRole('link', { name: 'Ny underside under Alfa' }).focus();
	await page.keyboard.press('Tab');
	const down = branch.getByRole('button', { name: 'Flytt ned: Alfa' });
	await expect(down).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toContainText('«Alfa» er flyttet ned.');
	await expect.poll(titles).toEqual(['Beta', 'Alfa', 'Gamma']);
	await expect(down).toBeFocused();
	await page.keyboard.press('Enter');
	await expect.poll(titles).toEqual(['Beta', 'Gamma', 'Alfa']);
	// Last now: focus moves to «Flytt opp» of the same page, and Enter takes it back up
	await expect(branch.getByRole('button', { name: 'Flytt opp: Alfa' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect.poll(titles).toEqual(['Beta', 'Alfa', 'Gamma']);

	// Open Gamma from the tree with the keyboard, change its title, save with Enter
	await branch.getByRole('link', { name: 'Gamma', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/admin\/sider\/\d+$/);
	const title = page.getByLabel('Tittel', { exact: true });
	await title.focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('Gamma endret');
	await page.keyboard.press('Enter');
	await expect(page.getByText('Endringene er lagret.')).toBeVisible();
	await expect(title).toHaveValue('Gamma endret');

	await page.goto('/admin/sider');
	expect(await titles()).toEqual(['Beta', 'Alfa', 'Gamma endret']);
	expect(consoleProblems).toEqual([]);
	await context.close();
});

test('forsiden kan redigeres og forhåndsvises, men ikke flyttes eller slettes', async ({
	browser,
	request
}) => {
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const page = await context.newPage();
	const consoleProblems = watchConsole(page);
	await page.goto('/admin/sider');
	const front = page.locator('.fk-tree-root > ul').first().locator('li').first();
	await expect(front).toContainText('Forsiden står alltid først.');
	await expect(front.getByRole('button')).toHaveCount(0);
	await front.getByRole('link').first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Rediger forsiden' })).toBeVisible();
	await expect(page.getByLabel(/^Overordnet side/)).toHaveCount(0);
	await expect(page.getByLabel(/^Adresse\s*\(valgfritt\)/)).toHaveCount(0);
	await expect(page.getByText('Forsiden kan ikke slettes.')).toBeVisible();
	await expectAccessibleAtWidths(page, 'rediger forsiden');
	const preview = await context.newPage();
	await preview.goto((await page.getByRole('link', { name: /Forhåndsvis/ }).getAttribute('href'))!);
	await expect(
		preview.getByRole('heading', { name: /Hvilke samfunnsmål er vesentlige/ })
	).toBeVisible();
	await expectAccessibleAtWidths(preview, 'forhåndsvisning av forsiden');
	expect(consoleProblems).toEqual([]);
	await context.close();
});

test('sidetreet kan sorteres uten JavaScript', async ({ browser, request }) => {
	const s = suffix();
	const { context } = await signedInContext(
		browser,
		request,
		{ role: 'redaktor' },
		{ javaScriptEnabled: false }
	);
	const page = await context.newPage();
	const parent = await createPage(context.request, { title: `Uten JS ${s}`, showInMenu: false });
	for (const title of ['Først', 'Sist'])
		await createPage(context.request, { title, parentId: parent, showInMenu: false });
	await page.goto('/admin/sider');
	await page.locator(`#side-${parent}`).getByRole('button', { name: 'Flytt opp: Sist' }).click();
	await expect(page).toHaveURL(/\/admin\/sider\?flyttet=\d+&retning=opp#side-\d+$/);
	await expect(page.getByText('«Sist» er flyttet opp.')).toBeVisible();
	await expect(page.locator(`#side-${parent} > ul > li .fk-tree__title`)).toHaveText([
		'Sist',
		'Først'
	]);
	await context.close();
});
