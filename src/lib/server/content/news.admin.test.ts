import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { auditLog } from '../accounts/schema';
import { redirects } from './schema';
import type { Actor } from '../accounts/actor';
import { deleteNews, getNews, restoreNews, saveNews } from './news.admin';
import { EditConflictError, listVersions } from './editing';
import { newsBySlug } from './news.service';
import { publishDue } from './publishing';
import { resetClock, setNow } from '../clock';
import { createEditor } from './test-editor';
import type { NewsInput } from '$lib/forms/content';
import { seoToForm } from './seo';

let editor: Actor;
const input = (over: Partial<NewsInput> = {}): NewsInput => ({
	title: 'Samling i Trondheim',
	slug: '',
	lead: 'Kommunegruppene møttes.',
	body: 'Tekst.',
	dateline: 'trondheim',
	tags: 'Samling, pilot, samling',
	readMoreUrl: '',
	readMoreLabel: '',
	version: 0,
	intent: 'lagre',
	publishAt: '',
	...seoToForm(null),
	...over
});

beforeAll(async () => {
	editor = await createEditor();
});

describe('news on the editorial desk', () => {
	it('gives unique slugs from titles', async () => {
		const a = await saveNews(editor, null, input());
		const b = await saveNews(editor, null, input());
		expect((await getNews(editor, a))?.slug).toBe('samling-i-trondheim');
		expect((await getNews(editor, b))?.slug).toBe('samling-i-trondheim-2');
		const row = await getNews(editor, a);
		expect(row?.dateline).toBe('TRONDHEIM');
		expect(row?.tags).toEqual(['samling', 'pilot']);
	});

	it('keeps drafts off the site until published, and writes versions and the audit log', async () => {
		const id = await saveNews(editor, null, input({ title: 'Utkastet' }));
		expect(await newsBySlug('utkastet')).toBeNull();
		await saveNews(editor, id, input({ title: 'Utkastet', version: 1, intent: 'publiser' }));
		expect((await newsBySlug('utkastet'))?.title).toBe('Utkastet');
		const versions = await listVersions(editor, 'nyhet', id);
		expect(versions.map((v) => v.version)).toEqual([2, 1]);
		const audit = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityId, String(id)));
		expect(audit.map((a) => a.action).sort()).toEqual(['nyhet.opprettet', 'nyhet.publiser']);
		expect(audit.every((a) => a.actorName === 'Rita Redaktør')).toBe(true);
	});

	it('tells the second of two editors and overwrites nothing', async () => {
		const id = await saveNews(editor, null, input({ title: 'Felles tekst' }));
		await saveNews(editor, id, input({ title: 'Første lagring', version: 1 }));
		await expect(
			saveNews(editor, id, input({ title: 'Andre lagring', version: 1 }))
		).rejects.toBeInstanceOf(EditConflictError);
		expect((await getNews(editor, id))?.title).toBe('Første lagring');
	});

	it('redirects the old address after a rename', async () => {
		const id = await saveNews(editor, null, input({ title: 'Gammelt navn', intent: 'publiser' }));
		await saveNews(editor, id, input({ title: 'Gammelt navn', slug: 'nytt-navn', version: 1 }));
		const [r] = await db
			.select()
			.from(redirects)
			.where(eq(redirects.fromPath, '/nyheter/gammelt-navn'));
		expect(r.toPath).toBe('/nyheter/nytt-navn');
		await saveNews(editor, id, input({ title: 'Gammelt navn', slug: 'tredje-navn', version: 2 }));
		const [again] = await db
			.select()
			.from(redirects)
			.where(eq(redirects.fromPath, '/nyheter/gammelt-navn'));
		expect(again.toPath).toBe('/nyheter/tredje-navn');
	});

	it('publishes on schedule, once', async () => {
		const id = await saveNews(
			editor,
			null,
			input({ title: 'Planlagt', intent: 'planlegg', publishAt: '2030-05-01T09:00' })
		);
		expect(await publishDue(new Date('2030-05-01T06:00:00Z'))).toBe(0);
		setNow(new Date('2030-05-01T07:01:00Z'));
		try {
			expect(await publishDue()).toBe(1);
			expect(await publishDue()).toBe(0);
			const row = await getNews(editor, id);
			expect(row?.status).toBe('published');
			expect(row?.publishedAt?.toISOString()).toBe('2030-05-01T07:00:00.000Z');
			expect((await newsBySlug('planlagt'))?.title).toBe('Planlagt');
		} finally {
			resetClock();
		}
	});

	it('refuses a schedule in the past and images without alt text', async () => {
		await expect(
			saveNews(editor, null, input({ intent: 'planlegg', publishAt: '2001-01-01T10:00' }))
		).rejects.toThrow(/fram i tid/);
		await expect(
			saveNews(editor, null, input({ body: '![](https://example.org/a.png)' }))
		).rejects.toThrow(/alternativ tekst/);
	});

	it('restores an earlier version and deletes with the right version only', async () => {
		const id = await saveNews(editor, null, input({ title: 'Versjon én' }));
		await saveNews(editor, id, input({ title: 'Versjon to', version: 1 }));
		await restoreNews(editor, id, 1);
		const row = await getNews(editor, id);
		expect(row?.title).toBe('Versjon én');
		expect(row?.version).toBe(3);
		await expect(deleteNews(editor, id, 1)).rejects.toBeInstanceOf(EditConflictError);
		await deleteNews(editor, id, 3);
		expect(await getNews(editor, id)).toBeNull();
	});
});
