/**
 * The insight view as CSV (streamed, a figure at a time) and as a PDF report. Both are
 * written from the same protected tables as the page, with the same number format, so a
 * filtered file says exactly what the page says and never more.
 */
import PDFDocument from 'pdfkit';
import { pdfBytes, pdfSafe } from '../fremtidsbilde/pdf';
import { csvCell } from '../events/participants.admin';
import { barChart, describe, type ChartModel } from '../fremtidsbilde/chart';
import { INTL_LOCALE, currentLang, formatDateTime, formatNumber, m, t } from '$lib/i18n';
import { now } from '../clock';
import { cellText, insightCsv, type Figure, type Insight } from './insight.service';

const num = (n: number) => formatNumber(n);

/** A grid step that gives at most about eight lines. */
function niceStep(max: number) {
	for (const s of [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]) if (max / s <= 8) return s;
	return Math.ceil(max / 8);
}

/** The bar chart of a figure: a group per row, a bar per column; hidden figures have no bar. */
export function chartOf(fig: Figure): ChartModel {
	const values = fig.table.cells.flat().map((c) => c.value ?? 0);
	const step = niceStep(Math.max(1, ...values));
	const max = Math.max(step, Math.ceil(Math.max(1, ...values) / step) * step);
	const series = fig.table.cols.map((name, ci) => ({
		name,
		values: fig.table.cells.map((row) => row[ci].value)
	}));
	return barChart({
		id: `innsikt-${fig.id}`,
		title: fig.title,
		desc: describe(fig.table.rows, series, m.insight.hiddenWord),
		categories: fig.table.rows,
		series,
		max,
		step,
		missing: m.insight.hiddenMark
	});
}

/** The CSV of the view: semicolon-separated, UTF-8 with BOM for Excel, streamed per figure. */
export function insightCsvStream(view: Insight): ReadableStream<Uint8Array> {
	const enc = new TextEncoder();
	const rows = insightCsv(view, num);
	let first = true;
	return new ReadableStream<Uint8Array>({
		pull(c) {
			const lines: string[] = [];
			// A figure's worth of lines at a time (every figure ends with an empty line).
			for (;;) {
				const next = rows.next();
				if (next.done) break;
				lines.push(next.value.map(csvCell).join(';'));
				if (!next.value.length) break;
			}
			if (!lines.length) return c.close();
			c.enqueue(enc.encode((first ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n'));
			first = false;
		}
	});
}

const MARGIN = 56;

/** The report for the owners: the selection, then every figure as a table (A4, no blank pages). */
export async function insightPdf(view: Insight, scopeName: string): Promise<Buffer> {
	const L = m.insight;
	const title = view.scope.chapter
		? t(L.chapterTitle, { chapter: view.scope.chapter.name })
		: L.pdfTitle;
	const doc = new PDFDocument({
		size: 'A4',
		margin: MARGIN,
		info: { Title: title, Author: 'Fremtidens kulturskole', Subject: L.title },
		lang: INTL_LOCALE[currentLang()],
		displayTitle: true
	});
	const done = pdfBytes(doc);
	const width = doc.page.width - MARGIN * 2;
	const bottom = () => doc.page.height - MARGIN;
	/** A new page only when the next block would not fit: never a page with nothing on it. */
	const room = (h: number) => {
		if (doc.y + h > bottom()) doc.addPage();
	};
	const text = (s: string, size = 10, bold = false) =>
		doc
			.font(bold ? 'Helvetica-Bold' : 'Helvetica')
			.fontSize(size)
			.fillColor('#1e2b3c')
			.text(pdfSafe(s), MARGIN, doc.y, { width });

	text(title, 20, true);
	doc.moveDown(0.3);
	text(t(L.pdfScope, { scope: scopeName }));
	text(t(L.pdfMade, { when: formatDateTime(now()) }));
	const count = view.municipalityCount;
	text(t(L.municipalityCount, { count: count.hidden ? L.hiddenMark : num(count.value) }));
	doc.moveDown(0.5);
	text(L.protection, 9);

	const sections: [string, Figure[]][] = [
		[L.participation, view.participation],
		[L.fremtidsbilde, view.fremtidsbilde]
	];
	for (const [heading, figures] of sections) {
		room(60);
		doc.moveDown(1);
		text(heading, 15, true);
		for (const fig of figures) table(fig);
	}

	function table(fig: Figure) {
		const tb = fig.table;
		const cols = [...tb.cols, ...(tb.rowTotals ? [L.total] : [])];
		const labelW = Math.min(200, width * 0.4);
		const colW = (width - labelW) / Math.max(1, cols.length);
		const rowH = 14;
		const line = (label: string, cells: string[], bold = false) => {
			doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
			const h = Math.max(rowH, doc.heightOfString(pdfSafe(label), { width: labelW - 4 }) + 3);
			room(h);
			const y = doc.y;
			doc.fillColor('#1e2b3c').text(pdfSafe(label), MARGIN, y, { width: labelW - 4 });
			cells.forEach((c, i) =>
				doc.text(pdfSafe(c), MARGIN + labelW + i * colW, y, {
					width: colW - 4,
					align: 'right'
				})
			);
			doc.x = MARGIN;
			doc.y = y + h;
		};
		room(60);
		doc.moveDown(0.8);
		text(fig.title, 11, true);
		text(fig.unit, 8.5);
		doc.moveDown(0.2);
		line(fig.rowHeading, cols, true);
		if (!tb.rows.length) text(L.empty, 8.5);
		tb.rows.forEach((label, r) =>
			line(label, [
				...tb.cells[r].map((c) => cellText(c, num)),
				...(tb.rowTotals ? [cellText(tb.rowTotals[r], num)] : [])
			])
		);
		if (tb.colTotals)
			line(
				L.total,
				[
					...tb.colTotals.map((c) => cellText(c, num)),
					...(tb.total ? [cellText(tb.total, num)] : [])
				],
				true
			);
		const hidden = tb.hidden.small + tb.hidden.linked;
		if (hidden) text(t(L.hiddenHere, { count: num(hidden) }), 8);
	}

	doc.end();
	return done;
}
