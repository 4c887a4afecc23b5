/** Inserts the demo content (pages, news, resources, people, FAQ, societal goals). */
import type { Tx } from '../../db/client';
import { faqEntries, newsArticles, pages, people, resources } from '../schema';
import { goals as goalsTable } from '../../fremtidsbilde/schema';
import { pathOf } from '../tree';
import { saveVersion, type EditableType } from '../editing';
import { storedText } from '../../accounts/audit';
import type { DemoPage } from './types';
import { frontPage, pageTree } from './pages';
import { news } from './news';
import { resources as demoResources } from './resources';
import { people as demoPeople } from './people';
import { faq } from './faq';
import { goals } from './goals';

const SITE_LAUNCH = new Date('2024-05-01T08:00:00Z');

async function insertPages(
	tx: Tx,
	list: DemoPage[],
	parentId: number | null,
	parentSlugs: string[]
) {
	const ids = new Map<string, number>();
	for (const [position, p] of list.entries()) {
		const slugs = [...parentSlugs, p.slug];
		const path = pathOf(slugs);
		const [row] = await tx
			.insert(pages)
			.values({
				parentId,
				position,
				slug: p.slug,
				path,
				title: p.title,
				menuTitle: p.menuTitle ?? null,
				lead: p.lead,
				body: p.body,
				showInMenu: p.showInMenu ?? true,
				linkUrl: p.linkUrl ?? null,
				listing: p.listing ?? null,
				status: 'published',
				publishedAt: SITE_LAUNCH,
				// "Sist oppdatert" is the content's own date, not the day the demo was loaded.
				createdAt: SITE_LAUNCH,
				updatedAt: SITE_LAUNCH
			})
			.returning();
		await firstVersion(tx, 'side', row);
		ids.set(path, row.id);
		if (p.children?.length) {
			for (const [k, v] of await insertPages(tx, p.children, row.id, slugs)) ids.set(k, v);
		}
	}
	return ids;
}

/**
 * Version 1 in the item's history, as an editor's first save would leave it: without it the
 * state the demo was loaded in could not be restored once the item is edited.
 */
async function firstVersion(
	tx: Tx,
	type: EditableType,
	row: { id: number; version: number } & Record<string, unknown>
) {
	await saveVersion(tx, type, row, null, storedText('admin.versionNote.created'));
}

export async function loadContentDemo(tx: Tx): Promise<void> {
	const pageIds = await insertPages(tx, [frontPage, ...pageTree], null, []);

	const newsRows = await tx
		.insert(newsArticles)
		.values(
			news.map((n) => ({
				slug: n.slug,
				title: n.title,
				lead: n.lead,
				body: n.body,
				dateline: n.dateline ?? null,
				tags: n.tags,
				readMoreUrl: n.readMoreUrl ?? null,
				readMoreLabel: n.readMoreLabel ?? null,
				status: 'published' as const,
				publishedAt: new Date(n.publishedAt),
				createdAt: new Date(n.publishedAt),
				updatedAt: new Date(n.publishedAt)
			}))
		)
		.returning();
	for (const row of newsRows) await firstVersion(tx, 'nyhet', row);

	const resourceRows = await tx
		.insert(resources)
		.values(
			demoResources.map((r) => ({
				slug: r.slug,
				kind: r.kind,
				title: r.title,
				description: r.description,
				year: r.year,
				url: r.url ?? null,
				videoUrl: r.videoUrl ?? null,
				videoUrlSubtitled: r.videoUrlSubtitled ?? null,
				durationSeconds: r.durationSeconds ?? null,
				transcript: r.transcript ?? null,
				featured: r.featured ?? false,
				status: 'published' as const,
				publishedAt: new Date(r.publishedAt),
				createdAt: new Date(r.publishedAt),
				updatedAt: new Date(r.publishedAt)
			}))
		)
		.returning();
	for (const row of resourceRows) await firstVersion(tx, 'ressurs', row);

	const personRows = await tx
		.insert(people)
		.values(demoPeople.map((p, position) => ({ ...p, email: p.email ?? null, position })))
		.returning();
	for (const row of personRows) await firstVersion(tx, 'person', row);
	const faqRows = await tx
		.insert(faqEntries)
		.values(faq.map((f, position) => ({ ...f, position })))
		.returning();
	for (const row of faqRows) await firstVersion(tx, 'sporsmal', row);
	await tx.insert(goalsTable).values(
		goals.map((g, position) => ({
			slug: g.slug,
			title: g.title,
			description: g.description,
			sdgs: g.sdgs,
			themePageId: g.themePath ? (pageIds.get(g.themePath) ?? null) : null,
			position
		}))
	);
}
