import { describe, expect, it } from 'vitest';
import { protect, suppress, tally, type RawCell, type RawTable, type Table } from './suppression';

/** A table of counts where each count is its own number of contributors. */
function counts(cells: number[][], totals = true): RawTable {
	const c = (v: number): RawCell => ({ value: v, n: v });
	const rowSums = cells.map((r) => r.reduce((a, b) => a + b, 0));
	const colSums = cells[0].map((_, ci) => cells.reduce((a, r) => a + r[ci], 0));
	return {
		rows: cells.map((_, i) => `r${i}`),
		cols: cells[0].map((_, i) => `c${i}`),
		cells: cells.map((r) => r.map(c)),
		...(totals
			? {
					rowTotals: rowSums.map(c),
					colTotals: colSums.map(c),
					total: c(rowSums.reduce((a, b) => a + b, 0))
				}
			: {})
	};
}

/**
 * What an attacker recovers by subtraction: repeatedly solve every line (row with its total,
 * column with its total, the totals row and column) that has exactly one unknown. Returns the
 * grid with every figure worked out, null where still unknown.
 */
function attack(t: Table): (number | null)[][] {
	const R = t.rows.length;
	const C = t.cols.length;
	const g: (number | null)[][] = [];
	for (let r = 0; r <= R; r++) {
		g.push([]);
		for (let c = 0; c <= C; c++) {
			const cell =
				r < R && c < C
					? t.cells[r][c]
					: r < R
						? t.rowTotals![r]
						: c < C
							? t.colTotals![c]
							: t.total!;
			g[r].push(cell.value);
		}
	}
	const lines: [number, number][][] = [];
	for (let r = 0; r <= R; r++) lines.push(Array.from({ length: C + 1 }, (_, c) => [r, c]));
	for (let c = 0; c <= C; c++) lines.push(Array.from({ length: R + 1 }, (_, r) => [r, c]));
	let changed = true;
	while (changed) {
		changed = false;
		for (const line of lines) {
			const unknown = line.filter(([r, c]) => g[r][c] === null);
			if (unknown.length !== 1) continue;
			const [ur, uc] = unknown[0];
			const [tr, tc] = line[line.length - 1];
			const parts = line.slice(0, -1).filter(([r, c]) => !(r === ur && c === uc));
			const sum = parts.reduce((a, [r, c]) => a + g[r][c]!, 0);
			g[ur][uc] = ur === tr && uc === tc ? sum : g[tr][tc]! - sum;
			changed = true;
		}
	}
	return g;
}

const values = (t: Table) => t.cells.map((r) => r.map((c) => c.value));

describe('primary suppression', () => {
	it('hides figures from one or two contributors and shows zeros and three or more', () => {
		expect(protect({ value: 2, n: 2 })).toEqual({ value: null, hidden: 'small' });
		expect(protect({ value: 1, n: 1 })).toEqual({ value: null, hidden: 'small' });
		expect(protect({ value: 0, n: 0 })).toEqual({ value: 0, hidden: null });
		expect(protect({ value: 3, n: 3 })).toEqual({ value: 3, hidden: null });
	});

	it('judges by contributors, not by the value: 12 actions from 2 municipalities are hidden', () => {
		expect(protect({ value: 12, n: 2 })).toEqual({ value: null, hidden: 'small' });
		expect(protect({ value: 3.5, n: 4 })).toEqual({ value: 3.5, hidden: null });
	});

	it('without totals, hides only the small figures', () => {
		const t = suppress(counts([[5, 1, 6]], false));
		expect(values(t)).toEqual([[5, null, 6]]);
		expect(t.hidden).toEqual({ small: 1, linked: 0 });
	});
});

