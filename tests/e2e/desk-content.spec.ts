/**
 * Resources, people and questions on the editorial desk: create, edit, preview, reorder,
 * delete, with a redirect after a resource's rename, the second editor told of a conflict,
 * and axe on every page at 1280 and 360 px.
 */
import { expect, test } from '@playwright/test';
import { signedInContext } from './support/users';
import { expectAccessibleAtWidths, movedTo, suffix, watchConsole, submit } from './support/desk';

test('ressurser: ny, forhåndsvisning, ny adresse med videresending, versjoner og sletting', async ({
	browser,
	request
}) => {
	const s = suffix();
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const page = await context.newPage();
	const consoleProblems = watchConsole(page);

	await page.goto('/admin/ressurser');
	await expectAccessibleAtWidths(page, 'ressurser');
	await page.getByRole('link', { name: 'Ny ressurs' }).click();
	await expectAccessibleAtWidths(page, 'ny ressurs');

	// Bad input: told beside the fields, what was typed is kept
	await page.getByLabel('Tittel', { exact: true }).fill(`Notat ${s}`);
	await page.getByLabel(/^År/).fill('21');
	await page.getByLabel(/^Lengde/).fill('to minutter');
	await submit(page, 'Lagre utkast');
	const summary = page.getByTestId('error-summary');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Velg hva slags ressurs det er');
	await expect(summary).toContainText('Skriv året med fire sifre');
	await expect(summary).toContainText('Skriv lengden som minutter:sekunder');
	await expect(page.getByLabel('Tittel', { exact: true })).toHaveValue(`Notat ${s}`);
	await expectAccessibleAtWidths(page, 'ny ressurs med feil');

	await page.getByLabel('Type').selectOption('dokument');
	await page.getByLabel(/^År/).fill('2024');
	await page.getByLabel(/^Lengde/).fill('');
	await page.getByLabel(/^Beskrivelse/).fill('Et **notat** fra samlingen.');
	await submit(page, 'Lagre utkast');
	await expect(page.getByText('Endringene er lagret.')).toBeVisible();
	const editUrl = page.url();
	await expectAccessibleAtWidths(page, 'rediger ressurs');

	const preview = await context.newPage();
	await preview.goto((await page.getByRole('link', { name: /Forhåndsvis/ }).getAttribute('href'))!);
	await expect(preview.getByRole('heading', { level: 1, name: `Notat ${s}` })).toBeVisible();
	await expect(preview.locator('article strong')).toHaveText('notat');
	await expectAccessibleAtWidths(preview, 'forhåndsvisning av ressurs');

	// A new address: the old one answers 301
	await page.getByLabel(/^Adresse\s*\(valgfritt\)/).fill(`notat-fra-samlingen-${s}`);
	await submit(page, 'Lagre utkast');
	await expect(page.getByText('Endringene er lagret.')).toBeVisible();
	expect(await movedTo(request, `/ressurser/notat-${s}`)).toEqual({
		status: 301,
		location: `/ressurser/notat-fra-samlingen-${s}`
	});

	// Two editors: the second is told, and sees both versions
	const other = await context.newPage();
	await other.goto(editUrl);
	await page.getByLabel('Tittel', { exact: true }).fill(`Notat ${s} (første)`);
	await submit(page, 'Lagre utkast');
	await expect(page.getByText('Endringene er lagret.')).toBeVisible();
	await other.getByLabel('Tittel', { exact: true }).fill(`Notat ${s} (andre)`);
	await submit(other, 'Lagre utkast');
	await expect(other.getByText(/Noen andre lagret denne/)).toBeVisible();
	await expect(
		other.getByRole('region', { name: 'Lagret versjon og dine endringer' })
	).toContainText(`Notat ${s} (første)`);
	await expect(other.getByLabel('Tittel', { exact: true })).toHaveValue(`Notat ${s} (andre)`);

	// Restore the first version, then delete
	await page.reload();
	await submit(page, 'Gjenopprett versjon 1');
	await expect(page.getByText('Den tidligere versjonen er gjenopprettet')).toBeVisible();
	await expect(page.getByLabel('Tittel', { exact: true })).toHaveValue(`Notat ${s}`);
	await submit(page, 'Slett ressursen');
	await expect(page).toHaveURL(/\/admin\/ressurser\?slettet=1$/);
	await expect(page.getByText('Ressursen er slettet.')).toBeVisible();
	expect(consoleProblems).toEqual([]);
	await context.close();
});

