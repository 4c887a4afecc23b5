/** Reading the mail the test SMTP server received (one JSON file per message). */
import fs from 'node:fs';
import path from 'node:path';
import { E2E } from './env';

export interface ReceivedMail {
	to: string[];
	raw: string;
	subject: string;
	text: string;
}

function decodeQuotedPrintable(s: string) {
	return Buffer.from(
		s
			.replace(/=\r?\n/g, '')
			.replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))),
		'latin1'
	).toString('utf8');
}

function parse(raw: string): { subject: string; text: string } {
	const subjectLine = raw.match(/^Subject: (.*(?:\r?\n[ \t].*)*)/m)?.[1] ?? '';
	const subject = subjectLine
		.replace(/\r?\n[ \t]/g, ' ')
		.replace(/=\?utf-8\?Q\?(.*?)\?=/gi, (_, q: string) =>
			decodeQuotedPrintable(q.replace(/_/g, ' '))
		)
		.replace(/=\?utf-8\?B\?(.*?)\?=/gi, (_, b: string) => Buffer.from(b, 'base64').toString('utf8'))
		.replace(/\?=\s+=\?/g, '');
	// The text/plain part
	const part =
		raw.split(/--[^\r\n]+\r?\n/).find((p) => /Content-Type: text\/plain/i.test(p)) ?? raw;
	const [head, ...rest] = part.split(/\r?\n\r?\n/);
	let body = rest.join('\n\n');
	if (/quoted-printable/i.test(head)) body = decodeQuotedPrintable(body);
	else if (/base64/i.test(head))
		body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
	return { subject, text: body };
}

export function allMail(): ReceivedMail[] {
	if (!fs.existsSync(E2E.maildir)) return [];
	return fs
		.readdirSync(E2E.maildir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => {
			const m = JSON.parse(fs.readFileSync(path.join(E2E.maildir, f), 'utf8')) as {
				to: string[];
				raw: string;
			};
			return { ...m, ...parse(m.raw) };
		});
}

/** Waits for mail to `to` (optionally matching the subject), up to `timeoutMs`. */
export async function waitForMail(
	to: string,
	match?: RegExp,
	timeoutMs = 15_000
): Promise<ReceivedMail> {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		const found = allMail()
			.filter((m) => m.to.includes(to) && (!match || match.test(m.subject)))
			.at(-1);
		if (found) return found;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(
		`Ingen e-post til ${to}${match ? ` med emne ${match}` : ''} innen ${timeoutMs} ms`
	);
}

export function mailTo(to: string): ReceivedMail[] {
	return allMail().filter((m) => m.to.includes(to));
}

export function linkIn(mail: ReceivedMail, pathPattern: RegExp): string {
	const url = mail.text.match(/https?:\/\/\S+/g)?.find((u) => pathPattern.test(u));
	if (!url) throw new Error(`Fant ingen lenke ${pathPattern} i e-posten: ${mail.text}`);
	return new URL(url).pathname;
}

/** The bytes of a mail's attachment: the first base64 part of that type (and file name). */
export function attachmentOf(mail: ReceivedMail, type: RegExp, filename?: RegExp): Buffer {
	const part = mail.raw
		.split(/\r?\n--[^\r\n]+\r?\n/)
		.find(
			(p) =>
				new RegExp(`Content-Type: ${type.source}`, 'i').test(p) && (!filename || filename.test(p))
		);
	if (!part) throw new Error(`Ingen vedlegg av typen ${type} i e-posten «${mail.subject}»`);
	const body = part
		.split(/\r?\n\r?\n/)
		.slice(1)
		.join('')
		.replace(/--[\s\S]*$/, '');
	return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
}
