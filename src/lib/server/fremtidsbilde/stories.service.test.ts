import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { mediaFiles } from '../content/schema';
import type { Actor } from '../accounts/actor';
import {
	proposeStory,
	publishedStories,
	reviewStory,
	saveStory,
	setStoryPhoto,
	storyPhoto,
	withdrawStory
} from './stories.service';
import { member } from './testing';
import { PHOTO_MAX_BYTES } from './images';

const NR = '1804';
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
	'base64'
);
let coordinator: Actor;
let editor: Actor;

beforeAll(async () => {
	coordinator = await member(NR, 'koordinator');
	editor = await member(null, 'medlem', null, { globalRole: 'redaktor' });
});

describe('experience stories', () => {
	it('go from the group to the public site only through an editor', async () => {
		const id = await saveStory(coordinator, NR, null, {
			title: 'Bodø: Vi møter barna der de er',
			body: 'Tekst.',
			photoAlt: '',
			version: 0
		});
		await expect(
			setStoryPhoto(coordinator, NR, id, {
				name: 'x.png',
				bytes: new TextEncoder().encode('<svg/>')
			})
		).rejects.toThrow('JPEG, PNG eller WebP');
		await expect(
			setStoryPhoto(coordinator, NR, id, {
				name: 'x.jpg',
				bytes: new Uint8Array(PHOTO_MAX_BYTES + 1).fill(0xff)
			})
		).rejects.toThrow('for stort');
		await setStoryPhoto(coordinator, NR, id, { name: 'Konsert på scenen.PNG', bytes: PNG });
		const photo = await storyPhoto(id);
		expect(photo).toMatchObject({
			mime: 'image/png',
			name: 'konsert-pa-scenen.png',
			status: 'utkast'
		});

		// A photo needs alt text before the story can be proposed
		await expect(proposeStory(coordinator, NR, id)).rejects.toMatchObject({ field: 'photoAlt' });
		await saveStory(coordinator, NR, id, {
			title: 'Bodø: Vi møter barna der de er',
			body: 'Tekst.',
			photoAlt: 'Barn som spiller trommer',
			version: 2
		});
		await proposeStory(coordinator, NR, id);
		await expect(
			saveStory(coordinator, NR, id, { title: 'Endret', body: 'x', photoAlt: 'y', version: 4 })
		).rejects.toMatchObject({ key: 'problems.fremtidsbilde.storyProposed' });
		expect(await publishedStories()).toEqual([]);

		// Only members of the group propose; editors decide
		const plain = await member(NR);
		await expect(withdrawStory(plain, NR, id)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			reviewStory(editor, id, {
				title: 'T',
				body: 'x',
				photoAlt: 'a',
				reviewNote: '',
				intent: 'send_tilbake',
				version: 4
			})
		).rejects.toMatchObject({ field: 'reviewNote' });
		await reviewStory(editor, id, {
			title: 'Bodø: Vi møter barna der de er',
			body: 'Tekst.',
			photoAlt: 'Barn som spiller trommer',
			reviewNote: '',
			intent: 'publiser',
			version: 4
		});
		const [pub] = await publishedStories();
		expect(pub).toMatchObject({
			slug: 'bodo-vi-moter-barna-der-de-er',
			municipality: 'Bodø'
		});
	});

	it('keeps replaced photos from piling up', async () => {
		const id = await saveStory(coordinator, NR, null, {
			title: 'To bilder',
			body: 'Tekst.',
			photoAlt: '',
			version: 0
		});
		await setStoryPhoto(coordinator, NR, id, { name: 'a.png', bytes: PNG });
		const first = (await storyPhoto(id))!;
		await setStoryPhoto(coordinator, NR, id, { name: 'b.png', bytes: PNG });
		expect((await storyPhoto(id))!.name).toBe('b.png');
		expect(
			await db.select({ id: mediaFiles.id }).from(mediaFiles).where(eq(mediaFiles.name, first.name))
		).toEqual([]);
	});
});
