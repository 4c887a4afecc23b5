// Starts what the end-to-end tests talk to: an SMTP server that files every message it
// receives as JSON in a folder the tests read, then the built app on a fresh embedded
// PostgreSQL with demo content, in test mode (controllable clock). It runs the test build
// (build-test/, `npm run build:test`; see scripts/test-build.js), never the production build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMailCatcher } from './mail-catcher.js';
import { startTestProviders } from './oidc-provider.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const port = Number(process.env.E2E_PORT ?? 4173);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2525);
const maildir = process.env.E2E_MAILDIR ?? path.join(os.tmpdir(), `fk-e2e-mail-${port}`);
const dataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), `fk-e2e-data-${port}`);

fs.rmSync(maildir, { recursive: true, force: true });
fs.mkdirSync(maildir, { recursive: true });
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });
fs.chmodSync(dataDir, 0o755);

let seq = 0;
await startMailCatcher(smtpPort, (mail) => {
	const file = path.join(maildir, `${Date.now()}-${String(++seq).padStart(5, '0')}.json`);
	// Written under a temporary name and renamed, so a reader never sees half a message
	fs.writeFileSync(`${file}.tmp`, JSON.stringify(mail));
	fs.renameSync(`${file}.tmp`, file);
});

process.chdir(root);
if (!fs.existsSync(path.join(root, 'build-test', 'handler.js'))) {
	console.error('Fant ikke testbygget i build-test/. Bygg det først: npm run build:test');
	process.exit(1);
}
Object.assign(process.env, {
	FK_BUILD: 'test',
	PORT: String(port),
	ORIGIN: `http://localhost:${port}`,
	FK_DATA_DIR: dataDir,
	FK_PG_PORT: process.env.E2E_PG_PORT ?? '54330',
	FK_TEST_MODE: '1',
	SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
	LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
	// The accessibility statement's published version (linked from /tilgjengelighet).
	FK_UUSTATUS_URL: 'https://www.uustatus.no/nb/erklaringer/publisert/e2e-test'
});
delete process.env.DATABASE_URL;
// Feide, ID-porten and Ansattporten: a real OpenID provider on three loopback ports.
const oidc = await startTestProviders({
	origin: `http://localhost:${port}`,
	firstPort: Number(process.env.E2E_OIDC_PORT ?? port + 1000)
});
Object.assign(process.env, oidc.env);
// The journeys need the test endpoints: make sure this is a test build before they run.
process.once('fk:listening', async () => {
	const res = await fetch(`http://127.0.0.1:${port}/test-api/klokke`).catch(() => null);
	if (!res?.ok) {
		console.error('build-test/ er ikke et testbygg (test-api svarer ikke). npm run build:test');
		process.exit(1);
	}
});
await import('../../../server/index.js');