test('personer og spørsmål: ny, rediger, sorter og slett, og den offentlige siden følger', async ({
	browser,
	request
}) => {
	const s = suffix();
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const page = await context.newPage();
	const consoleProblems = watchConsole(page);
	const group = `Testgruppe ${s}`;

	await page.goto('/admin/personer');
	await expectAccessibleAtWidths(page, 'personer');
	for (const name of [`Anna ${s}`, `Bjørn ${s}`]) {
		await page.goto('/admin/personer/ny');
		if (name.startsWith('Anna')) await expectAccessibleAtWidths(page, 'ny person');
		await page.getByLabel('Navn').fill(name);
		await page.getByLabel('Gruppe').fill(group);
		await page.getByLabel(/^E-post/).fill('ikke-en-adresse');
		await submit(page, 'Lagre');
		await expect(page.getByTestId('error-summary')).toContainText(
			'Skriv inn en gyldig e-postadresse'
		);
		await page.getByLabel(/^E-post/).fill('');
		await submit(page, 'Lagre');
		await expect(page.getByText('Endringene er lagret.')).toBeVisible();
	}
	await expectAccessibleAtWidths(page, 'rediger person');
	await page.goto('/admin/personer');
	await page.getByRole('button', { name: `Flytt opp: Bjørn ${s}` }).click();
	await expect(page.getByText(`«Bjørn ${s}» er flyttet opp.`)).toBeVisible();
	const visitor = await browser.newPage();
	await visitor.goto('/personer');
	const names = await visitor
		.locator('main')
		.getByText(new RegExp(`^(Anna|Bjørn) ${s}$`))
		.allInnerTexts();
	expect(names).toEqual([`Bjørn ${s}`, `Anna ${s}`]);

	await page.getByRole('link', { name: `Anna ${s}` }).click();
	await submit(page, 'Slett personen');
	await expect(page.getByText('Personen er slettet.')).toBeVisible();

	// Questions
	await page.goto('/admin/sporsmal');
	await expectAccessibleAtWidths(page, 'spørsmål');
	await page.getByRole('link', { name: 'Nytt spørsmål' }).click();
	await expectAccessibleAtWidths(page, 'nytt spørsmål');
	await page.getByLabel('Spørsmål', { exact: true }).fill(`Hvem kan delta ${s}?`);
	await submit(page, 'Lagre');
	await expect(page.getByTestId('error-summary')).toContainText('Skriv svaret');
	await page.getByLabel('Svar', { exact: true }).fill('Alle **kommuner** kan delta.');
	await page.getByLabel('Emne').fill(`Emne ${s}`);
	await submit(page, 'Lagre');
	await expect(page.getByText('Endringene er lagret.')).toBeVisible();
	await expectAccessibleAtWidths(page, 'rediger spørsmål');
	await visitor.goto('/sporsmal-og-svar');
	await expect(visitor.locator('main')).toContainText(`Hvem kan delta ${s}?`);
	await submit(page, 'Slett spørsmålet');
	await expect(page.getByText('Spørsmålet er slettet.')).toBeVisible();
	await visitor.goto('/sporsmal-og-svar');
	await expect(visitor.locator('main')).not.toContainText(`Hvem kan delta ${s}?`);

	await visitor.close();
	expect(consoleProblems).toEqual([]);
	await context.close();
});

test('et medlem og en fylkesleder slipper ikke inn på redaksjonens sider', async ({
	browser,
	request
}) => {
	for (const role of ['medlem', 'fylkesleder'] as const) {
		const { context } = await signedInContext(browser, request, { role, kommune: '0301' });
		const page = await context.newPage();
		for (const path of [
			'/admin/sider',
			'/admin/ressurser/ny',
			'/admin/personer',
			'/admin/sporsmal',
			'/admin/filer',
			'/forhandsvisning/side/1'
		]) {
			const res = await page.goto(path);
			expect(res?.status(), `${role} ${path}`).toBe(403);
		}
		const post = await context.request.post('/admin/filer?/lastOpp', {
			multipart: {
				fil: { name: 'a.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-') }
			},
			headers: { origin: new URL(page.url()).origin },
			maxRedirects: 0
		});
		expect(post.status(), `${role} laster opp`).toBe(403);
		await context.close();
	}
});
