/**
 * The whole fremtidsbilde as a PDF (pdfkit, A4). Helvetica's WinAnsi encoding has æ, ø, å and
 * the Norwegian quotes; anything it cannot show is replaced rather than printed as garbage.
 * The gap chart is drawn from the same model as the page's SVG.
 */
import PDFDocument from 'pdfkit';
import type { Summary } from './summary.service';
import { formatLevel, type ChartModel } from './chart';
import { drawIndicator } from './indicator-pdf';
import {
	INTL_LOCALE,
	currentLang,
	formatDate,
	formatDateTime,
	formatNumber,
	m,
	t
} from '$lib/i18n';

// Characters in Windows-1252 beyond Latin-1 that Helvetica's encoding has.
const WINANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Text pdfkit's standard fonts can print: known look-alikes first, the rest as «?». */
export function pdfSafe(s: string): string {
	return s
		.replace(/[→⇒]/g, '->')
		.replace(/[←]/g, '<-')
		.replace(/[\u2010\u2011\u2012]/g, '-')
		.replace(/\u00a0|\u202f/g, ' ')
		.replace(/[^\n\t\x20-\x7e\xa0-\xff]/gu, (c) => (WINANSI_EXTRA.includes(c) ? c : '?'));
}

const MARGIN = 56;

/** The bytes of a pdfkit document, once `doc.end()` has been called. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	return new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
}

/** The PDF in the active language (the page's that asks for it). */
export async function fremtidsbildePdf(s: Summary): Promise<Buffer> {
	// Read here, never at module level: the catalogue of the language asking.
	const fb = m.fremtidsbilde;
	const w = m.mail.pdf.fremtidsbilde;
	const title = t(w.title, { municipality: s.municipality.name });
	const doc = new PDFDocument({
		size: 'A4',
		margin: MARGIN,
		bufferPages: true,
		info: { Title: title, Author: 'Fremtidens kulturskole', Subject: w.subject },
		lang: INTL_LOCALE[currentLang()],
		displayTitle: true
	});
	const done = pdfBytes(doc);

	const width = doc.page.width - MARGIN * 2;
	const text = (t: string, opts: PDFKit.Mixins.TextOptions = {}) =>
		doc.text(pdfSafe(t), { width, ...opts });
	const h1 = (t: string) =>
		doc.font('Helvetica-Bold').fontSize(20).fillColor('#1e2b3c').text(pdfSafe(t), { width });
	const h2 = (t: string) => {
		if (doc.y > doc.page.height - 160) doc.addPage();
		doc.moveDown(0.8).font('Helvetica-Bold').fontSize(14).fillColor('#1e2b3c');
		text(t);
		doc.moveDown(0.3).font('Helvetica').fontSize(11).fillColor('#000');
	};
	const h3 = (t: string) => {
		if (doc.y > doc.page.height - 120) doc.addPage();
		doc.moveDown(0.5).font('Helvetica-Bold').fontSize(11.5).fillColor('#000');
		text(t);
		doc.font('Helvetica').fontSize(11);
	};
	const para = (t: string) => {
		for (const p of t.split(/\n{2,}/)) {
			text(p.replace(/\n/g, ' '));
			doc.moveDown(0.4);
		}
	};
	const bullets = (items: string[]) => {
		for (const i of items) text(`•  ${i}`, { indent: 0 });
		doc.moveDown(0.3);
	};

	h1(title);
	doc.moveDown(0.3).font('Helvetica').fontSize(10).fillColor('#444');
	text(t(w.made, { number: s.municipality.number, when: formatDateTime(s.generatedAt) }));
	doc.fillColor('#000').fontSize(11);

	h2(w.focusArea);
	para(s.focusArea || w.noFocusArea);

	h2(w.group);
	text(t(w.members, { count: s.group.size }));
	bullets(
		s.group.byRole
			.filter((r) => r.count > 0)
			.map(
				(r) =>
					`${fb.groupRoles[r.role]}: ${r.count}${r.sectors.length ? ` (${r.sectors.join(', ')})` : ''}`
			)
	);
	if (!s.group.composition.complete)
		text(t(w.missing, { list: s.group.composition.missing.map((k) => fb.required[k]).join(', ') }));
	if (s.withNames)
		bullets(
			s.group.members.map(
				(mb) =>
					`${mb.name} – ${mb.groupRole ? fb.groupRoles[mb.groupRole] : w.noGroupRole}${mb.role === 'koordinator' ? w.coordinator : ''}`
			)
		);

	if (s.plans.length) {
		h2(w.plans);
		bullets(s.plans.map((p) => `${p.name} (${fb.planKinds[p.kind]})${p.url ? ` – ${p.url}` : ''}`));
	}

	h2(w.gap);
	drawChart(doc, s.gapChart, MARGIN, width, w.notRated);
	if (s.latestRound)
		text(
			t(s.latestRound.released ? w.basedOn : w.basedOnHeld, {
				title: s.latestRound.title,
				count: s.latestRound.respondents
			})
		);

	for (const g of s.goals) {
		h2(g.title);
		h3(w.target);
		para(g.targetPicture || w.notWritten);
		if (g.signs.length) {
			h3(w.signs);
			bullets(g.signs);
		}
		for (const ind of g.indicators ?? []) {
			h3(t(m.indicators.ui.indicator, { name: ind.name }));
			drawIndicator(doc, ind.chart, {
				x: MARGIN,
				width,
				bottom: doc.page.height - MARGIN,
				safe: pdfSafe
			});
		}
		h3(w.current);
		const levels = {
			target: formatLevel(g.targetLevel),
			current: formatLevel(g.current, w.notRated)
		};
		text(
			g.latestMean !== null
				? t(w.levelsMean, { ...levels, mean: formatNumber(g.latestMean, 1) })
				: t(w.levels, levels)
		);
		if (g.conclusion?.narrative) para(g.conclusion.narrative);
		h3(w.gapHeading);
		para(g.gap || w.notDescribed);
		if (g.stakeholders.length) {
			h3(w.stakeholders);
			bullets(
				g.stakeholders.map(
					(st) =>
						`${st.actor}: ${fb.stakeholderRoles[st.role].toLowerCase()}, ${st.involved ? w.involved : w.notInvolved}`
				)
			);
		}
		h3(w.actions);
		if (g.actions.length === 0) text(w.noActions);
		for (const a of g.actions) {
			doc.font('Helvetica-Bold');
			text(`${a.title} – ${fb.actionStatus[a.status]}`);
			doc.font('Helvetica');
			const when = [
				a.startsOn && t(w.from, { date: formatDate(a.startsOn) }),
				a.endsOn && t(w.to, { date: formatDate(a.endsOn) })
			]
				.filter(Boolean)
				.join(' ');
			const meta = [
				when,
				a.partners && t(w.partners, { value: a.partners }),
				a.responsible && t(w.responsible, { value: a.responsible }),
				a.indicators?.length && `${m.indicators.ui.actionMoves}: ${a.indicators.join(', ')}`
			].filter(Boolean);
			if (meta.length) text(meta.join(' · '));
			if (a.description) para(a.description);
			if (a.gapAnswered) text(t(w.answers, { value: a.gapAnswered }));
			doc.moveDown(0.4);
		}
	}

	if (s.developmentChart) {
		h2(w.development);
		drawChart(doc, s.developmentChart, MARGIN, width, w.notRated);
	}

	if (s.log.length) {
		h2(w.log);
		for (const e of s.log) {
			doc.font('Helvetica-Bold');
			text(
				t(w.cycle, {
					cycle: e.cycle,
					phase: fb.phases[e.phase].toLowerCase(),
					date: formatDate(e.happenedOn)
				}) + (e.authorName ? ` (${e.authorName})` : '')
			);
			doc.font('Helvetica');
			para(e.text);
		}
	}

	// Page numbers. The footer sits inside the bottom margin; with the margin in force pdfkit
	// would push it onto a new (blank) page, so it is lifted while the footer is written.
	const range = doc.bufferedPageRange();
	for (let i = range.start; i < range.start + range.count; i++) {
		doc.switchToPage(i);
		const bottom = doc.page.margins.bottom;
		doc.page.margins.bottom = 0;
		doc
			.font('Helvetica')
			.fontSize(9)
			.fillColor('#555')
			.text(
				pdfSafe(t(w.page, { title, page: i + 1, pages: range.count })),
				MARGIN,
				doc.page.height - 40,
				{
					width,
					align: 'center',
					lineBreak: false
				}
			);
		doc.page.margins.bottom = bottom;
	}
	doc.end();
	return done;
}

