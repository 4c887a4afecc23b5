/**
 * Small-number protection for the insight dashboard: no figure may reveal an individual
 * municipality or person. Pure functions, no database.
 *
 * - Primary suppression: a figure built from 1 or 2 contributors (municipalities, or people
 *   where people are counted) is hidden. A figure built from nobody (a 0) is shown: it says
 *   that no one is in the cell, which is no one's secret.
 * - Complementary suppression: in a table with totals, each row (with its total), each column
 *   (with its total), the row of column totals and the column of row totals add up. A line
 *   with exactly one hidden figure would give it away by subtraction, so the next smallest
 *   shown figure in that line is hidden too (a non-zero one first: hiding a 0 beside a
 *   small number protects nothing when zeros are known to be shown). Repeated until no line
 *   has exactly one hidden figure.
 *
 * Hidden figures leave the module without their value, so a page, a CSV or a PDF cannot
 * show them by mistake.
 */
import { MIN_RESPONDENTS } from '../fremtidsbilde/aggregation';

/** The fewest contributors behind any figure that is shown: the programme's one small-number rule. */
export const MIN_CONTRIBUTORS = MIN_RESPONDENTS;

/** A figure before protection: its value and how many contributors it is built from. */
export interface RawCell {
	value: number;
	/** Distinct municipalities (or people) behind the value. */
	n: number;
}

export type Hidden = 'small' | 'linked';

/** A figure after protection: the value, or why it was hidden. */
export type Cell = { value: number; hidden: null } | { value: null; hidden: Hidden };

export interface RawTable {
	rows: string[];
	cols: string[];
	/** cells[row][col] */
	cells: RawCell[][];
	/** The sum of each row (when shown, the row adds up to it). */
	rowTotals?: RawCell[];
	/** The sum of each column. */
	colTotals?: RawCell[];
	/** The grand total (the sum of the row totals and of the column totals). */
	total?: RawCell;
}

export interface Table {
	rows: string[];
	cols: string[];
	cells: Cell[][];
	rowTotals: Cell[] | null;
	colTotals: Cell[] | null;
	total: Cell | null;
	/** How many figures were hidden, by reason. */
	hidden: { small: number; linked: number };
}

const shown = (value: number): Cell => ({ value, hidden: null });

/** True when a figure from `n` contributors must be hidden on its own. */
export const tooFew = (n: number, min = MIN_CONTRIBUTORS) => n > 0 && n < min;

/** One figure without a table around it (a mean, a single count): primary suppression only. */
export function protect(raw: RawCell, min = MIN_CONTRIBUTORS): Cell {
	return tooFew(raw.n, min) ? { value: null, hidden: 'small' } : shown(raw.value);
}

/**
 * Protects a table: primary suppression of every figure, then complementary suppression
 * along every line that adds up (only lines whose total is present).
 */
