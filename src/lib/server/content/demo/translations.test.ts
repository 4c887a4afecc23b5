import { describe, expect, it } from 'vitest';
import { and, eq, like, or } from 'drizzle-orm';
import { db } from '../../db/client';
import { loadDemoIfEmpty } from '../../demo';
import { contentTranslations, newsArticles, pages, type TranslationKind } from '../schema';
import { withLanguage } from '../../i18n';
import { pageByPath } from '../pages.service';
import { pageContent } from '../page-content';

const translated = async (kind: TranslationKind, lang: 'nn' | 'en') =>
	db
		.select({ itemId: contentTranslations.itemId, status: contentTranslations.status })
		.from(contentTranslations)
		.where(and(eq(contentTranslations.kind, kind), eq(contentTranslations.lang, lang)));

describe('the demo content’s language versions', () => {
	it('has nynorsk and English versions of the pages the issue names, published and current', async () => {
		await loadDemoIfEmpty({ fictional: false });
		const byPath = new Map(
			(await db.select({ id: pages.id, path: pages.path }).from(pages)).map((p) => [p.path, p.id])
		);
		const nn = new Set((await translated('side', 'nn')).map((r) => r.itemId));
		const en = new Set((await translated('side', 'en')).map((r) => r.itemId));
		const k30 = await db
			.select({ id: pages.id })
			.from(pages)
			.where(or(eq(pages.path, '/kulturskole-3-0'), like(pages.path, '/kulturskole-3-0/%')));
		expect(k30.length).toBeGreaterThan(1);
		for (const { id } of k30) expect(nn.has(id)).toBe(true);
		for (const path of ['/', '/veien-videre']) expect(nn.has(byPath.get(path)!)).toBe(true);
		for (const path of ['/', '/prosjektet', '/kulturskole-3-0', '/tilgjengelighet'])
			expect(en.has(byPath.get(path)!)).toBe(true);
		expect((await translated('nyhet', 'nn')).length).toBeGreaterThanOrEqual(5);
		expect((await translated('arrangement', 'nn')).length).toBeGreaterThanOrEqual(1);
		expect(await db.select().from(newsArticles)).not.toHaveLength(0);

		// Shown as such, not as a fallback.
		const view = (await pageByPath('/veien-videre'))!;
		const shown = await withLanguage('nn', () => pageContent(view));
		expect(shown).toMatchObject({ fallback: false, languages: ['nb', 'nn'] });
		expect(shown.page.title).toBe('Vegen vidare');
	});
});
