import { beforeAll, describe, expect, it } from 'vitest';
import { seoToForm } from './seo';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { db } from '../db/client';
import { auditLog } from '../accounts/schema';
import { itemImages, mediaFiles, mediaImageVariants, mediaImages, newsArticles } from './schema';
import type { Actor } from '../accounts/actor';
import { createEditor } from './test-editor';
import {
	getImage,
	listImages,
	replaceImage,
	updateImageAlt,
	uploadImage
} from './image-library.admin';
import {
	itemImagePanel,
	removeItemImage,
	setItemImage,
	type ItemImageInput
} from './item-images.admin';
import { itemImageFor, withImages } from './image-views';
import { answerVariantRequest } from './image-variants';
import { deleteFile, uploadFile } from './media.admin';
import { FieldError, ForbiddenError, InvalidError } from '../errors';
import { saveNews, deleteNews } from './news.admin';

let editor: Actor;
const stranger: Actor = {
	id: 999_999,
	name: 'Medlem',
	email: 'medlem@example.no',
	organisation: '',
	globalRole: null as never,
	chapterIds: [],
	chapterCounties: [],
	memberships: []
};

const jpegFile = async (width: number, height: number, name = 'bilde.jpg', colour = '#3a7') =>
	new File(
		[
			new Uint8Array(
				await sharp({ create: { width, height, channels: 3, background: colour } })
					.jpeg()
					.withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 54/1 0/1' } })
					.toBuffer()
			)
		],
		name,
		{ type: 'image/jpeg' }
	);

const input = (fileId: number, over: Partial<ItemImageInput> = {}): ItemImageInput => ({
	fileId,
	alt: '',
	decorative: false,
	caption: '',
	credit: '',
	focusX: null,
	focusY: null,
	...over
});

async function newsItem(title = 'Nyhet med bilde') {
	return saveNews(editor, null, {
		title,
		slug: '',
		lead: 'Ingress.',
		body: 'Tekst.',
		dateline: '',
		tags: '',
		readMoreUrl: '',
		readMoreLabel: '',
		...seoToForm(null),
		version: 0,
		intent: 'publiser',
		publishAt: ''
	});
}

async function refused(p: Promise<unknown>) {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a refusal');
}

beforeAll(async () => {
	editor = await createEditor();
});

