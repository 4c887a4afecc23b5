import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	assertNoTestCode,
	buildDir,
	findTestCode,
	isTestBuild,
	noTestCode,
	STUB,
	testEndpoints
} from '../../../scripts/test-build.js';

const root = path.resolve(import.meta.dirname, '../../..');
const load = (testBuild: boolean, id: string) => {
	const hook = testEndpoints(testBuild).load as (id: string) => string | null;
	return hook(id);
};

describe('the production build has no test endpoints', () => {
	it('replaces every module under src/routes/test-api with a 404 stub', () => {
		for (const route of fs.readdirSync(path.join(root, 'src/routes/test-api'))) {
			const id = path.join(root, 'src/routes/test-api', route, '+server.ts');
			expect(load(false, id)).toBe(STUB);
			expect(load(false, `${id}?v=1`)).toBe(STUB);
		}
		expect(STUB).not.toMatch(/\$lib|test-mode/);
	});

	it('leaves every other module, and the test build, alone', () => {
		expect(load(false, path.join(root, 'src/routes/logg-ut/+server.ts'))).toBeNull();
		expect(load(false, path.join(root, 'src/lib/server/test-mode.ts'))).toBeNull();
		expect(load(true, path.join(root, 'src/routes/test-api/klokke/+server.ts'))).toBeNull();
	});

	it('writes the two builds to different folders, chosen by FK_TEST_BUILD=1 only', () => {
		expect(buildDir(false)).toBe('build');
		expect(buildDir(true)).toBe('build-test');
		expect(isTestBuild({ FK_TEST_BUILD: '1' })).toBe(true);
		expect(isTestBuild({ FK_TEST_BUILD: 'true' })).toBe(false);
		expect(isTestBuild({})).toBe(false);
	});

	it('finds test-endpoint code left in a build, and fails the production build on it', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-build-check-'));
		try {
			fs.mkdirSync(path.join(dir, 'server/chunks'), { recursive: true });
			fs.writeFileSync(path.join(dir, 'server/chunks/a.js'), 'export const x = 1;');
			expect(findTestCode(path.join(dir, 'server'))).toEqual([]);
			expect(() => assertNoTestCode(dir)).not.toThrow();
			// What the real test endpoints bundle: their guard and what they call.
			const real = fs.readFileSync(path.join(root, 'src/lib/server/test-mode.ts'), 'utf8');
			fs.writeFileSync(path.join(dir, 'server/chunks/b.js'), real);
			expect(findTestCode(path.join(dir, 'server'))).toEqual([
				path.join(dir, 'server/chunks/b.js')
			]);
			expect(() => assertNoTestCode(dir)).toThrow(/testendepunktene/);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	it('fails a production build whose bundle still holds test-endpoint code', () => {
		const generate = (testBuild: boolean, code: string) => {
			const errors: string[] = [];
			const hook = noTestCode(testBuild).generateBundle as unknown as (
				this: { error: (m: string) => never },
				o: object,
				b: object
			) => void;
			try {
				hook.call(
					{
						error: (m: string) => {
							errors.push(m);
							throw new Error(m);
						}
					},
					{},
					{ 'entries/a.js': { type: 'chunk', code } }
				);
			} catch {
				/* reported through this.error */
			}
			return errors;
		};
		expect(generate(false, 'export const fallback = () => 404;')).toEqual([]);
		expect(generate(false, 'function requireTestMode() {}')).toHaveLength(1);
		expect(generate(true, 'function requireTestMode() {}')).toEqual([]);
	});

	it('has no way to turn test mode on outside a test build', async () => {
		// Unit tests run as a test build; the production build defines __FK_TEST_BUILD__ false.
		const config = fs.readFileSync(path.join(root, 'src/lib/server/config.ts'), 'utf8');
		expect(config).toMatch(/return TEST_BUILD && process\.env\.FK_TEST_MODE === '1'/);
		const clock = fs.readFileSync(path.join(root, 'src/lib/server/clock.ts'), 'utf8');
		expect(clock).toMatch(/if \(!TEST_BUILD\) throw/);
	});
});
