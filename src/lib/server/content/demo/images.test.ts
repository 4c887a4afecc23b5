import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../../db/client';
import { itemImages, mediaImages, newsArticles } from '../schema';
import { loadDemoIfEmpty, loadDemoImagesIfMissing } from '../../demo';
import { itemImageFor } from '../image-views';

describe('the demo illustrations', () => {
	it(
		'are loaded once, after the demo content, as main images with alt text',
		{ timeout: 180_000 },
		async () => {
			expect(await loadDemoImagesIfMissing()).toBe(false); // no demo content yet
			await loadDemoIfEmpty({ fictional: false });
			expect(await loadDemoImagesIfMissing()).toBe(true);
			expect(await loadDemoImagesIfMissing()).toBe(false);

			const library = await db.select().from(mediaImages);
			expect(library).toHaveLength(6);
			expect(library.every((i) => i.alt.startsWith('Illustrasjon: ') && i.width === 1200)).toBe(
				true
			);

			const [news] = await db
				.select({ id: newsArticles.id })
				.from(newsArticles)
				.where(eq(newsArticles.slug, '16-kommuner-i-pilotprosjekt'));
			const view = await itemImageFor('nyhet', news.id);
			expect(view?.alt).toMatch(/nettverk/);
			expect(view?.srcset).toMatch(/480\.jpg 480w, .*960\.jpg 960w, .*1200\.jpg 1200w$/);
			const uses = await db.select().from(itemImages);
			expect(new Set(uses.map((u) => u.kind))).toEqual(
				new Set(['side', 'nyhet', 'ressurs', 'arrangement'])
			);
		}
	);
});
