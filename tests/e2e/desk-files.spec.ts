/**
 * Files on the editorial desk: a PDF goes up and comes back byte for byte with safe headers;
 * disguised and oversize uploads are refused with a clear message (never a 500); a file a
 * resource uses cannot be deleted.
 */
import { expect, test, type Page } from '@playwright/test';
import { signedInContext } from './support/users';
import { expectAccessibleAtWidths, suffix, watchConsole, submit } from './support/desk';

/** A small, valid PDF with every byte value in a stream, so any re-encoding would show. */
function pdf(text: string): Buffer {
	const binary = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
	const parts: Buffer[] = [];
	const offsets: number[] = [];
	const add = (b: Buffer | string) =>
		parts.push(typeof b === 'string' ? Buffer.from(b, 'latin1') : b);
	const length = () => parts.reduce((n, p) => n + p.length, 0);
	add('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
	const content = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
	];
	objects.forEach((o, i) => {
		offsets.push(length());
		add(`${i + 1} 0 obj\n${o}\nendobj\n`);
	});
	offsets.push(length());
	add(`6 0 obj\n<< /Length ${binary.length} >>\nstream\n`);
	add(binary);
	add('\nendstream\nendobj\n');
	const xref = length();
	add(`xref\n0 7\n0000000000 65535 f \n`);
	for (const o of offsets) add(`${String(o).padStart(10, '0')} 00000 n \n`);
	add(`trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
	return Buffer.concat(parts);
}

/** Collects every 5xx the browser sees. */
function watchServerErrors(page: Page) {
	const errors: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 500) errors.push(`${r.status()} ${r.url()}`);
	});
	return errors;
}

test('en PDF lastes opp og ned igjen byte for byte, med trygge overskrifter', async ({
	browser,
	request
}) => {
	const s = suffix();
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const page = await context.newPage();
	const consoleProblems = watchConsole(page);
	const serverErrors = watchServerErrors(page);
	const original = pdf(`Rapport ${s}`);
	const name = `Årsrapport «${s}».pdf`;

	await page.goto('/admin/filer');
	await expectAccessibleAtWidths(page, 'filer');
	await page.getByLabel('Fil', { exact: true }).setInputFiles({
		name,
		mimeType: 'application/pdf',
		buffer: original
	});
	await page.getByRole('button', { name: 'Last opp' }).click();
	await expect(page.getByText(`«${name}» er lastet opp.`)).toBeVisible();
	const row = page.locator('tr', { hasText: name });
	await expect(row).toContainText('PDF');
	await expect(row).toContainText('Ikke i bruk');
	const href = (await row.getByRole('link', { name }).getAttribute('href'))!;
	expect(href).toMatch(/^\/filer\/\d+\/%C3%85rsrapport%20%C2%AB[a-z0-9]+%C2%BB\.pdf$/);
	await expect(row.getByLabel(`Adressen til ${name}`)).toHaveValue(new RegExp(`${href}$`));
	await expectAccessibleAtWidths(page, 'filer etter opplasting');

	// Anyone can fetch it: the same bytes, the sniffed type, and headers that keep it inert
	const res = await request.get(href);
	expect(res.status()).toBe(200);
	expect(Buffer.compare(await res.body(), original)).toBe(0);
	const h = res.headers();
	expect(h['content-type']).toBe('application/pdf');
	expect(h['content-length']).toBe(String(original.length));
	expect(h['etag']).toMatch(/^"[0-9a-f]{64}"$/);
	expect(h['cache-control']).toBe('public, max-age=31536000, immutable');
	expect(h['content-disposition']).toMatch(
		/^inline; filename="Arsrapport _[a-z0-9]+_\.pdf"; filename\*=UTF-8''/
	);
	expect(h['x-content-type-options']).toBe('nosniff');
	expect(h['content-security-policy']).toBe("default-src 'none'; sandbox");

	// Revalidation, HEAD, and a wrong or missing name
	const again = await request.get(href, { headers: { 'if-none-match': h['etag'] } });
	expect(again.status()).toBe(304);
	expect((await again.body()).length).toBe(0);
	const head = await request.head(href);
	expect(head.status()).toBe(200);
	expect(head.headers()['content-length']).toBe(String(original.length));
	const id = href.split('/')[2];
	for (const wrong of [`/filer/${id}/annet-navn.pdf`, `/filer/${id}`]) {
		const moved = await request.get(wrong, { maxRedirects: 0 });
		expect(moved.status(), wrong).toBe(301);
		expect(moved.headers()['location']).toBe(href);
	}
	expect((await request.get('/filer/999999999/x.pdf')).status()).toBe(404);
	expect((await request.get('/filer/abc/x.pdf')).status()).toBe(404);

	// A resource uses it: the list says where, and it cannot be deleted
	await page.goto('/admin/ressurser/ny');
	await page.getByLabel('Type').selectOption('dokument');
	await page.getByLabel('Tittel', { exact: true }).fill(`Dokument ${s}`);
	await page.getByLabel(/^Eller velg en fil/).selectOption(id);
	await submit(page, 'Lagre utkast');
	await expect(page.getByText('Endringene er lagret.')).toBeVisible();
	await expect(page.getByRole('link', { name })).toBeVisible();
	await page.goto('/admin/filer');
	const used = page.locator('tr', { hasText: name });
	await expect(used.getByRole('link', { name: `Ressurs: Dokument ${s}` })).toBeVisible();
	await expect(used.getByText('Kan ikke slettes mens den brukes')).toBeVisible();
	await expect(used.getByRole('button', { name: /^Slett/ })).toHaveCount(0);

	expect(serverErrors).toEqual([]);
	expect(consoleProblems).toEqual([]);
	await context.close();
});

test('forkledde og for store filer avvises med en tydelig melding, aldri 500', async ({
	browser,
	request
}) => {
	const s = suffix();
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const page = await context.newPage();
	const consoleProblems = watchConsole(page);
	const serverErrors = watchServerErrors(page);
	await page.goto('/admin/filer');
	const input = page.getByLabel('Fil', { exact: true });
	const upload = page.getByRole('button', { name: 'Last opp' });
	const summary = page.getByTestId('error-summary');

	// A web page named .pdf
	await input.setInputFiles({
		name: `rapport-${s}.pdf`,
		mimeType: 'application/pdf',
		buffer: Buffer.from('<!doctype html><html><script>alert(1)</script></html>')
	});
	await upload.click();
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Filen inneholder HTML');
	await expect(page.locator('#fil-feil')).toContainText('Filen inneholder HTML');
	await expect(page.locator('main tr', { hasText: `rapport-${s}.pdf` })).toHaveCount(0);
	await expectAccessibleAtWidths(page, 'filer med feil');

	// An SVG image
	await input.setInputFiles({
		name: `figur-${s}.svg`,
		mimeType: 'image/svg+xml',
		buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>')
	});
	await upload.click();
	await expect(summary).toContainText('SVG-bilder kan ikke lastes opp');

	// A PNG that claims to be a PDF
	await input.setInputFiles({
		name: `bilde-${s}.pdf`,
		mimeType: 'application/pdf',
		buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])
	});
	await upload.click();
	await expect(summary).toContainText('innholdet er ikke PDF');

	// Just over 25 MB: refused by the desk
	const justOver = Buffer.alloc(25 * 1024 * 1024 + 1, 0x20);
	justOver.write('%PDF-1.4\n');
	await input.setInputFiles({
		name: `stor-${s}.pdf`,
		mimeType: 'application/pdf',
		buffer: justOver
	});
	await upload.click();
	await expect(summary).toContainText('Filen er for stor');
	await expect(summary).toContainText('25 MB');

	// Far over: the server stops reading, and the desk still answers in Norwegian
	const huge = Buffer.alloc(30 * 1024 * 1024, 0x20);
	huge.write('%PDF-1.4\n');
	await input.setInputFiles({ name: `enorm-${s}.pdf`, mimeType: 'application/pdf', buffer: huge });
	await upload.click();
	await expect(summary).toContainText('Filen er for stor. Største tillatte størrelse er 25 MB.');

	await page.goto(`/admin/filer?q=${s}`);
	await expect(page.getByText('Ingen filer passer.')).toBeVisible();
	expect(serverErrors).toEqual([]);
	expect(consoleProblems).toEqual([]);
	await context.close();
});

test('uten JavaScript avvises en forkledd fil også, med feilen ved feltet', async ({
	browser,
	request
}) => {
	const { context } = await signedInContext(
		browser,
		request,
		{ role: 'redaktor' },
		{ javaScriptEnabled: false }
	);
	const page = await context.newPage();
	const consoleProblems = watchConsole(page);
	await page.goto('/admin/filer');
	await page.getByLabel('Fil', { exact: true }).setInputFiles({
		name: 'notat.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('<html><body onload=alert(1)>hei</body></html>')
	});
	const [res] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		page.getByRole('button', { name: 'Last opp' }).click()
	]);
	expect(res.status()).toBe(400);
	await expect(page.locator('#fil-feil')).toContainText('Filen inneholder HTML');
	expect(consoleProblems).toEqual([]);
	await context.close();
});