/** Draws a chart model (see chart.ts) at the current position, scaled to the page width. */
function drawChart(
	doc: PDFKit.PDFDocument,
	c: ChartModel,
	x: number,
	width: number,
	notRated: string
) {
	const k = width / c.width;
	const h = c.height * k;
	if (doc.y + h > doc.page.height - MARGIN) doc.addPage();
	const top = doc.y;
	const X = (v: number) => x + v * k;
	const Y = (v: number) => top + v * k;
	doc.save();
	doc.font('Helvetica').fontSize(9);
	for (const s of c.legend) {
		doc.rect(X(s.x), Y(s.y), 12 * k, 12 * k).fill(s.colour);
		doc.fillColor('#000').text(pdfSafe(s.name), X(s.x + 18), Y(s.y) + 1, { lineBreak: false });
	}
	// Grid
	for (const t of c.ticks) {
		doc
			.moveTo(X(t.x), Y(c.plot.top))
			.lineTo(X(t.x), Y(c.plot.bottom))
			.lineWidth(0.5)
			.strokeColor('#c8ccd0')
			.stroke();
		doc.fillColor('#444').text(t.label, X(t.x) - 3, Y(c.plot.bottom) + 2, { lineBreak: false });
	}
	for (const g of c.groups) {
		doc.font('Helvetica-Bold').fontSize(9).fillColor('#000');
		for (const l of g.lines)
			doc.text(pdfSafe(l.text), X(c.plot.x0), Y(l.y) - 9, { lineBreak: false });
		doc.font('Helvetica');
		for (const b of g.bars) {
			if (b.w > 0) doc.rect(X(b.x), Y(b.y), b.w * k, b.h * k).fill(b.colour);
			doc
				.fillColor('#000')
				.text(
					pdfSafe(b.value === null ? notRated : b.label.split(': ').pop()!),
					X(b.labelX),
					Y(b.y) + 2,
					{
						lineBreak: false
					}
				);
		}
	}
	doc.restore();
	doc.x = x;
	doc.y = top + h + 12;
	doc.fontSize(11).fillColor('#000');
}
