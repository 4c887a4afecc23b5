/**
 * The programme's side of the tool: editors keep the catalogue of societal goals and their
 * statements, and approve the experience stories coordinators propose before they appear
 * on /erfaringer.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { expectGoodPage } from './support/pages';
import { signedInContext } from './support/users';

const NR = '1811'; // Bindal: not part of the demo content
const BASE = `/kommuner/${NR}/fremtidsbilde`;
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
	'base64'
);

test('en koordinator foreslår en erfaringshistorie med bilde, og redaksjonen publiserer den', async ({
	browser,
	request
}) => {
	const { context: kc } = await signedInContext(browser, request, {
		role: 'koordinator',
		kommune: NR
	});
	const k = await kc.newPage();
	await k.goto(`${BASE}/deling`);
	await k.getByRole('link', { name: 'Skriv en erfaringshistorie' }).click();
	await expectAccessible(k, 'ny historie');
	await k.getByRole('button', { name: 'Lagre historien' }).click();
	await expect(k.getByTestId('error-summary')).toContainText('Gi historien en tittel');
	await k.getByLabel('Tittel').fill('Bindal: Korpset og kulturskolen spiller sammen');
	await k
		.getByLabel('Historien')
		.fill('Vi begynte med én felles konsert.\n\nNå øver vi sammen hver uke.');
	await k.getByRole('button', { name: 'Lagre historien' }).click();
	await expect(k.getByText('Historien er lagret. Nå kan du legge til et bilde.')).toBeVisible();
	await expectAccessible(k, 'historie');

	// Only real JPEG, PNG or WebP pictures, whatever the name says
	await k.getByLabel('Legg til bilde').setInputFiles({
		name: 'konsert.png',
		mimeType: 'image/png',
		buffer: Buffer.from('dette er ikke et bilde')
	});
	await k.getByRole('button', { name: 'Last opp bildet' }).click();
	await expect(k.getByText('Bildet må være JPEG, PNG eller WebP')).toBeVisible();
	await k
		.getByLabel('Legg til bilde')
		.setInputFiles({ name: 'konsert.png', mimeType: 'image/png', buffer: PNG });
	await k.getByRole('button', { name: 'Last opp bildet' }).click();
	await expect(k.getByText('Bildet er lagret.')).toBeVisible();
	await expect(k.getByText('Bildet mangler alternativ tekst')).toBeVisible();

	// Not without alt text
	await k.getByRole('button', { name: 'Send til redaksjonen' }).click();
	await expect(k.getByRole('alert')).toContainText('Beskriv bildet med alternativ tekst');
	await k
		.getByLabel(/^Alternativ tekst til bildet/)
		.fill('Korps og kulturskoleelever på scenen i gymsalen');
	await k.getByRole('button', { name: 'Lagre historien' }).click();
	await expect(k.getByText('Historien er lagret.')).toBeVisible();
	await k.getByRole('button', { name: 'Send til redaksjonen' }).click();
	await expect(k.getByText('Historien er sendt til redaksjonen.')).toBeVisible();
	await expect(k.getByRole('button', { name: 'Trekk tilbake' })).toBeVisible();

	// The public does not see it yet
	const anon = await browser.newContext();
	const visitor = await anon.newPage();
	await visitor.goto('/erfaringer');
	await expect(visitor.getByRole('link', { name: /Korpset og kulturskolen/ })).toHaveCount(0);

	// An editor approves it
	const { context: ec } = await signedInContext(browser, request, { role: 'redaktor' });
	const e = await ec.newPage();
	await e.goto('/admin/erfaringer');
	await expectAccessible(e, 'admin erfaringer');
	await e
		.getByRole('region', { name: /Venter på godkjenning/ })
		.getByRole('link', { name: 'Bindal: Korpset og kulturskolen spiller sammen' })
		.click();
	await expect(
		e.getByRole('img', { name: 'Korps og kulturskoleelever på scenen i gymsalen' })
	).toBeVisible();
	await expectAccessible(e, 'vurder historie');
	await e.getByRole('button', { name: 'Godkjenn og publiser' }).click();
	await expect(e.getByText('Publisert. Den er nå synlig på nettstedet.')).toBeVisible();

	await visitor.goto('/erfaringer');
	await visitor
		.getByRole('link', { name: 'Bindal: Korpset og kulturskolen spiller sammen' })
		.click();
	await expect(
		visitor.getByRole('heading', {
			level: 1,
			name: 'Bindal: Korpset og kulturskolen spiller sammen'
		})
	).toBeVisible();
	const img = visitor.getByRole('img', { name: 'Korps og kulturskoleelever på scenen i gymsalen' });
	await expect(img).toBeVisible();
	const res = await visitor.request.get((await img.getAttribute('src'))!);
	expect(res.headers()['content-type']).toBe('image/png');
	await expectGoodPage(visitor, 'erfaring');
	const sitemap = await (await request.get('/sitemap.xml')).text();
	expect(sitemap).toContain('/erfaringer/bindal-korpset-og-kulturskolen-spiller-sammen');

	await k.goto(`${BASE}/deling`);
	await expect(k.getByText('Publisert', { exact: true })).toBeVisible();
	for (const c of [kc, ec, anon]) await c.close();
});

test('redaksjonen holder katalogen over samfunnsmål og påstander ved like', async ({
	browser,
	request
}) => {
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const page = await context.newPage();
	await page.goto('/admin');
	await page
		.getByRole('navigation', { name: 'Administrasjon' })
		.getByRole('link', { name: 'Samfunnsmål' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Samfunnsmål' })).toBeVisible();
	await expectAccessible(page, 'samfunnsmål');

	// A new goal: bad input first, then saved
	await page.getByRole('link', { name: 'Nytt samfunnsmål' }).click();
	await page.getByRole('button', { name: 'Lagre samfunnsmålet' }).click();
	await expect(page.getByTestId('error-summary')).toContainText('Skriv en tittel');
	await page.getByLabel('Tittel').fill('Kultur for alle generasjoner');
	await page.getByRole('checkbox', { name: '3 God helse og livskvalitet' }).check();
	await page.getByRole('checkbox', { name: '17 Samarbeid for å nå målene' }).check();
	await page
		.getByLabel(/^Temaside/)
		.selectOption({ label: 'Livsløpsperspektivet (/kulturskole-3-0/livslopsperspektivet)' });
	await page.getByRole('button', { name: 'Lagre samfunnsmålet' }).click();
	await expect(page.getByText('Samfunnsmålet er lagret.')).toBeVisible();
	await expect(page.getByRole('checkbox', { name: '17 Samarbeid for å nå målene' })).toBeChecked();
	await expectAccessible(page, 'rediger samfunnsmål');

	// Statements the groups will rate
	await page
		.getByLabel('Påstand', { exact: true })
		.fill('Kulturskolen har tilbud der besteforeldre og barnebarn møtes.');
	await page.getByRole('button', { name: 'Legg til' }).click();
	await expect(page.getByText('Påstanden er lagt til.')).toBeVisible();
	await expect(page.getByLabel('Påstand 1')).toHaveValue(
		'Kulturskolen har tilbud der besteforeldre og barnebarn møtes.'
	);
	await page.getByLabel('Påstand 1').fill('');
	await page.getByRole('button', { name: 'Lagre', exact: true }).first().click();
	await expect(page.getByTestId('error-summary').first()).toContainText('Skriv påstanden');

	// A forged statement id (past what the column holds) is "not found", not a server error
	const here = new URL(page.url());
	const forged = await page.request.post(`${here.pathname}?/slettPastand`, {
		form: { id: '99999999999' },
		headers: { origin: here.origin }
	});
	expect(forged.status()).toBe(404);

	// The front page shows the catalogue
	const anon = await browser.newContext();
	const visitor = await anon.newPage();
	await visitor.goto('/');
	await expect(
		visitor.getByRole('list', { name: 'Samfunnsmål kulturskolen kan bidra til' })
	).toContainText('Kultur for alle generasjoner');
	await anon.close();

	// A goal no one has chosen can be deleted; one a municipality chose cannot
	await page.getByRole('button', { name: 'Slett samfunnsmålet' }).click();
	await expect(page.getByText('Samfunnsmålet er slettet.')).toBeVisible();
	await page.getByRole('link', { name: 'Inkludering og mindre utenforskap' }).click();
	await page.getByRole('button', { name: 'Slett samfunnsmålet' }).click();
	await expect(page.getByRole('alert')).toContainText('kan ikke slettes');
	await context.close();
});
