import { afterEach, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { db } from './db/client';
import { formStash } from './accounts/schema';
import {
	STASH_COOKIE,
	deleteExpiredStashes,
	dropStash,
	stashForm,
	stashedForm,
	stashedFormData
} from './form-stash';
import { resetClock, setNow } from './clock';

/** A minimal request event with a cookie jar that remembers what was set. */
function event(path: string, body?: BodyInit, headers: Record<string, string> = {}) {
	const jar = new Map<string, string>();
	const url = new URL(`http://localhost${path}`);
	return {
		url,
		request: new Request(url, { method: body === undefined ? 'GET' : 'POST', body, headers }),
		cookies: {
			get: (name: string) => jar.get(name),
			set: (name: string, value: string) => void jar.set(name, value),
			delete: (name: string) => void jar.delete(name)
		},
		jar
	} as unknown as RequestEvent & { jar: Map<string, string> };
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields);
const urlencoded = { 'content-type': 'application/x-www-form-urlencoded' };

afterEach(() => resetClock());

describe('the form stash', () => {
	it('keeps a form posted without a session, never passwords, and offers it on the same page', async () => {
		const post = event(
			'/kommuner/1804/fremtidsbilde/gapet/3?/lagre',
			form({ gap: 'Lang tekst med æøå', version: '2', password: 'hemmelig', confirm: 'x' }),
			urlencoded
		);
		expect(await stashForm(post)).toBe('/kommuner/1804/fremtidsbilde/gapet/3');
		const token = post.jar.get(STASH_COOKIE)!;
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		const [row] = await db.select().from(formStash);
		expect(row.id).not.toBe(token); // only the hash is stored
		expect(row.data).toEqual({ gap: ['Lang tekst med æøå'], version: ['2'] });

		const page = event('/kommuner/1804/fremtidsbilde/gapet/3');
		page.jar.set(STASH_COOKIE, token);
		const stash = await stashedForm(page);
		expect(stash).toMatchObject({ action: 'lagre', fields: { gap: ['Lang tekst med æøå'] } });
		expect(stashedFormData(stash!).get('gap')).toBe('Lang tekst med æøå');

		// Another page does not get it; after a successful save it is gone
		const other = event('/kommuner/1804/fremtidsbilde/tiltak/ny');
		other.jar.set(STASH_COOKIE, token);
		expect(await stashedForm(other)).toBeNull();
		await dropStash(page);
		expect(page.jar.has(STASH_COOKIE)).toBe(false);
		expect(await db.select().from(formStash)).toEqual([]);
	});

	it('keeps multipart forms without files, but not files, JSON or GET requests', async () => {
		const withoutFile = new FormData();
		withoutFile.set('title', 'Historie');
		const a = event('/kommuner/1804/fremtidsbilde/deling/historier/ny?/lagre', withoutFile);
		expect(await stashForm(a)).toBe('/kommuner/1804/fremtidsbilde/deling/historier/ny');
		expect(a.jar.has(STASH_COOKIE)).toBe(true);

		const withFile = new FormData();
		withFile.set('photo', new File([new Uint8Array([1, 2, 3])], 'bilde.png'));
		const b = event('/kommuner/1804/fremtidsbilde/deling/historier/1?/bilde', withFile);
		expect(await stashForm(b)).toBe('/kommuner/1804/fremtidsbilde/deling/historier/1');
		expect(b.jar.has(STASH_COOKIE)).toBe(false);

		const json = event('/kommuner/1804/fremtidsbilde/utkast', '{"key":"x"}', {
			'content-type': 'application/json'
		});
		expect(await stashForm(json)).toBeNull();
		expect(await stashForm(event('/kommuner/1804/fremtidsbilde'))).toBeNull();
	});

	it('expires after two hours, and the job removes what is left', async () => {
		setNow(new Date('2030-05-05T10:00:00Z'));
		const post = event('/min-side?/profil', form({ name: 'Navn' }), urlencoded);
		await stashForm(post);
		const page = event('/min-side');
		page.jar.set(STASH_COOKIE, post.jar.get(STASH_COOKIE)!);
		expect(await stashedForm(page)).not.toBeNull();
		setNow(new Date('2030-05-05T12:01:00Z'));
		expect(await stashedForm(page)).toBeNull();
		await deleteExpiredStashes();
		expect((await db.select().from(formStash)).map((r) => r.path)).not.toContain('/min-side');
	});
});
