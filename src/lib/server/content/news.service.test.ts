import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { newsArticles } from './schema';
import { newsInYear, newsPage, newsYears, newsBySlug, feedNews } from './news.service';
import { setNow, resetClock } from '../clock';

const article = (
	slug: string,
	publishedAt: string,
	status: 'draft' | 'published' = 'published'
) => ({
	slug,
	title: slug,
	lead: '',
	body: '',
	status,
	publishedAt: new Date(publishedAt)
});

beforeAll(async () => {
	await db.insert(newsArticles).values([
		article('nyttar-oslo', '2023-12-31T23:30:00Z'), // 1 January 2024 in Oslo
		article('sommer-2023', '2023-06-01T10:00:00Z'),
		article('var-2023', '2023-03-01T10:00:00Z'),
		article('host-2022', '2022-10-01T10:00:00Z'),
		article('utkast-2022', '2022-11-01T10:00:00Z', 'draft'),
		article('framtid', '2030-01-01T10:00:00Z'),
		...Array.from({ length: 12 }, (_, i) =>
			article(`gammel-${i}`, `2019-0${(i % 9) + 1}-0${(i % 8) + 1}T10:00:00Z`)
		)
	]);
});

describe('news', () => {
	it('archives by Oslo calendar year, newest year first, drafts and future items left out', async () => {
		const years = await newsYears();
		expect(years).toEqual([
			{ year: 2024, count: 1 },
			{ year: 2023, count: 2 },
			{ year: 2022, count: 1 },
			{ year: 2019, count: 12 }
		]);
		expect((await newsInYear(2023)).items.map((n) => n.slug)).toEqual(['sommer-2023', 'var-2023']);
		expect((await newsInYear(2024)).items.map((n) => n.slug)).toEqual(['nyttar-oslo']);
		expect((await newsInYear(2030)).total).toBe(0);
	});

	it('pages a year of the archive like the news list', async () => {
		const p1 = await newsInYear(2019, 1, 5);
		expect(p1).toMatchObject({ total: 12, page: 1, pages: 3 });
		expect(p1.items).toHaveLength(5);
		const p3 = await newsInYear(2019, 3, 5);
		expect(p3.items).toHaveLength(2);
		const seen = new Set(
			[...p1.items, ...(await newsInYear(2019, 2, 5)).items, ...p3.items].map((i) => i.slug)
		);
		expect(seen.size).toBe(12);
	});

	it('pages ten at a time, newest first', async () => {
		const p1 = await newsPage(1);
		expect(p1.total).toBe(16);
		expect(p1.pages).toBe(2);
		expect(p1.items).toHaveLength(10);
		expect(p1.items[0].slug).toBe('nyttar-oslo');
		const p2 = await newsPage(2);
		expect(p2.items).toHaveLength(6);
		const all = [...p1.items, ...p2.items].map((i) => i.publishedAt!.getTime());
		expect([...all].sort((a, b) => b - a)).toEqual(all);
		expect((await newsPage(99)).page).toBe(2);
	});

	it('shows an item once its published time has come by the app clock', async () => {
		expect(await newsBySlug('framtid')).toBeNull();
		setNow(new Date('2030-01-02T00:00:00Z'));
		try {
			expect((await newsBySlug('framtid'))?.slug).toBe('framtid');
			expect((await feedNews())[0].slug).toBe('framtid');
		} finally {
			resetClock();
		}
	});

	it('refuses a second article with the same slug', async () => {
		await expect(
			db.insert(newsArticles).values(article('var-2023', '2024-01-01T00:00:00Z'))
		).rejects.toThrow();
	});
});
