/**
 * The public site in nynorsk and English: the language switcher keeps the page (with and
 * without JavaScript), hreflang alternates point at each other, an unknown language prefix is
 * a bokmål 404 that offers the three front pages, and no page under /en/ shows a bokmål
 * interface string. (Every page in all three languages gets axe and <html lang> in
 * every-public-page.spec.ts, which walks the sitemap.)
 */
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { expectAccessible } from './support/a11y';
import { nb } from '../../src/lib/i18n/nb';
import { en } from '../../src/lib/i18n/en';

const xml = new XMLParser({ ignoreAttributes: false });

const LANGS = [
	{ lang: 'nb', prefix: '', name: 'Bokmål' },
	{ lang: 'nn', prefix: '/nn', name: 'Nynorsk' },
	{ lang: 'en', prefix: '/en', name: 'English' }
] as const;

/** The page's hreflang alternates: { nb: '/nyheter', nn: '/nn/nyheter', … } (paths). */
async function alternates(page: Page): Promise<Record<string, string>> {
	const links = await page
		.locator('head link[rel="alternate"][hreflang]')
		.evaluateAll((els) =>
			els.map((e) => [e.getAttribute('hreflang') ?? '', e.getAttribute('href') ?? ''])
		);
	return Object.fromEntries(links.map(([lang, href]) => [lang, new URL(href).pathname]));
}

