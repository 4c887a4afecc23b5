/**
 * Redirects on the editorial desk: an editor adds one (bad addresses are answered beside the
 * field, keeping what was typed), visitors are sent on with 301 and counted, the editor changes
 * and deletes it. With and without JavaScript; axe on every state of the page (with it).
 */
import { expect, test } from '@playwright/test';
import { signedInContext } from './support/users';
import { expectAccessibleAtWidths, movedTo, submit, suffix, watchConsole } from './support/desk';

for (const javaScriptEnabled of [true, false]) {
	test(`en redaktør legger til, endrer og sletter en omdirigering (JavaScript ${javaScriptEnabled ? 'på' : 'av'})`, async ({
		browser,
		request
	}) => {
		test.setTimeout(180_000);
		const s = suffix();
		// axe runs in the page's JavaScript: it checks the page once, in the run with it on.
		const accessible = javaScriptEnabled ? expectAccessibleAtWidths : async () => {};
		const { context } = await signedInContext(
			browser,
			request,
			{ role: 'redaktor' },
			{ javaScriptEnabled }
		);
		const page = await context.newPage();
		const problems = watchConsole(page);
		await page.goto('/admin/omdirigeringer');
		await expect(page.getByRole('heading', { level: 1, name: 'Omdirigeringer' })).toBeVisible();
		await accessible(page, 'omdirigeringer');

		// A missing new address, then a reserved old one: messages beside the fields and a summary
		await page.getByLabel('Gammel adresse').fill('/admin/brukere');
		await submit(page, 'Legg til');
		await expect(page.getByRole('link', { name: 'Skriv den nye adressen.' })).toBeVisible();
		await expect(page.getByLabel('Gammel adresse')).toHaveValue('/admin/brukere');
		await page.getByLabel('Ny adresse').fill('/nyheter');
		await submit(page, 'Legg til');
		await expect(
			page.getByRole('link', { name: 'Denne adressen kan ikke sendes videre.' })
		).toBeVisible();
		await expect(page.getByLabel('Ny adresse')).toHaveValue('/nyheter');
		await accessible(page, 'omdirigering med feil');

		// A good one
		await page.getByLabel('Gammel adresse').fill(`/gammel-${s}/`);
		await page.getByLabel('Ny adresse').fill('/nyheter');
		await submit(page, 'Legg til');
		await expect(page.getByText('Omdirigeringen er lagt til.')).toBeVisible();
		const row = page.getByRole('row').filter({ hasText: `/gammel-${s}` });
		await expect(row.getByRole('cell').nth(1)).toHaveText('/nyheter');
		await expect(row.getByRole('cell').nth(2)).toHaveText('0');

		// Visitors are sent on, and counted
		expect(await movedTo(request, `/gammel-${s}`)).toEqual({ status: 301, location: '/nyheter' });
		await page.reload();
		await expect(row.getByRole('cell').nth(2)).toHaveText('1');
		await expect(row.getByRole('cell').nth(3)).not.toHaveText('Aldri');

		// Change it
		await row.getByRole('link', { name: `Endre /gammel-${s}` }).click();
		await expect(page.getByRole('heading', { name: 'Endre omdirigering' })).toBeVisible();
		await accessible(page, 'endre omdirigering');
		await page.getByLabel('Ny adresse').fill(`/gammel-${s}`);
		await submit(page, 'Lagre');
		await expect(
			page.getByRole('link', { name: 'Den nye adressen må være en annen enn den gamle.' })
		).toBeVisible();
		await page.getByLabel('Ny adresse').fill('/ressurser');
		await submit(page, 'Lagre');
		await expect(page.getByText('Endringene er lagret.')).toBeVisible();
		expect(await movedTo(request, `/gammel-${s}`)).toEqual({ status: 301, location: '/ressurser' });

		// Delete it: the old address is not found any more
		await page
			.getByRole('row')
			.filter({ hasText: `/gammel-${s}` })
			.getByRole('link', { name: `Endre /gammel-${s}` })
			.click();
		await submit(page, 'Slett omdirigeringen');
		await expect(page.getByText('Omdirigeringen er slettet.')).toBeVisible();
		expect((await movedTo(request, `/gammel-${s}`)).status).toBe(404);
		expect(problems).toEqual([]);
		await context.close();
	});
}

test('bare redaktører kommer til omdirigeringene', async ({ browser, request }) => {
	const { context } = await signedInContext(browser, request, {
		role: 'fylkesleder',
		chapter: 'vestland'
	});
	const res = await context.request.get('/admin/omdirigeringer');
	expect(res.status()).toBe(403);
	await context.close();
});
