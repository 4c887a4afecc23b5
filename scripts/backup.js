// `npm run backup [-- <fil eller katalog>]`: a consistent backup of the database while the app
// runs (embedded server in FK_DATA_DIR, or DATABASE_URL). Prints the file's path on stdout;
// progress goes to stderr. See docs/sikkerhetskopi.md.
import fs from 'node:fs';
import path from 'node:path';
import { fromCommandLine, load, run } from './backup-cli.js';

const arg = process.argv[2];
const stamp = new Date()
	.toISOString()
	.replace(/[-:]/g, '')
	.replace(/\.\d+Z$/, 'Z');
const name = `kulturskole-${stamp}.backup.gz`;

await run(async () => {
	const given = arg ? fromCommandLine(arg) : undefined;
	const { backup, config } = await load();
	let file = path.join(config.backupDir, name);
	if (given)
		file =
			fs.existsSync(given) && fs.statSync(given).isDirectory() ? path.join(given, name) : given;
	if (fs.existsSync(file)) throw new backup.BackupError(`${file} finnes allerede.`);
	fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });

	const started = Date.now();
	let manifest;
	if (config.databaseUrl) {
		console.error('Sikkerhetskopierer databasen i DATABASE_URL …');
		manifest = await backup.backupDatabase(config.databaseUrl, file);
	} else {
		console.error(`Sikkerhetskopierer den innebygde databasen i ${config.dataDir} …`);
		manifest = await backup.backupDataDir(config.dataDir, config.embeddedPort, file);
	}
	const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
	console.error(
		`Ferdig på ${((Date.now() - started) / 1000).toFixed(1)} s: ${manifest.tables.length} tabeller, ` +
			`${rows} rader, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB.`
	);
	console.log(file);
});
