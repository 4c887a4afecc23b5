/**
 * Content in three languages beyond single pages: an editor translates a programme's call to
 * nynorsk from the panel beside the call editor (and may not publish it without a title), and
 * /nn/… shows it; the events and resources lists show each item in the visitor's language, the
 * items with only bokmål text marked lang="nb". Every page visited passes axe.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { E2E } from './support/env';
import { signedInContext } from './support/users';
import { submit, submitAction, suffix } from './support/desk';
import { createEvent } from './support/events';

const DAY = 24 * 60 * 60_000;
const local = (d: Date) => `${d.toISOString().slice(0, 10)}T12:00`;

/** Publishes a translation through its edit page's own form action. */
async function publishTranslation(
	request: Parameters<typeof submitAction>[0],
	path: string,
	fields: { title: string; lead?: string; body?: string }
) {
	await submitAction(request, `${path}?/lagre`, {
		title: fields.title,
		menuTitle: '',
		lead: fields.lead ?? '',
		body: fields.body ?? '',
		version: '0',
		intent: 'publiser'
	});
}

test('an editor translates a call to nynorsk from the call editor, and /nn/… shows it', async ({
	browser,
	request
}) => {
	const s = suffix();
	const res = await request.post(`${E2E.origin}/test-api/program`, {
		data: { name: `Språkprogram ${s}` }
	});
	const { slug } = (await res.json()) as { id: number; slug: string };
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const page = await context.newPage();

	// Before the call is saved there is nothing to translate yet.
	await page.goto(`/admin/program/${slug}/utlysning`);
	const panel = page.getByRole('region', { name: 'Språkversjoner' });
	await expect(panel).toContainText('Lagre bokmålsversjonen først');
	await page.getByLabel('Tittel', { exact: true }).fill(`Utlysning ${s}`);
	await page.getByLabel('Ingress').fill('Søk om å bli med i programmet.');
	await page.getByLabel('Åpner').fill(local(new Date(Date.now() - DAY)));
	await page.getByLabel('Søknadsfrist').fill(local(new Date(Date.now() + 30 * DAY)));
	await page.getByLabel('Antall plasser (kommuner)').fill('2');
	await page.getByRole('button', { name: 'Åpne utlysningen' }).click();
	await expect(page.getByText('Utlysningen er lagret.')).toBeVisible();

	// The panel beside the call editor, once saved.
	await page.reload();
	await expect(panel.locator('[data-lang="nn"]')).toContainText('Finnes ikke');
	await expectAccessible(page, 'utlysning med språkversjoner');
	await panel.getByRole('link', { name: 'Start oversettelse til nynorsk' }).click();
	await expect(page).toHaveURL(/\/admin\/oversettelser\/utlysing\/\d+\/nn$/);
	const title = page.getByLabel('Tittel', { exact: true });
	await expect(title).toHaveValue(`Utlysning ${s}`);
	await expectAccessible(page, 'ny oversettelse av en utlysning');

	// Without a title it cannot be published: the message beside the field, what was typed kept.
	await title.fill('');
	await page.getByLabel('Ingress').fill('Søk om å vere med i programmet.');
	await submit(page, 'Publiser');
	await expect(page.getByTestId('error-summary')).toContainText(
		'Skriv en tittel før du publiserer oversettelsen'
	);
	await expect(title).toHaveAccessibleDescription(/Skriv en tittel før du publiserer/);
	await expect(page.getByLabel('Ingress')).toHaveValue('Søk om å vere med i programmet.');
	await expectAccessible(page, 'oversettelse av en utlysning med feil');

	await title.fill(`Utlysing ${s}`);
	await submit(page, 'Publiser');
	await expect(page.getByText('Oversettelsen er publisert.')).toBeVisible();

	// The programme editor has its panel too.
	await page.goto(`/admin/program/${slug}/rediger`);
	await expect(page.getByRole('region', { name: 'Språkversjoner' })).toBeVisible();

	// A signed-in visitor reads the call in nynorsk, and in bokmål (marked) in English.
	const visitor = await signedInContext(browser, request, { role: 'ingen' });
	const vp = await visitor.context.newPage();
	await vp.goto(`/nn/program/${slug}/sok`);
	await expect(vp.locator('html')).toHaveAttribute('lang', 'nn');
	const h1 = vp.getByRole('heading', { level: 1 });
	await expect(h1).toHaveText(`Utlysing ${s}`);
	await expect(h1).not.toHaveAttribute('lang', 'nb');
	await expect(vp.locator('.fk-translation-notice')).toHaveCount(0);
	await expect(vp.locator('link[rel="alternate"][hreflang="nn"]')).toHaveCount(1);
	await expect(vp.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0);
	await expectAccessible(vp, `/nn/program/${slug}/sok`);

	await vp.goto(`/en/program/${slug}/sok`);
	await expect(vp.getByRole('heading', { level: 1 })).toHaveText(`Utlysning ${s}`);
	await expect(vp.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'nb');
	await expect(vp.locator('.fk-translation-notice')).toBeVisible();
	await expectAccessible(vp, `/en/program/${slug}/sok`);

	// The programme page's banner names the call in nynorsk.
	await vp.goto(`/nn/program/${slug}`);
	await expect(vp.locator('#utlysning-tittel')).toHaveText(`Utlysing ${s}`);
	await visitor.context.close();
	await context.close();
});

