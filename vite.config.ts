import { defineConfig } from 'vitest/config';
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { buildDir, isTestBuild, noTestCode, testEndpoints } from './scripts/test-build.js';

// FK_TEST_BUILD=1: the test build in build-test/, with the test endpoints (scripts/test-build.js).
const testBuild = isTestBuild();

export default defineConfig({
	plugins: [
		testEndpoints(testBuild),
		noTestCode(testBuild),
		sveltekit({
			compilerOptions: {
				// Force runes mode for the project, except for libraries. Can be removed in svelte 6.
				runes: ({ filename }) =>
					filename.split(/[/\\]/).includes('node_modules') ? undefined : true
			},
			adapter: adapter({ precompress: true, out: buildDir(testBuild) }),
			csp: {
				mode: 'hash',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self', 'unsafe-inline'],
					'img-src': ['self', 'data:'],
					'font-src': ['self'],
					'connect-src': ['self'],
					'frame-src': ['https://player.vimeo.com', 'https://www.youtube-nocookie.com'],
					'frame-ancestors': ['none'],
					'form-action': ['self'],
					'base-uri': ['self'],
					'object-src': ['none']
				}
			},
			csrf: { trustedOrigins: [] },
			typescript: {
				config: (c) => {
					c.exclude = [
						...(c.exclude ?? []),
						'../build/**',
						'../build-test/**',
						'../data/**',
						'../test-results/**'
					];
				}
			}
		})
	],
	// Unit tests are tests too: they may move the clock.
	define: { __FK_TEST_BUILD__: JSON.stringify(testBuild || Boolean(process.env.VITEST)) },
	server: { port: 3000 },
	test: {
		expect: { requireAssertions: true },
		include: ['src/**/*.test.ts'],
		globalSetup: ['tests/setup/pg-global.ts'],
		setupFiles: ['tests/setup/per-file.ts'],
		env: { FK_JOBS: '0', FK_DEMO: '0', LOG_LEVEL: 'warn', TZ: 'UTC' },
		pool: 'forks',
		maxWorkers: 2,
		testTimeout: 20_000,
		hookTimeout: 60_000
	}
});
