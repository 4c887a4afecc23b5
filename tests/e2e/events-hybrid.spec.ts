import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { signedInContext, uniqueEmail } from './support/users';
import { createEvent } from './support/events';

const MEETING = 'https://zoom.us/j/5550001111';

test.describe('hybride arrangementer', () => {
	test('den som deltar digitalt ser møtelenken, den som deltar i salen ser adressen', async ({
		page
	}) => {
		const ev = await createEvent(page.request, {
			format: 'hybrid',
			capacity: 5,
			digitalCapacity: null
		});
		await page.goto(`/arrangementer/${ev.slug}`);
		await expect(page.getByText('I salen: 5 av 5 plasser ledige', { exact: false })).toBeVisible();
		await expect(page.getByText('Digitalt: Ingen begrensning', { exact: false })).toBeVisible();
		await expectAccessible(page, 'hybrid arrangement');

		for (const way of ['Digitalt', 'I salen'] as const) {
			await page.goto(`/arrangementer/${ev.slug}/pamelding`);
			await page.getByLabel('Navn', { exact: true }).fill(`Kari ${way}`);
			await page.getByLabel('E-post', { exact: true }).fill(uniqueEmail('hybrid'));
			await page.getByLabel('Kommune', { exact: true }).fill('Trondheim');
			await page.getByLabel('Rolle', { exact: true }).selectOption('Kulturskoleleder');
			await page.getByRole('radio', { name: way, exact: true }).check();
			if (way === 'Digitalt') await expectAccessible(page, 'påmelding til hybrid');
			await page.getByLabel(/personvernerklæringen/).check();
			await page.getByRole('button', { name: 'Meld meg på' }).click();
			await expect(page).toHaveURL(/\/arrangementer\/min-pamelding\//);
			await expect(page.getByText(`Du deltar: ${way}`)).toBeVisible();
			if (way === 'Digitalt') {
				await expect(page.getByRole('link', { name: MEETING })).toBeVisible();
				await expectAccessible(page, 'min påmelding digitalt');
			} else {
				await expect(page.getByRole('link', { name: MEETING })).toHaveCount(0);
				await expect(page.getByText('Munkegata 1, 7013 Trondheim')).toBeVisible();
			}
		}
	});

	test('arrangementsskjemaet tar plasser i salen og digitalt', async ({ browser, request }) => {
		const { context } = await signedInContext(browser, request, { role: 'redaktor' });
		const page = await context.newPage();
		await page.goto('/admin/arrangementer/ny');
		const title = `Hybridseminar ${Date.now().toString(36)}`;
		const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
		await page.getByLabel('Tittel', { exact: true }).fill(title);
		await page.getByLabel('Type', { exact: true }).selectOption('seminar');
		await page.getByLabel('Starter').fill(`${day}T10:00`);
		await page.getByLabel('Slutter').fill(`${day}T15:00`);
		await page.getByRole('radio', { name: /^Hybrid/ }).check();
		await page.locator('#venue').fill('Bodø rådhus');
		await page.locator('#meetingUrl').fill(MEETING);
		await page.getByLabel(/^Antall plasser/).fill('20');
		await page.getByLabel(/^Antall digitale plasser/).fill('0');
		await page.getByRole('button', { name: 'Publiser' }).click();
		const summary = page.getByTestId('error-summary');
		await expect(summary).toContainText('Antall plasser må være minst 1');
		await expect(page.getByLabel(/^Antall plasser/)).toHaveValue('20');
		await expectAccessible(page, 'hybrid skjema med feil');
		await page.getByLabel(/^Antall digitale plasser/).fill('100');
		await page.getByRole('button', { name: 'Publiser' }).click();
		await expect(
			page.getByText('Publisert. Arrangementet er nå synlig på nettstedet.')
		).toBeVisible();
		await expect(page.getByLabel(/^Antall digitale plasser/)).toHaveValue('100');
		await expectAccessible(page, 'hybrid skjema');
		await context.close();
	});
});
