/**
 * The public site as issue 14 left it: the main menu on one line from 1024 px, the front page
 * with the next events, the open call and the ways on within the first phone screen, the film
 * on /film-og-video (nothing from the video host before the visitor asks), an item's search
 * and sharing fields from the desk to the page's head and the sitemap, 410 for an item taken
 * down, the RSS link, the uustatus link, the news pagination and the toolbar's drawn icons.
 * Axe on every page visited.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { expectAccessibleAtWidths, submit, suffix, watchConsole } from './support/desk';
import { signedInContext } from './support/users';

/** The top offsets of the desktop menu's items (one value: one line). */
async function menuLines(page: Page) {
	const nav = page.getByRole('navigation', { name: /^(Hovudmeny|Hovedmeny|Main menu)$/ });
	return nav
		.locator('.fk-nav__sections > li')
		.evaluateAll((items) => [...new Set(items.map((li) => (li as HTMLElement).offsetTop))]);
}

test('hovudmenyen står på éi linje frå 1024 px, på alle tre språk', async ({ page }) => {
	for (const width of [1024, 1280]) {
		await page.setViewportSize({ width, height: 800 });
		for (const path of ['/', '/nn/', '/en/']) {
			await page.goto(path);
			const nav = page.getByRole('navigation', { name: /^(Hovudmeny|Hovedmeny|Main menu)$/ });
			await expect(nav.locator('.fk-nav__sections > li').first()).toBeVisible();
			expect(await menuLines(page), `${path} ved ${width} px`).toHaveLength(1);
		}
	}
	// No duplicates left from the walk: Nyheter once, one "Erfaringer" entry.
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
	await expect(nav.locator('.fk-nav__sections').getByRole('link', { name: 'Nyheter' })).toHaveCount(
		1
	);
	await expect(
		nav.locator('.fk-nav__sections').getByRole('link', { name: /Erfaringer/ })
	).toHaveCount(1);
});

test('forsida: neste arrangement, open utlysing og vegen vidare på første telefonskjerm', async ({
	page
}) => {
	const problems = watchConsole(page);
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/');
	const events = page.getByRole('region', { name: 'Neste arrangementer' });
	await expect(events).toBeVisible();
	await expect(events.getByRole('link').first()).toHaveAttribute('href', /^\/arrangementer\//);
	await expect(events.getByRole('link', { name: 'Alle arrangementer' })).toBeVisible();

	const call = page.locator('.fk-front-call').first();
	await expect(call).toContainText('Åpen utlysning');
	await expect(call).toContainText('Søknadsfrist');
	await expect(call.getByRole('link', { name: 'Les utlysningen og søk' })).toHaveAttribute(
		'href',
		/^\/program\//
	);
	await expectAccessibleAtWidths(page, 'forsiden');

	// The first phone screen says what the programme is and where to go.
	await page.setViewportSize({ width: 360, height: 640 });
	await page.goto('/');
	const h1 = page.getByRole('heading', { level: 1 });
	await expect(h1).toBeInViewport();
	const ways = page.getByRole('navigation', { name: 'Hva vil du gjøre?' });
	for (const name of ['Se og meld deg på arrangementer', 'Les nyheter']) {
		const link = ways.getByRole('link', { name });
		const box = await link.boundingBox();
		expect(box, name).not.toBeNull();
		expect(box!.y + box!.height, `${name} innenfor 640 px`).toBeLessThanOrEqual(640);
	}
	await expectAccessible(page, 'forsiden 360 × 640');
	expect(problems).toEqual([]);
});

test('film og video: filmen på sida, ingenting frå Vimeo før den besøkjande spør', async ({
	page
}) => {
	const thirdParty: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith('http://localhost') && !r.url().startsWith('data:'))
			thirdParty.push(r.url());
	});
	// Never out to the internet from a test: the player's address is checked, not loaded.
	await page.route(/vimeo\.com|youtube/, (route) => route.abort());
	await page.goto('/film-og-video');
	const film = page.getByRole('region', { name: 'Se filmen' });
	await expect(film).toBeVisible();
	await expect(film.locator('iframe')).toHaveCount(0);
	await expect(film.getByText('Les hva som blir sagt i filmen (transkripsjon)')).toBeVisible();
	await expectAccessibleAtWidths(page, '/film-og-video');
	expect(thirdParty).toEqual([]);

	await film.getByRole('button', { name: /Spill av/ }).click();
	await expect(film.locator('iframe')).toHaveAttribute(
		'src',
		/player\.vimeo\.com\/video\/\d+\?dnt=1/
	);
});

