import { expect, test } from '@playwright/test';
import { expectGoodPage } from './support/pages';
import { parseIcs } from './support/events';

test.describe('arrangementene på nettstedet', () => {
	test('kommende først, arkivet etterpå, filter på type og fylke uten JavaScript', async ({
		browser
	}) => {
		const ctx = await browser.newContext({ javaScriptEnabled: false });
		const page = await ctx.newPage();
		await page.goto('/');
		await page.getByRole('link', { name: 'Arrangementer', exact: true }).first().click();
		await expect(page).toHaveURL(/\/arrangementer$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Arrangementer' })).toBeVisible();

		const upcoming = page.getByRole('region', { name: 'Kommende arrangementer' });
		const archive = page.getByRole('region', { name: 'Tidligere arrangementer' });
		await expect(
			upcoming.getByRole('link', { name: /Samskaping med barnehage og skole/ })
		).toBeVisible();
		await expect(upcoming.getByText('1 av 6 plasser ledig')).toBeVisible();
		// The programme's own events with their real dates, in the archive
		for (const [title, date] of [
			[
				'Webinar: Kulturskolen og det kommunale plansystemet',
				'fredag 28. mai 2021 kl. 12.00–13.30'
			],
			['Temasamling på nett: Samskaping i praksis', 'onsdag 6. april 2022 kl. 12.00–14.00'],
			['Innovasjon i kulturskolen', 'onsdag 3. mars 2021 kl. 12.00–13.30'],
			['Milepælsarrangement', 'torsdag 26. januar 2023'],
			['Nasjonalt dialogseminar: Kunst og kultur', 'mandag 29. april 2024']
		]) {
			const item = archive.getByRole('listitem').filter({ hasText: title });
			await expect(item).toContainText(date);
		}
		await expect(archive.getByRole('heading', { name: '2020' })).toBeVisible();

		// Filter by type and county with the Vis button (no JavaScript)
		await page.getByLabel('Type').selectOption('samling');
		await page.getByLabel('Fylke').selectOption({ label: 'Trøndelag' });
		await page.getByRole('button', { name: 'Vis' }).click();
		await expect(page).toHaveURL(/type=samling/);
		await expect(page).toHaveURL(/fylke=50/);
		await expect(upcoming.getByRole('link', { name: /Oppstartssamling.*Trøndelag/ })).toBeVisible();
		await expect(upcoming.getByRole('link', { name: /Samskaping med barnehage/ })).toHaveCount(0);
		await expect(archive.getByRole('listitem')).toHaveCount(0);
		// (axe needs JavaScript in the page: the same pages are checked below with it on)

		await page.goto('/arrangementer?type=webinar&fylke=nasjonal');
		await expect(archive.getByRole('link', { name: /kommunale plansystemet/ })).toBeVisible();
		await expect(upcoming.getByRole('link', { name: /Oppstartssamling/ })).toHaveCount(0);
		// Nonsense in the query is ignored, not an error
		expect((await page.goto('/arrangementer?type=tull&fylke=99'))?.status()).toBe(200);
		await expect(upcoming.getByRole('link', { name: /Oppstartssamling/ })).toBeVisible();
		await ctx.close();
	});

	test('listen og den filtrerte listen er tilgjengelige, og filteret virker straks med JavaScript', async ({
		page
	}) => {
		await page.goto('/arrangementer');
		await expectGoodPage(page, '/arrangementer');
		await page.getByLabel('Type').selectOption('verksted');
		await expect(page).toHaveURL(/\/arrangementer\?type=verksted$/);
		await expect(
			page.getByRole('link', { name: /Samskaping med barnehage og skole/ })
		).toBeVisible();
		await expect(page.getByRole('link', { name: /Oppstartssamling/ })).toHaveCount(0);
		await expectGoodPage(page, 'filtrert liste');
	});

	test('arrangementssiden: fakta, kalender, deling og schema.org-data som CSP-en godtar', async ({
		page
	}) => {
		const problems: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error') problems.push(m.text());
		});
		await page.goto('/arrangementer/verksted-samskaping-med-barnehage-og-skole');
		await expect(
			page.getByRole('heading', { level: 1, name: 'Verksted: Samskaping med barnehage og skole' })
		).toBeVisible();
		const facts = page.locator('dl.fk-facts');
		await expect(facts).toContainText('Bergen offentlige bibliotek, Strømgaten 6, 5015 Bergen');
		await expect(facts).toContainText('Påmeldingsfrist');
		await expect(facts).toContainText('1 av 6 plasser ledig');
		await expect(page.getByRole('link', { name: 'Legg i kalenderen (.ics)' })).toHaveAttribute(
			'href',
			'/arrangementer/verksted-samskaping-med-barnehage-og-skole.ics'
		);
		await expect(page.getByRole('link', { name: 'Del på LinkedIn' })).toBeVisible();
		await expectGoodPage(page, 'arrangementssiden');

		const jsonLd = JSON.parse(
			(await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}'
		);
		expect(jsonLd['@type']).toBe('Event');
		expect(jsonLd.name).toBe('Verksted: Samskaping med barnehage og skole');
		expect(jsonLd.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T09:30:00\+0[12]:00$/);
		expect(jsonLd.location.address).toBe('Strømgaten 6, 5015 Bergen');
		expect(jsonLd.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
		expect(jsonLd.remainingAttendeeCapacity).toBe(1);
		expect(problems.filter((p) => /Content Security Policy/i.test(p))).toEqual([]);

		// A past event: the recording instead of registration
		await page.goto('/arrangementer/nasjonalt-dialogseminar-2024');
		await expect(page.getByRole('link', { name: 'Se opptaket' })).toHaveAttribute(
			'href',
			'/ressurser/opptak-nasjonalt-dialogseminar-2024'
		);
		await expect(page.getByRole('link', { name: 'Meld deg på' })).toHaveCount(0);
		await expectGoodPage(page, 'tidligere arrangement');
		expect((await page.goto('/arrangementer/finnes-ikke'))?.status()).toBe(404);
		// Drafts are not public
		expect((await page.goto('/arrangementer/verksted-livslopsperspektivet'))?.status()).toBe(404);
	});

	test('kalenderfeeden og enkeltfilene har stabile UID-er og Oslo-tid', async ({ request }) => {
		const feed = await request.get('/arrangementer.ics');
		expect(feed.headers()['content-type']).toContain('text/calendar');
		const events = parseIcs(await feed.text());
		expect(events.length).toBeGreaterThanOrEqual(15);
		expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
		for (const e of events) {
			expect(e.uid).toMatch(/^arrangement-\d+@localhost$/);
			expect(e.startZone).toBe('Europe/Oslo');
			expect(e.description).not.toContain('zoom.us');
		}
		const webinar = events.find((e) => e.summary.includes('kommunale plansystemet'))!;
		expect(webinar.startLocal).toBe('2021-05-28T12:00:00');
		expect(webinar.start.toISOString()).toBe('2021-05-28T10:00:00.000Z');
		const winter = events.find((e) => e.summary.startsWith('Milepælsarrangement'))!;
		expect(winter.start.toISOString()).toBe('2023-01-26T09:00:00.000Z');

		const again = parseIcs(await (await request.get('/arrangementer.ics')).text());
		expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));

		const single = await request.get(
			'/arrangementer/webinar-kulturskolen-og-det-kommunale-plansystemet.ics'
		);
		const [one] = parseIcs(await single.text());
		expect(one.uid).toBe(webinar.uid);
		expect(one.sequence).toBe(webinar.sequence);
	});

	test('arrangementene står i nettstedskartet og snarveiene', async ({ page, request }) => {
		const sitemap = await (await request.get('/sitemap.xml')).text();
		expect(sitemap).toContain('/arrangementer</loc>');
		expect(sitemap).toContain('/arrangementer/nasjonalt-dialogseminar-2024</loc>');
		expect(sitemap).not.toContain('verksted-livslopsperspektivet');
		await page.goto('/nyheter');
		await expect(
			page.getByRole('link', { name: 'Arrangementer', exact: true }).first()
		).toHaveAttribute('href', '/arrangementer');
	});
});
