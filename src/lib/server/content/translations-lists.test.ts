/**
 * Language versions beyond the single page: calls, lists, the feed and JSON-LD, deleting an
 * item with its translations, when a translation is older than the bokmål version, and the
 * search page's status line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { now } from '../clock';
import { withLanguage } from '../i18n';
import type { Actor } from '../accounts/actor';
import { createEditor, translationInput } from './test-editor';
import { contentTranslations, faqEntries, newsArticles, pages, resources } from './schema';
import type { TranslationKind } from './schema';
import { events } from '../events/schema';
import { programmes } from '../programmes/schema';
import { programmeCalls } from '../programmes/calls-schema';
import { stories } from '../fremtidsbilde/schema';
import { ensureWorkspace } from '../fremtidsbilde/workspace.service';
import { makeCall, vestlandId } from '../programmes/test-support';
import { makeEvent } from '../events/test-support';
import { saveTranslation, translationForEditing, translationOverview } from './translations.admin';
import { joinTranslation } from './translations';
import { feedNews } from './news.service';
import { listResources } from './resources.service';
import { newsFeed } from './feeds';
import { eventJsonLd, eventView, publicEvents } from '../events/events.service';
import { publicProgrammes } from '../programmes/programmes.public';
import { currentCall, localizeCall } from '../programmes/calls.service';
import { storyList } from '../fremtidsbilde/stories.service';
import { searchStatus } from '../search/search.service';
import { allSitemapEntries } from '../sitemap';

let editor: Actor;
const launch = new Date('2024-05-01T08:00:00Z');

const input = translationInput;

const translationsOf = (kind: TranslationKind, itemId: number) =>
	db
		.select()
		.from(contentTranslations)
		.where(and(eq(contentTranslations.kind, kind), eq(contentTranslations.itemId, itemId)));

/** A chapter leader of `chapterId`, as the services see them. */
const chapterLeader = (chapterId: number): Actor => ({
	...editor,
	globalRole: null,
	chapterIds: [chapterId]
});

beforeAll(async () => {
	editor = await createEditor();
});

describe('calls (utlysinger)', () => {
	it('an editor translates a call to nynorsk; the call shows it there, bokmål marked elsewhere', async () => {
		const { call, programme } = await makeCall({ lead: 'Søk om plass', description: 'Om **oss**' });
		const editing = await translationForEditing(editor, 'utlysing', call.id, 'nn');
		expect(editing.values).toMatchObject({ title: 'Søk nå', lead: 'Søk om plass', version: 0 });
		expect(editing.source).toMatchObject({
			href: `/program/${programme.slug}/sok`,
			editHref: `/admin/program/${programme.slug}/utlysning`
		});
		await saveTranslation(
			editor,
			'utlysing',
			call.id,
			'nn',
			input({ title: 'Søk no', lead: 'Søk om plass i programmet', body: 'Om **oss** på nynorsk' })
		);
		const nn = await withLanguage('nn', () => localizeCall(call));
		expect(nn).toMatchObject({
			text: { title: 'Søk no', lead: 'Søk om plass i programmet' },
			fallback: false,
			languages: ['nb', 'nn']
		});
		const en = await withLanguage('en', () => localizeCall(call));
		expect(en).toMatchObject({ text: { title: 'Søk nå' }, fallback: true, textLang: 'nb' });
		// The banner on the programme page.
		expect(await withLanguage('nn', () => currentCall(programme.id))).toMatchObject({
			title: 'Søk no'
		});
		expect((await withLanguage('nn', () => currentCall(programme.id)))?.textLang).toBeUndefined();
		expect(await withLanguage('en', () => currentCall(programme.id))).toMatchObject({
			title: 'Søk nå',
			textLang: 'nb'
		});
	});

	it('refuses to publish a call translation without a title, beside the field', async () => {
		const { call } = await makeCall();
		await expect(
			saveTranslation(editor, 'utlysing', call.id, 'en', input({ title: ' ' }))
		).rejects.toMatchObject({ field: 'title' });
	});

	it('the chapter that runs the programme translates its call and programme; another chapter may not', async () => {
		const { call, programme } = await makeCall();
		const vestland = await vestlandId();
		const own = chapterLeader(vestland);
		await saveTranslation(own, 'utlysing', call.id, 'en', input({ title: 'Apply now' }));
		expect((await translationOverview(own, 'program', programme.id)).versions).toHaveLength(2);
		const other = chapterLeader(vestland + 1000);
		await expect(translationOverview(other, 'utlysing', call.id)).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(
			saveTranslation(other, 'program', programme.id, 'en', input())
		).rejects.toMatchObject({ code: 'forbidden' });
	});
});

