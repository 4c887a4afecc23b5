/**
 * A programme's cohort: staff create a programme and admit a municipality, set up a gathering
 * only the cohort may register for and a between-work task; a member of the municipality
 * registers while an outsider is refused; the group hands in an answer with a file; staff see
 * it in the task view and the overview. The public programme pages at the end.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { registerByPost } from './support/events';
import { signedInContext } from './support/users';

test('kohort: program, samling bare for kohorten, mellomarbeid levert og sett av staben', async ({
	browser,
	request
}) => {
	test.setTimeout(240_000);
	const tag = Date.now().toString(36);
	const name = `Regionalt testprogram ${tag}`;

	// ——— Staff create the programme ———
	const { context: staffCtx } = await signedInContext(browser, request, {
		role: 'redaktor',
		name: 'Rita Redaktør'
	});
	const staff = await staffCtx.newPage();
	await staff.goto('/admin/program');
	await expect(staff.getByRole('heading', { level: 1, name: 'Program' })).toBeVisible();
	await expectAccessible(staff, 'admin program');
	await staff.getByRole('link', { name: 'Nytt program' }).click();
	await expectAccessible(staff, 'nytt program');

	const summary = staff.getByTestId('error-summary');
	await staff.getByLabel(/^Ingress/).fill('Et program for testen.');
	await staff.getByRole('button', { name: 'Lagre programmet' }).click();
	await expect(summary).toContainText('Skriv navnet på programmet');
	await expect(staff.getByLabel(/^Ingress/)).toHaveValue('Et program for testen.');

	await staff.getByLabel('Navn', { exact: true }).fill(name);
	await staff.getByLabel('Type', { exact: true }).selectOption('regionalt');
	await staff.getByLabel('Status', { exact: true }).selectOption('pagar');
	await staff.getByLabel(/^Eiere/).fill('Norsk kulturskoleråd, KS');
	await staff.getByRole('button', { name: 'Lagre programmet' }).click();
	await expect(summary).toContainText('Velg fylkesavdelingen som driver det regionale programmet');
	await staff.getByLabel('Trøndelag', { exact: true }).check();
	await staff.getByRole('button', { name: 'Lagre programmet' }).click();
	await expect(staff.getByText('Programmet er lagret.')).toBeVisible();
	await expect(staff.getByRole('heading', { level: 1, name })).toBeVisible();
	const slug = new URL(staff.url()).pathname.split('/').pop()!;
	await expectAccessible(staff, 'programmets side i admin');

	// Participants: an unknown name is refused beside the field, Trondheim is added
	await staff.getByLabel('Legg til kommune').fill('Atlantis');
	await staff.getByRole('button', { name: 'Legg til', exact: true }).click();
	await expect(summary).toContainText('Fant ingen kommune som heter «Atlantis»');
	await staff.getByLabel('Legg til kommune').fill('Trondheim');
	await staff.getByRole('button', { name: 'Legg til', exact: true }).click();
	await expect(staff.getByText('er lagt til.')).toBeVisible();
	await expect(staff.getByRole('cell', { name: 'Trondheim', exact: true })).toBeVisible();
	// The participant table scrolls on its own at 360 px; the page does not
	const wide = staff.viewportSize()!;
	await staff.setViewportSize({ width: 360, height: 800 });
	expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await staff.setViewportSize(wide);

	// ——— A gathering only the cohort may register for ———
	await staff.getByRole('link', { name: 'Ny samling i programmet' }).click();
	await expect(staff.getByLabel(/^Utviklingsprogram/)).toHaveValue(/\d+/);
	const title = `Samling ${tag}`;
	const start = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
	await staff.getByLabel('Tittel', { exact: true }).fill(title);
	await staff.getByLabel('Type', { exact: true }).selectOption('samling');
	await staff.getByLabel('Starter').fill(`${start}T10:00`);
	await staff.getByLabel('Slutter').fill(`${start}T15:00`);
	await staff.locator('#venue').fill('Scandic Lerkendal');
	await staff.locator('#address').fill('Klæbuveien 127, 7031 Trondheim');
	await staff.getByLabel('Bare kommunene i programmet kan melde seg på').check();
	await staff.getByRole('button', { name: 'Publiser' }).click();
	await expect(
		staff.getByText('Publisert. Arrangementet er nå synlig på nettstedet.')
	).toBeVisible();
	const eventSlug = await staff.locator('#slug').inputValue();

	// ——— A between-work task tied to the gathering ———
	await staff.goto(`/admin/program/${slug}/mellomarbeid`);
	await expectAccessible(staff, 'mellomarbeid i admin');
	const task = `Nåbilde ${tag}`;
	await staff.getByLabel('Tittel', { exact: true }).fill(task);
	await staff.getByLabel(/^Beskrivelse/).fill('Skriv kort hva dere fant i nåbildet.');
	await staff.getByLabel('Frist').fill(start);
	await staff.getByLabel(/^Forbereder samlingen/).selectOption({ label: title });
	await staff.getByRole('button', { name: 'Lag oppgaven' }).click();
	await expect(staff.getByRole('heading', { level: 1, name: task })).toBeVisible();
	await expect(staff.getByText('0 av 1 kommuner har levert.')).toBeVisible();
	const taskPath = new URL(staff.url()).pathname;
	const taskId = taskPath.split('/').pop();

	// ——— An outsider and an anonymous visitor are told why they cannot register ———
	const anonymous = await browser.newContext();
	const anon = await anonymous.newPage();
	await anon.goto(`/arrangementer/${eventSlug}`);
	await expect(
		anon.getByText('Påmeldingen er bare for kommunegruppene som deltar i utviklingsprogrammet.')
	).toBeVisible();
	await expectAccessible(anon, 'samlingens side');
	await anon.goto(`/arrangementer/${eventSlug}/pamelding`);
	await expect(anon.getByText('Bare for kommunene i programmet')).toBeVisible();
	await expect(anon.getByRole('link', { name: 'Logg inn for å melde deg på' })).toBeVisible();
	await expect(anon.getByRole('button', { name: 'Meld meg på' })).toHaveCount(0);
	await expectAccessible(anon, 'påmelding, ikke innlogget');

	const { context: outsiderCtx, user: outsiderUser } = await signedInContext(browser, request, {
		role: 'koordinator',
		kommune: '0301'
	});
	const outsider = await outsiderCtx.newPage();
	await outsider.goto(`/arrangementer/${eventSlug}/pamelding`);
	await expect(outsider.getByText('Du er ikke med i en slik kommunegruppe')).toBeVisible();
	await expect(outsider.getByRole('button', { name: 'Meld meg på' })).toHaveCount(0);
	await expectAccessible(outsider, 'påmelding, utenforstående');
	// Posting the form anyway: a clear refusal, no 500, no registration
	const refused = await registerByPost(outsiderCtx.request, eventSlug, {
		name: 'Ola Utenfor',
		email: outsiderUser.email
	});
	expect(refused.status()).toBe(400);
	expect(await refused.text()).toContain('Påmeldingen er bare for kommunegruppene');

	// ——— A member of the participating municipality registers ———
	const { context: memberCtx, user: memberUser } = await signedInContext(browser, request, {
		role: 'medlem',
		kommune: '5001',
		name: 'Marit Medlem'
	});
	const member = await memberCtx.newPage();
	await member.goto(`/arrangementer/${eventSlug}/pamelding`);
	await expect(member.getByLabel('Navn', { exact: true })).toHaveValue('Marit Medlem');
	await expect(member.getByLabel(/^Kommune/)).toHaveValue(/Trondheim/);
	await expectAccessible(member, 'påmelding, medlem av kohorten');
	await member.getByLabel('Rolle').selectOption('Kulturskoleleder');
	const privacy = member.getByRole('checkbox', { name: /personvernerklæringen/ });
	if (await privacy.count()) await privacy.check();
	await member.getByRole('button', { name: 'Meld meg på' }).click();
	await expect(member).toHaveURL(/\/arrangementer\/min-pamelding\//);
	expect(memberUser.email).toContain('@');

	// ——— The group writes and hands in its between-work answer with a file ———
	await member.goto('/kommuner/5001/fremtidsbilde');
	await member.getByRole('link', { name: 'Mellomarbeid', exact: true }).click();
	await expect(member.getByRole('heading', { level: 1, name: /^Mellomarbeid/ })).toBeVisible();
	await expectAccessible(member, 'mellomarbeid i kommunen');
	await member.getByRole('link', { name: task }).click();
	await expectAccessible(member, 'oppgaven i kommunen');
	await member.getByRole('button', { name: 'Lever' }).click();
	await expect(member.getByTestId('error-summary')).toContainText(
		'Skriv svaret eller legg ved en fil før du leverer'
	);
	await member
		.getByRole('textbox', { name: /^Svar/ })
		.fill('Vi fant at samarbeidet med skolen er viktigst.');
	await member.getByRole('button', { name: 'Lagre', exact: true }).click();
	await expect(member.getByText('Svaret er lagret. Det er ikke levert ennå.')).toBeVisible();
	await member.getByLabel('Legg ved en fil').setInputFiles({
		name: 'notat.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('Notat fra kommunegruppen i Trondheim')
	});
	await member.getByRole('button', { name: 'Last opp filen' }).click();
	await expect(member.getByText('Filen er lagt ved.')).toBeVisible();
	await expect(member.getByRole('link', { name: 'notat.txt' })).toBeVisible();
	await expect(member.getByRole('textbox', { name: /^Svar/ })).toHaveValue(
		'Vi fant at samarbeidet med skolen er viktigst.'
	);
	// A forged file id (beyond a database integer) is a file that is not there: 404, never a 500
	const forged = await member.request.post(`${new URL(member.url()).pathname}?/fjernFil`, {
		form: { fil: '99999999999' },
		headers: { origin: new URL(member.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(forged.status()).toBe(404);
	await member.getByRole('button', { name: 'Lever' }).click();
	await expect(member.getByText('Svaret er levert. Programstaben kan nå lese det.')).toBeVisible();
	await expect(member.getByRole('button', { name: 'Lever' })).toHaveCount(0);
	await expectAccessible(member, 'levert svar');

	// The outsider cannot open Trondheim's answer or its file
	const other = await outsiderCtx.request.get(`/kommuner/5001/mellomarbeid/${taskId}`, {
		maxRedirects: 0
	});
	expect(other.status()).toBe(403);

	// ——— Staff see it in the task view and the overview ———
	await staff.goto(taskPath);
	await expect(staff.getByText('1 av 1 kommuner har levert.')).toBeVisible();
	await expect(staff.getByText('Vi fant at samarbeidet med skolen er viktigst.')).toBeVisible();
	const fileLink = staff.getByRole('link', { name: 'notat.txt' });
	const file = await staffCtx.request.get((await fileLink.getAttribute('href'))!);
	expect(file.status()).toBe(200);
	expect(await file.text()).toBe('Notat fra kommunegruppen i Trondheim');
	expect(file.headers()['cache-control']).toContain('no-store');
	await expectAccessible(staff, 'svarene i admin');

	await staff.goto(`/admin/program/${slug}/oversikt`);
	const row = staff.getByRole('row', { name: /Trondheim/ });
	await expect(row.getByText('Levert')).toBeVisible();
	await expect(row.getByRole('cell').nth(1)).toHaveText('1');
	await expectAccessible(staff, 'oversikt');

	// ——— The public pages ———
	await anon.goto('/program');
	await expect(anon.getByRole('heading', { level: 1, name: 'Program' })).toBeVisible();
	await expect(anon.getByRole('link', { name })).toBeVisible();
	await expectAccessible(anon, '/program');
	await anon.getByRole('link', { name }).click();
	await expect(anon.getByRole('heading', { level: 1, name })).toBeVisible();
	await expect(anon.getByRole('heading', { name: 'Trøndelag', level: 3 })).toBeVisible();
	await expect(anon.getByRole('listitem').filter({ hasText: /^Trondheim$/ })).toBeVisible();
	await expect(anon.getByRole('link', { name: title })).toBeVisible();
	await expectAccessible(anon, 'programmets offentlige side');
	await anon.goto('/program/pilot');
	await expect(anon.getByText('16 kommuner, 14 har fullført, 2 trakk seg.')).toBeVisible();
	await expectAccessible(anon, 'piloten');

	await Promise.all([staffCtx.close(), anonymous.close(), outsiderCtx.close(), memberCtx.close()]);
});
