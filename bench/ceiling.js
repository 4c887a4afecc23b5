// A plain Node http server returning fixed bytes: the ceiling for this runtime on this machine.
// Usage: node bench/ceiling.js <port> <file with JSON {status, headers, body(base64)}>
import http from 'node:http';
import fs from 'node:fs';

const [port, file] = process.argv.slice(2);
const spec = JSON.parse(fs.readFileSync(file, 'utf8'));
const body = Buffer.from(spec.body, 'base64');
http
	.createServer((req, res) => {
		for (const [k, v] of Object.entries(spec.headers)) res.setHeader(k, v);
		res.setHeader('content-length', body.length);
		res.statusCode = spec.status;
		res.end(body);
	})
	.listen(Number(port), () => process.send?.('ready'));
