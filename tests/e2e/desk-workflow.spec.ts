/**
 * The editorial workflow (issue 14): an editor edits a published page, the public keeps the
 * published text until «Publiser endringene»; a contributor writes a news draft and sends it
 * for approval, the editor is mailed, sends it back with a comment, and then approves it by
 * publishing. Axe on the changed editor pages and the desk at 1280 and 360 px.
 */
import { expect, test } from '@playwright/test';
import { signedInContext, uniqueEmail } from './support/users';
import { waitForMail } from './support/mail';
import { createPage, expectAccessibleAtWidths, submit, suffix, watchConsole } from './support/desk';

test('en redaktør endrer en publisert side: publikum ser endringene først når de publiseres', async ({
	browser,
	request
}) => {
	const s = suffix();
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const id = await createPage(context.request, {
		title: `Arbeidskopi ${s}`,
		body: 'Den publiserte teksten.',
		publish: true,
		showInMenu: false
	});
	const page = await context.newPage();
	const consoleProblems = watchConsole(page);
	const visitor = await browser.newPage();

	await page.goto(`/admin/sider/${id}`);
	await page.getByLabel(/^Brødtekst/).fill('Den nye teksten.');
	await submit(page, 'Lagre endringer');
	await expect(page.getByText('Endringene er lagret.')).toBeVisible();
	const notice = page.getByRole('region', { name: 'Upubliserte endringer' });
	await expect(notice).toBeVisible();
	await notice.getByText('Hva er endret').click();
	await expect(notice.locator('del')).toContainText('Den publiserte teksten.');
	await expect(notice.locator('ins')).toContainText('Den nye teksten.');
	await expect(page.getByLabel(/^Brødtekst/)).toHaveValue('Den nye teksten.');
	await expectAccessibleAtWidths(page, 'publisert side med arbeidskopi');

	// The public (and the cache) still has the published text; the preview has the new one
	await visitor.goto(`/arbeidskopi-${s}`);
	await expect(visitor.getByText('Den publiserte teksten.')).toBeVisible();
	await expect(visitor.getByText('Den nye teksten.')).toHaveCount(0);
	const preview = await context.newPage();
	await preview.goto(`/forhandsvisning/side/${id}`);
	await expect(preview.getByText('Den nye teksten.')).toBeVisible();

	await submit(page, 'Publiser endringene');
	await expect(page.getByText('Publisert. Den er nå synlig på nettstedet.')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Upubliserte endringer' })).toHaveCount(0);
	await visitor.goto(`/arbeidskopi-${s}`);
	await expect(visitor.getByText('Den nye teksten.')).toBeVisible();

	// Discarding: the form goes back to the published text
	await page.getByLabel(/^Brødtekst/).fill('Forkastes.');
	await submit(page, 'Lagre endringer');
	await expect(page.getByRole('button', { name: 'Forkast endringene', exact: true })).toBeVisible();
	await submit(page, 'Forkast endringene');
	await expect(page.getByText(/Endringene er forkastet/)).toBeVisible();
	await expect(page.getByLabel(/^Brødtekst/)).toHaveValue('Den nye teksten.');
	expect(consoleProblems).toEqual([]);
	await context.close();
	await visitor.close();
});

test('en bidragsyter skriver et utkast og sender det til godkjenning; redaktøren sender tilbake og godkjenner', async ({
	browser,
	request
}) => {
	const s = suffix();
	const editorEmail = uniqueEmail('redaktor');
	const editor = await signedInContext(browser, request, {
		role: 'redaktor',
		email: editorEmail,
		name: `Rita ${s}`
	});
	const contributorEmail = uniqueEmail('bidragsyter');
	const contributor = await signedInContext(browser, request, {
		role: 'bidragsyter',
		email: contributorEmail,
		name: `Bjørn ${s}`
	});
	const page = await contributor.context.newPage();
	const consoleProblems = watchConsole(page);

	await page.goto('/admin');
	await expect(page.getByRole('heading', { level: 2, name: 'Mine utkast' })).toBeVisible();
	await expectAccessibleAtWidths(page, 'oversikten for en bidragsyter');
	await page.goto('/admin/nyheter/ny');
	await expect(page.getByRole('button', { name: 'Publiser nå' })).toHaveCount(0);
	await page.getByLabel('Tittel', { exact: true }).fill(`Bidrag ${s}`);
	await page.getByLabel(/^Brødtekst/).fill('Et forslag til en nyhet.');
	await submit(page, 'Send til godkjenning');
	await expect(
		page.getByText(/Sendt til godkjenning\. Redaktørene har fått e-post\./)
	).toBeVisible();
	await expectAccessibleAtWidths(page, 'utkast sendt til godkjenning');
	const editUrl = new URL(page.url()).pathname;

	const mail = await waitForMail(editorEmail, new RegExp(`Til godkjenning: Bidrag ${s}`));
	expect(mail.text).toContain(editUrl);

	// The editor sees it waiting, sends it back with a comment
	const desk = await editor.context.newPage();
	await desk.goto('/admin');
	const awaiting = desk.getByRole('region', { name: 'Venter på godkjenning' });
	await expect(awaiting.getByRole('link', { name: `Bidrag ${s}` })).toBeVisible();
	await expectAccessibleAtWidths(desk, 'oversikten for en redaktør');
	await awaiting.getByRole('link', { name: `Bidrag ${s}` }).click();
	await expect(desk.getByText(`Bjørn ${s} sendte dette til godkjenning`)).toBeVisible();
	await expectAccessibleAtWidths(desk, 'nyhet som venter på godkjenning');
	await desk.getByLabel('Kommentar til bidragsyteren').fill('Skriv en ingress.');
	await submit(desk, 'Send tilbake');
	await expect(desk.getByText('Sendt tilbake til bidragsyteren.').first()).toBeVisible();
	const back = await waitForMail(contributorEmail, new RegExp(`Sendt tilbake: Bidrag ${s}`));
	expect(back.text).toContain('Skriv en ingress.');

	// The contributor sees the comment, adds a lead and sends again
	await page.goto('/admin');
	await expect(
		page.getByRole('region', { name: 'Sendt tilbake til meg' }).getByText('Skriv en ingress.')
	).toBeVisible();
	await page.goto(editUrl);
	await page.getByLabel(/^Ingress/).fill('En ingress.');
	await submit(page, 'Send til godkjenning');
	await expect(page.getByText(/Sendt til godkjenning\./).first()).toBeVisible();

	// The editor approves by publishing
	await desk.goto(editUrl);
	await submit(desk, 'Publiser nå');
	await expect(desk.getByText('Publisert. Den er nå synlig på nettstedet.')).toBeVisible();
	await expect(desk.getByRole('region', { name: 'Godkjenning' })).toHaveCount(0);
	const visitor = await browser.newPage();
	const slug = await desk.getByLabel(/^Adresse\s*\(valgfritt\)/).inputValue();
	await visitor.goto(`/nyheter/${slug}`);
	await expect(visitor.getByRole('heading', { level: 1, name: `Bidrag ${s}` })).toBeVisible();
	expect(consoleProblems).toEqual([]);
	await visitor.close();
	await editor.context.close();
	await contributor.context.close();
});
