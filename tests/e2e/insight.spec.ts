/**
 * Insight across municipalities: programme staff see the whole country, a county chapter's
 * leader their chapter only (403 for another's); a filtered CSV says what the page's tables
 * say; the PDF report has no blank page; every page passes axe at desktop width and at 360 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { inflateSync } from 'node:zlib';
import { expectAccessibleAtWidths } from './support/desk';
import { pdfText } from './support/pdf';
import { signedInContext } from './support/users';

/** Each protected table on the page as the rows a reader sees (hidden figures read «–»). */
async function tablesOnPage(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll('table[data-figure]')].map((table) => {
			const text = (el: Element) => {
				const copy = el.cloneNode(true) as Element;
				copy.querySelectorAll('.fk-visually-hidden, .fk-meta').forEach((x) => x.remove());
				return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
			};
			return {
				title: text(table.querySelector('caption')!),
				rows: [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map(text))
			};
		})
	);
}

/** The CSV's blocks: a title line, then the figure's rows, up to an empty line. */
function csvBlocks(csv: string) {
	const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
	const blocks: { title: string; rows: string[][] }[] = [];
	let current: { title: string; rows: string[][] } | null = null;
	for (const line of lines) {
		if (!line) {
			current = null;
			continue;
		}
		// No cell in these files has a semicolon or a quote in it (titles and names do not).
		const cells = line.split(';').map((c) => c.replace(/^"|"$/g, ''));
		if (!current) {
			current = { title: cells[0], rows: [] };
			blocks.push(current);
		} else current.rows.push(cells);
	}
	return blocks;
}

/** Pages in the PDF, and how many of them draw any text. */
function pdfPages(pdf: Buffer) {
	const raw = pdf.toString('latin1');
	const pages = [...raw.matchAll(/\/Type \/Page\b(?!s)/g)].length;
	let withText = 0;
	for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
		let content: string;
		try {
			content = inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
		} catch {
			continue;
		}
		if (/\bTJ\b|\bTj\b/.test(content)) withText++;
	}
	return { pages, withText };
}

test('programstaben ser hele landet, filtrerer på fylke, og CSV-en og PDF-en sier det samme som siden', async ({
	browser,
	request
}) => {
	// axe reads every tile and chart at two widths, twice: slow on a busy machine.
	test.setTimeout(300_000);
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const page = await context.newPage();
	await page.goto('/admin');
	await page.getByRole('link', { name: 'Innsikt', exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Innsikt' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Kommunene etter fase' })).toBeVisible();
	// Every chart is drawn with a text alternative, and its table is beside it.
	const charts = page.locator('svg[role="img"]');
	expect(await charts.count()).toBeGreaterThan(3);
	await expect(page.locator('table[data-figure="faser"]')).toBeVisible();
	await expectAccessibleAtWidths(page, 'innsikt, hele landet');

	// Filter without JavaScript's help: a plain GET form.
	await page.getByLabel('Fylke', { exact: true }).selectOption({ label: 'Vestland' });
	await page.getByRole('button', { name: 'Vis', exact: true }).click();
	await expect(page).toHaveURL(/fylke=46/);
	await expect(page.getByLabel('Fylke', { exact: true })).toHaveValue('46');
	await expectAccessibleAtWidths(page, 'innsikt, Vestland');

	const onPage = await tablesOnPage(page);
	expect(onPage.length).toBeGreaterThan(8);
	const csvHref = await page.getByRole('link', { name: 'Tabellene som CSV' }).getAttribute('href');
	expect(csvHref).toContain('fylke=46');
	const csvRes = await context.request.get(csvHref!);
	expect(csvRes.status()).toBe(200);
	expect(csvRes.headers()['content-type']).toContain('text/csv');
	const blocks = csvBlocks(await csvRes.text());
	for (const table of onPage) {
		const block = blocks.find((b) => b.title === table.title);
		expect(block, `CSV-en mangler «${table.title}»`).toBeTruthy();
		const emptyRow = table.rows.length === 2 && table.rows[1].length === 1;
		// The page shows «no figures» in a lone cell where the CSV simply has no rows.
		expect(block!.rows, table.title).toEqual(emptyRow ? table.rows.slice(0, 1) : table.rows);
	}

	const pdfHref = await page.getByRole('link', { name: 'Rapport som PDF' }).getAttribute('href');
	const pdfRes = await context.request.get(pdfHref!);
	expect(pdfRes.status()).toBe(200);
	const pdf = Buffer.from(await pdfRes.body());
	expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
	const { pages, withText } = pdfPages(pdf);
	expect(pages).toBeGreaterThan(0);
	expect(withText, 'en side uten tekst i PDF-en').toBe(pages);
	const text = pdfText(pdf);
	expect(text).toContain('Vestland');
	expect(text).toContain('Samfunnsmålene kommunene har valgt');
	await context.close();
});

test('en fylkesleder ser sin egen fylkesavdeling og får 403 for en annens', async ({
	browser,
	request
}) => {
	test.setTimeout(180_000);
	const { context } = await signedInContext(browser, request, {
		role: 'fylkesleder',
		chapter: 'vestland'
	});
	const page = await context.newPage();
	await page.goto('/admin/innsikt');
	await expectAccessibleAtWidths(page, 'innsikt, fylkesavdelingene');
	// The country's figures are not for them: only the way to their own chapter.
	await expect(page.locator('table[data-figure]')).toHaveCount(0);
	await page.getByRole('link', { name: 'Vestland', exact: true }).click();
	await expect(page).toHaveURL(/\/admin\/innsikt\/vestland$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Innsikt: Vestland' })).toBeVisible();
	// Only Vestland's counties to choose from.
	const counties = await page
		.getByLabel('Fylke', { exact: true })
		.locator('option')
		.allTextContents();
	expect(counties.map((c) => c.trim())).toEqual(['Alle', 'Vestland']);
	await expectAccessibleAtWidths(page, 'innsikt, Vestland som fylkesleder');

	for (const path of [
		'/admin/innsikt/nordland',
		'/admin/innsikt/nordland/csv',
		'/admin/innsikt/nordland/pdf',
		'/admin/innsikt/csv',
		'/admin/innsikt/pdf'
	]) {
		const res = await context.request.get(path, { maxRedirects: 0 });
		expect(res.status(), path).toBe(403);
	}
	const other = await page.goto('/admin/innsikt/trondelag');
	expect(other?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeVisible();
	const own = await context.request.get('/admin/innsikt/vestland/csv');
	expect(own.status()).toBe(200);
	await context.close();
});