describe('lists in the visitor’s language', () => {
	it('resources: the translation where published, bokmål marked lang="nb" otherwise', async () => {
		const [a, b] = await db
			.insert(resources)
			.values([
				{
					slug: 'rapport-a',
					kind: 'rapport',
					title: 'Rapport om kulturskolen',
					description: 'Bokmål',
					status: 'published',
					publishedAt: launch
				},
				{
					slug: 'rapport-b',
					kind: 'rapport',
					title: 'Rapport uten oversettelse',
					status: 'published',
					publishedAt: launch
				}
			])
			.returning();
		await saveTranslation(
			editor,
			'ressurs',
			a.id,
			'nn',
			input({ title: 'Rapport om kulturskulen', body: 'Nynorsk' })
		);
		const nn = await withLanguage('nn', () => listResources());
		expect(nn.find((r) => r.id === a.id)).toMatchObject({
			title: 'Rapport om kulturskulen',
			description: 'Nynorsk'
		});
		expect(nn.find((r) => r.id === a.id)?.textLang).toBeUndefined();
		expect(nn.find((r) => r.id === b.id)).toMatchObject({
			title: 'Rapport uten oversettelse',
			textLang: 'nb'
		});
		const nb = await withLanguage('nb', () => listResources());
		expect(nb.find((r) => r.id === a.id)).toMatchObject({ title: 'Rapport om kulturskolen' });
		expect(nb.every((r) => r.textLang === undefined)).toBe(true);
	});

	it('events: cards and the event page’s JSON-LD in the visitor’s language', async () => {
		const translated = await makeEvent({ title: 'Fagdag om kor', lead: 'Bokmålsingress' });
		const plain = await makeEvent({ title: 'Bare på bokmål' });
		await saveTranslation(
			editor,
			'arrangement',
			translated.id,
			'en',
			input({ title: 'Choir day', lead: 'English lead', body: 'Text' })
		);
		const en = await withLanguage('en', () => publicEvents());
		expect(en.upcoming.find((e) => e.id === translated.id)).toMatchObject({
			title: 'Choir day',
			lead: 'English lead'
		});
		expect(en.upcoming.find((e) => e.id === translated.id)?.textLang).toBeUndefined();
		expect(en.upcoming.find((e) => e.id === plain.id)).toMatchObject({
			title: 'Bare på bokmål',
			textLang: 'nb'
		});
		const nb = await withLanguage('nb', () => publicEvents());
		expect(nb.upcoming.find((e) => e.id === translated.id)?.title).toBe('Fagdag om kor');

		const ld = await withLanguage('en', async () =>
			eventJsonLd((await eventView(translated.slug))!, 'https://example.no')
		);
		expect(ld).toMatchObject({
			name: 'Choir day',
			url: `https://example.no/en/arrangementer/${translated.slug}`,
			inLanguage: 'en-GB'
		});
		const fallback = await withLanguage('nn', async () =>
			eventJsonLd((await eventView(plain.slug))!, 'https://example.no')
		);
		expect(fallback).toMatchObject({ name: 'Bare på bokmål', inLanguage: 'nb-NO' });
		expect(fallback.url).toBe(`https://example.no/nn/arrangementer/${plain.slug}`);
	});

	it('programmes and experience stories', async () => {
		const { programme } = await makeCall();
		await db
			.update(programmes)
			.set({ lead: 'Bokmålsingress' })
			.where(eq(programmes.id, programme.id));
		await saveTranslation(
			editor,
			'program',
			programme.id,
			'nn',
			input({ title: 'Testprogram på nynorsk', lead: 'Nynorsk ingress', body: 'Tekst' })
		);
		const nn = await withLanguage('nn', () => publicProgrammes());
		expect(nn.find((p) => p.slug === programme.slug)).toMatchObject({
			name: 'Testprogram på nynorsk',
			lead: 'Nynorsk ingress'
		});
		expect(nn.find((p) => p.slug === programme.slug)?.textLang).toBeUndefined();
		const en = await withLanguage('en', () => publicProgrammes());
		expect(en.find((p) => p.slug === programme.slug)).toMatchObject({
			name: programme.name,
			textLang: 'nb'
		});

		await ensureWorkspace(db, '1804');
		const [story, other] = await db
			.insert(stories)
			.values([
				{
					municipalityNumber: '1804',
					slug: 'korps-i-bodo',
					title: 'Korps i Bodø',
					body: 'Bokmålstekst',
					status: 'publisert',
					publishedAt: launch
				},
				{
					municipalityNumber: '1804',
					slug: 'dans-i-bodo',
					title: 'Dans i Bodø',
					body: 'Bokmål',
					status: 'publisert',
					publishedAt: launch
				}
			])
			.returning();
		await saveTranslation(
			editor,
			'erfaring',
			story.id,
			'nn',
			input({ title: 'Korps i Bodø på nynorsk', body: 'Nynorsk tekst' })
		);
		const list = await withLanguage('nn', () => storyList());
		expect(list.find((s) => s.id === story.id)).toMatchObject({
			title: 'Korps i Bodø på nynorsk',
			body: 'Nynorsk tekst'
		});
		expect(list.find((s) => s.id === story.id)?.textLang).toBeUndefined();
		expect(list.find((s) => s.id === other.id)).toMatchObject({ textLang: 'nb' });
	});

	it('the news feed in nynorsk: translated items, the others’ text marked lang="nb"', async () => {
		const [a, b] = await db
			.insert(newsArticles)
			.values([
				{
					slug: 'feed-a',
					title: 'Nyhet A',
					lead: 'Ingress A',
					body: 'Tekst A',
					status: 'published',
					publishedAt: launch
				},
				{
					slug: 'feed-b',
					title: 'Nyhet B',
					lead: 'Ingress B',
					body: 'Tekst B',
					status: 'published',
					publishedAt: launch
				}
			])
			.returning();
		await saveTranslation(
			editor,
			'nyhet',
			a.id,
			'nn',
			input({ title: 'Nyheit A', lead: 'Ingress A på nynorsk', body: 'Tekst A på nynorsk' })
		);
		const xml = await withLanguage('nn', () => newsFeed('https://example.no'));
		expect(xml).toContain('<title>Nyheit A</title>');
		expect(xml).toContain('Ingress A på nynorsk');
		// The feed carries the lead, never the body.
		expect(xml).not.toContain('Tekst A');
		expect(xml).toContain('<title>Nyhet B</title>');
		expect(xml).toContain('&lt;div lang=&quot;nb&quot;&gt;&lt;p&gt;Ingress B');
		expect(xml).not.toContain('&lt;div lang=&quot;nb&quot;&gt;&lt;p&gt;Ingress A');
		// Bokmål: the bokmål text, nothing marked.
		const nbXml = await withLanguage('nb', () => newsFeed('https://example.no'));
		expect(nbXml).toContain('<title>Nyhet A</title>');
		expect(nbXml).not.toContain('lang=&quot;nb&quot;');
		expect((await feedNews('nb')).find((n) => n.id === b.id)?.textLang).toBeUndefined();
	});

	it('bokmål lists join nothing; nynorsk and English join the translation', () => {
		const query = () => db.select({ id: newsArticles.id }).from(newsArticles).$dynamic();
		const nb = joinTranslation(query(), 'nyhet', newsArticles.id, 'nb').toSQL().sql;
		expect(nb).not.toContain('content_translations');
		const nn = joinTranslation(query(), 'nyhet', newsArticles.id, 'nn').toSQL().sql;
		expect(nn).toContain('left join "content_translations"');
	});

	it('the sitemap lists each translated item with its languages', async () => {
		const entries = await allSitemapEntries();
		expect(entries.find((e) => e.path === '/ressurser/rapport-a')?.languages).toEqual(['nb', 'nn']);
		expect(entries.find((e) => e.path === '/erfaringer/korps-i-bodo')?.languages).toEqual([
			'nb',
			'nn'
		]);
		expect(entries.find((e) => e.path === '/erfaringer/dans-i-bodo')?.languages).toEqual(['nb']);
	});
});

