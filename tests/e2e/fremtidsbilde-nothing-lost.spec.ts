/**
 * Nothing lost: long texts save themselves as drafts while typing and come back after a
 * reload; a form sent after the session expired is kept and offered back after signing in.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { signedInContext, uniqueEmail } from './support/users';

const NR = '1813'; // Brønnøy: not part of the demo content
const BASE = `/kommuner/${NR}/fremtidsbilde`;

test('et utkast lagres mens man skriver og kommer tilbake etter omlasting', async ({
	browser,
	request
}) => {
	const { context } = await signedInContext(browser, request, { role: 'medlem', kommune: NR });
	const page = await context.newPage();
	await page.goto(`${BASE}/logg/ny`);
	const text = page.getByLabel('Hva ble planlagt, gjort, sett eller lært?');
	await text.fill('Vi prøvde et åpent verksted på biblioteket, og tolv barn kom.');
	await expect(page.getByRole('status').filter({ hasText: 'Utkast lagret' })).toBeVisible();

	// The tab closes; the text is still there next time, and the page says so
	await page.close();
	const again = await context.newPage();
	await again.goto(`${BASE}/logg/ny`);
	await expect(again.getByLabel('Hva ble planlagt, gjort, sett eller lært?')).toHaveValue(
		'Vi prøvde et åpent verksted på biblioteket, og tolv barn kom.'
	);
	await expect(again.getByTestId('tatt-vare-pa')).toContainText('utkast du ikke hadde lagret');
	await expectAccessible(again, 'ny loggføring med utkast');

	// Discarding the draft empties the field again
	await again.getByRole('button', { name: /^Forkast utkastet/ }).click();
	await expect(again.getByLabel('Hva ble planlagt, gjort, sett eller lært?')).toHaveValue('');
	await again.reload();
	await expect(again.getByLabel('Hva ble planlagt, gjort, sett eller lært?')).toHaveValue('');
	await expect(again.getByTestId('tatt-vare-pa')).toHaveCount(0);

	// Saving the form removes the draft
	await again.getByLabel('Hva ble planlagt, gjort, sett eller lært?').fill('Første plan.');
	await expect(again.getByRole('status').filter({ hasText: 'Utkast lagret' })).toBeVisible();
	await again.getByRole('button', { name: 'Lagre loggføringen' }).click();
	await expect(again.getByRole('region', { name: 'Syklus 1' })).toContainText('Første plan.');
	await again.goto(`${BASE}/logg/ny`);
	await expect(again.getByLabel('Hva ble planlagt, gjort, sett eller lært?')).toHaveValue('');
	await context.close();
});

test('det man skrev da økten gikk ut, tilbys igjen etter innlogging', async ({
	browser,
	request
}) => {
	const email = uniqueEmail('utlopt');
	const { context } = await signedInContext(browser, request, {
		role: 'koordinator',
		kommune: NR,
		email,
		password: 'et langt og godt passord'
	});
	for (const js of [true, false]) {
		const ctx = js
			? context
			: await browser.newContext({
					storageState: await context.storageState(),
					javaScriptEnabled: false
				});
		const page = await ctx.newPage();
		await page.goto(`${BASE}/deling`);
		const note = `Hilsen fra gruppen (${js ? 'med' : 'uten'} JavaScript): vi er klare.`;
		await page.getByLabel(/^Hilsen til programstaben/).fill(note);

		// The session runs out while the coordinator is typing
		const cookies = await ctx.cookies();
		await ctx.clearCookies();
		await page.getByRole('button', { name: 'Del sammendraget' }).click();
		await expect(page).toHaveURL(/\/logg-inn\?neste=/);
		expect(new URL(page.url()).searchParams.get('neste')).toBe(`${BASE}/deling`);
		await page.getByRole('textbox', { name: 'E-post', exact: true }).first().fill(email);
		await page.getByLabel('Passord', { exact: true }).fill('et langt og godt passord');
		await page.getByRole('button', { name: 'Logg inn', exact: true }).click();

		await expect(page).toHaveURL(new RegExp(`${BASE}/deling$`));
		await expect(page.getByTestId('tatt-vare-pa')).toContainText('Vi tok vare på det du skrev');
		await expect(page.getByLabel(/^Hilsen til programstaben/)).toHaveValue(note);
		if (js) await expectAccessible(page, 'deling med det som ble tatt vare på');
		await page.getByRole('button', { name: 'Del sammendraget' }).click();
		await expect(page.getByText('Sammendraget er delt.')).toBeVisible();
		// Once saved, it is not offered again
		await page.goto(`${BASE}/deling`);
		await expect(page.getByTestId('tatt-vare-pa')).toHaveCount(0);
		await expect(page.getByLabel(/^Hilsen til programstaben/)).toHaveValue('');
		expect(cookies.length).toBeGreaterThan(0);
		if (!js) await ctx.close();
	}
	await context.close();
});
