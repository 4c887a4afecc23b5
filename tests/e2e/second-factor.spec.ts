import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { E2E } from './support/env';
import { createUser, signedInContext } from './support/users';
import { enrolAuthenticator, enterCode } from './support/totp';

const PASSWORD = 'et langt og godt passord';

async function signInWithPassword(page: Page, email: string, next = '') {
	await page.goto(`/logg-inn${next ? `?neste=${encodeURIComponent(next)}` : ''}`);
	await page.getByRole('textbox', { name: 'E-post', exact: true }).first().fill(email);
	await page.getByLabel('Passord', { exact: true }).fill(PASSWORD);
	await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
}

/** Status and redirect target of a request that does not follow redirects. */
async function probe(context: BrowserContext, path: string, method: 'GET' | 'POST' = 'GET') {
	const res =
		method === 'GET'
			? await context.request.get(path, { maxRedirects: 0 })
			: await context.request.post(path, {
					maxRedirects: 0,
					form: { title: 'Innbrudd', version: '0', intent: 'publiser' },
					headers: { origin: E2E.origin, accept: 'text/html' }
				});
	return `${res.status()} ${res.headers()['location'] ?? ''}`;
}

test('en redaktør setter opp autentiseringsapp, logger inn med kode og med en gjenopprettingskode som bare virker én gang', async ({
	browser,
	request
}) => {
	const user = await createUser(request, { role: 'redaktor', password: PASSWORD, session: 'none' });
	const context = await browser.newContext();
	const page = await context.newPage();

	// Password accepted, but staff without an app are sent to set one up …
	await signInWithPassword(page, user.email, '/admin/nyheter');
	await expect(page).toHaveURL(/\/logg-inn\/kode\?neste=%2Fadmin%2Fnyheter$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Sett opp totrinnsinnlogging' })
	).toBeVisible();
	await expect(page.getByRole('img', { name: /QR-kode/ })).toBeVisible();
	await expectAccessible(page, 'oppsett av app');
	// … and are signed in nowhere meanwhile
	expect(await probe(context, '/admin/nyheter')).toBe('303 /logg-inn?neste=%2Fadmin%2Fnyheter');
	expect(await probe(context, '/min-side')).toBe('303 /logg-inn?neste=%2Fmin-side');
	expect(await probe(context, '/admin/nyheter/ny?/lagre', 'POST')).toMatch(/^303 \/logg-inn/);

	// A wrong first code: told beside the field
	await page.getByLabel('Engangskode').fill('000000');
	await page.getByRole('button', { name: 'Slå på totrinnsinnlogging' }).click();
	await expect(page.getByTestId('error-summary')).toContainText('Koden stemmer ikke');
	await expectAccessible(page, 'oppsett med feil kode');

	const { app, recovery } = await enrolAuthenticator(page);
	await page.getByRole('link', { name: 'Fortsett' }).click();
	await expect(page).toHaveURL(/\/admin\/nyheter$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Nyheter' })).toBeVisible();

	// Next time: password, then the code (a wrong one first)
	await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
	await signInWithPassword(page, user.email, '/admin/nyheter');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Bekreft at det er deg' })
	).toBeVisible();
	await expectAccessible(page, 'kode ved innlogging');
	expect(await probe(context, '/admin/nyheter')).toMatch(/^303 \/logg-inn/);
	await enterCode(page, '123456');
	await expect(page.getByTestId('error-summary')).toContainText('Koden stemmer ikke');
	await expect(page.getByLabel('Engangskode')).toHaveValue('');
	await enterCode(page, app.next());
	await expect(page).toHaveURL(/\/admin\/nyheter$/);

	// A recovery code works once
	await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
	await signInWithPassword(page, user.email);
	await enterCode(page, recovery[0].toUpperCase());
	await expect(page).toHaveURL(/\/min-side$/);
	await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
	await signInWithPassword(page, user.email);
	await enterCode(page, recovery[0]);
	await expect(page.getByTestId('error-summary')).toContainText('Koden stemmer ikke');
	await expect(page).toHaveURL(/\/logg-inn\/kode/);

	// The same works with JavaScript off
	const noJs = await browser.newContext({ javaScriptEnabled: false });
	const p = await noJs.newPage();
	await signInWithPassword(p, user.email);
	await enterCode(p, recovery[1]);
	await expect(p).toHaveURL(/\/min-side$/);
	await noJs.close();
	await context.close();
});

