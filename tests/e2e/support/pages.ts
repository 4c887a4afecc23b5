/** Helpers for page-level expectations shared by the journeys. */
import { expect, type Page } from '@playwright/test';
import { expectAccessible } from './a11y';

/** One h1, main/header/footer landmarks, canonical and Open Graph tags, and no axe violations. */
export async function expectGoodPage(page: Page, context = '') {
	await expect(page.locator('h1'), `én h1 på ${context}`).toHaveCount(1);
	await expect(page.locator('main')).toHaveCount(1);
	await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
	await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
	await expect(page.locator('meta[property="og:url"]')).toHaveCount(1);
	await expectAccessible(page, context);
}
