import { defineConfig } from '@playwright/test';
import { E2E } from './tests/e2e/support/env';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	outputDir: 'test-results',
	fullyParallel: true,
	workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list']],
	use: {
		baseURL: E2E.origin,
		locale: 'nb-NO',
		timezoneId: 'Europe/Oslo',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-dev-shm-usage'
			]
		}
	},
	projects: [
		// The first-admin set-up must run while no admin exists.
		{ name: 'oppsett', testMatch: /first-admin\.spec\.ts/ },
		{
			name: 'nettsted',
			testIgnore: [/clock\/.*\.spec\.ts/, /first-admin\.spec\.ts/, /access-matrix\.spec\.ts/],
			dependencies: ['oppsett']
		},
		// The access matrix sends tens of thousands of requests: alone, so the journeys beside it
		// are not starved of the one server.
		{
			name: 'tilgang',
			testMatch: /access-matrix\.spec\.ts/,
			dependencies: ['nettsted']
		},
		// Tests that move the app's clock run alone, after the rest.
		{
			name: 'klokke',
			testMatch: /clock\/.*\.spec\.ts/,
			dependencies: ['tilgang'],
			fullyParallel: false,
			// One clock for the whole app: these files must not run at the same time.
			workers: 1
		}
	],
	webServer: {
		command: 'node tests/e2e/support/server.js',
		url: `${E2E.origin}/helse`,
		timeout: 120_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		stderr: 'pipe'
	}
});
