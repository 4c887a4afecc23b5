/**
 * What the participant's private page offers around the event itself: the check-in QR code
 * (confirmed seat, until the event ends), the attendance certificate (kursbevis) for those
 * who were checked in, and the evaluation once it is open.
 */
import PDFDocument from 'pdfkit';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { countyChapters } from '../geo/schema';
import { programmes } from '../programmes/schema';
import { withLanguage } from '../i18n';
import { now } from '../clock';
import { pdfBytes, pdfSafe } from '../fremtidsbilde/pdf';
import { INTL_LOCALE, currentLang, formatDate, formatNumber, formatRange, m, t } from '$lib/i18n';
import { registrationByToken } from './registration/links';
import { checkinCode, checkinUrl, qrSvgDataUrl } from './checkin-code';
import { afterSettings, evaluationFormOf, eventHours } from './evaluation';
import type { EventRow, RegistrationRow } from './mail';

const mayHaveCertificate = (r: Pick<RegistrationRow, 'status' | 'attendedAt'>) =>
	r.status === 'confirmed' && r.attendedAt !== null;

/** The private page's extras (null for a dead link). */
export async function afterEventView(token: string) {
	const found = await registrationByToken(token);
	if (!found) return null;
	const { registration: r, event: ev } = found;
	const at = now();
	const showQr = r.status === 'confirmed' && ev.status !== 'cancelled' && at < ev.endsAt;
	const evaluation = mayHaveCertificate(r) ? await evaluationFormOf(r.id) : null;
	return {
		qr: showQr ? await qrSvgDataUrl(checkinUrl(r.id)) : null,
		// The same code as text, for staff to type in if the camera fails.
		code: showQr ? checkinCode(r.id) : null,
		certificate: mayHaveCertificate(r) && ev.status !== 'cancelled',
		evaluation: evaluation ? { answered: evaluation.answered } : null
	};
}

/** Who runs the event, as the certificate names it: the chapter, the programme, or us. */
async function organiserOf(ev: EventRow): Promise<string> {
	if (ev.chapterId) {
		const [c] = await db
			.select({ name: countyChapters.name })
			.from(countyChapters)
			.where(eq(countyChapters.id, ev.chapterId));
		if (c) return c.name;
	}
	if (ev.programmeId) {
		const [p] = await db
			.select({ name: programmes.name })
			.from(programmes)
			.where(eq(programmes.id, ev.programmeId));
		if (p) return p.name;
	}
	return m.site.name;
}

export interface CertificateContent {
	name: string;
	event: string;
	when: string;
	hours: number;
	organiser: string;
}

/** The certificate as PDF (A4, pdfkit), in the active language. */
export async function certificatePdf(c: CertificateContent): Promise<Buffer> {
	const w = m.afterEvent.certificate;
	const doc = new PDFDocument({
		size: 'A4',
		margin: 72,
		info: { Title: t(w.pdfTitle, { event: c.event }), Author: m.site.name, Subject: w.heading },
		lang: INTL_LOCALE[currentLang()],
		displayTitle: true
	});
	const done = pdfBytes(doc);
	const width = doc.page.width - 144;
	const line = (text: string, font: string, size: number, gap = 0.8) =>
		doc.font(font).fontSize(size).text(pdfSafe(text), { width, align: 'center' }).moveDown(gap);
	doc.moveDown(4);
	line(m.site.name, 'Helvetica', 12, 2);
	line(w.heading, 'Helvetica-Bold', 28, 1.5);
	line(w.certifies, 'Helvetica', 13);
	line(c.name, 'Helvetica-Bold', 22, 1);
	line(w.tookPart, 'Helvetica', 13);
	line(c.event, 'Helvetica-Bold', 16, 1);
	line(c.when, 'Helvetica', 12, 0.4);
	const hours = formatNumber(c.hours, Number.isInteger(c.hours) ? 0 : 1);
	line(t(c.hours === 1 ? w.hoursOne : w.hours, { hours }), 'Helvetica', 12, 0.4);
	line(t(w.organiser, { organiser: c.organiser }), 'Helvetica', 12, 3);
	line(t(w.issued, { date: formatDate(now()) }), 'Helvetica', 10);
	doc.end();
	return done;
}

/**
 * The certificate of the registration behind the private link: only for those checked in
 * (null otherwise), in the language they registered in.
 */
export async function certificateByToken(
	token: string
): Promise<{ filename: string; pdf: Buffer } | null> {
	const found = await registrationByToken(token);
	if (!found) return null;
	const { registration: r, event: ev } = found;
	if (!mayHaveCertificate(r) || ev.status === 'cancelled') return null;
	const settings = await afterSettings(ev.id);
	return withLanguage(r.lang, async () => {
		const pdf = await certificatePdf({
			name: r.name,
			event: ev.title,
			when: formatRange(ev.startsAt, ev.endsAt),
			hours: settings.certificateHours ?? eventHours(ev),
			organiser: await organiserOf(ev)
		});
		return { filename: `kursbevis-${ev.slug}.pdf`, pdf };
	});
}
