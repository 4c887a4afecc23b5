/**
 * The text of a PDF made by pdfkit: inflates the content streams and decodes the hex strings
 * of the text operators (Tj, TJ) from WinAnsi, so tests can read æ, ø and å as they are.
 */
import { inflateSync } from 'node:zlib';

// Windows-1252 at 0x80–0x9F (the rest of WinAnsi is Latin-1).
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeHex(hex: string): string {
	const clean = hex.replace(/\s+/g, '');
	const bytes = Buffer.from(clean.length % 2 ? clean + '0' : clean, 'hex');
	return [...bytes]
		.map((b) => (b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80] : String.fromCharCode(b)))
		.join('');
}

export function pdfText(pdf: Buffer): string {
	const raw = pdf.toString('latin1');
	const lines: string[] = [];
	for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
		let content: string;
		try {
			content = inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
		} catch {
			content = m[1];
		}
		for (const op of content.matchAll(
			/\[((?:<[0-9a-fA-F\s]*>|[^\]])*)\]\s*TJ|<([0-9a-fA-F\s]*)>\s*Tj/g
		)) {
			if (op[1] !== undefined)
				lines.push([...op[1].matchAll(/<([0-9a-fA-F\s]*)>/g)].map((h) => decodeHex(h[1])).join(''));
			else lines.push(decodeHex(op[2]));
		}
	}
	return lines.join('\n');
}
