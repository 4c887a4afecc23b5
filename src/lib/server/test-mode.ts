/** Guards the test-only endpoints: they do not exist unless FK_TEST_MODE=1. */
import { error } from '@sveltejs/kit';
import { config } from './config';

export function requireTestMode(): void {
	if (!config.testMode) error(404, 'Siden finnes ikke');
}
