/**
 * Indicators: made from a sign, values recorded with the Norwegian decimal comma, corrected and
 * deleted (audited); only this municipality's group writes, and those who may read the
 * workspace read. The chart carries a title, a description and the same figures as its table.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { render } from 'svelte/server';
import { db } from '../db/client';
import { auditLog } from '../accounts/schema';
import type { Actor } from '../accounts/actor';
import { actionIndicators, indicatorValues, indicators } from './schema';
import { member, goalWithStatements } from './testing';
import { chooseGoals, chosenGoals } from './workspace.service';
import { saveTarget } from './pictures.service';
import { saveAction } from './actions.service';
import {
	deleteIndicator,
	deleteIndicatorValue,
	getIndicator,
	indicatorIdsOf,
	indicatorsCsv,
	indicatorOptions,
	listIndicators,
	saveIndicator,
	saveIndicatorValue
} from './indicators.service';
import { indicatorChart, formatIndicatorValue } from './indicator-chart';
import { summaryOf } from './summary.service';
import { fremtidsbildePdf } from './pdf';
import { pdfText } from '../../../../tests/e2e/support/pdf';
import { indicatorSchema, indicatorValueSchema, parseDecimal } from '$lib/forms/indicators';
import IndicatorChart from '$lib/components/fremtidsbilde/IndicatorChart.svelte';

const NR = '4601'; // Bergen
const OTHER = '4602';
let coordinator: Actor;
let plain: Actor;
let outsider: Actor;
let outsiderCoordinator: Actor;
let staff: Actor;
let workspaceGoalId: number;
let indicatorId: number;

const base = {
	sign: 'Flere barn fra andre skoler deltar',
	name: 'Elever fra andre skoler',
	kind: 'antall' as const,
	unit: 'elever',
	baselineValue: '40',
	baselineOn: '2025-01-15',
	targetValue: '120,5',
	targetOn: '2027-06-30',
	version: 0
};

beforeEach(() => {
	vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
	vi.restoreAllMocks();
});

beforeAll(async () => {
	coordinator = await member(NR, 'koordinator', 'kulturskoleleder');
	plain = await member(NR, 'medlem', 'skoleeier');
	outsider = await member(OTHER, 'medlem');
	outsiderCoordinator = await member(OTHER, 'koordinator');
	staff = await member(null, 'medlem', null, { globalRole: 'redaktor' });
	const goal = await goalWithStatements('Inkludering');
	await chooseGoals(coordinator, NR, { goalIds: [String(goal)], focusArea: '' });
	const [g] = await chosenGoals(coordinator, NR);
	workspaceGoalId = g.id;
	await saveTarget(coordinator, NR, g.id, {
		targetPicture: 'Alle barn deltar.',
		signs: base.sign,
		targetLevel: 4,
		version: g.version
	});
	// The other municipality has a goal of its own.
	await chooseGoals(outsiderCoordinator, OTHER, { goalIds: [String(goal)], focusArea: '' });
});

describe('reading numbers the way people type them', () => {
	it('takes the decimal comma, a point and spaces between thousands', () => {
		expect(parseDecimal('12,5')).toEqual({ ok: true, value: 12.5 });
		expect(parseDecimal('12.5')).toEqual({ ok: true, value: 12.5 });
		expect(parseDecimal(' 1 234,75 ')).toEqual({ ok: true, value: 1234.75 });
		expect(parseDecimal('1\u00a0234')).toEqual({ ok: true, value: 1234 });
		expect(parseDecimal('−3')).toEqual({ ok: true, value: -3 });
		expect(parseDecimal('45 %')).toEqual({ ok: true, value: 45 });
	});

	it('answers odd input with the reason, never a number', () => {
		expect(parseDecimal('')).toEqual({ ok: false, problem: 'empty' });
		expect(parseDecimal('mange')).toEqual({ ok: false, problem: 'format' });
		expect(parseDecimal('1e5')).toEqual({ ok: false, problem: 'format' });
		expect(parseDecimal('1,2,3')).toEqual({ ok: false, problem: 'format' });
		expect(parseDecimal('12,345')).toEqual({ ok: false, problem: 'decimals' });
		expect(parseDecimal('99999999999999999999')).toEqual({ ok: false, problem: 'range' });
		expect(parseDecimal('Infinity')).toEqual({ ok: false, problem: 'format' });
	});

	it('puts the message beside the field and keeps what was typed', () => {
		const r = indicatorSchema.safeParse({
			...base,
			kind: 'prosent',
			baselineValue: '120',
			targetValue: 'x'
		});
		expect(r.success).toBe(false);
		const issues = r.error!.issues.map((i) => [i.path.join('.'), i.message]);
		expect(issues).toContainEqual([
			'targetValue',
			'Skriv et tall med sifre, for eksempel 12 eller 12,5.'
		]);
		expect(
			indicatorSchema.safeParse({
				...base,
				workspaceGoalId: '1',
				kind: 'prosent',
				baselineValue: '120'
			}).error!.issues[0]
		).toMatchObject({
			path: ['baselineValue'],
			message: 'En prosent må være mellom 0 og 100.'
		});
		const v = indicatorValueSchema.safeParse({ value: '', measuredOn: '', version: 0 });
		expect(v.error!.issues.map((i) => i.path[0]).sort()).toEqual(['measuredOn', 'value']);
		const ok = indicatorValueSchema.parse({ value: '12,5', measuredOn: '2025-06-01', version: 0 });
		expect(ok.value).toBe('12,5');
	});
});

describe('an indicator made from a sign', () => {
	it('is saved with its baseline and target, and values are recorded, corrected and deleted', async () => {
		indicatorId = await saveIndicator(coordinator, NR, null, {
			...base,
			workspaceGoalId: String(workspaceGoalId)
		});
		const first = await saveIndicatorValue(coordinator, NR, indicatorId, {
			valueId: '',
			value: '55,5',
			measuredOn: '2025-06-01',
			note: 'Vårsemesteret',
			version: 0
		});
		await saveIndicatorValue(plain, NR, indicatorId, {
			valueId: '',
			value: '10',
			measuredOn: '2026-01-10',
			note: '',
			version: 0
		});
		let ind = await getIndicator(staff, NR, indicatorId);
		expect(ind.baselineValue).toBe(40);
		expect(ind.targetValue).toBe(120.5);
		expect(ind.values.map((v) => v.value)).toEqual([55.5, 10]);
		expect(ind.values[0].recordedBy).toBe(coordinator.name);

		await saveIndicatorValue(plain, NR, indicatorId, {
			valueId: String(first),
			value: '60',
			measuredOn: '2025-06-01',
			note: 'Rettet',
			version: 1
		});
		// An old version is a conflict, not a silent overwrite.
		await expect(
			saveIndicatorValue(coordinator, NR, indicatorId, {
				valueId: String(first),
				value: '61',
				measuredOn: '2025-06-01',
				note: '',
				version: 1
			})
		).rejects.toMatchObject({ code: 'conflict' });
		ind = await getIndicator(plain, NR, indicatorId);
		expect(ind.values.map((v) => [v.value, v.recordedBy])).toEqual([
			[60, plain.name],
			[10, plain.name]
		]);
		const second = ind.values[1].id;
		await deleteIndicatorValue(coordinator, NR, indicatorId, second);
		expect((await getIndicator(plain, NR, indicatorId)).values).toHaveLength(1);

		const audited = await db
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'indikator'), eq(auditLog.entityId, String(indicatorId))));
		expect(audited.map((a) => a.action).sort()).toEqual([
			'indikator.opprettet',
			'indikator.verdi-registrert',
			'indikator.verdi-registrert',
			'indikator.verdi-rettet',
			'indikator.verdi-slettet'
		]);
	});

	it('answers huge numbers and percentages above 100 beside the field', async () => {
		await expect(
			saveIndicatorValue(coordinator, NR, indicatorId, {
				valueId: '',
				value: '12345678901',
				measuredOn: '2025-06-01',
				note: '',
				version: 0
			})
		).rejects.toMatchObject({ field: 'value', code: 'invalid' });
		const pct = await saveIndicator(coordinator, NR, null, {
			...base,
			kind: 'prosent',
			baselineValue: '12,5',
			targetValue: '50',
			workspaceGoalId: String(workspaceGoalId)
		});
		await expect(
			saveIndicatorValue(coordinator, NR, pct, {
				valueId: '',
				value: '101',
				measuredOn: '2025-06-01',
				note: '',
				version: 0
			})
		).rejects.toMatchObject({ field: 'value' });
		await deleteIndicator(coordinator, NR, pct);
		await expect(getIndicator(coordinator, NR, pct)).rejects.toMatchObject({ code: 'not-found' });
	});

	it('is named by actions, and shown in the summary', async () => {
		const actionId = await saveAction(plain, NR, null, {
			title: 'Åpne kurs på skolene',
			workspaceGoalId: String(workspaceGoalId),
			description: 'Kurs i skoletiden.',
			responsibleId: '',
			partners: '',
			startsOn: '',
			endsOn: '',
			status: 'i_gang',
			gapAnswered: '',
			partnerSectors: [],
			indicatorIds: [String(indicatorId)],
			version: 0
		});
		expect(await indicatorIdsOf(plain, NR, actionId)).toEqual([indicatorId]);
		expect((await getIndicator(staff, NR, indicatorId)).actions.map((a) => a.title)).toEqual([
			'Åpne kurs på skolene'
		]);
		expect((await indicatorOptions(plain, NR)).map((o) => o.id)).toEqual([indicatorId]);
		const s = await summaryOf(staff, NR, { withNames: false });
		const goal = s.goals.find((g) => g.id === workspaceGoalId)!;
		expect(goal.indicators.map((i) => i.name)).toEqual([base.name]);
		expect(goal.actions[0].indicators).toEqual([base.name]);
		// Names of who recorded are personal: left out unless asked for.
		expect(goal.indicators[0].values.map((v) => v.recordedBy)).toEqual([null]);
		expect(JSON.stringify(s)).not.toContain(plain.name);
		const named = await summaryOf(staff, NR, { withNames: true });
		expect(named.goals[0].indicators[0].values[0].recordedBy).toBe(plain.name);
	});

	it('is drawn in the PDF with its figures, and the PDF has no blank page', async () => {
		const pdf = await fremtidsbildePdf(await summaryOf(coordinator, NR, { withNames: false }));
		const text = pdfText(pdf).replace(/\s+/g, ' ');
		const pages = pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
		expect(text).toContain(`Indikator: ${base.name}`);
		expect(text).toContain('Utgangspunkt, 15. januar 2025: 40 elever');
		expect(text).toContain('Målt, 1. juni 2025: 60 elever (Rettet)');
		expect(text).toContain('Mål, 30. juni 2027: 120,5 elever');
		expect(text).toContain(`Skal flytte: ${base.name}`);
		expect(text).not.toMatch(/120\.5/);
		const footers = [...text.matchAll(/side (\d+) av (\d+)/g)];
		expect(footers).toHaveLength(pages);
		expect(
			text
				.split(/side \d+ av \d+/)
				.at(-2)
				?.trim()
		).not.toBe('');
	});

	it('is exported as CSV with the decimal comma and without names', async () => {
		const csv = await indicatorsCsv(staff, NR);
		const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
		expect(lines[0]).toBe('Samfunnsmål;Tegn;Indikator;Slags tall;Enhet;Hva;Dato;Verdi;Merknad');
		expect(lines.slice(1).map((l) => l.split(';').slice(5))).toEqual([
			['Utgangspunkt', '2025-01-15', '40', ''],
			['Målt', '2025-06-01', '60', 'Rettet'],
			['Mål', '2027-06-30', '120,5', '']
		]);
		expect(csv).not.toContain(plain.name);
		await expect(indicatorsCsv(outsider, NR)).rejects.toMatchObject({ code: 'forbidden' });
	});

	it("an action cannot name another municipality's indicator", async () => {
		const [theirGoal] = await chosenGoals(outsiderCoordinator, OTHER);
		await expect(
			saveAction(outsiderCoordinator, OTHER, null, {
				title: 'Låner indikatoren',
				workspaceGoalId: String(theirGoal.id),
				description: 'x',
				responsibleId: '',
				partners: '',
				startsOn: '',
				endsOn: '',
				status: 'planlagt',
				gapAnswered: '',
				partnerSectors: [],
				indicatorIds: [String(indicatorId)],
				version: 0
			})
		).rejects.toMatchObject({ field: 'indicatorIds' });
		const [links] = await db
			.select({ n: count() })
			.from(actionIndicators)
			.where(eq(actionIndicators.indicatorId, indicatorId));
		expect(links.n).toBe(1);
	});
});

describe('only the municipality reads and writes its indicators', () => {
	async function snapshot() {
		return Promise.all(
			[indicators, indicatorValues, actionIndicators, auditLog].map(
				async (t) => (await db.select({ n: count() }).from(t))[0].n
			)
		);
	}
	const anonymous = null as unknown as Actor;
	const valueInput = {
		valueId: '',
		value: '5',
		measuredOn: '2025-06-01',
		note: '',
		version: 0
	};

	it('refuses another municipality’s members to read', async () => {
		for (const who of [anonymous, outsider, outsiderCoordinator]) {
			await expect(listIndicators(who, NR)).rejects.toMatchObject({ code: 'forbidden' });
			await expect(getIndicator(who, NR, indicatorId)).rejects.toMatchObject({ code: 'forbidden' });
			await expect(indicatorOptions(who, NR)).rejects.toMatchObject({ code: 'forbidden' });
		}
		expect((await listIndicators(staff, NR)).length).toBe(1);
	});

	it('refuses another municipality’s members and programme staff to write; nothing changes', async () => {
		const before = await snapshot();
		for (const who of [anonymous, outsider, outsiderCoordinator, staff]) {
			await expect(
				saveIndicator(who, NR, null, { ...base, workspaceGoalId: String(workspaceGoalId) })
			).rejects.toMatchObject({ code: 'forbidden' });
			await expect(saveIndicatorValue(who, NR, indicatorId, valueInput)).rejects.toMatchObject({
				code: 'forbidden'
			});
			await expect(deleteIndicator(who, NR, indicatorId)).rejects.toMatchObject({
				code: 'forbidden'
			});
		}
		expect(await snapshot()).toEqual(before);
	});

	it('does not let a group reach another municipality’s indicator through its own address', async () => {
		const before = await snapshot();
		const [own] = await chosenGoals(outsiderCoordinator, OTHER);
		await expect(
			saveIndicatorValue(outsiderCoordinator, OTHER, indicatorId, valueInput)
		).rejects.toMatchObject({ code: 'not-found' });
		const [value] = (await getIndicator(coordinator, NR, indicatorId)).values;
		await expect(
			deleteIndicatorValue(outsiderCoordinator, OTHER, indicatorId, value.id)
		).rejects.toMatchObject({ code: 'not-found' });
		await expect(
			saveIndicator(outsiderCoordinator, OTHER, indicatorId, {
				...base,
				workspaceGoalId: String(own.id),
				version: 1
			})
		).rejects.toMatchObject({ code: 'not-found' });
		await expect(
			saveIndicator(outsiderCoordinator, OTHER, null, {
				...base,
				workspaceGoalId: String(workspaceGoalId)
			})
		).rejects.toMatchObject({ field: 'workspaceGoalId' });
		await expect(deleteIndicator(outsiderCoordinator, OTHER, indicatorId)).rejects.toMatchObject({
			code: 'not-found'
		});
		expect(await listIndicators(outsider, OTHER)).toEqual([]);
		expect(await snapshot()).toEqual(before);
	});
});

describe('the indicator chart', () => {
	const figures = {
		id: 7,
		name: 'Andel barn',
		kind: 'prosent' as const,
		unit: '',
		baselineValue: 12.5,
		baselineOn: '2025-01-15',
		targetValue: 40,
		targetOn: '2027-06-30',
		values: [
			{ value: 30, measuredOn: '2026-01-10', note: '' },
			{ value: 20.25, measuredOn: '2025-06-01', note: 'Vår' }
		]
	};

	it('has a title, a description and the same figures in its table, the Norwegian way', () => {
		const c = indicatorChart(figures);
		expect(c.title).toBe('Utviklingen for «Andel barn»');
		expect(c.desc).toContain('Utgangspunktet var 12,5 % (15. januar 2025).');
		expect(c.desc).toContain('Målet er 40 % innen 30. juni 2027.');
		expect(c.desc).toContain('Sist målt 10. januar 2026: 30 %.');
		expect(c.table.rows.map((r) => [r.label, r.date, r.value, r.note])).toEqual([
			['Utgangspunkt', '15. januar 2025', '12,5 %', ''],
			['Målt', '1. juni 2025', '20,25 %', 'Vår'],
			['Målt', '10. januar 2026', '30 %', ''],
			['Mål', '30. juni 2027', '40 %', '']
		]);
		// Points in date order, inside the plot, higher values higher up.
		expect(c.points).toHaveLength(2);
		expect(c.points[0].x).toBeLessThan(c.points[1].x);
		expect(c.points[1].y).toBeLessThan(c.points[0].y);
		for (const p of [c.baseline, ...c.points]) {
			expect(p.x).toBeGreaterThanOrEqual(c.plot.x0);
			expect(p.x).toBeLessThanOrEqual(c.plot.x1);
			expect(p.y).toBeGreaterThanOrEqual(c.plot.top);
			expect(p.y).toBeLessThanOrEqual(c.plot.bottom);
		}
		expect(c.line.split(' ')).toHaveLength(3);
	});

	it('draws as SVG with its title and description, and a table of the same figures', () => {
		const { body } = render(IndicatorChart, { props: { chart: indicatorChart(figures) } });
		expect(body).toMatch(
			/<svg[^>]*role="img"[^>]*aria-labelledby="indikator-7-tittel indikator-7-beskrivelse"/
		);
		expect(body).toContain('<title id="indikator-7-tittel">Utviklingen for «Andel barn»</title>');
		expect(body).toMatch(/<desc id="indikator-7-beskrivelse">Utgangspunktet var 12,5 %/);
		for (const v of ['12,5 %', '20,25 %', '30 %', '40 %']) expect(body).toContain(`>${v}</td>`);
	});

	it('copes with one date only and large counts', () => {
		const c = indicatorChart({
			...figures,
			kind: 'antall',
			unit: 'elever',
			baselineValue: 1234567.5,
			targetValue: 2000000,
			targetOn: null,
			values: []
		});
		expect(c.desc.replace(/\s/g, ' ')).toContain('1 234 567,5 elever');
		expect(c.desc).toContain('Ingen verdier er målt ennå.');
		expect(c.baseline.x).toBeGreaterThan(c.plot.x0);
		expect(c.target.x).toBeNull();
		expect(formatIndicatorValue(2000000, 'antall', '').replace(/\s/g, ' ')).toBe('2 000 000');
	});
});
