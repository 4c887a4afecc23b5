/**
 * Guards the test-only endpoints. A production build has none (scripts/test-build.js); in a
 * test build they answer 404 unless FK_TEST_MODE=1.
 */
import { error } from '@sveltejs/kit';
import { config } from './config';

export function requireTestMode(): void {
	if (!config.testMode) error(404, 'Siden finnes ikke');
}