test('/en/arrangementer and /nn/ressurser list items in the visitor’s language, bokmål marked lang="nb"', async ({
	browser,
	request
}) => {
	const s = suffix();
	const start = new Date(Date.now() + 20 * DAY);
	const at = (days: number) => new Date(start.getTime() + days * DAY).toISOString();
	const translated = await createEvent(request, {
		title: `Kordag ${s}`,
		startsAt: at(0),
		endsAt: at(0.1)
	});
	const plain = await createEvent(request, {
		title: `Bare bokmål ${s}`,
		startsAt: at(1),
		endsAt: at(1.1)
	});
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	await publishTranslation(
		context.request,
		`/admin/oversettelser/arrangement/${translated.id}/en`,
		{
			title: `Choir day ${s}`,
			lead: 'A day of singing.',
			body: 'All about the choir day.'
		}
	);

	const resource = await submitAction(context.request, '/admin/ressurser/ny?/lagre', {
		kind: 'rapport',
		title: `Rapport om kor ${s}`,
		slug: '',
		description: 'Om kor i kulturskolen.',
		year: '',
		url: '',
		fileId: '',
		videoUrl: '',
		videoUrlSubtitled: '',
		duration: '',
		transcript: '',
		version: '0',
		intent: 'publiser',
		publishAt: ''
	});
	const resourceId = Number(/\/admin\/ressurser\/(\d+)/.exec(resource)?.[1]);
	expect(resourceId).toBeGreaterThan(0);
	await publishTranslation(context.request, `/admin/oversettelser/ressurs/${resourceId}/nn`, {
		title: `Rapport om kor på nynorsk ${s}`,
		body: 'Om kor i kulturskulen.'
	});
	await context.close();

	const visitorContext = await browser.newContext();
	const page = await visitorContext.newPage();
	await page.goto('/en/arrangementer');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const english = page.getByRole('link', { name: `Choir day ${s}`, exact: true });
	await expect(english).toBeVisible();
	await expect(english).not.toHaveAttribute('lang', 'nb');
	await expect(page.getByText('A day of singing.')).not.toHaveAttribute('lang', 'nb');
	await expect(page.getByRole('link', { name: `Kordag ${s}` })).toHaveCount(0);
	await expect(page.getByRole('link', { name: `Bare bokmål ${s}`, exact: true })).toHaveAttribute(
		'lang',
		'nb'
	);
	await expect(english).toHaveAttribute('href', `/en/arrangementer/${translated.slug}`);
	expect(plain.slug).not.toBe(translated.slug);
	await expectAccessible(page, '/en/arrangementer');

	// The event page's structured data is in English too.
	await page.goto(`/en/arrangementer/${translated.slug}`);
	const ld = JSON.parse(
		(await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}'
	) as { name?: string; inLanguage?: string; url?: string };
	expect(ld).toMatchObject({ name: `Choir day ${s}`, inLanguage: 'en-GB' });
	expect(ld.url).toContain(`/en/arrangementer/${translated.slug}`);

	await page.goto('/nn/ressurser');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
	const nynorsk = page.getByRole('link', { name: `Rapport om kor på nynorsk ${s}`, exact: true });
	await expect(nynorsk).toBeVisible();
	await expect(nynorsk).not.toHaveAttribute('lang', 'nb');
	// Resources with only bokmål text (the demo content) are marked.
	await expect(page.locator('.fk-resource-list a[lang="nb"]').first()).toBeVisible();
	await expectAccessible(page, '/nn/ressurser');
	await visitorContext.close();
});
