/**
 * The check-in code in a participant's QR code: the registration id and an HMAC of it with the
 * application key. It only names the registration to signed-in staff with rights on the event
 * (admin/arrangementer/innsjekk); it is not the private link and gives its holder no powers. Nothing is
 * stored: the code is made again from the id whenever it is shown.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import QRCode from 'qrcode';
import { config } from '../config';
import { applicationKey } from '../accounts/secret-box';
import type { MailAttachment } from '../mail/schema';

const mac = (id: number) =>
	createHmac('sha256', applicationKey()).update(`innsjekk:${id}`).digest('base64url').slice(0, 22);

export function checkinCode(registrationId: number): string {
	return `${registrationId}-${mac(registrationId)}`;
}

/** The registration id of a genuine code, or null. */
export function parseCheckinCode(code: string | null | undefined): number | null {
	const m = /^([1-9][0-9]{0,9})-([A-Za-z0-9_-]{22})$/.exec(code?.trim() ?? '');
	if (!m) return null;
	const id = Number(m[1]);
	const want = Buffer.from(mac(id));
	const got = Buffer.from(m[2]);
	return want.length === got.length && timingSafeEqual(want, got) ? id : null;
}

/** The address the QR code opens (the staff's admin page; no language prefix: staff read it). */
export const checkinUrl = (registrationId: number) =>
	`${config.origin}/admin/arrangementer/innsjekk?kode=${checkinCode(registrationId)}`;

// ——— QR images ———

function chunk(type: string, data: Buffer): Buffer {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
}

/** A QR code as a black-on-white PNG, made synchronously (mails are built inside transactions). */
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

/** The QR code as an SVG data address, for an <img> on the participant's page. */
export async function qrSvgDataUrl(text: string): Promise<string> {
	const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
	return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** The check-in QR code as a mail attachment (PNG: every mail client shows it). */
export function checkinQrAttachment(registrationId: number): MailAttachment {
	return {
		filename: 'innsjekk-qr.png',
		contentType: 'image/png',
		content: qrPng(checkinUrl(registrationId)).toString('base64')
	};
}