describe('the media library', () => {
	it('stores an upload cleaned, with its copies and alt text, and an audit entry', async () => {
		const id = await uploadImage(
			editor,
			await jpegFile(2000, 1000, 'Konsert i Bodø.JPG'),
			' Kor på scenen '
		);
		const [file] = await db.select().from(mediaFiles).where(eq(mediaFiles.id, id));
		expect(file.name).toBe('Konsert i Bodø.jpg');
		expect((await sharp(file.data).metadata()).exif).toBeUndefined();
		const [image] = await db.select().from(mediaImages).where(eq(mediaImages.fileId, id));
		expect(image).toMatchObject({ width: 2000, height: 1000, alt: 'Kor på scenen', revision: 1 });
		const copies = await db
			.select({ w: mediaImageVariants.width, f: mediaImageVariants.format })
			.from(mediaImageVariants)
			.where(eq(mediaImageVariants.fileId, id));
		expect(copies).toHaveLength(9);
		const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'bilde.lastet-opp'));
		expect(audit.some((a) => a.entityId === String(id))).toBe(true);
	});

	it('requires alt text on upload, and refuses what is not an image', async () => {
		const e = await refused(uploadImage(editor, await jpegFile(100, 100), '   '));
		expect(e).toBeInstanceOf(FieldError);
		expect((e as FieldError).field).toBe('alt');
		const pdf = new File([new TextEncoder().encode('%PDF-1.7')], 'bilde.jpg');
		expect(((await refused(uploadImage(editor, pdf, 'Alt'))) as FieldError).field).toBe('fil');
	});

	it('refuses someone who is not an editor', async () => {
		expect(await refused(uploadImage(stranger, await jpegFile(50, 50), 'Alt'))).toBeInstanceOf(
			ForbiddenError
		);
		expect(await refused(listImages(stranger))).toBeInstanceOf(ForbiddenError);
	});

	it('an image uploaded on the Files page is cleaned and resized too', async () => {
		const id = await uploadFile(editor, await jpegFile(600, 300, 'fra-filer.jpg'));
		const [file] = await db.select().from(mediaFiles).where(eq(mediaFiles.id, id));
		expect((await sharp(file.data).metadata()).exif).toBeUndefined();
		const [image] = await db.select().from(mediaImages).where(eq(mediaImages.fileId, id));
		expect(image.alt).toBe('');
	});

	it('replaces the file keeping its id and name, with a new revision of the copies', async () => {
		const id = await uploadImage(editor, await jpegFile(1200, 600, 'plakat.jpg'), 'Plakat');
		const before = await getImage(editor, id);
		await replaceImage(editor, id, await jpegFile(800, 800, 'ny-plakat.jpg', '#a33'));
		const after = await getImage(editor, id);
		expect(after?.href).toBe(before?.href);
		expect(after).toMatchObject({ width: 800, height: 800, revision: 2, alt: 'Plakat' });
		// The old copies' addresses lead to the new picture.
		const old = await answerVariantRequest(
			{ id: String(id), rev: '1', file: '960.webp' },
			null,
			true
		);
		expect(old).toEqual({ status: 301, location: `/bilder/${id}/2/800.webp` });
		const now = await answerVariantRequest(
			{ id: String(id), rev: '2', file: '800.webp' },
			null,
			true
		);
		expect(now.status).toBe(200);
		if (now.status === 200) {
			expect(now.headers['cache-control']).toContain('immutable');
			expect(now.headers['content-type']).toBe('image/webp');
			expect((await sharp(now.body!).metadata()).width).toBe(800);
		}
		expect(
			(await answerVariantRequest({ id: String(id), rev: '2', file: '123.webp' }, null, true))
				.status
		).toBe(404);
	});

	it('searches by name and alt text', async () => {
		await uploadImage(editor, await jpegFile(80, 80, 'fiolin.jpg'), 'En fiolinist øver');
		expect((await listImages(editor, { q: 'fiolinist' })).images.map((i) => i.name)).toEqual([
			'fiolin.jpg'
		]);
		expect((await listImages(editor, { q: 'FIOLIN.j' })).total).toBe(1);
	});
});