export function suppress(table: RawTable, min = MIN_CONTRIBUTORS): Table {
	const R = table.rows.length;
	const C = table.cols.length;
	const hasRowTotals = table.rowTotals !== undefined;
	const hasColTotals = table.colTotals !== undefined;
	const hasTotal = table.total !== undefined;

	// The extended grid: row R holds the column totals, column C the row totals.
	type Slot = { raw: RawCell; hidden: Hidden | null };
	const grid: (Slot | null)[][] = [];
	for (let r = 0; r <= R; r++) {
		const line: (Slot | null)[] = [];
		for (let c = 0; c <= C; c++) {
			let raw: RawCell | undefined;
			if (r < R && c < C) raw = table.cells[r]?.[c];
			else if (r < R && c === C) raw = table.rowTotals?.[r];
			else if (r === R && c < C) raw = table.colTotals?.[c];
			else raw = table.total;
			line.push(raw ? { raw, hidden: tooFew(raw.n, min) ? 'small' : null } : null);
		}
		grid.push(line);
	}

	// The lines that add up: each a list of [row, col] slots, all present.
	const lines: [number, number][][] = [];
	if (hasRowTotals) for (let r = 0; r < R; r++) lines.push(rowLine(r, C));
	if (hasColTotals) for (let c = 0; c < C; c++) lines.push(colLine(c, R));
	if (hasColTotals && hasTotal) lines.push(rowLine(R, C));
	if (hasRowTotals && hasTotal) lines.push(colLine(C, R));

	// Each pass hides at least one more figure, so this ends within the number of figures.
	let changed = true;
	while (changed) {
		changed = false;
		for (const line of lines) {
			const slots = line.map(([r, c]) => grid[r][c]!);
			if (slots.filter((s) => s.hidden).length !== 1) continue;
			const candidates = slots.filter((s) => !s.hidden);
			if (!candidates.length) continue;
			const pick = smallest(candidates.filter((s) => s.raw.value !== 0)) ?? smallest(candidates)!;
			pick.hidden = 'linked';
			changed = true;
		}
	}

	const out = (s: Slot | null): Cell =>
		!s ? shown(0) : s.hidden ? { value: null, hidden: s.hidden } : shown(s.raw.value);
	const all = grid.flat().filter((s): s is Slot => s !== null);
	return {
		rows: table.rows,
		cols: table.cols,
		cells: grid.slice(0, R).map((line) => line.slice(0, C).map(out)),
		rowTotals: hasRowTotals ? grid.slice(0, R).map((line) => out(line[C])) : null,
		colTotals: hasColTotals ? grid[R].slice(0, C).map(out) : null,
		total: hasTotal ? out(grid[R][C]) : null,
		hidden: {
			small: all.filter((s) => s.hidden === 'small').length,
			linked: all.filter((s) => s.hidden === 'linked').length
		}
	};
}

function rowLine(r: number, C: number): [number, number][] {
	return Array.from({ length: C + 1 }, (_, c) => [r, c] as [number, number]);
}

function colLine(c: number, R: number): [number, number][] {
	return Array.from({ length: R + 1 }, (_, r) => [r, c] as [number, number]);
}

function smallest<T extends { raw: RawCell }>(slots: T[]): T | null {
	let best: T | null = null;
	for (const s of slots) if (!best || s.raw.value < best.raw.value) best = s;
	return best;
}

/**
 * Builds a table of counts from facts, one per contributor and category pair: each cell
 * counts the facts' weights and the distinct contributors behind them, and so do the totals.
 * `row`/`col` return null to leave a fact out of the table.
 */
export function tally<F>(
	facts: F[],
	spec: {
		rows: string[];
		cols: string[];
		row: (f: F) => string | null;
		col: (f: F) => string | null;
		/** Who the fact is about (a municipality number, a person's id). */
		who: (f: F) => string;
		/** How much the fact counts (1 unless told). */
		weight?: (f: F) => number;
		totals?: boolean;
	}
): RawTable {
	const rowIndex = new Map(spec.rows.map((r, i) => [r, i]));
	const colIndex = new Map(spec.cols.map((c, i) => [c, i]));
	const acc = () => ({ value: 0, who: new Set<string>() });
	const cells = spec.rows.map(() => spec.cols.map(acc));
	const rowTotals = spec.rows.map(acc);
	const colTotals = spec.cols.map(acc);
	const total = acc();
	for (const f of facts) {
		const r = rowIndex.get(spec.row(f) ?? '');
		const c = colIndex.get(spec.col(f) ?? '');
		if (r === undefined || c === undefined) continue;
		const w = spec.weight ? spec.weight(f) : 1;
		const who = spec.who(f);
		for (const a of [cells[r][c], rowTotals[r], colTotals[c], total]) {
			a.value += w;
			a.who.add(who);
		}
	}
	const done = (a: ReturnType<typeof acc>): RawCell => ({ value: a.value, n: a.who.size });
	const base: RawTable = {
		rows: spec.rows,
		cols: spec.cols,
		cells: cells.map((line) => line.map(done))
	};
	if (spec.totals === false) return base;
	return {
		...base,
		rowTotals: rowTotals.map(done),
		colTotals: colTotals.map(done),
		total: done(total)
	};
}

/** Every shown value of a protected table checked against its hidden ones (for tests). */
export function hiddenCells(t: Table): [number, number][] {
	const out: [number, number][] = [];
	t.cells.forEach((line, r) => line.forEach((c, ci) => c.hidden && out.push([r, ci])));
	return out;
}
