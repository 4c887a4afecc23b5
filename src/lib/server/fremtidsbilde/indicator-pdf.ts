/**
 * An indicator in the PDF: the same chart model as the page's SVG (indicator-chart.ts), drawn
 * small with pdfkit, and its figures as lines of text below (the table of the page).
 */
import type { IndicatorChartModel } from './indicator-chart';

/** Draws the chart and its figures at the current position; keeps the two on one page. */
export function drawIndicator(
	doc: PDFKit.PDFDocument,
	c: IndicatorChartModel,
	opts: { x: number; width: number; bottom: number; safe: (s: string) => string }
) {
	const chartWidth = Math.min(opts.width, 340);
	const k = chartWidth / c.width;
	const lines = c.table.rows.length;
	const needed = c.height * k + 16 + lines * 14 + 10;
	if (doc.y + needed > opts.bottom) doc.addPage();
	const top = doc.y;
	const X = (v: number) => opts.x + v * k;
	const Y = (v: number) => top + v * k;
	doc.save();
	doc.font('Helvetica').fontSize(7.5);
	for (const t of c.yTicks) {
		doc
			.moveTo(X(c.plot.x0), Y(t.y))
			.lineTo(X(c.plot.x1), Y(t.y))
			.lineWidth(0.5)
			.strokeColor('#c8ccd0')
			.stroke();
		doc.fillColor('#444').text(opts.safe(t.label), opts.x, Y(t.y) - 3, {
			width: X(c.plot.x0) - opts.x - 3,
			align: 'right',
			lineBreak: false
		});
	}
	for (const l of c.xLabels) {
		const w = 80;
		doc
			.fillColor('#444')
			.text(opts.safe(l.label), l.anchor === 'end' ? X(l.x) - w : X(l.x), Y(c.plot.bottom) + 4, {
				width: w,
				align: l.anchor === 'end' ? 'right' : 'left',
				lineBreak: false
			});
	}
	doc
		.moveTo(X(c.plot.x0), Y(c.target.y))
		.lineTo(X(c.plot.x1), Y(c.target.y))
		.lineWidth(1.2)
		.dash(4, { space: 3 })
		.strokeColor('#a04f00')
		.stroke()
		.undash();
	const pts = c.line.split(' ').map((p) => p.split(',').map(Number));
	if (pts.length > 1) {
		doc.moveTo(X(pts[0][0]), Y(pts[0][1]));
		for (const [px, py] of pts.slice(1)) doc.lineTo(X(px), Y(py));
		doc.lineWidth(1.5).strokeColor('#0b6e99').stroke();
	}
	doc.circle(X(c.baseline.x), Y(c.baseline.y), 2.5).lineWidth(1).strokeColor('#1e2b3c').stroke();
	for (const p of c.points) doc.circle(X(p.x), Y(p.y), 2.2).fill('#0b6e99');
	doc.restore();
	doc.x = opts.x;
	doc.y = top + c.height * k + 6;
	doc.font('Helvetica').fontSize(9.5).fillColor('#000');
	for (const r of c.table.rows)
		doc.text(
			opts.safe(`${r.label}, ${r.date}: ${r.value}${r.note ? ` (${r.note})` : ''}`),
			opts.x,
			doc.y,
			{ width: opts.width }
		);
	doc.moveDown(0.5).fontSize(11);
}