test('søk og deling: felta frå skrivebordet i hovudet på sida, skjult frå sitemap, 410 når saka er teken ned', async ({
	browser,
	request
}) => {
	const s = suffix();
	const { context } = await signedInContext(browser, request, { role: 'redaktor' });
	const page = await context.newPage();
	const problems = watchConsole(page);

	await page.goto('/admin/nyheter/ny');
	// The toolbar's link and image buttons draw their icons (no emoji font needed).
	for (const name of ['Lenke', 'Bilde']) {
		const button = page.getByRole('button', { name, exact: true });
		await expect(button.locator('svg')).toHaveCount(1);
	}
	await page.getByLabel('Tittel', { exact: true }).fill(`Delingssak ${s}`);
	await page.getByLabel(/^Ingress/).fill('Ingressen til saken.');
	await page.getByRole('textbox', { name: /^Adresse/ }).fill(`delingssak-${s}`);
	await page.getByLabel(/^Tittel for søkemotorer/).fill(`Kort tittel ${s}`);
	await page.getByLabel(/^Tekst i søkeresultater/).fill('Beskrivelsen for søkemotorer.');
	await page.getByLabel(/^Bilde ved deling/).fill('ikke en adresse');
	await page.getByLabel('Skjul for søkemotorer').check();
	await submit(page, 'Publiser nå');
	// Bad input: told beside the field, the rest kept.
	const summary = page.getByTestId('error-summary');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Skriv adressen til bildet');
	await expect(page.getByLabel(/^Tittel for søkemotorer/)).toHaveValue(`Kort tittel ${s}`);
	await expect(page.getByLabel('Skjul for søkemotorer')).toBeChecked();
	await expectAccessibleAtWidths(page, 'ny nyhet med feil i søk og deling');

	await page.getByLabel(/^Bilde ved deling/).fill('/filer/1/delingsbilde.png');
	await submit(page, 'Publiser nå');
	await expect(page.getByText('Publisert. Den er nå synlig på nettstedet.')).toBeVisible();
	await expect(page.getByLabel(/^Tittel for søkemotorer/)).toHaveValue(`Kort tittel ${s}`);
	await expect(page.getByLabel(/^Bilde ved deling/)).toHaveValue('/filer/1/delingsbilde.png');
	await expect(page.getByLabel('Skjul for søkemotorer')).toBeChecked();

	const visitorContext = await browser.newContext();
	const visitor = await visitorContext.newPage();
	await visitor.goto(`/nyheter/delingssak-${s}`);
	await expect(visitor).toHaveTitle(`Kort tittel ${s} – Fremtidens kulturskole`);
	const head = visitor.locator('head');
	await expect(head.locator('meta[name="description"]')).toHaveAttribute(
		'content',
		'Beskrivelsen for søkemotorer.'
	);
	await expect(head.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await expect(head.locator('meta[property="og:image"]')).toHaveAttribute(
		'content',
		/^http:\/\/localhost:\d+\/filer\/1\/delingsbilde\.png$/
	);
	await expect(head.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
		'href',
		/\/nyheter\.xml$/
	);
	const ld = JSON.parse(
		(await head.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}'
	);
	expect(ld).toMatchObject({
		'@type': 'NewsArticle',
		headline: `Kort tittel ${s}`,
		image: [expect.stringMatching(/\/filer\/1\/delingsbilde\.png$/)]
	});
	await expectAccessible(visitor, 'nyheten med søk og deling');

	const sitemap = await (await request.get('/sitemap.xml')).text();
	expect(sitemap).not.toContain(`/nyheter/delingssak-${s}`);

	// Taken down: 410 and a page that says so.
	await submit(page, 'Avpubliser');
	await expect(
		page.getByText('Avpublisert. Den er ikke lenger synlig på nettstedet.')
	).toBeVisible();
	const gone = await visitor.goto(`/nyheter/delingssak-${s}`);
	expect(gone?.status()).toBe(410);
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Siden er fjernet');
	await expectAccessible(visitor, '410');
	// Never published: still 404.
	expect((await request.get(`/nyheter/aldri-publisert-${s}`)).status()).toBe(404);
	expect(problems).toEqual([]);
	await visitorContext.close();
	await context.close();
});

test('RSS-lenkja på alle sider, uustatus-lenkja og nyheitssidene utan «…» før 1', async ({
	page
}) => {
	for (const path of ['/', '/arrangementer', '/en/nyheter']) {
		await page.goto(path);
		await expect(
			page.locator('head link[rel="alternate"][type="application/rss+xml"]')
		).toHaveCount(1);
	}

	await page.goto('/tilgjengelighet');
	await expect(
		page.getByRole('link', {
			name: 'Les den publiserte tilgjengelighetserklæringen på uustatus.no'
		})
	).toHaveAttribute('href', /^https:\/\/www\.uustatus\.no\//);
	await expectAccessible(page, '/tilgjengelighet');

	await page.goto('/nyheter');
	const pagination = page.getByRole('navigation', { name: 'Sidenummerering' });
	await expect(pagination).toBeVisible();
	// Nothing drawn before "1" on the first page (Designsystemet fills an empty <li> with "…").
	const before = await pagination
		.locator('li')
		.first()
		.evaluate((li) => getComputedStyle(li, '::before').content);
	expect(['none', 'normal', '']).toContain(before);
	await expect(pagination.locator('li').nth(1)).toHaveText('1');
});
