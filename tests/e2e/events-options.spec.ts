import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { signedInContext, uniqueEmail } from './support/users';
import { createEvent } from './support/events';

/**
 * Options with their own limits: the organiser adds «Dag 1» (no limit) and «Middag» (one
 * place), participants tick them, the second waits for the dinner, and gets it when the first
 * unticks it on their private page.
 */
test.describe('valg med egne plasser', () => {
	test('arrangøren legger til valg, deltakerne velger dem og ser dem på siden sin', async ({
		browser,
		request,
		page
	}) => {
		const ev = await createEvent(request, { capacity: 10, title: `Samling ${Date.now()}` });
		const { context } = await signedInContext(browser, request, { role: 'redaktor' });
		const staff = await context.newPage();
		await staff.goto(`/admin/arrangementer/${ev.id}/valg`);
		await expect(staff.getByRole('heading', { level: 1, name: 'Valg' })).toBeVisible();
		await expect(staff.getByText('Arrangementet har ingen valg ennå.')).toBeVisible();
		await expectAccessible(staff, 'valg uten valg');

		// Bad input: a message beside the field, the summary, what was typed kept.
		const add = staff.locator('form[action="?/ny"]');
		await add.getByLabel(/^Antall plasser/).fill('mange');
		await add.getByRole('button', { name: 'Legg til valg' }).click();
		const summary = staff.getByTestId('error-summary');
		await expect(summary).toContainText('Skriv inn navnet på valget.');
		await expect(staff.locator('form[action="?/ny"]').getByLabel(/^Antall plasser/)).toHaveValue(
			'mange'
		);
		await expectAccessible(staff, 'valg med feil');

		for (const [name, capacity] of [
			['Middag', '1'],
			['Dag 1', '']
		]) {
			const form = staff.locator('form[action="?/ny"]');
			await form.getByLabel('Navn på valget', { exact: true }).fill(name);
			await form.getByLabel(/^Antall plasser/).fill(capacity);
			await form.getByRole('button', { name: 'Legg til valg' }).click();
			await expect(staff.getByText('Valget er lagt til.')).toBeVisible();
		}
		// «Dag 1» first.
		await staff.getByRole('button', { name: 'Flytt opp: Dag 1' }).click();
		await expect(staff.getByText('Valget er flyttet.')).toBeVisible();
		await expect(staff.locator('.fk-option strong').first()).toHaveText('Dag 1');
		await expectAccessible(staff, 'valg med to valg');

		// Two participants tick both; the dinner has one place.
		const privatePages: string[] = [];
		for (const who of ['Kari', 'Ola']) {
			await page.goto(`/arrangementer/${ev.slug}/pamelding`);
			await page.getByLabel('Navn', { exact: true }).fill(`${who} Nordmann`);
			await page.getByLabel('E-post', { exact: true }).fill(uniqueEmail('valg'));
			await page.getByLabel('Kommune', { exact: true }).fill('Trondheim');
			await page.getByLabel('Rolle', { exact: true }).selectOption('Kulturskoleleder');
			await page.getByRole('checkbox', { name: 'Dag 1', exact: true }).check();
			await page.getByRole('checkbox', { name: 'Middag', exact: true }).check();
			if (who === 'Ola') {
				await expect(page.getByText('Fullt, venteliste')).toBeVisible();
				await expectAccessible(page, 'påmelding med valg');
			}
			await page.getByLabel(/personvernerklæringen/).check();
			await page.getByRole('button', { name: 'Meld meg på' }).click();
			await expect(page).toHaveURL(/\/arrangementer\/min-pamelding\//);
			await expect(page.getByRole('heading', { name: 'Valgene dine' })).toBeVisible();
			await expect(page.getByText('Dag 1: du har plass')).toBeVisible();
			privatePages.push(new URL(page.url()).pathname);
		}
		await expect(page.getByText('Middag: venteliste, nummer 1')).toBeVisible();
		await expectAccessible(page, 'min påmelding med valg');

		// Kari gives up the dinner on her page: Ola gets it.
		await page.goto(privatePages[0]);
		await expect(page.getByText('Middag: du har plass')).toBeVisible();
		await page.getByRole('checkbox', { name: 'Middag', exact: true }).uncheck();
		await page.getByRole('button', { name: 'Lagre endringene' }).click();
		await expect(page.getByText('Dag 1: du har plass')).toBeVisible();
		await expect(page.getByText('Middag: du har plass')).toHaveCount(0);
		await page.goto(privatePages[1]);
		await expect(page.getByText('Middag: du har plass')).toBeVisible();

		// The participant list: each option's counts and each person's options.
		await staff.goto(`/admin/arrangementer/${ev.id}/deltakere`);
		await expect(staff.getByText('1 av 1 plasser · 0 på venteliste')).toBeVisible();
		await expect(staff.getByRole('columnheader', { name: 'Valg', exact: true })).toBeVisible();
		await expectAccessible(staff, 'deltakere med valg');
		await context.close();
	});
});
