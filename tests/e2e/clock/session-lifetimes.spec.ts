import { expect, test, type BrowserContext } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { createUser, setClock, signedInContext } from '../support/users';
import { E2E } from '../support/env';

test.afterEach(async ({ request }) => setClock(request, 'reset'));

const MIN = 60_000;
const T0 = new Date('2027-05-03T08:00:00+02:00');
const at = (minutes: number) => new Date(T0.getTime() + minutes * MIN);

async function status(context: BrowserContext, path: string) {
	const res = await context.request.get(path, { maxRedirects: 0 });
	return res.status() === 303 ? `303 ${res.headers()['location']}` : String(res.status());
}

test('en stabsinnlogging slutter etter 30 minutter uten bruk og etter 12 timer uansett', async ({
	browser,
	request
}) => {
	await setClock(request, T0);
	const idle = await signedInContext(browser, request, { role: 'admin' });
	const busy = await signedInContext(browser, request, { role: 'redaktor' });
	// Used every 25 minutes: still signed in; left alone for 31 minutes: signed out
	await setClock(request, at(25));
	expect(await status(idle.context, '/admin')).toBe('200');
	await setClock(request, at(25 + 31));
	expect(await status(idle.context, '/admin')).toBe('303 /logg-inn?neste=%2Fadmin');
	for (let t = 25; t < 12 * 60; t += 25) {
		await setClock(request, at(t));
		expect(await status(busy.context, '/admin/nyheter'), `etter ${t} min`).toBe('200');
	}
	await setClock(request, at(12 * 60 + 1));
	expect(await status(busy.context, '/admin/nyheter')).toBe(
		'303 /logg-inn?neste=%2Fadmin%2Fnyheter'
	);
	await idle.context.close();
	await busy.context.close();
});

test('en deltaker forblir innlogget i uker med bruk, men aldri mer enn 90 dager', async ({
	browser,
	request
}) => {
	await setClock(request, T0);
	const { context } = await signedInContext(browser, request, { role: 'medlem', kommune: '1804' });
	const DAY = 24 * 60;
	for (let d = 20; d < 90; d += 20) {
		await setClock(request, at(d * DAY));
		expect(await status(context, '/min-side'), `dag ${d}`).toBe('200');
	}
	await setClock(request, at(90 * DAY + 1));
	expect(await status(context, '/min-side')).toBe('303 /logg-inn?neste=%2Fmin-side');
	await context.close();
});

test('ny e-postadresse og endringer i totrinnsinnlogging krever passordet igjen etter ti minutter', async ({
	browser,
	request
}) => {
	await setClock(request, T0);
	const { context, user } = await signedInContext(browser, request, {
		role: 'medlem',
		kommune: '1804',
		password: 'et langt og godt passord'
	});
	const page = await context.newPage();
	await setClock(request, at(11));
	await page.goto('/min-side');
	const email = `ny-${user.email}`;
	await page.getByLabel('E-post', { exact: true }).fill(email);
	await page.getByRole('button', { name: 'Lagre profil' }).click();
	await expect(page).toHaveURL(/\/logg-inn\/bekreft\?neste=%2Fmin-side$/);
	await expectAccessible(page, 'bekreft at det er deg');
	await page.getByLabel('Passord').fill('feil passord');
	await page.getByRole('button', { name: 'Bekreft' }).click();
	await expect(page.getByTestId('error-summary')).toContainText('Passordet er feil.');
	await page.getByLabel('Passord').fill('et langt og godt passord');
	await page.getByRole('button', { name: 'Bekreft' }).click();
	await expect(page).toHaveURL(/\/min-side$/);
	await page.getByLabel('E-post', { exact: true }).fill(email);
	await page.getByRole('button', { name: 'Lagre profil' }).click();
	await expect(page.getByText('Endringene er lagret.')).toBeVisible();

	// Setting up an app later on asks again
	await setClock(request, at(30));
	await page.goto('/min-side/sikkerhet');
	await page.getByRole('link', { name: 'Sett opp autentiseringsapp' }).click();
	await expect(page).toHaveURL(/\/logg-inn\/bekreft\?neste=%2Fmin-side%2Fsikkerhet%3Foppsett%3D1$/);
	await context.close();
});

test('en administrator som endrer noens rolle, må bekrefte med passord eller kode etter ti minutter', async ({
	browser,
	request
}) => {
	await setClock(request, T0);
	const { context } = await signedInContext(browser, request, { role: 'admin' });
	const other = await createUser(request, { role: 'medlem' });
	const post = () =>
		context.request.post(`/admin/brukere/${other.id}?/rolle`, {
			maxRedirects: 0,
			form: { globalRole: 'redaktor' },
			headers: { origin: E2E.origin, accept: 'text/html' }
		});
	await setClock(request, at(11));
	const stale = await post();
	expect(stale.status()).toBe(303);
	expect(stale.headers()['location']).toBe(
		`/logg-inn/bekreft?neste=${encodeURIComponent(`/admin/brukere/${other.id}`)}`
	);
	const page = await context.newPage();
	await page.goto(`/admin/brukere/${other.id}`);
	await expect(page.locator('#globalRole')).toHaveValue('');

	// Confirmed with the password: back on the page, and the change goes through
	await page.goto(stale.headers()['location']);
	await page.getByLabel('Passord').fill('riktig-hest-batteri-stift');
	await page.getByRole('button', { name: 'Bekreft' }).click();
	await expect(page).toHaveURL(new RegExp(`/admin/brukere/${other.id}$`));
	expect((await post()).status()).toBe(200);
	await page.reload();
	await expect(page.locator('#globalRole')).toHaveValue('redaktor');
	await context.close();
});
