import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor';
import { deleteNews, getNews, newsToForm, restoreNews, saveNews } from './news.admin';
import { deletePage, savePage } from './pages.admin';
import { saveResource } from './resources.admin';
import { allSitemapEntries, sitemap } from '../sitemap';
import { wasPublished } from './gone';
import { seoMeta } from './seo';
import { createEditor, newsInput, pageInput, resourceInput } from './test-editor';
import type { NewsInput, PageInput, ResourceInput } from '$lib/forms/content';

let editor: Actor;

const news = (over: Partial<NewsInput> = {}) =>
	newsInput({
		lead: 'Ingress.',
		body: 'Tekst.',
		intent: 'publiser',
		...over
	});
const page = (over: Partial<PageInput> = {}) =>
	pageInput({
		intent: 'publiser',
		...over
	});
const resource = (over: Partial<ResourceInput> = {}) =>
	resourceInput({
		intent: 'publiser',
		...over
	});

const paths = async () => new Set((await allSitemapEntries()).map((e) => e.path));

beforeAll(async () => {
	editor = await createEditor();
});

describe('search and sharing fields', () => {
	it('are saved, read back into the form, and restored with an earlier version', async () => {
		const id = await saveNews(
			editor,
			null,
			news({
				title: 'Delt sak',
				seoTitle: 'Kort tittel',
				seoDescription: 'For søkemotorer.',
				socialImage: '/filer/1/bilde.png',
				noindex: true
			})
		);
		const row = await getNews(editor, id);
		expect(newsToForm(row)).toMatchObject({
			seoTitle: 'Kort tittel',
			seoDescription: 'For søkemotorer.',
			socialImage: '/filer/1/bilde.png',
			noindex: true
		});
		// Emptied, then version 1 brought back.
		await saveNews(editor, id, news({ title: 'Delt sak', version: 1 }));
		expect((await getNews(editor, id))?.seoTitle).toBeNull();
		await restoreNews(editor, id, 1);
		const restored = await getNews(editor, id);
		expect(restored).toMatchObject({ seoTitle: 'Kort tittel', noindex: true });
	});

	it('give the bokmål page its own title and description, and every language the image and noindex', () => {
		const row = {
			seoTitle: 'T',
			seoDescription: 'D',
			socialImage: '/filer/2/x.png',
			noindex: true
		};
		expect(seoMeta(row, 'nb')).toEqual({
			title: 'T',
			description: 'D',
			image: '/filer/2/x.png',
			noindex: true
		});
		expect(seoMeta(row, 'nn')).toEqual({
			title: null,
			description: null,
			image: '/filer/2/x.png',
			noindex: true
		});
	});
});

describe('hidden from search engines', () => {
	it('leaves news, resources and pages out of the sitemap, and keeps the others in', async () => {
		await saveNews(editor, null, news({ slug: 'synlig-nyhet' }));
		await saveNews(editor, null, news({ slug: 'skjult-nyhet', noindex: true }));
		await saveResource(editor, null, resource({ slug: 'synlig-rapport' }));
		await saveResource(editor, null, resource({ slug: 'skjult-rapport', noindex: true }));
		const parent = await savePage(editor, null, page({ slug: 'skjult-side', noindex: true }));
		await savePage(editor, null, page({ slug: 'under', parentId: String(parent) }));
		await savePage(editor, null, page({ slug: 'synlig-side' }));

		const listed = await paths();
		expect(listed).toContain('/nyheter/synlig-nyhet');
		expect(listed).toContain('/ressurser/synlig-rapport');
		expect(listed).toContain('/synlig-side');
		expect(listed).not.toContain('/nyheter/skjult-nyhet');
		expect(listed).not.toContain('/ressurser/skjult-rapport');
		expect(listed).not.toContain('/skjult-side');
		// A hidden page's sub-pages are still listed: the setting is the page's own.
		expect(listed).toContain('/skjult-side/under');

		// The one-file sitemap (what /sitemap.xml answers on a small site) agrees.
		const map = await sitemap();
		expect(map.kind).toBe('urls');
		if (map.kind === 'urls') {
			const direct = new Set(map.entries.map((e) => e.path));
			expect(direct).not.toContain('/nyheter/skjult-nyhet');
			expect(direct).toContain('/nyheter/synlig-nyhet');
		}
	});
});

describe('gone (410) or never here (404)', () => {
	it('knows an unpublished or deleted news item was published once', async () => {
		const id = await saveNews(editor, null, news({ slug: 'borte-snart' }));
		// Published now: the route finds it, and never asks.
		await saveNews(editor, id, news({ slug: 'borte-snart', version: 1, intent: 'avpubliser' }));
		expect(await wasPublished('nyhet', 'borte-snart')).toBe(true);

		const deleted = await saveNews(editor, null, news({ slug: 'slettet-sak' }));
		await deleteNews(editor, deleted, 1);
		expect(await wasPublished('nyhet', 'slettet-sak')).toBe(true);
	});

	it('answers "never here" for drafts never published, deleted drafts and unknown slugs', async () => {
		await saveNews(editor, null, news({ slug: 'bare-utkast', intent: 'lagre' }));
		expect(await wasPublished('nyhet', 'bare-utkast')).toBe(false);

		const draft = await saveNews(editor, null, news({ slug: 'slettet-utkast', intent: 'lagre' }));
		await deleteNews(editor, draft, 1);
		expect(await wasPublished('nyhet', 'slettet-utkast')).toBe(false);

		expect(await wasPublished('nyhet', 'aldri-her')).toBe(false);
		expect(await wasPublished('ressurs', 'aldri-her')).toBe(false);
	});

	it('knows a deleted page by its path', async () => {
		const id = await savePage(editor, null, page({ slug: 'nedlagt' }));
		await deletePage(editor, id, 1);
		expect(await wasPublished('side', '/nedlagt')).toBe(true);
		expect(await wasPublished('side', '/aldri')).toBe(false);
	});
});
