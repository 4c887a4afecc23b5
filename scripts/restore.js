// `npm run restore -- <fil>`: restores a backup into an EMPTY data directory (FK_DATA_DIR; an
// embedded server is started there) or an EMPTY database (DATABASE_URL), and refuses anything
// else. `npm run restore -- --sjekk <fil>` only reads the file and checks it.
// See docs/sikkerhetskopi.md.
import fs from 'node:fs';
import { fromCommandLine, load, run } from './backup-cli.js';

const args = process.argv.slice(2);
const checkOnly = args[0] === '--sjekk';
const arg = checkOnly ? args[1] : args[0];
if (!arg) {
	console.error(
		'Bruk: npm run restore -- <fil>   (eller --sjekk <fil> for bare å kontrollere filen)'
	);
	process.exit(2);
}

await run(async () => {
	const file = fromCommandLine(arg);
	const { backup, config } = await load();
	if (!fs.existsSync(file)) throw new backup.BackupError(`Fant ikke ${file}.`);
	const started = Date.now();
	let manifest;
	if (checkOnly) {
		manifest = await backup.verifyFile(file);
	} else if (config.databaseUrl) {
		console.log('Gjenoppretter til databasen i DATABASE_URL …');
		manifest = await backup.restoreDatabase(config.databaseUrl, file);
	} else {
		console.log(`Gjenoppretter til en ny innebygd database i ${config.dataDir} …`);
		manifest = await backup.restoreDataDir(config.dataDir, config.embeddedPort, file);
	}
	const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
	console.log(
		`${checkOnly ? 'Filen er hel' : 'Gjenopprettet'}: sikkerhetskopi fra ${manifest.createdAt}, ` +
			`${manifest.tables.length} tabeller, ${rows} rader, ` +
			`${manifest.migrations.length} migreringer (PostgreSQL ${manifest.serverVersion}).` +
			(checkOnly
				? ''
				: ` Tid: ${((Date.now() - started) / 1000).toFixed(1)} s. Start appen med npm start.`)
	);
});
