import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { createUser, signedInContext, uniqueEmail } from './support/users';
import { enrolAuthenticator } from './support/totp';
import { linkIn, waitForMail } from './support/mail';
import { E2E } from './support/env';

const emailBox = (page: import('@playwright/test').Page) =>
	page.getByRole('textbox', { name: 'E-post', exact: true });

test('innlogging med engangslenke på e-post', async ({ page, request }) => {
	const user = await createUser(request, { name: 'Lise Lenke' });
	await page.goto('/logg-inn');
	await expectAccessible(page, '/logg-inn');
	await page.locator('#lenke-email').fill(user.email);
	await page.getByRole('button', { name: 'Send meg en innloggingslenke' }).click();
	await expect(page.getByText(`Hvis ${user.email} har en konto hos oss`)).toBeVisible();
	const mail = await waitForMail(user.email, /innloggingslenke/i);
	const path = linkIn(mail, /\/logg-inn\/lenke\//);
	await page.goto(path);
	await expectAccessible(page, 'lenke-side');
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await expect(page).toHaveURL(/\/min-side$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Min side' })).toBeVisible();
	// The link works once only
	const again = await page.context().browser()!.newContext();
	const other = await again.newPage();
	await other.goto(path);
	await expect(other.getByText('Lenken virker ikke lenger')).toBeVisible();
	await again.close();
});

test('glemt passord: lenke på e-post, nytt passord, gammelt passord virker ikke', async ({
	page,
	request
}) => {
	const user = await createUser(request, { name: 'Per Passord', password: 'det gamle passordet' });
	await page.goto('/glemt-passord');
	await expectAccessible(page, '/glemt-passord');
	await emailBox(page).fill(user.email);
	await page.getByRole('button', { name: 'Send lenke' }).click();
	await expect(page.getByText('har vi sendt en lenke')).toBeVisible();
	const path = linkIn(await waitForMail(user.email, /Nytt passord/), /\/glemt-passord\//);
	await page.goto(path);
	await expectAccessible(page, 'nytt passord');
	await page.getByLabel('Nytt passord').fill('kort');
	await page.getByLabel('Gjenta passordet').fill('kort');
	await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
	await expect(page.getByTestId('error-summary')).toContainText('minst 10 tegn');
	await page.getByLabel('Nytt passord').fill('det nye og lange passordet');
	await page.getByLabel('Gjenta passordet').fill('det nye og lange passordet');
	await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
	await expect(page).toHaveURL(/\/min-side\?passord=endret$/);
	await expect(page.getByText('Passordet er endret.')).toBeVisible();
	await waitForMail(user.email, /Passordet ditt er endret/);

	const fresh = await page.context().browser()!.newContext();
	const p = await fresh.newPage();
	await p.goto('/logg-inn');
	await emailBox(p).first().fill(user.email);
	await p.getByLabel('Passord', { exact: true }).fill('det gamle passordet');
	await p.getByRole('button', { name: 'Logg inn', exact: true }).click();
	await expect(p.getByTestId('error-summary')).toContainText(
		'E-postadressen eller passordet er feil'
	);
	await expect(emailBox(p).first()).toHaveValue(user.email);
	await fresh.close();
});

test('gjentatte feil bremses og stoppes, med norsk beskjed om når man kan prøve igjen', async ({
	browser,
	request
}) => {
	test.setTimeout(120_000);
	const user = await createUser(request);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	let text = '';
	for (let i = 0; i < 10 && !/Prøv/i.test(text); i++) {
		await page.goto('/logg-inn');
		await emailBox(page).first().fill(user.email);
		await page.getByLabel('Passord', { exact: true }).fill(`feil-${i}`);
		await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
		text = (await page.getByTestId('error-summary').textContent()) ?? '';
	}
	expect(text).toMatch(/For mange mislykkede forsøk.*prøv om \d+ minutter/s);
	await context.close();
});

test('min side: profil med feil og retting, logg ut overalt, slett kontoen', async ({
	browser,
	request
}) => {
	const { context, user } = await signedInContext(browser, request, {
		name: 'Mona Minside',
		password: 'mitt eget passord'
	});
	const page = await context.newPage();
	await page.goto('/min-side');
	await expectAccessible(page, '/min-side');
	await page.locator('#profil-email').fill('ikke epost');
	await page.getByRole('button', { name: 'Lagre profil' }).click();
	await expect(page.getByTestId('error-summary')).toContainText('gyldig e-postadresse');
	await page.locator('#profil-email').fill(user.email);
	await page.locator('#profil-organisation').fill('Bodø kulturskole');
	await page.getByRole('button', { name: 'Lagre profil' }).click();
	await expect(page.getByText('Endringene er lagret.')).toBeVisible();

	// A second device is signed out by «Logg ut på alle andre enheter»
	const second = await browser.newContext();
	await second.addCookies((await context.cookies()).filter((c) => c.name === 'fk_session'));
	const login = await createUser(request, { email: user.email });
	await second.clearCookies();
	await second.addCookies([{ name: 'fk_session', value: login.token, url: E2E.origin }]);
	const p2 = await second.newPage();
	await p2.goto('/min-side');
	await expect(p2.getByRole('heading', { level: 1, name: 'Min side' })).toBeVisible();
	await page.reload();
	await page.getByRole('button', { name: 'Logg ut på alle andre enheter' }).click();
	await expect(page.getByText('Du er logget ut på alle andre enheter.')).toBeVisible();
	await p2.goto('/min-side');
	await expect(p2).toHaveURL(/\/logg-inn\?neste=%2Fmin-side$/);
	await second.close();

	// Deleting needs the password and the word SLETT
	await page.locator('#slett-password').fill('mitt eget passord');
	await page.locator('#slett-confirm').fill('slett');
	await page.getByRole('button', { name: 'Slett kontoen min' }).click();
	await expect(page.getByTestId('error-summary')).toContainText('Skriv SLETT');
	await page.locator('#slett-password').fill('mitt eget passord');
	await page.locator('#slett-confirm').fill('SLETT');
	await page.getByRole('button', { name: 'Slett kontoen min' }).click();
	await expect(page).toHaveURL(/\?konto=slettet$/);
	await page.goto('/min-side');
	await expect(page).toHaveURL(/\/logg-inn/);
	await context.close();
});

test('administrator inviterer en redaktør, som godtar og kommer inn på desken', async ({
	browser,
	request
}) => {
	const { context } = await signedInContext(browser, request, { role: 'admin', name: 'Ada Admin' });
	const page = await context.newPage();
	await page.goto('/admin/brukere');
	await expectAccessible(page, '/admin/brukere');
	await page.getByRole('button', { name: 'Send invitasjon' }).click();
	await expect(page.getByTestId('error-summary')).toContainText('Skriv e-postadressen');
	const email = uniqueEmail('redaktor');
	await page.getByLabel('E-post', { exact: true }).fill(email);
	await page.getByLabel('Rolle').selectOption('redaktor');
	await page.getByRole('button', { name: 'Send invitasjon' }).click();
	await expect(page.getByText(`Invitasjonen er sendt til ${email}.`)).toBeVisible();
	const path = linkIn(await waitForMail(email, /Invitasjon/), /\/invitasjon\//);

	const invitee = await browser.newContext();
	const p = await invitee.newPage();
	await p.goto(path);
	await expectAccessible(p, 'invitasjon');
	await expect(p.getByText('Du er invitert som redaktør')).toBeVisible();
	await p.getByLabel('Navn').fill('Rune Redaktør');
	await p.getByLabel('Velg passord').fill('et godt og langt passord');
	await p.getByLabel('Gjenta passordet').fill('et godt og langt passord');
	await p.getByRole('button', { name: 'Godta invitasjonen' }).click();
	// An editor is staff: the authenticator app comes first
	await expect(
		p.getByRole('heading', { level: 1, name: 'Sett opp totrinnsinnlogging' })
	).toBeVisible();
	await enrolAuthenticator(p);
	await p.getByRole('link', { name: 'Fortsett' }).click();
	await expect(p).toHaveURL(/\/min-side\?velkommen=1$/);
	await p.goto('/admin/nyheter');
	await expect(p.getByRole('heading', { level: 1, name: 'Nyheter' })).toBeVisible();
	await invitee.close();

	// The admin sees the new user and the change in the audit log and the outbox
	await page.goto('/admin/brukere');
	await page.getByRole('link', { name: 'Rune Redaktør' }).click();
	await expectAccessible(page, 'bruker');
	await page.goto('/admin/logg?q=Inviterte');
	await expect(page.getByText(`Inviterte ${email} som redaktør`)).toBeVisible();
	await expectAccessible(page, '/admin/logg');
	await page.goto(`/admin/e-post?til=${encodeURIComponent(email)}`);
	await expect(
		page.getByRole('link', { name: 'Invitasjon til Fremtidens kulturskole' })
	).toBeVisible();
	await expectAccessible(page, '/admin/e-post');
	// Mail goes over SMTP here, so the stored copy says so and has no usable link.
	await expect(page.getByText('E-post sendes over SMTP.')).toBeVisible();
	await page.getByRole('link', { name: 'Invitasjon til Fremtidens kulturskole' }).click();
	await expect(page.getByText('har invitert deg')).toBeVisible();
	await expect(page.getByText('/invitasjon/[fjernet]').first()).toBeVisible();
	expect(await page.content()).not.toMatch(/\/invitasjon\/[a-z2-7]{32}/);
	await expectAccessible(page, 'e-postvisning');
	await context.close();
});

test('et medlem av en kommunegruppe slipper ikke inn på redaksjonsdesken', async ({
	browser,
	request
}) => {
	const { context } = await signedInContext(browser, request, { role: 'medlem', kommune: '1804' });
	const page = await context.newPage();
	const res = await page.goto('/admin/nyheter');
	expect(res?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ingen tilgang');
	const post = await page.request.post('/admin/nyheter/ny?/lagre', {
		form: { title: 'Innbrudd', version: '0', intent: 'publiser' },
		headers: { origin: E2E.origin, accept: 'text/html' }
	});
	expect(post.status()).toBe(403);
	await context.close();
});

test('sikkerhetshoder, informasjonskapsel og avviste forfalskede skjema', async ({
	request,
	browser
}) => {
	const res = await request.get('/');
	const h = res.headers();
	expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(h['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[^']+')*/);
	expect(h['content-security-policy']).not.toContain("script-src 'self' 'unsafe-inline'");
	expect(h['x-content-type-options']).toBe('nosniff');
	expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');

	const { context } = await signedInContext(browser, request);
	const page = await context.newPage();
	await page.goto('/min-side');
	const setCookie = (await page.request.get('/min-side')).headers()['set-cookie'] ?? '';
	expect(setCookie).toMatch(/fk_session=/);
	expect(setCookie).toMatch(/HttpOnly/i);
	expect(setCookie).toMatch(/SameSite=Lax/i);

	const forged = await page.request.post('/min-side?/profil', {
		form: { name: 'Hacket', email: 'hacket@example.no' },
		headers: { origin: 'https://ondsinnet.example' }
	});
	expect(forged.status()).toBe(403);
	await context.close();
});

test('forfalskede id-er og ukjente fylker eller kommuner gir en melding, aldri 500', async ({
	browser,
	request
}) => {
	const { context } = await signedInContext(browser, request, { role: 'admin' });
	const page = await context.newPage();
	const other = await createUser(request, { role: 'medlem' });
	const post = (path: string, form: Record<string, string>) =>
		page.request.post(path, { form, headers: { origin: E2E.origin, accept: 'text/html' } });

	// Too large for the database's integer, not a number, or no such row
	for (const chapterId of ['99999999999', '999999']) {
		const res = await post(`/admin/brukere/${other.id}?/leggTilFylke`, { chapterId });
		expect(res.status(), `leggTilFylke ${chapterId}`).toBe(400);
	}
	expect(
		(await post(`/admin/brukere/${other.id}?/fjernFylke`, { chapterId: 'abc' })).status()
	).toBe(400);
	expect((await post('/admin/brukere/99999999?/leggTilFylke', { chapterId: '1' })).status()).toBe(
		404
	);
	expect((await post('/admin/filer?/slett', { id: '99999999999' })).status()).toBe(400);
	for (const list of ['/admin/sider', '/admin/personer', '/admin/sporsmal'])
		expect((await page.goto(`${list}?flyttet=99999999999`))?.status(), list).toBe(200);

	// An invitation to a county chapter or municipality that does not exist: told beside the field
	await page.goto('/admin/brukere');
	const email = uniqueEmail('ukjent');
	const forgedChapter = await post('/admin/brukere?/inviter', {
		email,
		role: 'fylkesleder',
		chapterId: '999999'
	});
	expect(forgedChapter.status()).toBe(400);
	const body = await forgedChapter.text();
	expect(body).toContain('Velg fylkesavdeling fra lista');
	expect(body).toContain(email);
	const forgedKommune = await post('/admin/brukere?/inviter', {
		email,
		role: 'koordinator',
		municipalityNumber: '0000'
	});
	expect(forgedKommune.status()).toBe(400);
	expect(await forgedKommune.text()).toContain('Velg kommune fra lista');
	await context.close();
});