describe("an item's main image", () => {
	it('requires alt text unless decorative; the library text is used when it is left empty', async () => {
		const noAlt = await uploadFile(editor, await jpegFile(500, 300, 'uten-alt.jpg'));
		const news = await newsItem();
		const e = await refused(setItemImage(editor, 'nyhet', news, input(noAlt)));
		expect(e).toBeInstanceOf(FieldError);
		expect((e as FieldError).field).toBe('alt');
		expect((e as FieldError).key).toBe('images.problems.altRequired');

		await setItemImage(editor, 'nyhet', news, input(noAlt, { decorative: true, alt: 'ignored' }));
		expect((await itemImageFor('nyhet', news))?.alt).toBe('');

		const withAlt = await uploadImage(editor, await jpegFile(1600, 900), 'Barn spiller trommer');
		await setItemImage(editor, 'nyhet', news, input(withAlt));
		const view = await itemImageFor('nyhet', news);
		expect(view?.alt).toBe('Barn spiller trommer');

		// Editable per use: this item's text, not the library's.
		await setItemImage(
			editor,
			'nyhet',
			news,
			input(withAlt, {
				alt: 'Trommer i Tromsø',
				caption: 'Øving',
				credit: 'Kari',
				focusX: 20,
				focusY: 80
			})
		);
		const mine = await itemImageFor('nyhet', news);
		expect(mine).toMatchObject({
			alt: 'Trommer i Tromsø',
			caption: 'Øving',
			credit: 'Kari',
			focusX: 20,
			focusY: 80
		});
		expect((await getImage(editor, withAlt))?.alt).toBe('Barn spiller trommer');
		// srcset per format, the largest fallback's size for width/height.
		expect(mine?.width).toBe(1600);
		expect(mine?.height).toBe(900);
		expect(mine?.srcset).toBe(
			`/bilder/${withAlt}/1/480.jpg 480w, /bilder/${withAlt}/1/960.jpg 960w, /bilder/${withAlt}/1/1600.jpg 1600w`
		);
		expect(mine?.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
	});

	it('refuses a focal point outside 0–100 and an image that is not in the library', async () => {
		const img = await uploadImage(editor, await jpegFile(100, 100), 'Alt');
		const news = await newsItem('Fokus');
		expect(
			(
				(await refused(
					setItemImage(editor, 'nyhet', news, input(img, { focusX: 101 }))
				)) as FieldError
			).field
		).toBe('focusX');
		expect(
			((await refused(setItemImage(editor, 'nyhet', news, input(987654)))) as FieldError).field
		).toBe('fileId');
		expect(
			((await refused(setItemImage(editor, 'nyhet', news, input(null as never)))) as FieldError)
				.field
		).toBe('fileId');
	});

	it('only editors may set the main image of a news item', async () => {
		const img = await uploadImage(editor, await jpegFile(100, 100), 'Alt');
		const news = await newsItem('Låst');
		expect(await refused(setItemImage(stranger, 'nyhet', news, input(img)))).toBeInstanceOf(
			ForbiddenError
		);
		expect(await refused(itemImagePanel(stranger, 'nyhet', news))).toBeInstanceOf(ForbiddenError);
		expect(await itemImageFor('nyhet', news)).toBeNull();
	});

	it('counts where an image is used, keeps a used image from being deleted, and lets go with its item', async () => {
		const img = await uploadImage(editor, await jpegFile(300, 200, 'brukt.jpg'), 'Brukt bilde');
		const a = await newsItem('Første');
		const b = await newsItem('Andre');
		await setItemImage(editor, 'nyhet', a, input(img));
		await setItemImage(editor, 'nyhet', b, input(img));
		expect((await getImage(editor, img))?.uses.map((u) => u.title).sort()).toEqual([
			'Andre',
			'Første'
		]);
		const listed = (await listImages(editor, { q: 'brukt.jpg' })).images[0];
		expect(listed.uses).toHaveLength(2);

		expect(await refused(deleteFile(editor, img))).toBeInstanceOf(InvalidError);

		await removeItemImage(editor, 'nyhet', a);
		const [bRow] = await db
			.select({ version: newsArticles.version })
			.from(newsArticles)
			.where(eq(newsArticles.id, b));
		await deleteNews(editor, b, bRow.version);
		// The trigger took the deleted item's image row with it.
		expect(
			await db
				.select()
				.from(itemImages)
				.where(and(eq(itemImages.kind, 'nyhet'), eq(itemImages.itemId, b)))
		).toHaveLength(0);
		expect((await getImage(editor, img))?.uses).toEqual([]);
		await deleteFile(editor, img);
		expect(
			await db.select().from(mediaImageVariants).where(eq(mediaImageVariants.fileId, img))
		).toHaveLength(0);
	});

	it('lists carry each item their image in one query', async () => {
		const img = await uploadImage(editor, await jpegFile(100, 100), 'Liste');
		const a = await newsItem('Med');
		const b = await newsItem('Uten');
		await setItemImage(editor, 'nyhet', a, input(img));
		const rows = await withImages('nyhet', [{ id: a }, { id: b }]);
		expect(rows[0].image?.alt).toBe('Liste');
		expect(rows[1].image).toBeNull();
	});

	it('changing the library text does not change the text an item already has', async () => {
		const img = await uploadImage(editor, await jpegFile(100, 100), 'Først');
		const news = await newsItem('Tekst');
		await setItemImage(editor, 'nyhet', news, input(img));
		await updateImageAlt(editor, img, 'Siden');
		expect((await itemImageFor('nyhet', news))?.alt).toBe('Først');
		expect((await getImage(editor, img))?.alt).toBe('Siden');
	});
});
