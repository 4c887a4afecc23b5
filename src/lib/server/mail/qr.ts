/**
 * QR codes in mail attachments. Drawing the PNG costs a couple of milliseconds; mails are
 * queued inside business transactions (a registration burst holds the event's lock while it
 * queues hundreds), so the outbox row holds only the text to encode (`qr`) and the picture is
 * drawn when the message is delivered or read (`attachmentContent`).
 */
import { crc32, deflateSync } from 'node:zlib';
import QRCode from 'qrcode';
import type { MailAttachment } from './schema';

function chunk(type: string, data: Buffer): Buffer {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
}

/** A QR code as a black-on-white PNG, made synchronously. */
export function qrPng(text: string, scale = 6, margin = 4): Buffer {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const size = (modules.size + margin * 2) * scale;
	const raw = Buffer.alloc((size + 1) * size, 255);
	for (let y = 0; y < size; y++) {
		raw[y * (size + 1)] = 0; // filter: none
		const my = Math.floor(y / scale) - margin;
		for (let x = 0; x < size; x++) {
			const mx = Math.floor(x / scale) - margin;
			const dark =
				my >= 0 && mx >= 0 && my < modules.size && mx < modules.size && modules.get(my, mx);
			if (dark) raw[y * (size + 1) + 1 + x] = 0;
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header[8] = 8; // bit depth
	header[9] = 0; // greyscale
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw)),
		chunk('IEND', Buffer.alloc(0))
	]);
}

/** A PNG attachment of a QR code, drawn at delivery (the row keeps the text only). */
export function qrAttachment(filename: string, text: string): MailAttachment {
	return { filename, contentType: 'image/png', content: '', qr: text };
}

/** The attachment's bytes: its stored content, or its QR code drawn now. */
export function attachmentContent(a: MailAttachment): Buffer {
	return a.qr !== undefined ? qrPng(a.qr) : Buffer.from(a.content, 'base64');
}