describe('deleting an item deletes its translations', () => {
	/** One row of each translatable kind, made and deleted the plainest way. */
	const kinds: {
		kind: TranslationKind;
		make: () => Promise<number>;
		remove: (id: number) => Promise<unknown>;
	}[] = [
		{
			kind: 'side',
			make: async () =>
				(
					await db.insert(pages).values({ slug: 'slett', path: '/slett', title: 'S' }).returning()
				)[0].id,
			remove: (id) => db.delete(pages).where(eq(pages.id, id))
		},
		{
			kind: 'nyhet',
			make: async () =>
				(await db.insert(newsArticles).values({ slug: 'slett', title: 'N' }).returning())[0].id,
			remove: (id) => db.delete(newsArticles).where(eq(newsArticles.id, id))
		},
		{
			kind: 'ressurs',
			make: async () =>
				(
					await db
						.insert(resources)
						.values({ slug: 'slett', kind: 'rapport', title: 'R' })
						.returning()
				)[0].id,
			remove: (id) => db.delete(resources).where(eq(resources.id, id))
		},
		{
			kind: 'sporsmal',
			make: async () =>
				(
					await db.insert(faqEntries).values({ question: 'Q', answer: 'A', topic: 'T' }).returning()
				)[0].id,
			remove: (id) => db.delete(faqEntries).where(eq(faqEntries.id, id))
		},
		{
			kind: 'arrangement',
			make: async () => (await makeEvent()).id,
			remove: (id) => db.delete(events).where(eq(events.id, id))
		},
		{
			kind: 'program',
			make: async () => (await makeCall()).programme.id,
			remove: (id) => db.delete(programmes).where(eq(programmes.id, id))
		},
		{
			kind: 'utlysing',
			make: async () => (await makeCall()).call.id,
			remove: (id) => db.delete(programmeCalls).where(eq(programmeCalls.id, id))
		},
		{
			kind: 'erfaring',
			make: async () => {
				await ensureWorkspace(db, '1804');
				return (
					await db
						.insert(stories)
						.values({ municipalityNumber: '1804', slug: 'slett', title: 'E' })
						.returning()
				)[0].id;
			},
			remove: (id) => db.delete(stories).where(eq(stories.id, id))
		}
	];

	it.each(kinds)('$kind', async ({ kind, make, remove }) => {
		const id = await make();
		const other = await make().catch(() => null);
		const row = (itemId: number, lang: 'nn' | 'en') => ({
			kind,
			itemId,
			lang,
			title: 'T',
			sourceVersion: 1,
			sourceUpdatedAt: now()
		});
		// Fresh rows only (another kind's case may have left a row under this id).
		for (const itemId of [id, other ?? id])
			await db
				.delete(contentTranslations)
				.where(and(eq(contentTranslations.kind, kind), eq(contentTranslations.itemId, itemId)));
		await db.insert(contentTranslations).values([row(id, 'nn'), row(id, 'en')]);
		// Another kind's translation with the same item id stays.
		const stranger: TranslationKind = kind === 'side' ? 'nyhet' : 'side';
		const added = await db
			.insert(contentTranslations)
			.values({ ...row(id, 'nn'), kind: stranger })
			.onConflictDoNothing()
			.returning();
		const strangers = (await translationsOf(stranger, id)).length;
		if (other !== null) await db.insert(contentTranslations).values(row(other, 'nn'));
		await remove(id);
		expect(await translationsOf(kind, id)).toEqual([]);
		expect(strangers).toBeGreaterThan(0);
		expect(await translationsOf(stranger, id)).toHaveLength(strangers);
		if (other !== null) expect(await translationsOf(kind, other)).toHaveLength(1);
		for (const r of added)
			await db.delete(contentTranslations).where(eq(contentTranslations.id, r.id));
	});

	it('a programme’s deletion takes its call’s translations too (the cascade)', async () => {
		const { programme, call } = await makeCall();
		await saveTranslation(editor, 'utlysing', call.id, 'nn', input({ title: 'Søk no' }));
		await db.delete(programmes).where(eq(programmes.id, programme.id));
		expect(await translationsOf('utlysing', call.id)).toEqual([]);
	});
});

