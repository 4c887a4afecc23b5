/**
 * Accessibility check used on every page the tests visit: axe-core with the WCAG 2.1 A and
 * AA rules. Zero violations; the failure message names each rule, its help text and the
 * elements involved.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectAccessible(page: Page, context = '') {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const report = results.violations
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help}\n` +
				v.nodes
					.slice(0, 5)
					.map(
						(n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`
					)
					.join('\n')
		)
		.join('\n');
	expect(results.violations, `axe på ${context || page.url()}:\n${report}`).toEqual([]);
}
