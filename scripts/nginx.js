// Finds Debian's nginx (and wrk, for the benchmark); installs them with apt-get when missing
// and we are root, like scripts/chromium.js does for Chromium. Never a silent skip: the
// caller gets { ok: false, message } and fails with it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const WRK = process.env.WRK_PATH ?? '/usr/bin/wrk';

/**
 * @param {string} bin
 * @param {string} pkg
 * @param {string} purpose
 */
function ensure(bin, pkg, purpose) {
	if (fs.existsSync(bin)) return { ok: true, path: bin };
	const isRoot = os.userInfo().uid === 0;
	if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
		console.log(`${pkg} mangler: installerer Debians ${pkg} med apt-get …`);
		const install = () =>
			spawnSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], {
				stdio: 'inherit',
				env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
			});
		let r = install();
		if (r.status !== 0) {
			spawnSync('apt-get', ['update'], { stdio: 'inherit' });
			r = install();
		}
		if (r.status === 0 && fs.existsSync(bin)) return { ok: true, path: bin };
	}
	return {
		ok: false,
		message:
			`${purpose} trenger ${pkg} på ${bin}, og den finnes ikke.\n` +
			`Installer den med:  sudo apt-get install -y ${pkg}`
	};
}

export function ensureNginx() {
	return ensure(NGINX, 'nginx', 'Flernodetesten (scripts/multi-node.js)');
}

export function ensureWrk() {
	return ensure(WRK, 'wrk', 'Målingen gjennom nginx (npm run bench)');
}

/**
 * The shipped configuration (deploy/nginx/fremtidens-kulturskole.conf) with the given app
 * ports, listen port and cache directory, plus a main file that runs it in `dir` as an
 * ordinary process (no root paths). Returns the main file's path.
 * `extra` is more http-level configuration (the benchmark's static server).
 * @param {{ template: string, dir: string, listen: number, nodes: number[], extra?: string }} o
 */
export function renderNginx({ template, dir, listen, nodes, extra = '' }) {
	const conf = fs.readFileSync(template, 'utf8');
	let nodeLines = 0;
	const rendered = conf
		.split('\n')
		.flatMap((line) => {
			if (line.includes('# fk:node')) {
				if (nodeLines++ > 0) return [];
				return nodes.map((p) => line.replace(/127\.0\.0\.1:\d+/, `127.0.0.1:${p}`));
			}
			if (line.includes('# fk:listen'))
				return line.includes('[::]')
					? []
					: [line.replace(/listen \S+;/, `listen 127.0.0.1:${listen};`)];
			if (line.includes('# fk:cache-path'))
				return [line.replace(/proxy_cache_path \S+/, `proxy_cache_path ${dir}/cache`)];
			return [line];
		})
		.join('\n');
	if (nodeLines === 0) throw new Error('Fant ingen «# fk:node»-linjer i nginx-oppsettet');
	fs.mkdirSync(`${dir}/cache`, { recursive: true });
	fs.writeFileSync(`${dir}/site.conf`, rendered);
	const root = os.userInfo().uid === 0;
	const main = [
		'daemon off;',
		'master_process on;',
		'worker_processes 1;',
		root ? 'user root;' : '',
		`pid ${dir}/nginx.pid;`,
		`error_log ${dir}/error.log warn;`,
		'events { worker_connections 2048; }',
		'http {',
		'	include /etc/nginx/mime.types;',
		'	access_log off;',
		`	client_body_temp_path ${dir}/body;`,
		`	proxy_temp_path ${dir}/proxy;`,
		`	fastcgi_temp_path ${dir}/fastcgi;`,
		`	uwsgi_temp_path ${dir}/uwsgi;`,
		`	scgi_temp_path ${dir}/scgi;`,
		`	include ${dir}/site.conf;`,
		extra,
		'}',
		''
	].join('\n');
	fs.writeFileSync(`${dir}/nginx.conf`, main);
	return `${dir}/nginx.conf`;
}
