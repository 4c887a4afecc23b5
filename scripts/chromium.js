// Finds Debian's Chromium for Playwright; installs it with apt-get when missing and we are root.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
	if (fs.existsSync(CHROMIUM)) return { ok: true, path: CHROMIUM };
	const isRoot = os.userInfo().uid === 0;
	const hasApt = fs.existsSync('/usr/bin/apt-get');
	if (isRoot && hasApt) {
		console.log('Chromium mangler: installerer Debians chromium med apt-get …');
		let r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
			stdio: 'inherit'
		});
		if (r.status !== 0) {
			spawnSync('apt-get', ['update'], { stdio: 'inherit' });
			r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
				stdio: 'inherit'
			});
		}
		if (r.status === 0 && fs.existsSync(CHROMIUM)) return { ok: true, path: CHROMIUM };
	}
	return {
		ok: false,
		message:
			`Ende-til-ende-testene trenger Chromium på ${CHROMIUM}, og den finnes ikke.\n` +
			`Installer den med:  sudo apt-get install -y chromium\n` +
			`(eller sett CHROMIUM_PATH til en annen Chromium). Playwright skal ikke laste ned egen nettleser.`
	};
}
