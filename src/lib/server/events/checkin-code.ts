/**
 * The check-in code in a participant's QR code: the registration id and an HMAC of it with the
 * application key. It only names the registration to signed-in staff with rights on the event
 * (admin/arrangementer/innsjekk); it is not the private link and gives its holder no powers. Nothing is
 * stored: the code is made again from the id whenever it is shown.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import QRCode from 'qrcode';
import { config } from '../config';
import { applicationKey } from '../accounts/secret-box';
import type { MailAttachment } from '../mail/schema';
import { qrAttachment } from '../mail/qr';

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

/** The QR code as an SVG data address, for an <img> on the participant's page. */
export async function qrSvgDataUrl(text: string): Promise<string> {
	const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
	return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/**
 * The check-in QR code as a mail attachment (PNG: every mail client shows it). The mail row
 * holds only the text to encode; the picture is drawn when the mail is delivered (mail/qr.ts),
 * not in the seating transaction that queues it.
 */
export function checkinQrAttachment(registrationId: number): MailAttachment {
	return qrAttachment('innsjekk-qr.png', checkinUrl(registrationId));
}