test.describe('språkveksleren', () => {
	for (const javaScriptEnabled of [true, false]) {
		test(`holder deg på samme side${javaScriptEnabled ? '' : ' uten JavaScript'}`, async ({
			browser
		}) => {
			const context = await browser.newContext({ javaScriptEnabled });
			const page = await context.newPage();
			await page.goto('/nyheter');
			await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
			for (const step of [LANGS[1], LANGS[2], LANGS[0]]) {
				await page.locator(`header a[hreflang="${step.lang}"]`).click();
				await expect(page).toHaveURL(new RegExp(`${step.prefix}/nyheter$`));
				await expect(page.locator('html')).toHaveAttribute('lang', step.lang);
				// The page the switcher names as current is this language.
				await expect(page.locator(`header a[aria-current="true"][lang="${step.lang}"]`)).toHaveText(
					step.name
				);
				// And the site's own links stay in it.
				const menuHref = await page.locator('a.fk-brand').getAttribute('href');
				expect(menuHref).toBe(step.prefix || '/');
				const newsLink = page.locator('nav.fk-nav a[href$="/nyheter"]').first();
				await expect(newsLink).toHaveAttribute('href', `${step.prefix}/nyheter`);
			}
			await context.close();
		});
	}

	test('en nyhet i nynorsk lenker videre i nynorsk', async ({ page }) => {
		await page.goto('/nn/nyheter');
		const first = page.locator('.fk-news-list__item a').first();
		await expect(first).toHaveAttribute('href', /^\/nn\/nyheter\/[a-z0-9-]+$/);
		await first.click();
		await expect(page).toHaveURL(/\/nn\/nyheter\/[a-z0-9-]+$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
		await expect(page.locator('.fk-breadcrumbs a').first()).toHaveAttribute('href', '/nn');
	});

	test('a news item in English: the list, the item, and back to the list in English', async ({
		page
	}) => {
		await page.goto('/en/nyheter');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectAccessible(page, 'news (en)');
		const first = page.locator('.fk-news-list__item a').first();
		await expect(first).toHaveAttribute('href', /^\/en\/nyheter\/[a-z0-9-]+$/);
		const title = (await first.textContent())?.trim() ?? '';
		await first.click();
		await expect(page).toHaveURL(/\/en\/nyheter\/[a-z0-9-]+$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		// An item without an English version shows the bokmål text marked lang="nb" under a notice
		// in English; one with it is English throughout.
		const h1Lang = await page
			.getByRole('heading', { level: 1 })
			.evaluate((el) => el.closest('[lang]')?.getAttribute('lang') ?? '');
		expect(['en', 'nb']).toContain(h1Lang);
		await expectAccessible(page, 'news item (en)');
		const crumbs = page.locator('.fk-breadcrumbs a');
		await expect(crumbs.first()).toHaveAttribute('href', '/en');
		await page.locator('.fk-breadcrumbs a[href="/en/nyheter"]').click();
		await expect(page).toHaveURL(/\/en\/nyheter$/);
	});
});

test.describe('hreflang', () => {
	test('hver språkversjon av /nyheter lister de to andre, og de peker tilbake', async ({
		page
	}) => {
		const expected = { nb: '/nyheter', nn: '/nn/nyheter', en: '/en/nyheter' };
		for (const { prefix } of LANGS) {
			await page.goto(`${prefix}/nyheter`);
			const alt = await alternates(page);
			expect(alt, `${prefix}/nyheter`).toMatchObject({ ...expected, 'x-default': '/nyheter' });
			// Each alternate lists the same set, so the pairs point at each other.
			for (const href of Object.values(expected)) {
				await page.goto(href);
				expect(await alternates(page), href).toMatchObject(expected);
			}
		}
	});

	test('nettstedskartet har hver side på språkene den finnes på, med alternativer', async ({
		request
	}) => {
		const doc = xml.parse(await (await request.get('/sitemap.xml')).text());
		type Link = { '@_hreflang': string; '@_href': string };
		const urls: { loc: string; 'xhtml:link'?: Link | Link[] }[] = doc.urlset.url;
		const locs = new Set(urls.map((u) => new URL(u.loc).pathname));
		// Pages that are not content items exist in all three languages.
		for (const path of ['/', '/nn', '/en', '/nyheter', '/nn/nyheter', '/en/nyheter'])
			expect(locs, path).toContain(path);
		const linksOf = (u: (typeof urls)[number]) =>
			Object.fromEntries(
				[u['xhtml:link'] ?? []].flat().map((x) => [x['@_hreflang'], new URL(x['@_href']).pathname])
			);
		const nyheter = urls.find((u) => new URL(u.loc).pathname === '/nyheter')!;
		expect(Object.keys(linksOf(nyheter)).sort()).toEqual(['en', 'nb', 'nn', 'x-default']);
		for (const u of urls) {
			const links = linksOf(u);
			if (Object.keys(links).length === 0) continue; // one language only: nothing to pair
			// Each alternate is the bokmål address or its /nn, /en version, and is itself listed.
			expect(Object.keys(links), u.loc).toContain('nb');
			expect(links['x-default'], u.loc).toBe(links.nb);
			expect(Object.values(links), u.loc).toContain(new URL(u.loc).pathname);
			for (const [lang, path] of Object.entries(links))
				if (lang !== 'x-default') expect(locs, `${u.loc} → ${lang}`).toContain(path);
		}
	});
});

test.describe('ukjent språk', () => {
	test('/de/nyheter er en 404 på bokmål med lenker til de tre forsidene', async ({ page }) => {
		const res = await page.goto('/de/nyheter');
		expect(res?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(nb.errors.notFoundTitle);
		for (const { lang, prefix, name } of LANGS) {
			const link = page.locator(`main a[hreflang="${lang}"]`);
			await expect(link).toHaveText(name);
			await expect(link).toHaveAttribute('href', prefix || '/');
			await expect(link).toHaveAttribute('lang', lang);
		}
		await page.locator('main a[hreflang="en"]').click();
		await expect(page).toHaveURL(/\/en$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});
});

/** Every string leaf of a catalogue section, by dotted key. */
function leaves(node: unknown, prefix = ''): [string, string][] {
	if (typeof node === 'string') return [[prefix, node]];
	if (!node || typeof node !== 'object') return [];
	return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** The core sections the site frame and public pages use, and the public area's own text. */
const SECTIONS = [
	'nav',
	'footer',
	'search',
	'news',
	'pagination',
	'resources',
	'share',
	'video',
	'pub'
];

function sectionLeaves(catalogue: object) {
	return new Map(SECTIONS.flatMap((s) => leaves((catalogue as Record<string, unknown>)[s], s)));
}

/**
 * Bokmål interface strings an English page must not show. Words that are the same in both
 * (proper names, «Status», «Pilot»…) are left out, and so are texts with {placeholders}: their
 * fixed parts are checked through the pieces around the placeholder instead.
 */
function bokmalStrings(): Map<string, string> {
	const nbLeaves = sectionLeaves(nb);
	const enLeaves = sectionLeaves(en);
	const out = new Map<string, string>();
	for (const [key, text] of nbLeaves) {
		if (text === enLeaves.get(key)) continue;
		const pieces = text.split(/\{\w+\}/);
		for (const piece of pieces) {
			const p = piece.replace(/\s+/g, ' ').trim().replace(/[:.]$/, '');
			// A fixed part beside a placeholder must be long enough not to be an ordinary phrase.
			if (p.length >= (pieces.length > 1 ? 12 : 4)) out.set(p, key);
		}
	}
	return out;
}

/**
 * The interface text of the page: each text node (and aria-label, title, placeholder, alt)
 * outside content: elements marked lang="nb" (content shown in bokmål until translated) and
 * the rendered body text of content (.fk-prose). Long interface sentences are also found
 * inside longer texts; short ones only as a whole text.
 */
async function interfaceTexts(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		// Content too, until untranslated content is marked lang="nb": FAQ topics, the page
		// tree's titles in the menu and section navigation, and a content page's own title.
		// The header's section list ends with the five shortcuts (interface text); the rest of
		// it, and of the menu panel, is the page tree.
		const sections = [...document.querySelectorAll('.fk-nav__sections > li')];
		for (const el of [
			...sections.slice(0, Math.max(0, sections.length - 5)),
			...document.querySelectorAll('.fk-menu__grid > li:not(:last-child), .fk-section-nav')
		])
			el.setAttribute('data-fk-tree', '');
		const contentPage = document.querySelector('.fk-updated') !== null;
		const skip =
			'[lang="nb"], [data-fk-tree], .fk-prose, .fk-topics, .fk-faq-topic h2, script, style, template' +
			(contentPage ? ', main h1, .fk-breadcrumbs li:last-child' : '');
		const out: string[] = [];
		const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const parent = n.parentElement;
			if (!parent || parent.closest(skip)) continue;
			const text = norm(n.textContent ?? '');
			if (text) out.push(text);
		}
		for (const el of document.body.querySelectorAll(
			'[aria-label], [title], [placeholder], [alt]'
		)) {
			if (el.closest(skip)) continue;
			for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
				const v = el.getAttribute(attr);
				if (v) out.push(norm(v));
			}
		}
		if (!contentPage) out.push(norm(document.title));
		return out;
	});
}

test.describe('engelsk', () => {
	const PARTS = 2;
	for (let part = 0; part < PARTS; part++) {
		test(`ingen bokmålstekst i grensesnittet under /en/, del ${part + 1} av ${PARTS}`, async ({
			page,
			request
		}) => {
			test.setTimeout(180_000);
			const forbidden = bokmalStrings();
			expect(forbidden.size).toBeGreaterThan(100);
			const doc = xml.parse(await (await request.get('/sitemap.xml')).text());
			const paths = (doc.urlset.url as { loc: string }[])
				.map((u) => new URL(u.loc).pathname)
				.filter((p) => p === '/en' || p.startsWith('/en/'));
			const mine = paths.filter((_, i) => i % PARTS === part);
			expect(mine.length).toBeGreaterThan(5);
			const found: string[] = [];
			for (const path of [...mine, ...(part === 0 ? ['/en/logg-inn', '/en/glemt-passord'] : [])]) {
				await page.goto(path);
				for (const text of await interfaceTexts(page))
					for (const [s, key] of forbidden)
						if (text === s || (s.length >= 30 && text.includes(s)))
							found.push(`${path}: ${key} «${s}» i «${text.slice(0, 80)}»`);
			}
			expect(found, found.join('\n')).toEqual([]);
		});
	}

	test('kjernekatalogens engelske navigasjon, bunntekst og søk er oversatt', () => {
		const enLeaves = new Map(
			['nav', 'footer', 'search'].flatMap((s) => leaves((en as Record<string, unknown>)[s], s))
		);
		const same = ['nav', 'footer', 'search']
			.flatMap((s) => leaves((nb as Record<string, unknown>)[s], s))
			.filter(([key, text]) => enLeaves.get(key) === text)
			.map(([key, text]) => `${key}: ${text}`);
		expect(same, same.join('\n')).toEqual([]);
	});
});
