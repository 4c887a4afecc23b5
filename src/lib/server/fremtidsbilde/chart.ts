/**
 * Horizontal bar charts on the 1–5 scale, laid out on the server: the page draws the model as
 * inline SVG (BarChart.svelte, with title, description and a table of the same numbers), the
 * PDF draws the same model with pdfkit. One geometry, two renderings, no JavaScript.
 */
import { formatNumber, m } from '$lib/i18n';

/** Dark enough for 3:1 against white (WCAG 1.4.11), told apart by legend order and value labels too. */
export const SERIES_COLOURS = ['#1e2b3c', '#0b6e99', '#a04f00', '#5a3d8a', '#2f6b2f'];

export interface ChartBar {
	series: number;
	value: number | null;
	x: number;
	y: number;
	w: number;
	h: number;
	colour: string;
	label: string;
	labelX: number;
}

export interface ChartModel {
	id: string;
	title: string;
	desc: string;
	width: number;
	height: number;
	max: number;
	plot: { x0: number; x1: number; top: number; bottom: number };
	ticks: { value: number; x: number; label: string }[];
	series: { name: string; colour: string }[];
	/** Where each series' key sits above the bars (wrapping onto more rows when needed). */
	legend: { name: string; colour: string; x: number; y: number }[];
	groups: { label: string; lines: { text: string; y: number }[]; bars: ChartBar[] }[];
	/** The same numbers as a table: one row per category, one column per series. */
	table: { caption: string; columns: string[]; rows: { label: string; cells: string[] }[] };
}

export interface ChartInput {
	id: string;
	title: string;
	desc: string;
	categories: string[];
	series: { name: string; values: (number | null)[] }[];
	max?: number;
	width?: number;
	/** Text for a missing value. */
	missing?: string;
	/** The distance between grid lines (1 unless told: the 1–5 scale). */
	step?: number;
}

const LINE = 18;
const BAR = 16;
const BAR_GAP = 4;
const GROUP_GAP = 18;
const LABEL_CHARS = 62;

export const formatLevel = (v: number | null, missing = '–') =>
	v === null ? missing : formatNumber(v, Number.isInteger(v) ? 0 : 1);

/** Breaks a label into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max = LABEL_CHARS): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && (line + ' ' + word).length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines.length ? lines : [''];
}

export function barChart(input: ChartInput): ChartModel {
	const max = input.max ?? 5;
	const width = input.width ?? 640;
	const missing = input.missing ?? m.mail.pdf.chart.notRated;
	const plot = { x0: 8, x1: width - 96, top: 0, bottom: 0 };
	const scale = (v: number) =>
		plot.x0 + (Math.max(0, Math.min(v, max)) / max) * (plot.x1 - plot.x0);
	const series = input.series.map((s, i) => ({
		name: s.name,
		colour: SERIES_COLOURS[i % SERIES_COLOURS.length]
	}));
	const legend: ChartModel['legend'] = [];
	let lx = plot.x0;
	let ly = 4;
	for (const s of series) {
		const w = 18 + s.name.length * 7.4 + 20;
		if (lx > plot.x0 && lx + w > width) {
			lx = plot.x0;
			ly += 20;
		}
		legend.push({ ...s, x: lx, y: ly });
		lx += w;
	}
	plot.top = ly + 24;
	let y = plot.top;
	const groups = input.categories.map((label, ci) => {
		const lines = wrap(label).map((text) => {
			y += LINE;
			return { text, y: y - 4 };
		});
		y += 4;
		const bars = input.series.map((s, si) => {
			const value = s.values[ci] ?? null;
			const w = value === null ? 0 : scale(value) - plot.x0;
			const bar: ChartBar = {
				series: si,
				value,
				x: plot.x0,
				y,
				w,
				h: BAR,
				colour: series[si].colour,
				label: `${s.name}: ${formatLevel(value, missing)}`,
				labelX: plot.x0 + w + 6
			};
			y += BAR + BAR_GAP;
			return bar;
		});
		y += GROUP_GAP - BAR_GAP;
		return { label, lines, bars };
	});
	plot.bottom = y;
	const step = input.step ?? 1;
	const ticks = Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => ({
		value: i * step,
		x: scale(i * step),
		label: formatNumber(i * step)
	}));
	return {
		id: input.id,
		title: input.title,
		desc: input.desc,
		width,
		height: y + 24,
		max,
		plot,
		ticks,
		series,
		legend,
		groups,
		table: {
			caption: input.title,
			columns: input.series.map((s) => s.name),
			rows: input.categories.map((label, ci) => ({
				label,
				cells: input.series.map((s) => formatLevel(s.values[ci] ?? null, missing))
			}))
		}
	};
}

/** Describes the chart in words for screen readers (the table carries the exact numbers). */
export function describe(
	categories: string[],
	series: ChartInput['series'],
	missing = m.mail.pdf.chart.notRated
) {
	return categories
		.map(
			(c, ci) =>
				`${c}: ${series.map((s) => `${s.name.toLowerCase()} ${formatLevel(s.values[ci] ?? null, missing)}`).join(', ')}`
		)
		.join('. ');
}

/** Gapet: where each goal should be (målbilde) and where it is today (nåbilde). */
export function gapChart(goals: { title: string; targetLevel: number; current: number | null }[]) {
	const categories = goals.map((g) => g.title);
	const series = [
		{ name: m.mail.pdf.chart.target, values: goals.map((g) => g.targetLevel) },
		{ name: m.mail.pdf.chart.current, values: goals.map((g) => g.current) }
	];
	return barChart({
		id: 'gapet',
		title: m.mail.pdf.chart.gapTitle,
		desc: describe(categories, series),
		categories,
		series
	});
}

/** Development over time: the level of each goal after each round, oldest round first. */
export function developmentChart(
	rounds: { title: string }[],
	goals: { title: string; points: { level: number | null }[] }[]
) {
	const categories = goals.map((g) => g.title);
	const series = rounds.map((r, i) => ({
		name: r.title,
		values: goals.map((g) => g.points[i]?.level ?? null)
	}));
	return barChart({
		id: 'utvikling',
		title: m.mail.pdf.chart.developmentTitle,
		desc: describe(categories, series),
		categories,
		series
	});
}
