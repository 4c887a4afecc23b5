/**
 * Guards the test-only endpoints. A production build has none (scripts/test-build.js); in a
 * test build they answer 404 unless FK_TEST_MODE=1.
 */
import { config } from './config';
import { notFoundPage } from './http';

export function requireTestMode(): void {
	if (!config.testMode) notFoundPage('problems.pages.page');
}
