/**
 * An indicator's development as a small line chart laid out on the server: the baseline, the
 * target as a dashed line, and the recorded values over time. The page draws the model as
 * inline SVG (IndicatorChart.svelte, with title, description and a table of the same figures),
 * the PDF draws the same model with pdfkit.
 */
import { formatDate, formatNumber, formatShortDate, m, t } from '$lib/i18n';
import type { IndicatorKind } from '$lib/forms/indicators';

export interface IndicatorFigures {
	id: number;
	name: string;
	kind: IndicatorKind;
	unit: string;
	baselineValue: number;
	baselineOn: string;
	targetValue: number;
	targetOn: string | null;
	values: { value: number; measuredOn: string; note: string }[];
}

export interface IndicatorChartModel {
	id: string;
	title: string;
	desc: string;
	width: number;
	height: number;
	plot: { x0: number; x1: number; top: number; bottom: number };
	yTicks: { y: number; label: string }[];
	xLabels: { x: number; label: string; anchor: 'start' | 'end' }[];
	baseline: { x: number; y: number };
	target: { y: number; x: number | null; label: string };
	points: { x: number; y: number }[];
	/** "x,y x,y …" from the baseline through the values, in date order. */
	line: string;
	table: {
		caption: string;
		columns: [string, string, string];
		rows: {
			kind: 'baseline' | 'value' | 'target';
			label: string;
			date: string;
			value: string;
			note: string;
		}[];
	};
}

const decimals = (v: number) => (Number.isInteger(v) ? 0 : Number.isInteger(v * 10) ? 1 : 2);

/** 12,5 % · 240 elever · 1 234,75 */
export function formatIndicatorValue(v: number, kind: IndicatorKind, unit: string): string {
	const n = formatNumber(v, decimals(v));
	if (kind === 'prosent') return `${n} %`;
	return unit ? `${n} ${unit}` : n;
}

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

/** Round numbers for the value axis: 0 (or below) to above the largest, 4–5 steps. */
function valueScale(lo: number, hi: number, kind: IndicatorKind) {
	const min = Math.min(0, lo);
	const span = Math.max(hi - min, 1);
	const raw = span / 4;
	const mag = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((s) => s >= raw) ?? 10 * mag;
	const max = Math.ceil(hi / step) * step || step;
	// A percentage axis never runs past 100 %.
	return {
		min: Math.floor(min / step) * step,
		max: kind === 'prosent' && hi <= 100 ? Math.min(max, 100) : max,
		step
	};
}

export function indicatorChart(ind: IndicatorFigures): IndicatorChartModel {
	const tx = m.indicators.chart;
	const fmt = (v: number) => formatIndicatorValue(v, ind.kind, ind.unit);
	const values = [...ind.values].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
	const width = 480;
	const height = 220;
	const plot = { x0: 64, x1: width - 16, top: 16, bottom: height - 32 };
	const all = [ind.baselineValue, ind.targetValue, ...values.map((v) => v.value)];
	const ys = valueScale(Math.min(...all), Math.max(...all), ind.kind);
	const dates = [
		ind.baselineOn,
		...values.map((v) => v.measuredOn),
		...(ind.targetOn ? [ind.targetOn] : [])
	];
	const first = Math.min(...dates.map(day));
	const last = Math.max(...dates.map(day));
	const X = (d: string) =>
		last === first
			? (plot.x0 + plot.x1) / 2
			: plot.x0 + ((day(d) - first) / (last - first)) * (plot.x1 - plot.x0);
	const Y = (v: number) =>
		plot.bottom - ((v - ys.min) / (ys.max - ys.min)) * (plot.bottom - plot.top);
	const round = (n: number) => Math.round(n * 10) / 10;
	const yTicks = [];
	for (let v = ys.min, i = 0; v <= ys.max + 1e-9 && i < 12; v += ys.step, i++)
		yTicks.push({ y: round(Y(v)), label: formatIndicatorValue(v, ind.kind, '') });
	const firstDate = dates.reduce((a, b) => (a < b ? a : b));
	const lastDate = dates.reduce((a, b) => (a > b ? a : b));
	const xLabels: IndicatorChartModel['xLabels'] = [
		{ x: plot.x0, label: formatShortDate(firstDate), anchor: 'start' }
	];
	if (lastDate !== firstDate)
		xLabels.push({ x: plot.x1, label: formatShortDate(lastDate), anchor: 'end' });
	const baseline = { x: round(X(ind.baselineOn)), y: round(Y(ind.baselineValue)) };
	const points = values.map((v) => ({ x: round(X(v.measuredOn)), y: round(Y(v.value)) }));
	const line = [baseline, ...points].map((p) => `${p.x},${p.y}`).join(' ');
	const latest = values.at(-1);
	const desc = [
		t(tx.descBaseline, { value: fmt(ind.baselineValue), date: formatDate(ind.baselineOn) }),
		ind.targetOn
			? t(tx.descTargetOn, { value: fmt(ind.targetValue), date: formatDate(ind.targetOn) })
			: t(tx.descTarget, { value: fmt(ind.targetValue) }),
		latest
			? t(tx.descLatest, {
					count: values.length,
					value: fmt(latest.value),
					date: formatDate(latest.measuredOn)
				})
			: tx.descNone
	].join(' ');
	return {
		id: `indikator-${ind.id}`,
		title: t(tx.title, { name: ind.name }),
		desc,
		width,
		height,
		plot,
		yTicks,
		xLabels,
		baseline,
		target: {
			y: round(Y(ind.targetValue)),
			x: ind.targetOn ? round(X(ind.targetOn)) : null,
			label: t(tx.targetLabel, { value: fmt(ind.targetValue) })
		},
		points,
		line,
		table: {
			caption: t(tx.caption, { name: ind.name }),
			columns: [tx.date, tx.value, tx.note],
			rows: [
				{
					kind: 'baseline',
					label: tx.baseline,
					date: formatDate(ind.baselineOn),
					value: fmt(ind.baselineValue),
					note: ''
				},
				...values.map((v) => ({
					kind: 'value' as const,
					label: tx.measured,
					date: formatDate(v.measuredOn),
					value: fmt(v.value),
					note: v.note
				})),
				{
					kind: 'target',
					label: tx.target,
					date: ind.targetOn ? formatDate(ind.targetOn) : tx.noDate,
					value: fmt(ind.targetValue),
					note: ''
				}
			]
		}
	};
}
