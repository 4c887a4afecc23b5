import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { faqEntries, newsArticles, pages } from './schema';
import { faqByTopic } from './faq.service';
import type { Actor } from '../accounts/actor';
import { createEditor, translationInput } from './test-editor';
import { withLanguage } from '../i18n';
import { ServiceError } from '../errors';
import { ConflictError } from '../errors';
import { pageByPath, publishedPageRows } from './pages.service';
import { pageContent } from './page-content';
import { localizedArticle, newsBySlug, newsPage } from './news.service';
import { localize } from './translations';
import {
	deleteTranslation,
	saveTranslation,
	translationForEditing,
	translationOverview
} from './translations.admin';
import { search } from '../search/search.service';

let editor: Actor;
let pageId: number;
let newsId: number;

const input = translationInput;

beforeAll(async () => {
	editor = await createEditor();
	const launch = new Date('2024-05-01T08:00:00Z');
	const [p] = await db
		.insert(pages)
		.values({
			slug: 'omsetjing',
			path: '/omsetjing',
			title: 'Oversettelse på bokmål',
			lead: 'Ingress på bokmål',
			body: 'Brødtekst om blåbærsyltetøy på bokmål.',
			status: 'published',
			publishedAt: launch,
			updatedAt: launch
		})
		.returning();
	pageId = p.id;
	const [n] = await db
		.insert(newsArticles)
		.values({
			slug: 'nyhet-med-omsetjing',
			title: 'Nyhet på bokmål',
			lead: 'Bokmålsingress',
			body: 'Bokmålstekst',
			status: 'published',
			publishedAt: launch,
			updatedAt: launch
		})
		.returning();
	newsId = n.id;
});

describe('loading content in a language', () => {
	it('without a translation: the bokmål text, flagged as a fallback in nynorsk and English only', async () => {
		const view = (await pageByPath('/omsetjing'))!;
		const nb = await withLanguage('nb', () => pageContent(view));
		expect(nb).toMatchObject({ fallback: false, textLang: undefined, languages: ['nb'] });
		const en = await withLanguage('en', () => pageContent(view));
		expect(en.page.title).toBe('Oversettelse på bokmål');
		expect(en).toMatchObject({ fallback: true, textLang: 'nb', languages: ['nb'] });
	});

	it('with a published translation: its text, no fallback, and the languages it exists in', async () => {
		await saveTranslation(
			editor,
			'side',
			pageId,
			'nn',
			input({
				title: 'Omsetjing på nynorsk',
				lead: 'Ingress på nynorsk',
				body: 'Brødtekst om kvardagen i kulturskulen.'
			})
		);
		const view = (await pageByPath('/omsetjing'))!;
		const nn = await withLanguage('nn', () => pageContent(view));
		expect(nn.page).toMatchObject({ title: 'Omsetjing på nynorsk', lead: 'Ingress på nynorsk' });
		expect(String(nn.page.bodyHtml)).toContain('kvardagen');
		expect(nn).toMatchObject({ fallback: false, textLang: undefined, languages: ['nb', 'nn'] });
		// English still falls back, but now knows the page also exists in nynorsk.
		const en = await withLanguage('en', () => pageContent(view));
		expect(en).toMatchObject({ fallback: true, languages: ['nb', 'nn'] });
		// The page tree (menus, breadcrumbs) takes the translated title in nynorsk.
		const rows = await publishedPageRows('nn');
		expect(rows.find((r) => r.id === pageId)?.title).toBe('Omsetjing på nynorsk');
		expect((await publishedPageRows('en')).find((r) => r.id === pageId)?.title).toBe(
			'Oversettelse på bokmål'
		);
	});

	it('a draft translation is not shown', async () => {
		await saveTranslation(editor, 'nyhet', newsId, 'en', input({ title: 'News', intent: 'lagre' }));
		const a = (await newsBySlug('nyhet-med-omsetjing'))!;
		const en = await withLanguage('en', () => localizedArticle(a));
		expect(en.article).toMatchObject({ title: 'Nyhet på bokmål', fallback: true, textLang: 'nb' });
		expect(en.languages).toEqual(['nb']);
		await saveTranslation(
			editor,
			'nyhet',
			newsId,
			'en',
			input({ title: 'News in English', lead: 'English lead', body: 'English text', version: 1 })
		);
		const published = await withLanguage('en', () => localizedArticle(a));
		expect(published.article).toMatchObject({ title: 'News in English', fallback: false });
		const list = await withLanguage('en', () => newsPage(1));
		expect(list.items.find((i) => i.slug === 'nyhet-med-omsetjing')).toMatchObject({
			title: 'News in English',
			lead: 'English lead'
		});
		expect(list.items.find((i) => i.slug === 'nyhet-med-omsetjing')?.textLang).toBeUndefined();
		const nnList = await withLanguage('nn', () => newsPage(1));
		expect(nnList.items.find((i) => i.slug === 'nyhet-med-omsetjing')).toMatchObject({
			title: 'Nyhet på bokmål',
			textLang: 'nb'
		});
	});
});

