import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { auditLog } from '../accounts/schema';
import { mediaFiles } from './schema';
import type { Actor } from '../accounts/actor';
import {
	deleteResource,
	formatDuration,
	getResource,
	listResourcesAdmin,
	parseDuration,
	restoreResource,
	saveResource
} from './resources.admin';
import { deleteFile, listFiles, prepareUpload, uploadFile } from './media.admin';
import { EditConflictError } from './editing';
import { resourceBySlug } from './resources.service';
import { redirectFor } from './pages.service';
import { storedFileData } from './media.service';
import { createEditor } from './test-editor';
import type { ResourceInput } from '$lib/forms/content';
import { seoToForm } from './seo';

let editor: Actor;
const PDF = Buffer.from('%PDF-1.4\n% testfil\n%%EOF\n');
const pdfFile = (name = 'rapport.pdf', content: Buffer = PDF) =>
	new File([new Uint8Array(content)], name, { type: 'application/pdf' });

const input = (over: Partial<ResourceInput> = {}): ResourceInput => ({
	kind: 'rapport',
	title: 'Prosjektrapport',
	slug: '',
	description: 'Om **prosjektet**.',
	year: '2021',
	url: '',
	fileId: '',
	videoUrl: '',
	videoUrlSubtitled: '',
	duration: '',
	transcript: '',
	featured: false,
	version: 0,
	intent: 'lagre',
	publishAt: '',
	...seoToForm(null),
	...over
});

beforeAll(async () => {
	editor = await createEditor();
});

describe('resources on the editorial desk', () => {
	it('creates a draft with a unique slug, and publishes it', async () => {
		const a = await saveResource(editor, null, input({ duration: '2:50' }));
		const b = await saveResource(editor, null, input());
		const row = await getResource(editor, a);
		expect(row?.slug).toBe('prosjektrapport');
		expect((await getResource(editor, b))?.slug).toBe('prosjektrapport-2');
		expect(row?.year).toBe(2021);
		expect(row?.durationSeconds).toBe(170);
		expect(await resourceBySlug('prosjektrapport')).toBeNull();
		await saveResource(editor, a, input({ version: 1, intent: 'publiser', duration: '2:50' }));
		expect((await resourceBySlug('prosjektrapport'))?.status).toBe('published');
		expect(
			(await listResourcesAdmin(editor, { q: 'prosjektrapport', status: 'draft' })).items.length
		).toBe(1);
		expect((await listResourcesAdmin(editor, { kind: 'film' })).items.length).toBe(0);
	});

	it('redirects /ressurser/<old> to the new slug after a rename', async () => {
		const id = await saveResource(editor, null, input({ title: 'Temapakke 1', kind: 'temapakke' }));
		await saveResource(
			editor,
			id,
			input({ title: 'Temapakke 1', kind: 'temapakke', slug: 'hovedfunn', version: 1 })
		);
		expect(await redirectFor('/ressurser/temapakke-1')).toBe('/ressurser/hovedfunn');
	});

	it('stores an uploaded file with the resource in the same transaction, and audits both', async () => {
		const upload = await prepareUpload(pdfFile('Rapport 2021.pdf'));
		const id = await saveResource(editor, null, input({ title: 'Med fil' }), upload);
		const row = await getResource(editor, id);
		expect(row?.fileId).not.toBeNull();
		expect(await storedFileData(row!.fileId!)).toEqual(PDF);
		const actions = (await db.select().from(auditLog).where(eq(auditLog.actorId, editor.id))).map(
			(a) => a.action
		);
		expect(actions).toContain('fil.lastet-opp');
		expect(actions).toContain('ressurs.opprettet');
		// The file is used, and cannot be deleted while it is
		const listed = (await listFiles(editor, { q: 'Rapport 2021' })).files[0];
		expect(listed.uses).toEqual([
			expect.objectContaining({ label: 'Ressurs: Med fil', href: `/admin/ressurser/${id}` })
		]);
		await expect(deleteFile(editor, row!.fileId!)).rejects.toThrow(/brukes av ressursen «Med fil»/);
	});

	it('picks an existing file, refuses one that does not exist, and keeps the draft unchanged then', async () => {
		const fileId = await uploadFile(editor, pdfFile('felles.pdf'));
		const id = await saveResource(
			editor,
			null,
			input({ title: 'Velger fil', fileId: String(fileId) })
		);
		expect((await getResource(editor, id))?.fileId).toBe(fileId);
		await expect(
			saveResource(editor, id, input({ title: 'Endret', fileId: '999999', version: 1 }))
		).rejects.toThrow(/Fant ikke filen/);
		expect((await getResource(editor, id))?.title).toBe('Velger fil');
	});

	it('refuses a disguised upload before anything is saved', async () => {
		const before = (await db.select({ id: mediaFiles.id }).from(mediaFiles)).length;
		await expect(
			prepareUpload(pdfFile('rapport.pdf', Buffer.from('<html><script>alert(1)</script></html>')))
		).rejects.toThrow(/HTML/);
		expect((await db.select({ id: mediaFiles.id }).from(mediaFiles)).length).toBe(before);
	});

	it('deletes a file nothing uses', async () => {
		const fileId = await uploadFile(editor, pdfFile('ubrukt.pdf'));
		await deleteFile(editor, fileId);
		expect(await storedFileData(fileId)).toBeNull();
		await expect(deleteFile(editor, fileId)).rejects.toThrow(/Fant ikke filen/);
	});

	it('tells the second of two editors, restores versions and deletes with the right version', async () => {
		const id = await saveResource(editor, null, input({ title: 'Første' }));
		await saveResource(editor, id, input({ title: 'Andre', version: 1, featured: true }));
		await expect(
			saveResource(editor, id, input({ title: 'Tredje', version: 1 }))
		).rejects.toBeInstanceOf(EditConflictError);
		await restoreResource(editor, id, 1);
		const row = await getResource(editor, id);
		expect(row?.title).toBe('Første');
		expect(row?.featured).toBe(false);
		expect(row?.version).toBe(3);
		await expect(deleteResource(editor, id, 2)).rejects.toBeInstanceOf(EditConflictError);
		await deleteResource(editor, id, 3);
		expect(await getResource(editor, id)).toBeNull();
	});

	it('gives resources saved at the same moment with the same title different slugs', async () => {
		const ids = await Promise.all(
			[1, 2, 3].map(() => saveResource(editor, null, input({ title: 'Samtidig' })))
		);
		const slugs = await Promise.all(ids.map(async (id) => (await getResource(editor, id))?.slug));
		expect(slugs.sort()).toEqual(['samtidig', 'samtidig-2', 'samtidig-3']);
	});

	it('reads and writes durations as minutes and seconds', () => {
		expect(parseDuration('2:50')).toBe(170);
		expect(parseDuration('1:02:05')).toBe(3725);
		expect(parseDuration('95')).toBe(95);
		expect(parseDuration('')).toBeNull();
		expect(formatDuration(170)).toBe('2:50');
		expect(formatDuration(3725)).toBe('1:02:05');
		expect(formatDuration(null)).toBe('');
	});
});
