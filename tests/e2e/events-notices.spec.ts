/**
 * What organisers see before participants are told, and what participants are told: the
 * change notice's confirmation step (preview, a test to oneself, save with or without
 * telling) without JavaScript; staff moving a hybrid participant to the net; the door form
 * asking the event's questions; the outbox showing Reply-To.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { mailTo, waitForMail } from './support/mail';
import { signedInContext, uniqueEmail } from './support/users';
import { createEvent, icsFromMail, registerByPost } from './support/events';

const MEETING = 'https://zoom.us/j/5550001111';

test('en arrangør ser varselet om endringen før det går, sender en test og velger om deltakerne varsles', async ({
	browser,
	request
}) => {
	test.setTimeout(120_000);
	const ev = await createEvent(request, { capacity: 5 });
	const a = uniqueEmail('varsel');
	expect((await registerByPost(request, ev.slug, { name: 'Vera Varsel', email: a })).status()).toBe(
		303
	);
	await waitForMail(a, /Du er påmeldt/);
	const { context, user } = await signedInContext(
		browser,
		request,
		{ role: 'admin', name: 'Arne Arrangør' },
		{ javaScriptEnabled: false }
	);
	const page = await context.newPage();

	// Without JavaScript: a new place goes to the confirmation step, nothing is saved yet
	await page.goto(`/admin/arrangementer/${ev.id}`);
	await page.getByLabel('Sted (valgfritt)', { exact: true }).fill('Kulturhuset');
	await page.getByRole('button', { name: 'Lagre endringer' }).click();
	const step = page.getByRole('region', { name: 'Deltakerne får beskjed om endringen' });
	await expect(step).toBeVisible();
	await expect(step).toContainText('Endringen er ikke lagret ennå.');
	await expect(step).toContainText('Én påmeldt får denne e-posten');
	await expect(step.getByRole('document')).toContainText('Nytt sted: Kulturhuset');
	await expect(step.getByRole('document')).toContainText('Arne Arrangør');
	await expect(page.getByLabel('Sted (valgfritt)', { exact: true })).toHaveValue('Kulturhuset');

	// A test to oneself: the step stays, the participant gets nothing
	await step.getByRole('button', { name: 'Send test til meg' }).click();
	await expect(page.getByText(`En test er sendt til ${user.email}.`)).toBeVisible();
	const testMail = await waitForMail(user.email, /Endring:/);
	expect(testMail.text).toContain('Nytt sted: Kulturhuset');
	await expect(page.getByLabel('Sted (valgfritt)', { exact: true })).toHaveValue('Kulturhuset');

	// Enter in a field shows the step again: it never tells anyone without the button
	await page.getByLabel('Sted (valgfritt)', { exact: true }).press('Enter');
	await expect(page.getByText('Endringen er ikke lagret ennå.')).toBeVisible();
	expect(mailTo(a).filter((m) => /Endring:/.test(m.subject))).toHaveLength(0);

	// Saved without telling: the page says so, and no notice goes
	await page
		.getByRole('region', { name: 'Deltakerne får beskjed om endringen' })
		.getByRole('button', { name: 'Lagre uten å varsle' })
		.click();
	await expect(page.getByText('Endringene er lagret. Deltakerne ble ikke varslet.')).toBeVisible();
	await expect(page.getByLabel('Sted (valgfritt)', { exact: true })).toHaveValue('Kulturhuset');
	expect(mailTo(a).filter((m) => /Endring:/.test(m.subject))).toHaveLength(0);

	await context.close();

	// With JavaScript: another change, the step (focused, accessible, fits a phone), saved and told
	const js = await signedInContext(browser, request, { role: 'admin' });
	const page2 = await js.context.newPage();
	await page2.goto(`/admin/arrangementer/${ev.id}`);
	await page2.getByLabel('Sted (valgfritt)', { exact: true }).fill('Rådhuset, sal 2');
	await page2.getByRole('button', { name: 'Lagre endringer' }).click();
	await expect(
		page2.getByRole('heading', { name: 'Deltakerne får beskjed om endringen' })
	).toBeFocused();
	await expectAccessible(page2, 'bekreft endringsvarsel');
	await page2.setViewportSize({ width: 360, height: 740 });
	expect(
		await page2.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
	).toBeLessThanOrEqual(0);
	await page2.setViewportSize({ width: 1280, height: 900 });
	await page2.getByRole('button', { name: 'Lagre og varsle deltakerne' }).click();
	await expect(page2.getByText('1 påmeldte har fått beskjed om endringen.')).toBeVisible();
	const notice = await waitForMail(a, /Endring:/);
	expect(notice.text).toContain('Nytt sted: Rådhuset, sal 2');
	expect(mailTo(a).filter((m) => /Endring:/.test(m.subject))).toHaveLength(1);

	// The outbox shows where replies go
	await page2.goto(`/admin/e-post?til=${encodeURIComponent(a)}`);
	await expect(page2.getByRole('cell', { name: /Svar til: / }).first()).toBeVisible();
	await page2.getByRole('link', { name: /Endring:/ }).click();
	await expect(page2.getByRole('term').filter({ hasText: 'Svar til' })).toBeVisible();
	await expectAccessible(page2, 'e-post med svar til');
	await js.context.close();
});

test('ansatte flytter en deltaker til digitalt; personen får møtelenken, innsjekken viser måten', async ({
	browser,
	request
}) => {
	const ev = await createEvent(request, { format: 'hybrid', capacity: 5, digitalCapacity: 5 });
	const a = uniqueEmail('flytt');
	expect(
		(
			await registerByPost(request, ev.slug, {
				name: 'Siri Salen',
				email: a,
				attendance: 'fysisk'
			})
		).status()
	).toBe(303);
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const page = await context.newPage();
	await page.goto(`/admin/arrangementer/${ev.id}/deltakere`);
	await page.getByRole('button', { name: 'Flytt til digitalt – Siri Salen' }).click();
	await expect(page.getByRole('cell', { name: 'Digitalt', exact: true })).toBeVisible();
	const moved = await waitForMail(a, /Ny måte å delta på/);
	expect(moved.text).toContain(MEETING);
	// A new calendar file that replaces the one they have
	expect(icsFromMail(moved)).toContain('METHOD:REQUEST');

	await page.goto(`/admin/arrangementer/${ev.id}/innsjekk`);
	await expect(page.getByText('Deltar: Digitalt')).toBeVisible();
	await expectAccessible(page, 'innsjekk hybrid');
	await context.close();
});

test('ansatte som melder på ved døra, får arrangementets spørsmål, sjekket som i det offentlige skjemaet', async ({
	browser,
	request
}) => {
	const ev = await createEvent(request, {
		capacity: 5,
		questions: [
			{ kind: 'single', label: 'Hvilket verksted?', required: true, options: ['Musikk', 'Dans'] }
		]
	});
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const page = await context.newPage();
	await page.goto(`/admin/arrangementer/${ev.id}/deltakere/ny`);
	await expect(page.getByRole('group', { name: /Hvilket verksted\?/ })).toBeVisible();
	await expect(page.getByLabel(/^Behov for tilrettelegging/)).toBeVisible();
	const email = uniqueEmail('dor-sporsmal');
	await page.getByLabel('Navn', { exact: true }).fill('Dora Døra');
	await page.getByLabel('E-post', { exact: true }).fill(email);
	await page.getByLabel('Rolle', { exact: true }).selectOption('Kulturskoleleder');
	await page.getByLabel('Kommune', { exact: true }).fill('Trondheim');
	await page.getByRole('button', { name: 'Legg til', exact: true }).click();
	const summary = page.getByTestId('error-summary');
	await expect(summary).toContainText('Hvilket verksted?');
	await expect(page.getByLabel('Navn', { exact: true })).toHaveValue('Dora Døra');
	await expectAccessible(page, 'legg til deltaker med spørsmål');
	await page.getByRole('radio', { name: 'Dans', exact: true }).check();
	await page.getByRole('button', { name: 'Legg til', exact: true }).click();
	await expect(page.getByText('Dora Døra er påmeldt')).toBeVisible();
	await waitForMail(email);
	await context.close();
});