describe('lists in a language', () => {
	it('shows each FAQ entry in its translation where published, else in bokmål marked lang="nb"', async () => {
		const [a, b] = await db
			.insert(faqEntries)
			.values([
				{ question: 'Hva koster det?', answer: 'Det er gratis.', topic: 'Pris' },
				{ question: 'Hvem kan delta?', answer: 'Alle kommuner.', topic: 'Pris' }
			])
			.returning();
		await saveTranslation(
			editor,
			'sporsmal',
			a.id,
			'nn',
			input({ title: 'Kva kostar det?', body: 'Det er gratis.' })
		);
		const nn = await withLanguage('nn', () => faqByTopic());
		const entries = nn.find((t) => t.topic === 'Pris')!.entries;
		const translated = entries.find((e) => e.id === a.id)!;
		expect(translated.question).toBe('Kva kostar det?');
		expect(translated.textLang).toBeUndefined();
		expect(entries.find((e) => e.id === b.id)).toMatchObject({
			question: 'Hvem kan delta?',
			textLang: 'nb'
		});
		const nb = await withLanguage('nb', () => faqByTopic());
		const bokmal = nb.find((t) => t.topic === 'Pris')!.entries[0];
		expect(bokmal.question).toBe('Hva koster det?');
		expect(bokmal.textLang).toBeUndefined();
	});
});