describe('complementary suppression', () => {
	it('a row with its total: hiding only the 1 would give it away (12 − 5 − 6)', () => {
		const raw = counts([
			[5, 1, 6],
			[4, 7, 8]
		]);
		// Naive hiding leaks: the row total minus the others.
		const naive: Table = {
			...suppress(raw, 0),
			cells: [
				[
					{ value: 5, hidden: null },
					{ value: null, hidden: 'small' },
					{ value: 6, hidden: null }
				],
				raw.cells[1].map((c) => ({ value: c.value, hidden: null }))
			]
		};
		expect(attack(naive)[0][1]).toBe(1);

		const t = suppress(raw);
		const recovered = attack(t);
		expect(recovered[0][1]).toBeNull();
		// The row, the column and the lines they touch each hide at least two figures.
		expect(t.cells[0].filter((c) => c.hidden).length).toBeGreaterThanOrEqual(2);
		expect(t.cells.map((r) => r[1]).filter((c) => c.hidden).length).toBeGreaterThanOrEqual(2);
		expect(t.hidden.small).toBe(1);
		expect(t.hidden.linked).toBeGreaterThan(0);
	});

	it('a one-column list with a total: the only small figure takes the next smallest with it', () => {
		const t = suppress(counts([[10], [2], [4], [9]]));
		expect(values(t)).toEqual([[10], [null], [null], [9]]);
		expect(t.colTotals![0]).toEqual({ value: 25, hidden: null });
		expect(attack(t)[1][0]).toBeNull();
	});

	it('a small total is hidden, and so is what would give it away', () => {
		// 1 + 1 = 2 in all: every figure is from fewer than three.
		const t = suppress(counts([[1, 1]]));
		expect(t.total?.hidden).toBe('small');
		expect(t.rowTotals![0].hidden).toBe('small');
		expect(values(t)).toEqual([[null, null]]);
	});

	it('a hidden row total is protected in the column of row totals', () => {
		// Row 1 has 2 in all (hidden); the column of row totals adds up to the grand total.
		const t = suppress(
			counts([
				[8, 9],
				[2, 0],
				[7, 6]
			])
		);
		const g = attack(t);
		expect(g[1][0]).toBeNull();
		expect(g[1][2]).toBeNull();
		expect(t.rowTotals![1].hidden).toBe('small');
	});

	it('prefers a non-zero partner: hiding a 0 beside the 1 would protect nothing', () => {
		const t = suppress(counts([[1, 0, 5, 8]]));
		expect(t.cells[0][1]).toEqual({ value: 0, hidden: null });
		expect(t.cells[0][2].hidden).toBe('linked');
	});

	it('on many crafted tables, no hidden small figure can be worked out by subtraction', () => {
		// A deterministic pseudo-random sequence, so the test is the same every run.
		let seed = 20261202;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let k = 0; k < 300; k++) {
			const R = 1 + Math.floor(next() * 5);
			const C = 1 + Math.floor(next() * 5);
			const cells = Array.from({ length: R }, () =>
				Array.from({ length: C }, () => {
					const x = next();
					return x < 0.25 ? 0 : x < 0.5 ? 1 + Math.floor(next() * 2) : Math.floor(next() * 15);
				})
			);
			const raw = counts(cells);
			const t = suppress(raw);
			const g = attack(t);
			for (let r = 0; r < R; r++)
				for (let c = 0; c < C; c++)
					if (t.cells[r][c].hidden === 'small')
						expect(g[r][c], `tabell ${k}: ${JSON.stringify(cells)} [${r}][${c}]`).toBeNull();
			const small = [...raw.cells.flat(), ...raw.rowTotals!, ...raw.colTotals!, raw.total!].filter(
				(c) => c.n > 0 && c.n < 3
			).length;
			expect(t.hidden.small).toBe(small);
		}
	});
});

describe('tally', () => {
	it('counts facts and the distinct contributors behind each cell and total', () => {
		const facts = [
			{ nr: 'a', status: 'x', goal: 'g1' },
			{ nr: 'a', status: 'x', goal: 'g1' },
			{ nr: 'b', status: 'x', goal: 'g1' },
			{ nr: 'c', status: 'y', goal: 'g1' },
			{ nr: 'c', status: 'y', goal: 'g2' },
			{ nr: 'c', status: 'z', goal: 'g2' }
		];
		const t = tally(facts, {
			rows: ['g1', 'g2'],
			cols: ['x', 'y'],
			row: (f) => f.goal,
			col: (f) => f.status,
			who: (f) => f.nr
		});
		expect(t.cells).toEqual([
			[
				{ value: 3, n: 2 },
				{ value: 1, n: 1 }
			],
			[
				{ value: 0, n: 0 },
				{ value: 1, n: 1 }
			]
		]);
		expect(t.rowTotals).toEqual([
			{ value: 4, n: 3 },
			{ value: 1, n: 1 }
		]);
		expect(t.colTotals).toEqual([
			{ value: 3, n: 2 },
			{ value: 2, n: 1 }
		]);
		// 'z' is no column: left out of every figure.
		expect(t.total).toEqual({ value: 5, n: 3 });
	});
});
