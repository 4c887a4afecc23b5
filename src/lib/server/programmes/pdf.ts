/** A copy of an application as PDF (pdfkit, A4), attached to the receipt. */
import PDFDocument from 'pdfkit';
import { pdfBytes, pdfSafe } from '../fremtidsbilde/pdf';
import { INTL_LOCALE, currentLang, formatDateTime, m, t } from '$lib/i18n';
import type { GroupRole } from '$lib/forms/fremtidsbilde';

export interface ApplicationCopy {
	id: number;
	programme: string;
	call: string;
	municipalities: string[];
	submittedAt: Date | null;
	answers: { label: string; text: string }[];
	members: { name: string; email: string; groupRole: GroupRole; municipality: string }[];
}

/** The copy in the active language (the application's: it is made when it is sent). */
export async function applicationPdf(a: ApplicationCopy): Promise<Buffer> {
	const w = m.mail.pdf.application;
	const title = t(w.title, { programme: a.programme });
	const doc = new PDFDocument({
		size: 'A4',
		margin: 56,
		info: { Title: title, Author: 'Fremtidens kulturskole', Subject: a.call },
		lang: INTL_LOCALE[currentLang()],
		displayTitle: true
	});
	const done = pdfBytes(doc);
	const width = doc.page.width - 112;
	const h = (t: string, size: number) =>
		doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).text(pdfSafe(t), { width });
	const p = (t: string) =>
		doc
			.font('Helvetica')
			.fontSize(11)
			.text(pdfSafe(t || '–'), { width });

	h(title, 20);
	p(t(w.number, { municipalities: a.municipalities.join(', '), id: a.id }));
	if (a.submittedAt) p(t(w.sent, { when: formatDateTime(a.submittedAt) }));
	for (const ans of a.answers) {
		h(ans.label, 13);
		p(ans.text);
	}
	h(w.group, 13);
	for (const mb of a.members)
		p(`${mb.name} (${mb.email}) – ${m.fremtidsbilde.groupRoles[mb.groupRole]}, ${mb.municipality}`);
	doc.end();
	return done;
}