describe('the editors’ side', () => {
	it('starts a translation prefilled from the bokmål text', async () => {
		const editing = await translationForEditing(editor, 'side', pageId, 'en');
		expect(editing.row).toBeNull();
		expect(editing.values).toMatchObject({
			title: 'Oversettelse på bokmål',
			lead: 'Ingress på bokmål',
			body: 'Brødtekst om blåbærsyltetøy på bokmål.',
			version: 0
		});
	});

	it('marks a translation older than the bokmål version once bokmål changes', async () => {
		let overview = await translationOverview(editor, 'side', pageId);
		expect(overview.versions).toEqual([
			expect.objectContaining({ lang: 'nn', status: 'published', stale: false }),
			expect.objectContaining({ lang: 'en', status: 'missing', stale: false })
		]);
		await db
			.update(pages)
			.set({ body: 'Ny bokmålstekst', updatedAt: new Date('2025-01-01T10:00:00Z') })
			.where(eq(pages.id, pageId));
		overview = await translationOverview(editor, 'side', pageId);
		expect(overview.versions[0]).toMatchObject({ lang: 'nn', stale: true });
		const editing = await translationForEditing(editor, 'side', pageId, 'nn');
		expect(editing.stale).toBe(true);
		// Saving it again (after looking it over) makes it current.
		await saveTranslation(
			editor,
			'side',
			pageId,
			'nn',
			input({ ...editing.values, intent: 'lagre' })
		);
		overview = await translationOverview(editor, 'side', pageId);
		expect(overview.versions[0]).toMatchObject({ stale: false, status: 'published' });
	});

	it('refuses to publish without a title or body, with the message beside the field', async () => {
		const refused = saveTranslation(editor, 'side', pageId, 'en', input({ title: '  ' }));
		await expect(refused).rejects.toBeInstanceOf(ServiceError);
		await expect(refused).rejects.toMatchObject({ field: 'title' });
		await expect(
			saveTranslation(editor, 'side', pageId, 'en', input({ body: '' }))
		).rejects.toMatchObject({ field: 'body' });
		// A draft may be incomplete.
		await saveTranslation(editor, 'side', pageId, 'en', input({ title: '', intent: 'lagre' }));
		const editing = await translationForEditing(editor, 'side', pageId, 'en');
		expect(editing.row?.status).toBe('draft');
		const view = (await pageByPath('/omsetjing'))!;
		expect(await withLanguage('en', () => localize('side', view.page))).toMatchObject({
			fallback: true
		});
	});

	it('refuses a save from an old version, and deletes', async () => {
		const editing = await translationForEditing(editor, 'side', pageId, 'en');
		await expect(
			saveTranslation(editor, 'side', pageId, 'en', input({ version: editing.values.version - 1 }))
		).rejects.toBeInstanceOf(ConflictError);
		await deleteTranslation(editor, 'side', pageId, 'en', editing.values.version);
		expect((await translationForEditing(editor, 'side', pageId, 'en')).row).toBeNull();
	});

	it('only editors translate', async () => {
		const visitor = { ...editor, globalRole: null } as unknown as Actor;
		await expect(translationOverview(visitor, 'side', pageId)).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(saveTranslation(visitor, 'side', pageId, 'nn', input())).rejects.toMatchObject({
			code: 'forbidden'
		});
	});
});

describe('search in each language', () => {
	beforeAll(async () => {
		const launch = new Date('2024-05-01T08:00:00Z');
		const [p] = await db
			.insert(pages)
			.values({
				slug: 'sok-side',
				path: '/sok-side',
				title: 'Orkester i kommunene',
				body: 'Kulturskolen spiller orkester med mange barn.',
				status: 'published',
				publishedAt: launch
			})
			.returning();
		await saveTranslation(
			editor,
			'side',
			p.id,
			'en',
			input({ title: 'Orchestras in the municipalities', body: 'Children playing in orchestras.' })
		);
		await saveTranslation(
			editor,
			'side',
			p.id,
			'nn',
			input({ title: 'Orkester i kommunane', body: 'Kulturskulen speler i orkester med born.' })
		);
	});

	it('finds English with the english configuration (stemming) and puts it first in English', async () => {
		const hits = await search('orchestra playing', 50, 'en');
		expect(hits[0]).toMatchObject({
			lang: 'en',
			title: 'Orchestras in the municipalities',
			href: '/en/sok-side'
		});
	});

	it('puts the visitor’s language first and the other languages below, without repeating an item', async () => {
		const nn = await search('orkester', 50, 'nn');
		expect(nn[0]).toMatchObject({ lang: 'nn', href: '/nn/sok-side' });
		// The bokmål version of the same page is not repeated below the nynorsk one.
		expect(nn.filter((h) => h.href.endsWith('/sok-side'))).toHaveLength(1);
		const nb = await search('orkester', 50, 'nb');
		expect(nb[0]).toMatchObject({ lang: 'nb', href: '/sok-side' });
		// An English search for a Norwegian word finds the Norwegian versions, below.
		const en = await search('kommunane', 50, 'en');
		expect(en.length).toBeGreaterThan(0);
		expect(en.every((h) => h.lang !== 'en')).toBe(true);
		expect(en.map((h) => h.href)).toEqual(expect.arrayContaining(['/nn/sok-side', '/sok-side']));
	});
});
