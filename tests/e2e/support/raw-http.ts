/**
 * One request sent byte for byte as written — no client-side normalising of the path, from a
 * chosen local address if asked — for tests that try what a browser would never send.
 */
import http from 'node:http';
import { E2E } from './env';

export interface RawAnswer {
	status: number;
	location?: string;
	text: string;
}

export function rawRequest(opts: {
	method: string;
	path: string;
	headers?: Record<string, string>;
	body?: string;
	/** Send from this loopback address (e.g. 127.0.0.2), to be another client. */
	localAddress?: string;
}): Promise<RawAnswer> {
	const headers: Record<string, string> = {
		origin: E2E.origin,
		accept: 'text/html',
		...opts.headers
	};
	if (opts.body !== undefined) headers['content-length'] = String(Buffer.byteLength(opts.body));
	return new Promise((ok, fail) => {
		const req = http.request(
			{
				host: '127.0.0.1',
				port: E2E.port,
				localAddress: opts.localAddress,
				method: opts.method,
				path: opts.path,
				headers,
				timeout: 30_000
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					ok({
						status: res.statusCode ?? 0,
						location: res.headers.location,
						text: Buffer.concat(chunks).toString('utf8')
					})
				);
			}
		);
		req.on('timeout', () => req.destroy(new Error(`tidsavbrudd: ${opts.method} ${opts.path}`)));
		req.on('error', fail);
		req.end(opts.body);
	});
}
