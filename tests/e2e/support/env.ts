/** Where the end-to-end test server listens and drops the mail it receives. */
import os from 'node:os';
import path from 'node:path';

const port = Number(process.env.E2E_PORT ?? 4173);
export const E2E = {
	port,
	origin: `http://localhost:${port}`,
	smtpPort: Number(process.env.E2E_SMTP_PORT ?? 2525),
	pgPort: Number(process.env.E2E_PG_PORT ?? 54330),
	/** The test OpenID provider: Feide on this port, ID-porten on the next, Ansattporten after. */
	oidcPort: Number(process.env.E2E_OIDC_PORT ?? port + 1000),
	maildir: process.env.E2E_MAILDIR ?? path.join(os.tmpdir(), `fk-e2e-mail-${port}`),
	dataDir: process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), `fk-e2e-data-${port}`)
};
