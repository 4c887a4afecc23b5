import { describe, expect, it } from 'vitest';
import { barChart, gapChart, wrap } from './chart';
import { sniffImage } from './images';
import { fremtidsbildePdf, pdfSafe } from './pdf';
import { pdfText } from '../../../../tests/e2e/support/pdf';
import type { Summary } from './summary.service';
import { compositionOf } from './group.service';

describe('the chart model', () => {
	it('lays bars out on the 1–5 scale with the same numbers in a table', () => {
		const c = gapChart([
			{ title: 'Inkludering og mindre utenforskap', targetLevel: 5, current: 2.5 },
			{ title: 'Folkehelse', targetLevel: 4, current: null }
		]);
		const [target, current] = c.groups[0].bars;
		expect(current.w / target.w).toBeCloseTo(0.5);
		expect(c.groups[1].bars[1]).toMatchObject({
			value: null,
			w: 0,
			label: 'Nåbilde (nivå i dag): ikke vurdert'
		});
		expect(c.table.rows).toEqual([
			{ label: 'Inkludering og mindre utenforskap', cells: ['5', '2,5'] },
			{ label: 'Folkehelse', cells: ['4', 'ikke vurdert'] }
		]);
		expect(c.desc).toContain(
			'Folkehelse: målbilde (ønsket nivå) 4, nåbilde (nivå i dag) ikke vurdert'
		);
		expect(c.height).toBeGreaterThan(c.plot.bottom);
	});

	it('wraps long labels and keeps values inside the scale', () => {
		expect(wrap('ord '.repeat(40).trim(), 20).every((l) => l.length <= 20)).toBe(true);
		const c = barChart({
			id: 'x',
			title: 't',
			desc: 'd',
			categories: ['a'],
			series: [{ name: 's', values: [9] }]
		});
		expect(c.groups[0].bars[0].x + c.groups[0].bars[0].w).toBe(c.plot.x1);
	});
});

describe('photos', () => {
	it('are recognised by their content, not their name', () => {
		expect(sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
		expect(sniffImage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
			'image/png'
		);
		expect(sniffImage(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
		expect(sniffImage(new TextEncoder().encode('GIF89a……'))).toBeNull();
		expect(sniffImage(new TextEncoder().encode('<svg onload="x">'))).toBeNull();
		expect(sniffImage(new Uint8Array())).toBeNull();
	});
});

describe('the PDF', () => {
	it('names the municipality and prints Norwegian letters', async () => {
		const summary = {
			generatedAt: new Date('2030-01-01T12:00:00Z'),
			withNames: false,
			municipality: { number: '5053', name: 'Inderøy' },
			focusArea: 'Kulturskolen i hele oppveksten – særlig for de yngste 😀',
			sharedAt: null,
			group: {
				size: 1,
				composition: compositionOf([]),
				byRole: [{ role: 'skoleeier', count: 1, sectors: [] }],
				members: []
			},
			plans: [],
			goals: [
				{
					id: 1,
					title: 'Bo- og livslyst',
					targetPicture: 'Kulturskolen gjør Inderøy til et godt sted å bo → og bli.',
					signs: ['Flere blir boende'],
					targetLevel: 4,
					current: 2,
					gap: 'Vi må samarbeide mer med korps og kor.',
					stakeholders: [],
					latestMean: 2.25,
					conclusion: null,
					actions: []
				}
			],
			latestRound: null,
			development: { rounds: [], goals: [] },
			gapChart: gapChart([{ title: 'Bo- og livslyst', targetLevel: 4, current: 2 }]),
			developmentChart: null,
			log: []
		} as unknown as Summary;
		const pdf = await fremtidsbildePdf(summary);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const text = pdfText(pdf);
		expect(text).toContain('Fremtidsbilde for Inderøy kommune');
		expect(text).toContain('Kulturskolen i hele oppveksten – særlig for de yngste ?');
		expect(text).toContain('et godt sted å bo -> og bli.');
		expect(text).toContain('snitt i siste runde 2,3');
		expect(text).toContain('Mangler for minimumssammensetningen');
	});

	it('has no blank trailing pages and writes every number the Norwegian way', async () => {
		const summary = {
			generatedAt: new Date('2030-01-01T12:00:00Z'),
			withNames: false,
			municipality: { number: '5053', name: 'Inderøy' },
			focusArea: 'Hele oppveksten',
			sharedAt: null,
			group: {
				size: 1,
				composition: compositionOf([]),
				byRole: [{ role: 'skoleeier', count: 1, sectors: [] }],
				members: []
			},
			plans: [],
			goals: [
				{
					id: 1,
					title: 'Bo- og livslyst',
					targetPicture: 'Et godt sted å bo.',
					signs: [],
					targetLevel: 4,
					current: 2.83,
					gap: 'Mer samarbeid.',
					stakeholders: [],
					latestMean: 2.83,
					conclusion: null,
					actions: []
				}
			],
			latestRound: null,
			development: { rounds: [], goals: [] },
			gapChart: gapChart([{ title: 'Bo- og livslyst', targetLevel: 4, current: 2.83 }]),
			developmentChart: null,
			// Enough to run over several pages
			log: Array.from({ length: 40 }, (_, i) => ({
				cycle: 1,
				phase: 'plan',
				happenedOn: '2030-01-01',
				text: `Logg ${i + 1}. ` + 'Vi prøvde noe nytt og lærte mye av det. '.repeat(6),
				authorName: null
			}))
		} as unknown as Summary;
		const pdf = await fremtidsbildePdf(summary);
		const pages = pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
		const text = pdfText(pdf);
		const footers = [...text.matchAll(/side (\d+) av (\d+)/g)];
		expect(pages).toBeGreaterThan(1);
		// One footer per page, all saying the same total, and that total is the real page count
		expect(footers).toHaveLength(pages);
		expect(new Set(footers.map((f) => f[2]))).toEqual(new Set([String(pages)]));
		// The last page carries content, not just the footer
		expect(text.split(/side \d+ av \d+/).at(-2)).toContain('Logg 40.');
		expect(text).toContain('Nivå i dag: 2,8');
		expect(text).not.toMatch(/2\.83|2\.8\b/);
	});

	it('replaces what the standard fonts cannot show', () => {
		expect(pdfSafe('æøå ÆØÅ «sitat» – … € 😀 →')).toBe('æøå ÆØÅ «sitat» – … € ? ->');
	});
});
