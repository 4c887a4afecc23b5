import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { auditLog } from '../accounts/schema';
import { pages } from './schema';
import type { Actor } from '../accounts/actor';
import {
	deletePage,
	getPage,
	listPagesAdmin,
	movePage,
	parentOptions,
	RESERVED_TOP_SLUGS,
	restorePage,
	savePage
} from './pages.admin';
import { EditConflictError, listVersions } from './editing';
import { pageByPath, pagePreview, redirectFor } from './pages.service';
import { createEditor } from './test-editor';
import type { PageInput } from '$lib/forms/content';
import { seoToForm } from './seo';

let editor: Actor;
let frontId: number;

const input = (over: Partial<PageInput> = {}): PageInput => ({
	title: 'Side',
	menuTitle: '',
	slug: '',
	parentId: '',
	lead: '',
	body: '',
	showInMenu: true,
	linkUrl: '',
	listing: '',
	version: 0,
	intent: 'publiser',
	publishAt: '',
	...seoToForm(null),
	...over
});

async function create(
	title: string,
	parentId: number | null = null,
	over: Partial<PageInput> = {}
) {
	return savePage(
		editor,
		null,
		input({ title, parentId: parentId === null ? '' : String(parentId), ...over })
	);
}

async function page(id: number) {
	const row = await getPage(editor, id);
	if (!row) throw new Error(`side ${id} finnes ikke`);
	return row;
}

/** Saves an existing page with its current values and the given changes. */
async function edit(id: number, over: Partial<PageInput>) {
	const row = await page(id);
	return savePage(
		editor,
		id,
		input({
			title: row.title,
			slug: row.slug,
			parentId: row.parentId === null ? '' : String(row.parentId),
			version: row.version,
			intent: 'lagre',
			...over
		})
	);
}

const titlesUnder = async (parentId: number | null) => {
	const { tree } = await listPagesAdmin(editor);
	const find = (nodes: typeof tree): typeof tree | null => {
		for (const n of nodes) {
			if (n.id === parentId) return n.children;
			const inner = find(n.children);
			if (inner) return inner;
		}
		return null;
	};
	return (parentId === null ? tree : (find(tree) ?? [])).map((n) => n.title);
};

beforeAll(async () => {
	editor = await createEditor();
	const [front] = await db
		.insert(pages)
		.values({
			slug: '',
			path: '/',
			title: 'Forsiden',
			status: 'published',
			publishedAt: new Date('2024-01-01T00:00:00Z')
		})
		.returning();
	frontId = front.id;
});