test('en fylkesleder med halvveis innlogging kommer ikke inn noe sted før appen er satt opp', async ({
	browser,
	request
}) => {
	const { context } = await signedInContext(browser, request, {
		role: 'fylkesleder',
		session: 'pending'
	});
	for (const path of ['/admin', '/admin/arrangementer', '/min-side', '/min-side/sikkerhet'])
		expect(await probe(context, path), path).toMatch(/^303 \/logg-inn\?neste=/);
	const page = await context.newPage();
	await page.goto('/admin/arrangementer');
	await expect(page).toHaveURL(/\/logg-inn\/kode\?neste=%2Fadmin%2Farrangementer$/);
	await expect(page.getByText('Som programstab må du bruke en autentiseringsapp')).toBeVisible();
	await enrolAuthenticator(page);
	await page.getByRole('link', { name: 'Fortsett' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Arrangementer' })).toBeVisible();
	await context.close();
});

test('en deltaker legger til en passkey og logger inn med den, uten e-post og passord', async ({
	browser,
	request
}) => {
	const { context, user } = await signedInContext(browser, request, {
		role: 'medlem',
		kommune: '1804',
		name: 'Pia Passkey'
	});
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('WebAuthn.enable');
	await cdp.send('WebAuthn.addVirtualAuthenticator', {
		options: {
			protocol: 'ctap2',
			transport: 'internal',
			hasResidentKey: true,
			hasUserVerification: true,
			isUserVerified: true,
			automaticPresenceSimulation: true
		}
	});

	await page.goto('/min-side');
	await page.getByRole('link', { name: 'Innlogging og sikkerhet' }).click();
	await expect(page).toHaveURL(/\/min-side\/sikkerhet$/);
	await expect(page.getByText('Du har ingen passkeys.')).toBeVisible();
	await expectAccessible(page, '/min-side/sikkerhet');
	await page.getByRole('button', { name: 'Legg til passkey' }).click();
	await expect(page.getByText('Gi passkeyen et navn')).toBeVisible();
	await page.getByLabel('Navn på passkeyen').fill('Testmaskinen');
	await page.getByRole('button', { name: 'Legg til passkey' }).click();
	await expect(page.getByText('Passkeyen er lagt til.')).toBeVisible();
	await expect(page.getByText('Testmaskinen')).toBeVisible();
	await expectAccessible(page, 'sikkerhet med passkey');

	await page.goto('/min-side');
	await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
	await expect(page).toHaveURL(/\/\?utlogget=1$/);
	await page.goto('/logg-inn?neste=%2Fmin-side%2Fsikkerhet');
	await expectAccessible(page, '/logg-inn med passkey');
	await page.getByRole('button', { name: 'Logg inn med passkey' }).click();
	await expect(page).toHaveURL(/\/min-side\/sikkerhet$/);
	await expect(page.getByRole('listitem').filter({ hasText: 'Testmaskinen' })).toContainText(
		'sist brukt'
	);

	// Deleting it: the passkey no longer signs anyone in
	await page.getByRole('button', { name: 'Slett passkeyen Testmaskinen' }).click();
	await expect(page.getByText('Passkeyen er slettet.')).toBeVisible();
	await page.goto('/min-side');
	await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
	await page.goto('/logg-inn');
	await page.getByRole('button', { name: 'Logg inn med passkey' }).click();
	await expect(page.getByText('Vi kjenner ikke igjen denne passkeyen')).toBeVisible();
	expect(await probe(context, '/min-side')).toMatch(/^303 \/logg-inn/);
	expect(user.id).toBeGreaterThan(0);
	await context.close();
});

test('uten JavaScript sier innloggingssiden at passkeys krever JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/logg-inn');
	await expect(page.getByText('Passkeys krever JavaScript i nettleseren.')).toBeVisible();
	await context.close();
});

test('en deltaker slår på autentiseringsapp på Min side, får nye gjenopprettingskoder og slår den av igjen', async ({
	browser,
	request
}) => {
	const { context } = await signedInContext(
		browser,
		request,
		{ role: 'koordinator', kommune: '1804' },
		{ viewport: { width: 360, height: 800 } }
	);
	const page = await context.newPage();
	await page.goto('/min-side/sikkerhet');
	await page.getByRole('link', { name: 'Sett opp autentiseringsapp' }).click();
	await expect(page.getByRole('img', { name: /QR-kode/ })).toBeVisible();
	// Fits a 360 px screen
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await expectAccessible(page, 'oppsett på Min side');
	const { recovery } = await enrolAuthenticator(page);
	await expect(page.getByText('Du har 10 ubrukte gjenopprettingskoder.')).toBeVisible();
	await expectAccessible(page, 'sikkerhet med app');

	await page.getByRole('button', { name: 'Lag nye gjenopprettingskoder' }).click();
	await expect(page.getByText('De gamle kodene virker ikke lenger.')).toBeVisible();
	const fresh = await page.getByTestId('recovery-codes').locator('li').allInnerTexts();
	expect(fresh).toHaveLength(10);
	expect(fresh).not.toContain(recovery[0]);

	await page.getByRole('button', { name: 'Slå av autentiseringsapp' }).click();
	await expect(page.getByText('Autentiseringsappen er slått av.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Sett opp autentiseringsapp' })).toBeVisible();
	await context.close();
});
