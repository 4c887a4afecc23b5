import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { E2E } from './support/env';
import { createUser } from './support/users';
import { linkIn, waitForMail } from './support/mail';

// The test OpenID provider (tests/e2e/support/oidc-provider.js) started by support/server.js.
const ISSUER = {
	feide: `http://127.0.0.1:${E2E.oidcPort}`,
	idporten: `http://127.0.0.1:${E2E.oidcPort + 1}`
};

async function providerAccount(
	kind: keyof typeof ISSUER,
	sub: string,
	claims: Record<string, unknown>
) {
	const res = await fetch(`${ISSUER[kind]}/test/konto`, {
		method: 'POST',
		body: JSON.stringify({ sub, claims })
	});
	expect(res.status).toBe(204);
}

/** At the provider's test sign-in page: pick the person and the level. */
async function signInAtProvider(page: Page, sub: string, acr?: string) {
	await expect(page.getByRole('heading', { level: 1, name: /Testinnlogging/ })).toBeVisible();
	await page.getByLabel('Konto').selectOption(sub);
	if (acr) await page.getByLabel('Nivå').selectOption(acr);
	await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
}

test('en lærer logger inn med Feide uten passord, ser koblingen på Min side og logger ut også hos Feide', async ({
	page,
	request
}) => {
	const user = await createUser(request, { role: 'ingen', session: 'none' });
	const sub = `feide-${Date.now().toString(36)}`;
	await providerAccount('feide', sub, { email: user.email, email_verified: true, name: 'Kari' });

	await page.goto('/logg-inn');
	await expect(page.getByRole('link', { name: 'Logg inn med Feide' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Logg inn med ID-porten' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Logg inn med Ansattporten' })).toBeVisible();
	await expectAccessible(page, 'logg-inn med knapper');
	await page.getByRole('link', { name: 'Logg inn med Feide' }).click();
	await signInAtProvider(page, sub);
	await expect(page).toHaveURL(/\/min-side$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Min side' })).toBeVisible();

	await page.goto('/min-side/sikkerhet');
	const section = page.getByRole('region', { name: 'Innloggingstjenester' });
	await expect(section.getByText('Feide', { exact: true })).toBeVisible();
	await expectAccessible(page, 'min side med koblet Feide');

	// Signing out here goes on to sign out at Feide, which sends the browser back.
	await page.goto('/min-side');
	await page.getByRole('button', { name: 'Logg ut', exact: true }).first().click();
	await expect(page.getByRole('heading', { name: /Logg ut hos feide/ })).toBeVisible();
	await page.getByRole('button', { name: 'Logg ut' }).click();
	await expect(page).toHaveURL(/\/\?utlogget=1$/);
	await page.goto('/min-side');
	await expect(page).toHaveURL(/\/logg-inn/);
});

test('en kommuneansatt logger inn med ID-porten, oppgir e-post og kobler til med lenken', async ({
	page,
	request
}) => {
	const user = await createUser(request, { role: 'ingen', session: 'none' });
	const sub = `idp-${Date.now().toString(36)}`;
	await providerAccount('idporten', sub, { pid: '01017012345' });

	await page.goto('/logg-inn');
	await page.getByRole('link', { name: 'Logg inn med ID-porten' }).click();
	await signInAtProvider(page, sub, 'idporten-loa-substantial');
	await expect(page).toHaveURL(/\/logg-inn\/e-post$/);
	await expectAccessible(page, 'e-postsiden');
	// Bad input first: a message beside the field, and the summary.
	await page.getByRole('textbox', { name: 'E-post' }).fill('ikke-en-adresse');
	await page.getByRole('button', { name: 'Send lenke' }).click();
	await expect(page.getByRole('textbox', { name: 'E-post' })).toHaveValue('ikke-en-adresse');
	await page.getByRole('textbox', { name: 'E-post' }).fill(user.email);
	await page.getByRole('button', { name: 'Send lenke' }).click();
	await expect(page.getByText(`Hvis ${user.email} har en konto her`)).toBeVisible();

	const mail = await waitForMail(user.email, /Koble ID-porten/);
	await page.goto(linkIn(mail, /\/logg-inn\/koble\//));
	await expectAccessible(page, 'koblingslenken');
	await page.getByRole('button', { name: 'Koble til og logg inn' }).click();
	await expect(page).toHaveURL(/\/min-side$/);
	await page.goto('/min-side/sikkerhet');
	await expect(
		page
			.getByRole('region', { name: 'Innloggingstjenester' })
			.getByText('ID-porten', { exact: true })
	).toBeVisible();
});

test('en avvist innlogging viser en norsk forklaring, ikke en feilside', async ({ page }) => {
	// A callback without the flow cookie: unknown state.
	const res = await page.goto('/logg-inn/feide/retur?code=x&state=y');
	expect(res?.status()).toBe(200);
	await expect(page).toHaveURL(/\/logg-inn\/feil\?grunn=state$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Innloggingen gikk ikke' })
	).toBeVisible();
	await expect(page.getByText('Innloggingen var utløpt eller allerede brukt')).toBeVisible();
	await expectAccessible(page, 'avvist innlogging');
});
