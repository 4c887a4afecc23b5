/**
 * One spelling per address. SvelteKit routes on the decoded path, so a path that spells a
 * route differently from how it decodes (`/%61dmin`), or that could decode to more than one
 * thing (`%2F`, `%25`, `;`, invalid or overlong UTF-8), is refused or redirected to its
 * canonical form before any access rule runs. Dot segments (`/./`, `/../`, `%2e`) are already
 * resolved by the URL parser before SvelteKit or this code sees the path.
 */
export type PathVerdict = { kind: 'ok' } | { kind: 'redirect'; to: string } | { kind: 'bad' };

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;
/** Encoded characters that change what a path means when decoded: / \ % NUL ; */
const AMBIGUOUS = /%(2f|5c|25|00|3b)/i;

export function checkPath(pathname: string): PathVerdict {
	let path = pathname;
	let changed = false;
	if (path.includes('%')) {
		if (/%(?![0-9A-Fa-f]{2})/.test(path)) return { kind: 'bad' };
		if (AMBIGUOUS.test(path)) return { kind: 'bad' };
		path = path.replace(/%([0-9A-Fa-f]{2})/g, (seq, hex: string) => {
			const c = String.fromCharCode(parseInt(hex, 16));
			if (!UNRESERVED.test(c)) return seq;
			changed = true;
			return c;
		});
		try {
			decodeURIComponent(path);
		} catch {
			return { kind: 'bad' };
		}
	}
	if (path.includes(';')) return { kind: 'bad' };
	if (path.includes('//')) {
		path = path.replace(/\/{2,}/g, '/');
		changed = true;
	}
	return changed ? { kind: 'redirect', to: path } : { kind: 'ok' };
}
