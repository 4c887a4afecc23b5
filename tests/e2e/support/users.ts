/** Signing in as a given role in end-to-end tests (through the test-mode API). */
import type { APIRequestContext, Browser, BrowserContext } from '@playwright/test';
import { E2E } from './env';

export type Role =
	'admin' | 'redaktor' | 'bidragsyter' | 'fylkesleder' | 'koordinator' | 'medlem' | 'ingen';

let counter = 0;
export function uniqueEmail(prefix = 'test') {
	return `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.no`;
}

export async function createUser(
	request: APIRequestContext,
	opts: {
		role?: Role;
		email?: string;
		name?: string;
		chapter?: string;
		kommune?: string;
		password?: string;
		/** 'full' (default), 'pending' (second factor still to come) or 'none' (no session). */
		session?: 'full' | 'pending' | 'none';
	} = {}
) {
	const res = await request.post(`${E2E.origin}/test-api/brukere`, {
		data: { email: opts.email ?? uniqueEmail(opts.role ?? 'bruker'), ...opts }
	});
	if (!res.ok()) throw new Error(`Kunne ikke lage bruker: ${res.status()} ${await res.text()}`);
	return (await res.json()) as { id: number; email: string; token: string };
}

export async function signedInContext(
	browser: Browser,
	request: APIRequestContext,
	opts: Parameters<typeof createUser>[1] = {},
	contextOptions: Parameters<Browser['newContext']>[0] = {}
): Promise<{ context: BrowserContext; user: { id: number; email: string; token: string } }> {
	const user = await createUser(request, opts);
	const context = await browser.newContext(contextOptions);
	await context.addCookies([
		{ name: 'fk_session', value: user.token, url: E2E.origin, httpOnly: true, sameSite: 'Lax' }
	]);
	return { context, user };
}

export async function setClock(request: APIRequestContext, at: Date | 'reset') {
	await request.post(`${E2E.origin}/test-api/klokke`, {
		data: at === 'reset' ? { reset: true } : { at: at.toISOString() }
	});
}

export async function runJobs(request: APIRequestContext) {
	await request.post(`${E2E.origin}/test-api/jobber`);
}
