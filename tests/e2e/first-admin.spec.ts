import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { E2E } from './support/env';
import { enrolAuthenticator, enterCode } from './support/totp';

test('den første administratoren settes opp med engangslenken, og lenken virker bare én gang', async ({
	page,
	request
}) => {
	const { url } = await (await request.post(`${E2E.origin}/test-api/oppsett`)).json();
	expect(url).toMatch(/\/oppsett\/[a-z2-7]{32}$/);
	const path = new URL(url).pathname;

	await page.goto(path);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Sett opp den første administratoren' })
	).toBeVisible();
	await expectAccessible(page, 'oppsett');

	// Bad input first: errors beside the fields and in the summary, input kept
	await page.getByLabel('Navn').fill('Ada Admin');
	await page.getByLabel('E-post').fill('ikke-en-adresse');
	await page.getByLabel('Passord', { exact: true }).fill('kort');
	await page.getByLabel('Gjenta passordet').fill('annerledes');
	await page.getByRole('button', { name: 'Opprett administrator' }).click();
	const summary = page.getByTestId('error-summary');
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link', { name: /gyldig e-postadresse/ })).toBeVisible();
	await expect(summary.getByRole('link', { name: /minst 10 tegn/ })).toBeVisible();
	await expect(page.getByLabel('Navn')).toHaveValue('Ada Admin');
	await expectAccessible(page, 'oppsett med feil');

	await page.getByLabel('E-post').fill('ada@example.no');
	await page.getByLabel('Passord', { exact: true }).fill('et langt og godt passord');
	await page.getByLabel('Gjenta passordet').fill('et langt og godt passord');
	await page.getByRole('button', { name: 'Opprett administrator' }).click();
	// Staff must set up an authenticator app before anything else
	await expect(page).toHaveURL(/\/logg-inn\/kode\?neste=%2Fadmin%3Fvelkommen%3D1$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Sett opp totrinnsinnlogging' })
	).toBeVisible();
	await expectAccessible(page, 'totrinnsoppsett');
	const { app } = await enrolAuthenticator(page);
	await expectAccessible(page, 'gjenopprettingskoder');
	await page.getByRole('link', { name: 'Fortsett' }).click();
	await expect(page).toHaveURL(/\/admin\?velkommen=1$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();
	await expectAccessible(page, 'admin-oversikt');

	// The link is used up, and no new one is issued now that an admin exists
	const again = await page.context().browser()!.newContext();
	const other = await again.newPage();
	await other.goto(path);
	await expect(other.getByText('Lenken virker ikke')).toBeVisible();
	await again.close();
	const { url: none } = await (await request.post(`${E2E.origin}/test-api/oppsett`)).json();
	expect(none).toBeNull();

	// Sign out and back in with the new password
	await page.getByRole('button', { name: 'Logg ut' }).click();
	await expect(page).toHaveURL(/\/\?utlogget=1$/);
	await page.goto('/logg-inn');
	await page.getByRole('textbox', { name: 'E-post', exact: true }).first().fill('ada@example.no');
	await page.getByLabel('Passord', { exact: true }).fill('et langt og godt passord');
	await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
	await enterCode(page, app.next());
	await expect(page).toHaveURL(/\/min-side$/);
	await expect(page.getByText('Administrator')).toBeVisible();
});
