/**
 * Nothing lost to an expired session: when a form is posted to a protected page by someone
 * whose session has run out, `hooks.server.ts` asks `stashForm` to keep the fields (not
 * files, never passwords) before sending them to sign in. Back on the page, its load asks
 * `stashedForm` and offers what was typed («Vi tok vare på det du skrev …»); a successful
 * save calls `dropStash`. The cookie holds a random token, the table its hash; both expire
 * after two hours, and the cleanup job deletes what is left.
 */
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { eq, lt } from 'drizzle-orm';
import { db } from './db/client';
import { formStash } from './accounts/schema';
import { generateToken, hashToken, looksLikeToken } from './accounts/tokens';
import { defineJob } from './jobs/runner';
import { config } from './config';
import { now } from './clock';
import { clean } from '$lib/forms/fields';

export const STASH_COOKIE = 'fk_skjema';
export const STASH_TTL_MS = 2 * 60 * 60_000;
const MAX_BYTES = 512 * 1024;
const SECRET = /pass(word|ord)|confirm|current|token|__superform_files/i;

export interface StashedForm {
	action: string;
	fields: Record<string, string[]>;
	savedAt: Date;
}

/**
 * For a form POST (urlencoded, or multipart without files): keeps the fields and returns the
 * page to come back to after sign-in. Anything else: null, and nothing is kept.
 */
export async function stashForm(event: RequestEvent): Promise<string | null> {
	const type = event.request.headers.get('content-type') ?? '';
	if (event.request.method !== 'POST') return null;
	if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return null;
	if (Number(event.request.headers.get('content-length') ?? 0) > MAX_BYTES) return null;
	let form: FormData;
	try {
		form = await event.request.formData();
	} catch {
		return null;
	}
	const fields: Record<string, string[]> = {};
	let size = 0;
	for (const [key, value] of form) {
		if (typeof value !== 'string') {
			if (value.size > 0 || value.name) return event.url.pathname; // files are not kept
			continue;
		}
		if (SECRET.test(key)) continue;
		size += key.length + value.length;
		(fields[key] ??= []).push(clean(value));
	}
	if (size === 0 || size > MAX_BYTES) return event.url.pathname;
	const token = generateToken();
	await db.insert(formStash).values({
		id: hashToken(token),
		path: event.url.pathname,
		action: actionOf(event.url),
		data: fields,
		createdAt: now()
	});
	event.cookies.set(STASH_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: config.secureCookies,
		maxAge: STASH_TTL_MS / 1000
	});
	return event.url.pathname;
}

/** `lagre` from `?/lagre`; '' for a default action. */
function actionOf(url: URL): string {
	const key = [...url.searchParams.keys()].find((k) => k.startsWith('/'));
	return key ? key.slice(1) : '';
}

async function rowOf(cookies: Cookies) {
	const token = cookies.get(STASH_COOKIE);
	if (!token || !looksLikeToken(token)) return null;
	const [row] = await db
		.select()
		.from(formStash)
		.where(eq(formStash.id, hashToken(token)));
	if (!row || now().getTime() - row.createdAt.getTime() > STASH_TTL_MS) return null;
	return row;
}

/** What was kept for this page, if anything (read-only: offering it twice is harmless). */
export async function stashedForm(
	event: Pick<RequestEvent, 'cookies' | 'url'>
): Promise<StashedForm | null> {
	const row = await rowOf(event.cookies);
	if (!row || row.path !== event.url.pathname) return null;
	return { action: row.action, fields: row.data, savedAt: row.createdAt };
}

/** The kept fields as FormData, to validate like the original post. */
export function stashedFormData(stash: StashedForm): FormData {
	const fd = new FormData();
	for (const [k, values] of Object.entries(stash.fields)) for (const v of values) fd.append(k, v);
	return fd;
}

/** After a successful save (or when the person discards it). */
export async function dropStash(event: Pick<RequestEvent, 'cookies'>) {
	const token = event.cookies.get(STASH_COOKIE);
	if (!token) return;
	if (looksLikeToken(token)) await db.delete(formStash).where(eq(formStash.id, hashToken(token)));
	event.cookies.delete(STASH_COOKIE, { path: '/' });
}

export async function deleteExpiredStashes() {
	await db
		.delete(formStash)
		.where(lt(formStash.createdAt, new Date(now().getTime() - STASH_TTL_MS)));
}

export const formStashCleanupJob = defineJob({
	name: 'form-stash.cleanup',
	cron: '*/10 * * * *',
	run: deleteExpiredStashes
});
