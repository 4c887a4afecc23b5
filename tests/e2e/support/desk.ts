/** Helpers for the editorial desk's journeys. */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible } from './a11y';
import { E2E } from './env';

/** A short random suffix, so each run's titles and addresses are its own. */
export function suffix() {
	return Math.random().toString(36).slice(2, 7);
}

/** axe at a desktop width and at 360 px (a small phone), then back to the desktop width. */
export async function expectAccessibleAtWidths(page: Page, context: string) {
	await page.setViewportSize({ width: 1280, height: 900 });
	await expectAccessible(page, `${context} (1280 px)`);
	await page.setViewportSize({ width: 360, height: 800 });
	await expectAccessible(page, `${context} (360 px)`);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth
	);
	expect(overflow, `vannrett rulling på ${context} ved 360 px`).toBeLessThanOrEqual(0);
	await page.setViewportSize({ width: 1280, height: 900 });
}

/**
 * Posts a form action as a signed-in browser would (same origin), for setting up a journey;
 * returns where the action redirected to.
 */
export async function submitAction(
	request: APIRequestContext,
	path: string,
	fields: Record<string, string>
): Promise<string> {
	const res = await request.post(path, {
		form: fields,
		headers: { origin: E2E.origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(res.status(), `${path}: ${await res.text()}`).toBe(303);
	return res.headers()['location'];
}

/** Creates a page through the desk's own form action; returns its id. */
export async function createPage(
	request: APIRequestContext,
	fields: {
		title: string;
		parentId?: number;
		publish?: boolean;
		body?: string;
		showInMenu?: boolean;
	}
): Promise<number> {
	const location = await submitAction(request, '/admin/sider/ny?/lagre', {
		title: fields.title,
		parentId: fields.parentId ? String(fields.parentId) : '',
		body: fields.body ?? '',
		version: '0',
		intent: fields.publish ? 'publiser' : 'lagre',
		...(fields.showInMenu === false ? {} : { showInMenu: 'on' })
	});
	const id = Number(/\/admin\/sider\/(\d+)/.exec(location)?.[1]);
	expect(id).toBeGreaterThan(0);
	return id;
}

/** Where a public address sends the visitor (the 301's Location), without following it. */
export async function movedTo(request: APIRequestContext, path: string) {
	const res = await request.get(path, { maxRedirects: 0 });
	return { status: res.status(), location: res.headers()['location'] ?? null };
}

/**
 * Collects what the browser console reports as errors and warnings (failed hydration among
 * them). Refused requests (4xx) are left to the tests, which check their status themselves,
 * and Chromium's note about an unused stylesheet preload says nothing about the page.
 */
export function watchConsole(page: Page) {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (
			(m.type() === 'error' || m.type() === 'warning') &&
			!/Failed to load resource|A preload for .* is found, but is not used/.test(m.text())
		)
			problems.push(`${m.type()}: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	return problems;
}

/**
 * Presses a form's submit button and waits until the server has answered the POST, so what
 * follows sees the change (a confirmation already on the page would not prove that).
 */
export async function submit(page: Page, button: string) {
	const answered = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: button, exact: true }).click();
	await answered;
}
