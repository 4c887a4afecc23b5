declare module '*.csv?raw' {
	const text: string;
	export default text;
}

/** True only in the test build (FK_TEST_BUILD=1) and in unit tests; see scripts/test-build.js. */
declare const __FK_TEST_BUILD__: boolean;
