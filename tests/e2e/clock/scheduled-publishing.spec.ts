import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { createUser, runJobs, setClock, signedInContext } from '../support/users';
import { E2E } from '../support/env';

test.afterEach(async ({ request }) => setClock(request, 'reset'));

test('en redaktør skriver et utkast, forhåndsviser, planlegger, og nyheten kommer ut i tide', async ({
	browser,
	request
}) => {
	// The story happens in March 2027 (sessions and schedules follow the app's clock).
	await setClock(request, new Date('2027-03-10T12:00:00+01:00'));
	const { context, user } = await signedInContext(browser, request, {
		role: 'redaktor',
		name: 'Rita Redaktør'
	});
	const page = await context.newPage();
	const anon = await browser.newContext();
	const visitor = await anon.newPage();

	await page.goto('/admin/nyheter');
	await expectAccessible(page, 'admin nyheter');
	await page.getByRole('link', { name: 'Ny nyhet' }).click();
	await expect(page).toHaveURL(/\/admin\/nyheter\/ny$/);
	await expectAccessible(page, 'ny nyhet');

	// Saving with no title: error summary, focus, typed text kept
	await page.getByLabel(/^Ingress/).fill('Kommunene deler erfaringer.');
	await page.getByRole('button', { name: 'Lagre utkast' }).click();
	await expect(page.getByTestId('error-summary')).toBeFocused();
	await expect(page.getByTestId('error-summary')).toContainText('Skriv en tittel');
	await expect(page.getByLabel(/^Ingress/)).toHaveValue('Kommunene deler erfaringer.');

	await page.getByLabel('Tittel', { exact: true }).fill('Erfaringsseminar i Bodø');
	await page.getByLabel(/^Brødtekst/).fill('## Program\n\nVi møtes i **Bodø**.');
	await page.getByRole('button', { name: 'Lagre utkast' }).click();
	await expect(page.getByText('Endringene er lagret.')).toBeVisible();
	await expect(page.locator('.fk-publish .ds-tag')).toHaveText('Utkast');
	const editUrl = page.url();

	// The public does not see the draft
	expect((await visitor.goto('/nyheter/erfaringsseminar-i-bodo'))?.status()).toBe(404);

	// Preview looks like the published page
	const previewHref = await page.getByRole('link', { name: /Forhåndsvis/ }).getAttribute('href');
	const preview = await context.newPage();
	await preview.goto(previewHref!);
	await expect(
		preview.getByRole('heading', { level: 1, name: 'Erfaringsseminar i Bodø' })
	).toBeVisible();
	await expect(preview.locator('article strong')).toHaveText('Bodø');
	await expect(preview.getByText('Dette er ikke publisert ennå.')).toBeVisible();
	await expectAccessible(preview, 'forhåndsvisning');

	// Schedule for tomorrow 09:00 Oslo time
	await page.goto(editUrl);
	await page.getByLabel(/^Publiser senere/).fill('2027-03-11T09:00');
	await page.getByRole('button', { name: 'Planlegg publisering' }).click();
	await expect(page.getByText('Publiseringen er planlagt.')).toBeVisible();
	await expect(page.locator('.fk-publish')).toContainText('11. mars 2027 kl. 09.00');

	// 08:59: still not out
	await setClock(request, new Date('2027-03-11T08:59:00+01:00'));
	await runJobs(request);
	expect((await visitor.goto('/nyheter/erfaringsseminar-i-bodo'))?.status()).toBe(404);

	// 09:00: the job runner publishes it, once
	await setClock(request, new Date('2027-03-11T09:00:30+01:00'));
	await runJobs(request);
	await runJobs(request);
	expect((await visitor.goto('/nyheter/erfaringsseminar-i-bodo'))?.status()).toBe(200);
	await expect(visitor.locator('article time')).toHaveAttribute(
		'datetime',
		'2027-03-11T09:00:00+01:00'
	);
	await visitor.goto('/nyheter');
	await expect(visitor.locator('.fk-news-list__item').first()).toContainText(
		'Erfaringsseminar i Bodø'
	);

	// The next morning: a staff session ends 12 hours after signing in, so she signs in again.
	const again = await createUser(request, { role: 'redaktor', email: user.email });
	await context.addCookies([
		{ name: 'fk_session', value: again.token, url: E2E.origin, httpOnly: true, sameSite: 'Lax' }
	]);
	await page.goto(editUrl);
	await expect(page.locator('.fk-publish .ds-tag')).toHaveText('Publisert');
	await expect(page.getByRole('region', { name: 'Versjoner', exact: true })).toContainText(
		'Publisert etter plan'
	);
	await context.close();
	await anon.close();
});