describe('the page tree on the editorial desk', () => {
	it('builds paths from the parents and keeps slugs unique among siblings only', async () => {
		const a = await create('Område A');
		const b = await create('Område B');
		const a1 = await create('Felles', a);
		const a2 = await create('Felles', a);
		const b1 = await create('Felles', b);
		expect((await page(a)).path).toBe('/omrade-a');
		expect((await page(a1)).path).toBe('/omrade-a/felles');
		expect((await page(a2)).path).toBe('/omrade-a/felles-2');
		expect((await page(b1)).path).toBe('/omrade-b/felles');
		expect((await pageByPath('/omrade-a/felles-2'))?.page.id).toBe(a2);
		expect(await titlesUnder(a)).toEqual(['Felles', 'Felles']);
	});

	it('keeps paths unique when pages are created and moved at the same moment', async () => {
		const target = await create('Mål for flytting');
		const ids = await Promise.all([1, 2, 3].map(() => create('Samtidig side')));
		await Promise.all(ids.map((id) => edit(id, { parentId: String(target) })));
		const paths = await Promise.all(ids.map(async (id) => (await page(id)).path));
		expect(paths.sort()).toEqual([
			'/mal-for-flytting/samtidig-side',
			'/mal-for-flytting/samtidig-side-2',
			'/mal-for-flytting/samtidig-side-3'
		]);
	});

	it('refuses a top-level address the website itself uses', async () => {
		await expect(create('Nyheter')).rejects.toThrow(/\/nyheter brukes av en annen del/);
		const parent = await create('Prosjekt');
		const child = await create('Nyheter', parent);
		expect((await page(child)).path).toBe('/prosjekt/nyheter');
	});

	it('renaming gives the page and every page below it new paths, and the old ones redirect', async () => {
		const top = await create('Gammel seksjon');
		const mid = await create('Midten', top);
		const leaf = await create('Bunnen', mid, { intent: 'lagre' }); // a draft moves along too
		await edit(top, { slug: 'ny-seksjon' });
		expect((await page(top)).path).toBe('/ny-seksjon');
		expect((await page(mid)).path).toBe('/ny-seksjon/midten');
		expect((await page(leaf)).path).toBe('/ny-seksjon/midten/bunnen');
		expect(await redirectFor('/gammel-seksjon')).toBe('/ny-seksjon');
		expect(await redirectFor('/gammel-seksjon/midten')).toBe('/ny-seksjon/midten');
		expect(await redirectFor('/gammel-seksjon/midten/bunnen')).toBe('/ny-seksjon/midten/bunnen');
		// The version history and the audit log know
		expect((await page(top)).version).toBe(2);
		const audit = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'side'), eq(auditLog.entityId, String(top))));
		expect(audit.map((a) => a.action).sort()).toEqual([
			'side.adresser-endret',
			'side.lagre',
			'side.opprettet'
		]);
		// Renaming again: the first old address follows to the newest
		await edit(top, { slug: 'tredje-navn' });
		expect(await redirectFor('/gammel-seksjon/midten')).toBe('/tredje-navn/midten');
		expect(await redirectFor('/ny-seksjon/midten')).toBe('/tredje-navn/midten');
		// Taking an old address back stops it redirecting
		await edit(top, { slug: 'gammel-seksjon' });
		expect(await redirectFor('/gammel-seksjon')).toBeNull();
		expect(await redirectFor('/tredje-navn')).toBe('/gammel-seksjon');
		expect((await page(leaf)).path).toBe('/gammel-seksjon/midten/bunnen');
	});

	it('changing parent moves the subtree, places it last and avoids a taken slug', async () => {
		const from = await create('Fra');
		const to = await create('Til');
		await create('Kapittel', to);
		const moving = await create('Kapittel', from);
		const below = await create('Vedlegg', moving);
		await edit(moving, { parentId: String(to) });
		expect((await page(moving)).path).toBe('/til/kapittel-2');
		expect((await page(below)).path).toBe('/til/kapittel-2/vedlegg');
		expect(await titlesUnder(to)).toEqual(['Kapittel', 'Kapittel']);
		expect(await redirectFor('/fra/kapittel/vedlegg')).toBe('/til/kapittel-2/vedlegg');
		// To the top level
		await edit(below, { parentId: '' });
		expect((await page(below)).path).toBe('/vedlegg');
		expect((await page(below)).parentId).toBeNull();
		expect(await redirectFor('/til/kapittel-2/vedlegg')).toBe('/vedlegg');
		expect(await redirectFor('/fra/kapittel/vedlegg')).toBe('/vedlegg');
	});

	it('refuses to put a page inside itself or below itself, and offers only possible parents', async () => {
		const top = await create('Rot');
		const child = await create('Barn', top);
		const grandchild = await create('Barnebarn', child);
		await expect(edit(top, { parentId: String(top) })).rejects.toThrow(/inn under seg selv/);
		await expect(edit(top, { parentId: String(grandchild) })).rejects.toThrow(/inn under seg selv/);
		await expect(edit(top, { parentId: String(frontId) })).rejects.toThrow(/Velg en overordnet/);
		await expect(edit(top, { parentId: '999999' })).rejects.toThrow(/Velg en overordnet/);
		const options = (await parentOptions(editor, top)).map((o) => o.id);
		expect(options).not.toContain(top);
		expect(options).not.toContain(child);
		expect(options).not.toContain(grandchild);
		expect(options).not.toContain(frontId);
		expect((await parentOptions(editor, grandchild)).map((o) => o.id)).toContain(top);
		expect((await page(top)).path).toBe('/rot');
	});

	it('reorders siblings up and down, and says when there is nowhere to go', async () => {
		const parent = await create('Rekkefølge');
		const one = await create('En', parent);
		const two = await create('To', parent);
		const three = await create('Tre', parent);
		expect(await titlesUnder(parent)).toEqual(['En', 'To', 'Tre']);
		expect(await movePage(editor, three, 'opp')).toBe(true);
		expect(await titlesUnder(parent)).toEqual(['En', 'Tre', 'To']);
		expect(await movePage(editor, one, 'ned')).toBe(true);
		expect(await titlesUnder(parent)).toEqual(['Tre', 'En', 'To']);
		expect(await movePage(editor, three, 'opp')).toBe(false);
		expect(await movePage(editor, two, 'ned')).toBe(false);
		// Equal positions (e.g. from an import) are untied in the order shown
		await db.update(pages).set({ position: 5 }).where(eq(pages.parentId, parent));
		expect(await titlesUnder(parent)).toEqual(['En', 'To', 'Tre']);
		expect(await movePage(editor, two, 'opp')).toBe(true);
		expect(await titlesUnder(parent)).toEqual(['To', 'En', 'Tre']);
		// Reordering leaves paths, versions and an open edit form alone
		expect((await page(two)).version).toBe(1);
		expect((await page(two)).path).toBe('/rekkefolge/to');
		await expect(movePage(editor, frontId, 'ned')).rejects.toThrow(/Forsiden/);
	});

	it('keeps the front page where it is, but lets its text be edited', async () => {
		const other = await create('Annen side');
		await edit(frontId, { title: 'Velkommen', slug: 'noe-annet', parentId: String(other) });
		const front = await page(frontId);
		expect(front.title).toBe('Velkommen');
		expect(front.path).toBe('/');
		expect(front.parentId).toBeNull();
		await expect(deletePage(editor, frontId, front.version)).rejects.toThrow(
			/Forsiden kan ikke slettes/
		);
		const { front: listed, tree } = await listPagesAdmin(editor);
		expect(listed?.id).toBe(frontId);
		expect(tree.some((n) => n.id === frontId)).toBe(false);
	});

	it('refuses to delete a page with sub-pages, and deletes a leaf with the right version only', async () => {
		const parent = await create('Foreldre');
		const child = await create('Eneste barn', parent);
		await expect(deletePage(editor, parent, 1)).rejects.toThrow(
			'Siden har én underside. Flytt eller slett undersiden først.'
		);
		await expect(deletePage(editor, child, 0)).rejects.toBeInstanceOf(EditConflictError);
		await deletePage(editor, child, 1);
		expect(await getPage(editor, child)).toBeNull();
		await deletePage(editor, parent, 1);
		expect(await getPage(editor, parent)).toBeNull();
		const [deleted] = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'side.slettet'), eq(auditLog.entityId, String(parent))));
		expect(deleted.summary).toBe('Slettet «Foreldre»');
	});

	it('tells the second of two editors and overwrites nothing', async () => {
		const id = await create('Delt side');
		await edit(id, { title: 'Første lagring', version: 1 });
		await expect(edit(id, { title: 'Andre lagring', version: 1 })).rejects.toBeInstanceOf(
			EditConflictError
		);
		expect((await page(id)).title).toBe('Første lagring');
	});

	it('restores an earlier version of the text, keeping the address', async () => {
		const id = await create('Versjon én', null, { body: 'Første tekst' });
		await edit(id, { title: 'Versjon to', body: 'Andre tekst', slug: 'annen-adresse' });
		await restorePage(editor, id, 1);
		const row = await page(id);
		expect(row.title).toBe('Versjon én');
		expect(row.body).toBe('Første tekst');
		expect(row.path).toBe('/annen-adresse');
		expect((await listVersions(editor, 'side', id)).map((v) => v.version)).toEqual([3, 2, 1]);
	});

	it('previews drafts under published pages, which the public cannot see', async () => {
		const parent = await create('Publisert forelder');
		const draft = await create('Utkast under', parent, { intent: 'lagre', body: '**Hei**' });
		expect(await pageByPath('/publisert-forelder/utkast-under')).toBeNull();
		const view = await pagePreview(editor, draft);
		expect(view?.page.title).toBe('Utkast under');
		expect(view?.breadcrumbs).toEqual([
			{ title: 'Publisert forelder', path: '/publisert-forelder' }
		]);
		expect(view?.section?.children.map((c) => c.title)).toEqual(['Utkast under']);
	});

	it('refuses images without alt text, and saves nothing then', async () => {
		await expect(create('Bilde', null, { body: '![](/filer/1/a.png)' })).rejects.toThrow(
			/alternativ tekst/
		);
		expect(await db.select().from(pages).where(eq(pages.path, '/bilde'))).toEqual([]);
	});
});

describe('reserverte adresser', () => {
	it('tar med første ledd av appens egne ruter, ikke grupper, parametre eller filnavn', () => {
		for (const slug of ['admin', 'nyheter', 'arrangementer', 'kommuner', 'erfaringer', 'min-side'])
			expect(RESERVED_TOP_SLUGS.has(slug)).toBe(true);
		for (const slug of [...RESERVED_TOP_SLUGS]) expect(slug).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
	});
});
