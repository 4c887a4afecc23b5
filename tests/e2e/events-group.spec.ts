/**
 * Registering other people: a municipal coordinator registers a group (without JavaScript:
 * rows added and removed by submit buttons), with problems beside the row they belong to, and
 * each person gets their own mail and link; staff add a walk-in by hand on the participants page.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { linkIn, mailTo, waitForMail } from './support/mail';
import { signedInContext, uniqueEmail } from './support/users';
import { createEvent, registerByPost, seatCounts } from './support/events';

test('en koordinator melder på en gruppe på tre; feil står ved raden', async ({
	browser,
	request
}) => {
	test.setTimeout(120_000);
	const ev = await createEvent(request, { capacity: 2 });
	const earlier = uniqueEmail('tidligere');
	await registerByPost(request, ev.slug, { name: 'Tidlig Påmeldt', email: earlier });
	const { context } = await signedInContext(browser, request, {
		role: 'koordinator',
		kommune: '1804',
		name: 'Kari Koordinator'
	});
	const page = await context.newPage();

	await page.goto(`/arrangementer/${ev.slug}`);
	await page.getByRole('link', { name: /Meld på flere fra kommunen/ }).click();
	await expect(page).toHaveURL(new RegExp(`/kommuner/1804/pamelding/${ev.slug}$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText(ev.title);
	await expect(page.getByText('Plasser igjen nå: 1.')).toBeVisible();
	await expectAccessible(page, 'gruppepåmelding');

	const person = (n: number) => page.getByRole('group', { name: `Person ${n}`, exact: true });
	await expect(person(3)).toBeVisible();
	await expect(person(4)).toHaveCount(0);
	// A row more and a row less, each a plain form post that keeps what was typed
	await person(1).getByLabel('Navn', { exact: true }).fill('Anne Bodø');
	await page.getByRole('button', { name: 'Legg til rad' }).click();
	await expect(person(4)).toBeVisible();
	// Focus lands on the new row's first field
	await expect(person(4).getByLabel('Navn', { exact: true })).toBeFocused();
	await expect(person(1).getByLabel('Navn', { exact: true })).toHaveValue('Anne Bodø');
	await page.getByRole('button', { name: 'Fjern person 4' }).click();
	await expect(person(4)).toHaveCount(0);

	const [a, b, c] = [uniqueEmail('gruppe-a'), uniqueEmail('gruppe-b'), uniqueEmail('gruppe-c')];
	const fill = async (n: number, name: string, email: string) => {
		await person(n).getByLabel('Navn', { exact: true }).fill(name);
		await person(n).getByLabel('E-post', { exact: true }).fill(email);
		await person(n).getByLabel('Rolle', { exact: true }).selectOption('Kulturskoleleder');
	};
	await fill(1, 'Anne Bodø', a);
	await fill(2, 'Bjørn Bodø', a);
	await fill(3, 'Cecilie Bodø', earlier);
	await page.getByRole('button', { name: 'Meld på', exact: true }).click();

	// Nothing registered: the summary, and each problem beside its row's field
	const summary = page.getByTestId('error-summary');
	await expect(summary).toContainText(`${a} står to ganger i listen.`);
	await expect(summary).toContainText(`${earlier} er allerede påmeldt til dette arrangementet.`);
	await expect(summary).toContainText('Bekreft at du har avtalt påmeldingen med personene.');
	await expect(person(2)).toContainText(`${a} står to ganger i listen.`);
	await expect(person(3)).toContainText(`${earlier} er allerede påmeldt`);
	await expect(person(1)).not.toContainText('står to ganger');
	await expect(person(3).getByLabel('Navn', { exact: true })).toHaveValue('Cecilie Bodø');
	await expectAccessible(page, 'gruppepåmelding med feil');
	expect(await seatCounts(request, ev.id)).toMatchObject({ confirmed: 1, waitlisted: 0 });

	await person(2).getByLabel('E-post', { exact: true }).fill(b);
	await person(3).getByLabel('E-post', { exact: true }).fill(c);
	await page.getByLabel(/Jeg har avtalt med disse personene/).check();
	await page.getByRole('button', { name: 'Meld på', exact: true }).click();

	// Who got a seat and who waits, in row order
	await expect(page.getByRole('heading', { name: 'Påmeldingen er registrert' })).toBeVisible();
	const result = page.getByTestId('group-result');
	await expect(result.getByRole('listitem').nth(0)).toContainText('Anne Bodø');
	await expect(result.getByRole('listitem').nth(0)).toContainText('Har plass');
	await expect(result.getByRole('listitem').nth(1)).toContainText('På venteliste, nummer 1');
	await expect(result.getByRole('listitem').nth(2)).toContainText('På venteliste, nummer 2');
	await expectAccessible(page, 'gruppepåmelding registrert');
	expect(await seatCounts(request, ev.id)).toMatchObject({ confirmed: 2, waitlisted: 2 });

	// Each their own mail with their own private link
	const links = new Set<string>();
	for (const to of [a, b, c]) {
		const mail = await waitForMail(to);
		expect(mailTo(to)).toHaveLength(1);
		links.add(linkIn(mail, /\/arrangementer\/min-pamelding\/[^\s/]+/));
	}
	expect(links.size).toBe(3);
	await context.close();
});

test('gruppeskjemaet virker uten JavaScript: rader legges til og fjernes, påmeldingen går', async ({
	browser,
	request
}) => {
	const ev = await createEvent(request, { capacity: 5 });
	const { context } = await signedInContext(
		browser,
		request,
		{ role: 'koordinator', kommune: '1804' },
		{ javaScriptEnabled: false }
	);
	const page = await context.newPage();
	await page.goto(`/arrangementer/${ev.slug}/gruppe`);
	await expect(page).toHaveURL(new RegExp(`/kommuner/1804/pamelding/${ev.slug}$`));
	const person = (n: number) => page.getByRole('group', { name: `Person ${n}`, exact: true });
	await person(1).getByLabel('Navn', { exact: true }).fill('Uten Skript');
	await page.getByRole('button', { name: 'Legg til rad' }).click();
	await expect(person(4)).toBeVisible();
	// Without JavaScript too: the new row's first field has focus, and the address points at it
	await expect(page).toHaveURL(/#rad-4-name$/);
	await expect(person(4).getByLabel('Navn', { exact: true })).toBeFocused();
	await expect(person(1).getByLabel('Navn', { exact: true })).toHaveValue('Uten Skript');
	await page.getByRole('button', { name: 'Fjern person 2' }).click();
	await expect(person(4)).toHaveCount(0);
	await expect(person(1).getByLabel('Navn', { exact: true })).toHaveValue('Uten Skript');
	const email = uniqueEmail('utenjs');
	await person(1).getByLabel('E-post', { exact: true }).fill(email);
	await person(1).getByLabel('Rolle', { exact: true }).selectOption('Folkevalgt');
	await page.getByLabel(/Jeg har avtalt med disse personene/).check();
	// Enter in a field registers (it does not remove a row)
	await person(1).getByLabel('E-post', { exact: true }).press('Enter');
	await expect(page.getByTestId('group-result')).toContainText('Uten Skript');
	await expect(page.getByTestId('group-result')).toContainText('Har plass');
	await waitForMail(email);
	await context.close();
});

test('en medlem som ikke er koordinator kan ikke melde på en gruppe', async ({
	browser,
	request
}) => {
	const ev = await createEvent(request, { capacity: 5 });
	const { context } = await signedInContext(browser, request, { role: 'medlem', kommune: '1804' });
	const page = await context.newPage();
	await page.goto(`/arrangementer/${ev.slug}/gruppe`);
	await expect(page.getByText('Du er ikke koordinator for noen kommune.')).toBeVisible();
	await expectAccessible(page, 'gruppepåmelding uten koordinatorrolle');
	const res = await page.goto(`/kommuner/1804/pamelding/${ev.slug}`);
	expect(res?.status()).toBe(403);
	await context.close();
});

test('ansatte legger til en som kommer uten påmelding, med overbooking og innsjekk', async ({
	browser,
	request
}) => {
	const ev = await createEvent(request, { capacity: 1 });
	await registerByPost(request, ev.slug, { name: 'Første', email: uniqueEmail('forste') });
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const page = await context.newPage();
	await page.goto(`/admin/arrangementer/${ev.id}/deltakere`);
	await page.getByRole('link', { name: 'Legg til deltaker' }).click();
	await expect(page).toHaveURL(new RegExp(`/admin/arrangementer/${ev.id}/deltakere/ny$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText(ev.title);
	await expectAccessible(page, 'legg til deltaker');

	const email = uniqueEmail('dorstokk');
	await page.getByLabel('Navn', { exact: true }).fill('Ola Dørstokk');
	await page.getByLabel('E-post', { exact: true }).fill(email);
	await page.getByLabel('Rolle', { exact: true }).selectOption('Kulturskoleleder');
	await page.getByLabel('Kommune', { exact: true }).fill('Trondheim');
	await page.getByLabel(/Gi plass selv om arrangementet er fullt/).check();
	await page.getByLabel('Sjekk inn med en gang', { exact: true }).check();
	await page.getByRole('button', { name: 'Legg til', exact: true }).click();
	await expect(page.getByText('Ola Dørstokk er påmeldt og sjekket inn.')).toBeVisible();
	expect(await seatCounts(request, ev.id)).toMatchObject({ confirmed: 2 });
	await waitForMail(email);

	// The same address again: the message beside the field, what was typed kept
	await page.getByLabel('Navn', { exact: true }).fill('Ola igjen');
	await page.getByLabel('E-post', { exact: true }).fill(email);
	await page.getByLabel('Rolle', { exact: true }).selectOption('Kulturskoleleder');
	await page.getByLabel('Kommune', { exact: true }).fill('Trondheim');
	await page.getByRole('button', { name: 'Legg til', exact: true }).click();
	await expect(page.getByTestId('error-summary')).toContainText(`${email} er allerede påmeldt`);
	await expect(page.getByLabel('Navn', { exact: true })).toHaveValue('Ola igjen');
	await expectAccessible(page, 'legg til deltaker med feil');
	await context.close();
});
