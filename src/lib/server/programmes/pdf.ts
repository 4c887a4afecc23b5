/** A copy of an application as PDF (pdfkit, A4), attached to the receipt. */
import PDFDocument from 'pdfkit';
import { pdfBytes, pdfSafe } from '../fremtidsbilde/pdf';
import { formatDateTime, m } from '$lib/i18n';
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

export async function applicationPdf(a: ApplicationCopy): Promise<Buffer> {
	const title = `Søknad til ${a.programme}`;
	const doc = new PDFDocument({
		size: 'A4',
		margin: 56,
		info: { Title: title, Author: 'Fremtidens kulturskole', Subject: a.call },
		lang: 'nb-NO',
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
	p(`${a.municipalities.join(', ')} · søknad nr. ${a.id}`);
	if (a.submittedAt) p(`Sendt ${formatDateTime(a.submittedAt)}`);
	for (const ans of a.answers) {
		h(ans.label, 13);
		p(ans.text);
	}
	h('Gruppen', 13);
	for (const mb of a.members)
		p(`${mb.name} (${mb.email}) – ${m.fremtidsbilde.groupRoles[mb.groupRole]}, ${mb.municipality}`);
	doc.end();
	return done;
}
