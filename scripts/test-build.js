// The test build and the production build. The end-to-end tests and the benchmark need
// endpoints that create users, events and programmes and move the app's clock
// (`src/routes/test-api/**`); a production build must not contain them at all.
//
// - `FK_TEST_BUILD=1 vite build` writes a test build to `build-test/`, with the test
//   endpoints and `__FK_TEST_BUILD__` true. Only `tests/e2e/support/server.js` and the
//   benchmark run it (server/index.js with FK_BUILD=test), and only with FK_TEST_MODE=1.
// - `vite build` (what `npm start` runs) writes `build/`: every file under
//   `src/routes/test-api/` is replaced by a stub that answers 404, so nothing it imports is
//   bundled, and `__FK_TEST_BUILD__` is false, so no environment variable turns test mode on.
//   `assertNoTestCode` then checks the output, and the build fails if any test code is left.
import fs from 'node:fs';
import path from 'node:path';

export const TEST_BUILD_ENV = 'FK_TEST_BUILD';
export const TEST_ROUTES = /[\\/]src[\\/]routes[\\/]test-api[\\/]/;

/** What a test endpoint is in a production build: nothing but a 404. */
export const STUB = [
	"import { error } from '@sveltejs/kit';",
	'// A production build has no test endpoints (scripts/test-build.js).',
	"export const fallback = () => error(404, 'Siden finnes ikke');",
	''
].join('\n');

/** Words only the test endpoints' code contains; none may be in a production build. */
export const TEST_CODE_MARKERS = ['requireTestMode', 'createTestEvent', 'runRecurringNow'];

/** @param {NodeJS.ProcessEnv} [env] */
export function isTestBuild(env = process.env) {
	return env[TEST_BUILD_ENV] === '1';
}

/** Where adapter-node writes the build. */
/** @param {boolean} testBuild */
export function buildDir(testBuild) {
	return testBuild ? 'build-test' : 'build';
}

/**
 * Vite plugin: in a production build, every module under src/routes/test-api is the stub.
 * @param {boolean} testBuild
 * @returns {import('vite').Plugin}
 */
export function testEndpoints(testBuild) {
	return {
		name: 'fk-test-endpoints',
		enforce: 'pre',
		load(id) {
			if (testBuild) return null;
			return TEST_ROUTES.test(id.split('?')[0]) ? STUB : null;
		}
	};
}

/**
 * Vite plugin, apart from the stub so that it checks it: a production build (any
 * `vite build`) fails if a chunk still holds test-endpoint code.
 * @param {boolean} testBuild
 * @returns {import('vite').Plugin}
 */
export function noTestCode(testBuild) {
	return {
		name: 'fk-no-test-code',
		generateBundle(_options, bundle) {
			if (testBuild) return;
			for (const [name, chunk] of Object.entries(bundle))
				if (chunk.type === 'chunk' && TEST_CODE_MARKERS.some((w) => chunk.code.includes(w)))
					this.error(
						`Produksjonsbygget inneholder kode fra testendepunktene (${name}). ` +
							'Se scripts/test-build.js.'
					);
		}
	};
}

/**
 * The files under `dir` (a build's server output) that contain test-endpoint code.
 * @param {string} dir
 * @returns {string[]}
 */
export function findTestCode(dir) {
	/** @type {string[]} */
	const found = [];
	/** @param {string} d */
	const walk = (d) => {
		for (const e of fs.readdirSync(d, { withFileTypes: true })) {
			const p = path.join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (/\.(js|mjs|cjs)$/.test(e.name)) {
				const text = fs.readFileSync(p, 'utf8');
				if (TEST_CODE_MARKERS.some((w) => text.includes(w))) found.push(p);
			}
		}
	};
	if (fs.existsSync(dir)) walk(dir);
	return found;
}

/**
 * Fails when a production build contains test code.
 * @param {string} buildRoot
 */
export function assertNoTestCode(buildRoot) {
	const found = findTestCode(path.join(buildRoot, 'server'));
	if (found.length > 0)
		throw new Error(
			`Produksjonsbygget inneholder kode fra testendepunktene (${found.join(', ')}). ` +
				'Se scripts/test-build.js.'
		);
}