describe('older than the bokmål version', () => {
	it('follows the bokmål text, not every change to the row', async () => {
		const [p] = await db
			.insert(pages)
			.values({
				slug: 'ferskhet',
				path: '/ferskhet',
				title: 'Fersk',
				lead: 'Ingress',
				body: 'Tekst',
				status: 'draft',
				updatedAt: launch
			})
			.returning();
		// (The deletion tests above left rows of kind 'side' under other items' ids.)
		await db
			.delete(contentTranslations)
			.where(and(eq(contentTranslations.kind, 'side'), eq(contentTranslations.itemId, p.id)));
		await saveTranslation(editor, 'side', p.id, 'nn', input({ title: 'Fersk på nynorsk' }));
		const stale = async () => (await translationOverview(editor, 'side', p.id)).versions[0].stale;
		expect(await stale()).toBe(false);
		// Publishing (and any other change that leaves the text alone) bumps updated_at only.
		await db
			.update(pages)
			.set({ status: 'published', publishedAt: now(), updatedAt: new Date(), version: 2 })
			.where(eq(pages.id, p.id));
		expect(await stale()).toBe(false);
		// Changing the bokmål lead makes the translation older.
		await db.update(pages).set({ lead: 'Ny ingress' }).where(eq(pages.id, p.id));
		expect(await stale()).toBe(true);
		// And changing it back makes it current again: it was made from that text.
		await db.update(pages).set({ lead: 'Ingress' }).where(eq(pages.id, p.id));
		expect(await stale()).toBe(false);
	});

	it('a translation saved before the fingerprint was kept compares the last change', async () => {
		const [p] = await db
			.insert(pages)
			.values({ slug: 'gammel', path: '/gammel', title: 'G', updatedAt: launch })
			.returning();
		await db
			.delete(contentTranslations)
			.where(and(eq(contentTranslations.kind, 'side'), eq(contentTranslations.itemId, p.id)));
		await db.insert(contentTranslations).values({
			kind: 'side',
			itemId: p.id,
			lang: 'en',
			title: 'Old',
			sourceVersion: 1,
			sourceUpdatedAt: launch
		});
		const stale = async () => (await translationOverview(editor, 'side', p.id)).versions[1].stale;
		expect(await stale()).toBe(false);
		await db.update(pages).set({ updatedAt: new Date() }).where(eq(pages.id, p.id));
		expect(await stale()).toBe(true);
	});
});

describe('the search status line', () => {
	it('says there are no hits in the visitor’s language but some in the others', () => {
		expect(withLanguage('nb', () => searchStatus('kor', 0, 3))).toBe(
			'Ingen treff på «kor» på bokmål, men 3 treff på de andre språkene (nedenfor).'
		);
		expect(withLanguage('nn', () => searchStatus('kor', 0, 2))).toBe(
			'Ingen treff på «kor» på nynorsk, men 2 treff på dei andre språka (nedanfor).'
		);
		expect(withLanguage('en', () => searchStatus('choir', 0, 1))).toBe(
			'No results for “choir” in English, but one in another language (below).'
		);
	});

	it('counts the hits in the visitor’s language, and says plainly when there are none at all', () => {
		expect(withLanguage('en', () => searchStatus('choir', 2, 5))).toBe('2 results for “choir”');
		expect(withLanguage('nn', () => searchStatus('kor', 0, 0))).toBe(
			'Ingen treff på «kor». Prøv eit anna ord.'
		);
		expect(withLanguage('nb', () => searchStatus('kor', 0, 0))).toBe(
			'Ingen treff på «kor». Prøv et annet ord.'
		);
	});
});
