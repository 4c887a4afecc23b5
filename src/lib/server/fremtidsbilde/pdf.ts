/**
 * The whole fremtidsbilde as a PDF (pdfkit, A4). Helvetica's WinAnsi encoding has æ, ø, å and
 * the Norwegian quotes; anything it cannot show is replaced rather than printed as garbage.
 * The gap chart is drawn from the same model as the page's SVG.
 */
import PDFDocument from 'pdfkit';
import type { Summary } from './summary.service';
import type { ChartModel } from './chart';
import { formatDate, formatDateTime, m } from '$lib/i18n';

const fb = m.fremtidsbilde;

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

export async function fremtidsbildePdf(s: Summary): Promise<Buffer> {
	const title = `Fremtidsbilde for ${s.municipality.name} kommune`;
	const doc = new PDFDocument({
		size: 'A4',
		margin: MARGIN,
		bufferPages: true,
		info: { Title: title, Author: 'Fremtidens kulturskole', Subject: 'Fremtidsbilde' },
		lang: 'nb-NO',
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
	text(
		`Kommunenummer ${s.municipality.number}. Laget ${formatDateTime(s.generatedAt)} fra Fremtidens kulturskole.`
	);
	doc.fillColor('#000').fontSize(11);

	h2('Fokusområde');
	para(s.focusArea || 'Gruppen har ikke skrevet et fokusområde ennå.');

	h2('Kommunegruppen');
	text(`${s.group.size} medlemmer.`);
	bullets(
		s.group.byRole
			.filter((r) => r.count > 0)
			.map(
				(r) =>
					`${fb.groupRoles[r.role]}: ${r.count}${r.sectors.length ? ` (${r.sectors.join(', ')})` : ''}`
			)
	);
	if (!s.group.composition.complete)
		text(
			`Mangler for minimumssammensetningen: ${s.group.composition.missing.map((k) => fb.required[k]).join(', ')}.`
		);
	if (s.withNames)
		bullets(
			s.group.members.map(
				(mb) =>
					`${mb.name} – ${mb.groupRole ? fb.groupRoles[mb.groupRole] : 'rolle ikke satt'}${mb.role === 'koordinator' ? ', koordinator' : ''}`
			)
		);

	if (s.plans.length) {
		h2('Planer arbeidet er forankret i');
		bullets(s.plans.map((p) => `${p.name} (${fb.planKinds[p.kind]})${p.url ? ` – ${p.url}` : ''}`));
	}

	h2('Gapet: målbilde og nåbilde');
	drawChart(doc, s.gapChart, MARGIN, width);
	if (s.latestRound)
		text(
			`Nåbildet bygger på runden «${s.latestRound.title}» (${s.latestRound.respondents} svar)${s.latestRound.released ? '' : '; resultatene er holdt tilbake fordi færre enn tre har svart'}.`
		);

	for (const g of s.goals) {
		h2(g.title);
		h3('Målbilde');
		para(g.targetPicture || 'Ikke skrevet ennå.');
		if (g.signs.length) {
			h3('Vi vet vi er der når …');
			bullets(g.signs);
		}
		h3('Nåbilde');
		text(
			`Ønsket nivå ${g.targetLevel}. Nivå i dag: ${g.current ?? 'ikke vurdert'}${g.latestMean !== null ? ` (snitt i siste runde ${g.latestMean.toFixed(1).replace('.', ',')})` : ''}.`
		);
		if (g.conclusion?.narrative) para(g.conclusion.narrative);
		h3('Gapet');
		para(g.gap || 'Ikke beskrevet ennå.');
		if (g.stakeholders.length) {
			h3('Hvem eier utfordringen, og hvem må sitte ved bordet?');
			bullets(
				g.stakeholders.map(
					(st) =>
						`${st.actor}: ${fb.stakeholderRoles[st.role].toLowerCase()}, ${st.involved ? 'er med' : 'er ikke med ennå'}`
				)
			);
		}
		h3('Tiltak');
		if (g.actions.length === 0) text('Ingen tiltak ennå.');
		for (const a of g.actions) {
			doc.font('Helvetica-Bold');
			text(`${a.title} – ${fb.actionStatus[a.status]}`);
			doc.font('Helvetica');
			const when = [
				a.startsOn && `fra ${formatDate(a.startsOn)}`,
				a.endsOn && `til ${formatDate(a.endsOn)}`
			]
				.filter(Boolean)
				.join(' ');
			const meta = [
				when,
				a.partners && `samarbeid: ${a.partners}`,
				a.responsible && `ansvarlig: ${a.responsible}`
			].filter(Boolean);
			if (meta.length) text(meta.join(' · '));
			if (a.description) para(a.description);
			if (a.gapAnswered) text(`Svarer på: ${a.gapAnswered}`);
			doc.moveDown(0.4);
		}
	}

	if (s.developmentChart) {
		h2('Utvikling over tid');
		drawChart(doc, s.developmentChart, MARGIN, width);
	}

	if (s.log.length) {
		h2('Aksjonslæring: logg');
		for (const e of s.log) {
			doc.font('Helvetica-Bold');
			text(
				`Syklus ${e.cycle}, ${fb.phases[e.phase].toLowerCase()} – ${formatDate(e.happenedOn)}${e.authorName ? ` (${e.authorName})` : ''}`
			);
			doc.font('Helvetica');
			para(e.text);
		}
	}

	// Page numbers
	const range = doc.bufferedPageRange();
	for (let i = range.start; i < range.start + range.count; i++) {
		doc.switchToPage(i);
		doc
			.font('Helvetica')
			.fontSize(9)
			.fillColor('#555')
			.text(pdfSafe(`${title} – side ${i + 1} av ${range.count}`), MARGIN, doc.page.height - 40, {
				width,
				align: 'center',
				lineBreak: false
			});
	}
	doc.end();
	return done;
}

/** Draws a chart model (see chart.ts) at the current position, scaled to the page width. */
function drawChart(doc: PDFKit.PDFDocument, c: ChartModel, x: number, width: number) {
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
					pdfSafe(b.value === null ? 'ikke vurdert' : b.label.split(': ').pop()!),
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
