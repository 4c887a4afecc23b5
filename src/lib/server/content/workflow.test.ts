/**
 * The editorial workflow (issue 14): a published item's working copy stays off the public
 * site until «Publiser endringene» (or its planned update), can be discarded, and meets a
 * concurrent edit as any save does; planned unpublishing; contributors write drafts and send
 * them for approval, and cannot publish, schedule or unpublish.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { mailMessages } from '../mail/schema';
import type { Actor } from '../accounts/actor';
import { ForbiddenError } from '../errors';
import { contentReviews, contentVersions, contentWorkingCopies, newsArticles } from './schema';
import { getNews, saveNews } from './news.admin';
import { getPage, savePage } from './pages.admin';
import { pageByPath, pagePreview, redirectFor } from './pages.service';
import { newsBySlug } from './news.service';
import { EditConflictError } from './editing';
import { publishDue } from './publishing';
import { sendBack } from './review';
import { editorDesk } from './dashboard';
import { resetClock, setNow } from '../clock';
import { createEditor, newsInput, pageInput } from './test-editor';
import type { NewsInput, PageInput } from '$lib/forms/content';

let editor: Actor;
let contributor: Actor;
let other: Actor;

const news = (over: Partial<NewsInput> = {}) =>
	newsInput({
		title: 'Arbeidskopi',
		lead: 'Ingress.',
		body: 'Publisert tekst.',
		...over
	});

const page = (over: Partial<PageInput> = {}) =>
	pageInput({
		title: 'Side med arbeidskopi',
		body: 'Publisert sidetekst.',
		...over
	});

const published = async (title: string) => {
	const id = await saveNews(editor, null, news({ title, intent: 'publiser' }));
	const row = (await getNews(editor, id))!;
	return { id, slug: row.slug, version: row.version };
};

beforeAll(async () => {
	editor = await createEditor('Rita Redaktør');
	contributor = await createEditor('Bjørn Bidragsyter', 'bidragsyter');
	other = await createEditor('Berit Bidragsyter', 'bidragsyter');
});

describe('working copies of published items', () => {
	it('keeps the public version until «Publiser endringene», and shows the copy to editors', async () => {
		const { id, slug, version } = await published('Kopi én');
		await saveNews(editor, id, news({ title: 'Kopi én', body: 'Ny tekst.', version }));
		expect((await newsBySlug(slug))?.body).toContain('Publisert tekst.');
		const seen = await getNews(editor, id);
		expect(seen?.body).toBe('Ny tekst.');
		expect(seen?.status).toBe('published');

		await saveNews(
			editor,
			id,
			news({ title: 'Kopi én', body: 'Ny tekst.', version: seen!.version, intent: 'publiser' })
		);
		expect((await newsBySlug(slug))?.body).toContain('Ny tekst.');
		const copies = await db
			.select()
			.from(contentWorkingCopies)
			.where(eq(contentWorkingCopies.entityId, id));
		expect(copies.filter((c) => c.entityType === 'nyhet')).toEqual([]);
	});

	it('previews the working copy of a page while the public page stays', async () => {
		const id = await savePage(editor, null, page({ intent: 'publiser' }));
		const row = (await getPage(editor, id))!;
		await savePage(editor, id, page({ body: 'Endret sidetekst.', version: row.version }));
		expect((await pageByPath(row.path))?.page.body).toBe('Publisert sidetekst.');
		expect((await pagePreview(editor, id))?.page.body).toBe('Endret sidetekst.');
	});

	it('discards the working copy with «Forkast endringene»', async () => {
		const { id, slug, version } = await published('Kopi to');
		await saveNews(editor, id, news({ title: 'Kopi to', body: 'Forkastes.', version }));
		const seen = (await getNews(editor, id))!;
		await saveNews(
			editor,
			id,
			news({ title: 'Kopi to', version: seen.version, intent: 'forkast' })
		);
		expect((await getNews(editor, id))?.body).toBe('Publisert tekst.');
		expect((await newsBySlug(slug))?.body).toContain('Publisert tekst.');
	});

	it('meets a concurrent edit with the conflict, showing their working copy', async () => {
		const { id, version } = await published('Kopi tre');
		await saveNews(editor, id, news({ title: 'Kopi tre', body: 'Første.', version }));
		const late = saveNews(editor, id, news({ title: 'Kopi tre', body: 'Andre.', version }));
		await expect(late).rejects.toBeInstanceOf(EditConflictError);
		await late.catch((e: EditConflictError) => expect(e.current.body).toBe('Første.'));
		expect((await getNews(editor, id))?.body).toBe('Første.');
	});

	it('applies a new address at once (the old one redirects) and keeps the text in the copy', async () => {
		const { id, slug, version } = await published('Kopi fire');
		await saveNews(
			editor,
			id,
			news({ title: 'Kopi fire', body: 'Ny tekst.', slug: `${slug}-ny`, version })
		);
		expect((await newsBySlug(`${slug}-ny`))?.body).toContain('Publisert tekst.');
		expect(await redirectFor(`/nyheter/${slug}`)).toBe(`/nyheter/${slug}-ny`);
		expect((await getNews(editor, id))?.body).toBe('Ny tekst.');
	});
});

describe('planned update and unpublish', () => {
	it('publishes a working copy at its time, once', async () => {
		const { id, slug, version } = await published('Planlagt endring');
		await saveNews(
			editor,
			id,
			news({
				title: 'Planlagt endring',
				body: 'Etter planen.',
				version,
				intent: 'planlegg-endring',
				publishAt: '2031-03-01T09:00'
			})
		);
		expect(await publishDue(new Date('2031-03-01T07:59:00Z'))).toBe(0);
		expect((await newsBySlug(slug))?.body).toContain('Publisert tekst.');
		setNow(new Date('2031-03-01T08:00:30Z'));
		try {
			expect(await publishDue()).toBe(1);
			expect(await publishDue()).toBe(0);
			expect((await newsBySlug(slug))?.body).toContain('Etter planen.');
		} finally {
			resetClock();
		}
	});

	it('unpublishes at its time, once', async () => {
		const { id, slug, version } = await published('Planlagt avpublisering');
		await saveNews(
			editor,
			id,
			news({
				title: 'Planlagt avpublisering',
				version,
				intent: 'planlegg-avpublisering',
				publishAt: '2031-04-01T12:00'
			})
		);
		expect((await newsBySlug(slug))?.title).toBe('Planlagt avpublisering');
		setNow(new Date('2031-04-01T10:00:30Z'));
		try {
			expect(await publishDue()).toBe(1);
			expect(await publishDue()).toBe(0);
			expect(await newsBySlug(slug)).toBeNull();
			const [row] = await db.select().from(newsArticles).where(eq(newsArticles.id, id));
			expect(row.status).toBe('draft');
			expect(row.unpublishAt).toBeNull();
		} finally {
			resetClock();
		}
	});

	it('runs each plan once when two nodes run the job at the same time', async () => {
		const { id, version } = await published('To noder');
		await saveNews(
			editor,
			id,
			news({
				title: 'To noder',
				version,
				intent: 'planlegg-avpublisering',
				publishAt: '2031-05-01T12:00'
			})
		);
		const second = await published('To noder, endring');
		await saveNews(
			editor,
			second.id,
			news({
				title: 'To noder, endring',
				body: 'Endret av planen.',
				version: second.version,
				intent: 'planlegg-endring',
				publishAt: '2031-05-01T12:00'
			})
		);
		const at = new Date('2031-05-01T10:00:30Z');
		const counts = await Promise.all([publishDue(at), publishDue(at), publishDue(at)]);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(2);
		const versions = await db
			.select()
			.from(contentVersions)
			.where(and(eq(contentVersions.entityType, 'nyhet'), eq(contentVersions.entityId, second.id)));
		expect(versions.filter((v) => v.note === 'Endringer publisert etter plan')).toHaveLength(1);
	});
});

describe('contributors', () => {
	it('cannot publish, schedule or unpublish, and nothing changes', async () => {
		await expect(
			saveNews(contributor, null, news({ title: 'Bidrag', intent: 'publiser' }))
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(
			saveNews(
				contributor,
				null,
				news({ title: 'Bidrag', intent: 'planlegg', publishAt: '2031-01-01T10:00' })
			)
		).rejects.toBeInstanceOf(ForbiddenError);
		const { id, slug, version } = await published('Redaktørens sak');
		await expect(
			saveNews(contributor, id, news({ title: 'Redaktørens sak', version, intent: 'avpubliser' }))
		).rejects.toBeInstanceOf(ForbiddenError);
		expect((await newsBySlug(slug))?.title).toBe('Redaktørens sak');
		const drafts = await db.select().from(newsArticles).where(eq(newsArticles.title, 'Bidrag'));
		expect(drafts).toEqual([]);
	});

	it('writes own drafts only, and working copies of published items', async () => {
		const mine = await saveNews(contributor, null, news({ title: 'Mitt utkast' }));
		await saveNews(contributor, mine, news({ title: 'Mitt utkast, endret', version: 1 }));
		expect((await getNews(contributor, mine))?.title).toBe('Mitt utkast, endret');
		await expect(
			saveNews(other, mine, news({ title: 'Ikke ditt', version: 2 }))
		).rejects.toBeInstanceOf(ForbiddenError);
		const { id, slug, version } = await published('Åpen for bidrag');
		await saveNews(contributor, id, news({ title: 'Åpen for bidrag', body: 'Forslag.', version }));
		expect((await newsBySlug(slug))?.body).toContain('Publisert tekst.');
		expect((await getNews(editor, id))?.body).toBe('Forslag.');
	});

	it('sends for approval, the editors are mailed, and an editor approves by publishing', async () => {
		const id = await saveNews(
			contributor,
			null,
			news({ title: 'Til godkjenning', intent: 'send' })
		);
		const [review] = await db
			.select()
			.from(contentReviews)
			.where(and(eq(contentReviews.entityType, 'nyhet'), eq(contentReviews.entityId, id)));
		expect(review.state).toBe('venter');
		const mails = await db.select().from(mailMessages).where(eq(mailMessages.to, editor.email));
		expect(mails.some((m) => m.subject.includes('Til godkjenning'))).toBe(true);
		const desk = await editorDesk(editor);
		expect(desk.awaiting.map((r) => r.id)).toContain(id);

		await saveNews(editor, id, news({ title: 'Til godkjenning', version: 1, intent: 'publiser' }));
		expect((await newsBySlug('til-godkjenning'))?.title).toBe('Til godkjenning');
		const left = await db
			.select()
			.from(contentReviews)
			.where(and(eq(contentReviews.entityType, 'nyhet'), eq(contentReviews.entityId, id)));
		expect(left).toEqual([]);
	});

	it('gets it back with a comment, by mail; only editors send back', async () => {
		const id = await saveNews(contributor, null, news({ title: 'Må endres', intent: 'send' }));
		await expect(sendBack(contributor, 'nyhet', id, 'Nei')).rejects.toBeInstanceOf(ForbiddenError);
		await sendBack(editor, 'nyhet', id, 'Skriv en kortere ingress.');
		const [review] = await db
			.select()
			.from(contentReviews)
			.where(and(eq(contentReviews.entityType, 'nyhet'), eq(contentReviews.entityId, id)));
		expect(review.state).toBe('sendt-tilbake');
		expect(review.comment).toBe('Skriv en kortere ingress.');
		const mails = await db
			.select()
			.from(mailMessages)
			.where(eq(mailMessages.to, contributor.email));
		expect(mails.some((m) => m.text.includes('Skriv en kortere ingress.'))).toBe(true);
		const desk = await editorDesk(contributor);
		expect(desk.sentBack.map((r) => r.id)).toContain(id);
		expect(desk.myDrafts.map((r) => r.id)).toContain(id);
	});
});
