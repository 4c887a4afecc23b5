/**
 * Bad request bodies at real form actions, public and signed-in: each gets its 4xx and a
 * Norwegian message in bounded time, never a 500 or a hang, and the server answers afterwards.
 * Posted from the site's origin, so they pass SvelteKit's CSRF check and reach the app.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { m } from '../../src/lib/i18n';
import { createEvent } from './support/events';
import { createUser } from './support/users';
import { E2E } from './support/env';

const FORM = 'application/x-www-form-urlencoded';

/** Each kind of bad body: its content type, its bytes, and the answer it must get. */
const BAD: { name: string; type: string; body: string | Buffer; status: number; text: string }[] = [
	{
		name: 'UTF-16 charset (used to hang)',
		type: `${FORM}; charset=utf-16`,
		body: 'epost=a%40b.no',
		status: 415,
		text: m.badInput.charset
	},
	{
		name: 'Latin-1 charset',
		type: `${FORM}; charset=iso-8859-1`,
		body: 'navn=%E6',
		status: 415,
		text: m.badInput.charset
	},
	{
		name: 'JSON to a form action',
		type: 'application/json',
		body: '{"epost":"a@b.no"}',
		status: 415,
		text: m.badInput.contentType
	},
	{
		name: 'wrong content type',
		type: 'application/xml',
		body: '<a/>',
		status: 415,
		text: m.badInput.contentType
	},
	{
		name: 'multipart without boundary',
		type: 'multipart/form-data',
		body: 'epost=a',
		status: 400,
		text: m.badInput.malformed
	},
	{
		name: 'broken multipart',
		type: 'multipart/form-data; boundary=xyz',
		body: '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--zz',
		status: 400,
		text: m.badInput.malformed
	},
	{
		name: 'invalid percent-encoding',
		type: FORM,
		body: 'epost=%E0%A4%A&navn=100%',
		status: 400,
		text: m.badInput.encoding
	},
	{
		name: 'invalid UTF-8',
		type: FORM,
		body: Buffer.from([0x6e, 0x61, 0x76, 0x6e, 0x3d, 0xff, 0xfe, 0x41]),
		status: 400,
		text: m.badInput.encoding
	},
	{
		name: 'NUL in a field',
		type: FORM,
		body: 'navn=a%00b',
		status: 400,
		text: m.badInput.encoding
	},
	{
		name: 'oversized form',
		type: FORM,
		body: 'navn=' + 'x'.repeat(3 * 1024 * 1024),
		status: 413,
		text: m.badInput.tooLarge
	}
];

async function postBad(
	request: APIRequestContext,
	path: string,
	bad: (typeof BAD)[number],
	accept: string,
	token?: string
) {
	return request.post(E2E.origin + path, {
		headers: {
			origin: E2E.origin,
			accept,
			'content-type': bad.type,
			...(token ? { cookie: `fk_session=${token}` } : {})
		},
		data: bad.body,
		maxRedirects: 0,
		timeout: 15_000
	});
}

async function expectRefusals(request: APIRequestContext, path: string, token?: string) {
	for (const bad of BAD) {
		// A browser posting without JavaScript: a short page.
		const page = await postBad(request, path, bad, 'text/html', token);
		expect(page.status(), `${bad.name} → ${path}`).toBe(bad.status);
		expect(await page.text(), `${bad.name} → ${path}`).toContain(bad.text);
		// `use:enhance`: an action result SvelteKit's client understands.
		const enhanced = await postBad(request, path, bad, 'application/json', token);
		expect(enhanced.status(), `${bad.name} → ${path} (JSON)`).toBe(bad.status);
		expect(await enhanced.json()).toEqual({
			type: 'error',
			status: bad.status,
			error: { message: bad.text }
		});
	}
	// Still up, and still answering forms.
	const health = await request.get(`${E2E.origin}/helse`, { timeout: 5_000 });
	expect(health.status()).toBe(200);
}

test.describe('bad request bodies', () => {
	test('public form actions: sign-in, event registration, forgotten password', async ({
		request
	}) => {
		test.setTimeout(120_000);
		const event = await createEvent(request, { title: 'Arrangement for dårlig input' });
		for (const path of [
			'/logg-inn?/passord',
			`/arrangementer/${event.slug}/pamelding?/pamelding`,
			'/glemt-passord'
		])
			await expectRefusals(request, path);
	});

	test('signed-in form actions: user administration, file upload, my page', async ({ request }) => {
		test.setTimeout(120_000);
		const admin = await createUser(request, { role: 'admin' });
		const other = await createUser(request, { role: 'ingen' });
		await expectRefusals(request, `/admin/brukere/${other.id}?/rolle`, admin.token);
		await expectRefusals(request, '/admin/filer?/lastOpp', admin.token);
		const member = await createUser(request, { role: 'medlem' });
		await expectRefusals(request, '/min-side?/profil', member.token);
	});

	test('an upload past the size limit still gets its answer, not a hung socket', async ({
		request
	}) => {
		test.setTimeout(60_000);
		// Past BODY_SIZE_LIMIT (27 MB): nothing reads it, and it is thrown away after the answer.
		const huge = Buffer.alloc(28 * 1024 * 1024, 0x20);
		// Signed out, at an admin upload: sent to sign in (too big to keep the form).
		const upload = await request.post(`${E2E.origin}/admin/filer?/lastOpp`, {
			headers: { origin: E2E.origin, accept: 'text/html' },
			multipart: { fil: { name: 'stor.pdf', mimeType: 'application/pdf', buffer: huge } },
			maxRedirects: 0,
			timeout: 30_000
		});
		expect(upload.status()).toBe(303);
		expect(upload.headers()['location']).toMatch(/^\/logg-inn\?neste=/);
		// Signed in, at an action that does not expect files: 413 and the message.
		const admin = await createUser(request, { role: 'admin' });
		const other = await createUser(request, { role: 'ingen' });
		const role = await request.post(`${E2E.origin}/admin/brukere/${other.id}?/rolle`, {
			headers: { origin: E2E.origin, accept: 'text/html', cookie: `fk_session=${admin.token}` },
			multipart: { globalRole: 'admin', fil: { name: 'x', mimeType: 'text/plain', buffer: huge } },
			maxRedirects: 0,
			timeout: 30_000
		});
		expect(role.status()).toBe(413);
		expect(await role.text()).toContain(m.badInput.tooLarge);
		expect((await request.get(`${E2E.origin}/helse`, { timeout: 5_000 })).status()).toBe(200);
	});

	test('a good form still goes through after all that', async ({ request }) => {
		const res = await request.post(`${E2E.origin}/logg-inn?/lenke`, {
			headers: { origin: E2E.origin, accept: 'text/html', 'content-type': FORM },
			data: 'email=ingen-slik%40example.no',
			maxRedirects: 0,
			timeout: 15_000
		});
		expect(res.status()).toBe(200);
	});
});
