import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { chapterLeaders } from '../accounts/schema';
import { countyChapters } from '../geo/schema';
import {
	programmeParticipants,
	programmeTasks,
	programmes,
	taskAnswers
} from '../programmes/schema';
import { actions, logEntries, workspaceGoals, workspaces } from '../fremtidsbilde/schema';
import { actorOf, goalWithStatements, member } from '../fremtidsbilde/testing';
import type { Actor } from '../accounts/actor';
import { resetClock, setNow } from '../clock';
import { chartOf, insightCsvStream } from './export';
import { formatNumber } from '$lib/i18n';
import { filtersFrom, insight, insightCsv, type Figure } from './insight.service';

/** Four Vestland municipalities in the programme, one in Nordland. */
const VESTLAND = ['4601', '4602', '4611', '4612'];
const BODO = '1804';
let editor: Actor;
let vestlandLeader: Actor;
let outsider: Actor;
let programmeId: number;
let goalA: number;
let goalB: number;

const fig = (figures: Figure[], id: string) => figures.find((f) => f.id === id)!;
const values = (f: Figure) => f.table.cells.map((r) => r.map((c) => c.value));

beforeAll(async () => {
	setNow(new Date('2026-06-01T10:00:00Z'));
	editor = await member(null, 'medlem', null, { globalRole: 'redaktor' });
	outsider = await member(BODO, 'koordinator');
	const leader = await member(null);
	const [vestland] = await db
		.select()
		.from(countyChapters)
		.where(eq(countyChapters.slug, 'vestland'));
	await db.insert(chapterLeaders).values({ userId: leader.id, chapterId: vestland.id });
	vestlandLeader = await actorOf(leader.id);

	const [p] = await db
		.insert(programmes)
		.values({ slug: 'innsikt-test', name: 'Innsiktsprogrammet', kind: 'regionalt' })
		.returning();
	programmeId = p.id;
	await db.insert(programmeParticipants).values(
		[...VESTLAND, BODO].map((nr) => ({
			programmeId,
			municipalityNumber: nr,
			status: 'deltar' as const
		}))
	);
	// One task, due in May: three hand in on time, Bergen too late, Bodø not at all.
	const [task] = await db
		.insert(programmeTasks)
		.values({ programmeId, title: 'Oppgave 1', dueOn: '2026-05-01' })
		.returning();
	await db.insert(taskAnswers).values([
		...VESTLAND.slice(1).map((nr) => ({
			taskId: task.id,
			municipalityNumber: nr,
			handedInAt: new Date('2026-04-20T10:00:00Z')
		})),
		{ taskId: task.id, municipalityNumber: '4601', handedInAt: new Date('2026-05-10T10:00:00Z') }
	]);

	goalA = await goalWithStatements('Innsikt A', 1);
	goalB = await goalWithStatements('Innsikt B', 1);
	for (const nr of [...VESTLAND, BODO])
		await db.insert(workspaces).values({ municipalityNumber: nr });
	// Goal A: three Vestland municipalities and Bodø; goal B: Bergen only.
	const chosen = await db
		.insert(workspaceGoals)
		.values([
			...VESTLAND.slice(0, 3).map((nr) => ({ municipalityNumber: nr, goalId: goalA })),
			{ municipalityNumber: BODO, goalId: goalA },
			{ municipalityNumber: '4601', goalId: goalB }
		])
		.returning();
	const wg = (nr: string, goalId: number) =>
		chosen.find((c) => c.municipalityNumber === nr && c.goalId === goalId)!.id;
	await db.insert(actions).values([
		{
			municipalityNumber: '4601',
			workspaceGoalId: wg('4601', goalA),
			title: 'a',
			status: 'i_gang',
			partners: 'NAV Bergen',
			partnerSectors: ['nav', 'kultur']
		},
		{
			municipalityNumber: '4602',
			workspaceGoalId: wg('4602', goalA),
			title: 'b',
			status: 'i_gang',
			partners: 'Biblioteket',
			partnerSectors: ['bibliotek', 'kultur']
		},
		{
			municipalityNumber: '4611',
			workspaceGoalId: wg('4611', goalA),
			title: 'c',
			status: 'i_gang',
			partners: 'Skolene',
			partnerSectors: ['skole', 'kultur']
		},
		{
			municipalityNumber: '4611',
			workspaceGoalId: wg('4611', goalA),
			title: 'd',
			status: 'fullfort',
			partners: ''
		}
	]);
	await db.insert(logEntries).values(
		VESTLAND.map((nr) => ({
			municipalityNumber: nr,
			cycle: 1,
			phase: 'plan' as const,
			happenedOn: '2026-03-01',
			text: 'x'
		}))
	);
});

describe('who sees what', () => {
	it('programme staff see the whole country; a chapter leader only their chapter', async () => {
		const all = await insight(editor, null, {});
		expect(all.scope.chapter).toBeNull();
		expect(all.tiles.length).toBe(357);

		const own = await insight(vestlandLeader, 'vestland', {});
		expect(own.scope.counties.map((c) => c.number)).toEqual(['46']);
		expect(own.tiles.every((t) => t.countyNumber === '46')).toBe(true);

		await expect(insight(vestlandLeader, null, {})).rejects.toMatchObject({ code: 'forbidden' });
		await expect(insight(vestlandLeader, 'nordland', {})).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(insight(outsider, 'nordland', {})).rejects.toMatchObject({ code: 'forbidden' });
		await expect(insight(null as unknown as Actor, null, {})).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(insight(editor, 'finnes-ikke', {})).rejects.toMatchObject({ code: 'not-found' });
	});

	it('a county outside the chapter is not a filter: the chapter stays the limit', async () => {
		const v = await insight(vestlandLeader, 'vestland', { fylke: '18' });
		expect(v.filters.fylke).toBeUndefined();
		expect(v.tiles.some((t) => t.countyNumber === '18')).toBe(false);
	});
});

describe('the figures, protected', () => {
	it('participation: four Vestland municipalities take part; Bodø is left out of the chapter', async () => {
		const v = await insight(vestlandLeader, 'vestland', {});
		const phases = fig(v.participation, 'faser');
		expect(phases.table.rows).toEqual(['Innsiktsprogrammet']);
		expect(values(phases)).toEqual([[4, 0, 0]]);
		expect(
			v.tiles
				.filter((t) => t.phase === 'deltar')
				.map((t) => t.number)
				.sort()
		).toEqual(VESTLAND);
	});

	it('between-work: one late hand-in is hidden, and so is what would give it away', async () => {
		const v = await insight(vestlandLeader, 'vestland', {});
		const work = fig(v.participation, 'mellomarbeid');
		const [onTime, late, missing, notDue] = work.table.cells[0];
		expect(late.hidden).toBe('small');
		// 3 on time and the total 4 would give the late one away: one of them is hidden too.
		expect(onTime.hidden !== null || work.table.rowTotals![0].hidden !== null).toBe(true);
		expect(missing).toEqual({ value: 0, hidden: null });
		expect(notDue).toEqual({ value: 0, hidden: null });
		// The whole country: Bodø has not handed in (one more small figure).
		const all = await insight(editor, null, {});
		expect(fig(all.participation, 'mellomarbeid').table.cells[0][2].hidden).toBe('small');
	});

	it('goals: three municipalities chose A (shown), one chose B (hidden)', async () => {
		const v = await insight(vestlandLeader, 'vestland', {});
		const chosen = fig(v.fremtidsbilde, 'mal');
		const a = chosen.table.rows.indexOf('Innsikt A');
		const b = chosen.table.rows.indexOf('Innsikt B');
		expect(chosen.table.cells[a][0]).toEqual({ value: 3, hidden: null });
		expect(chosen.table.cells[b][0]).toEqual({ value: null, hidden: 'small' });
	});

	it('actions: counted by the municipalities behind them, not by the actions', async () => {
		const v = await insight(vestlandLeader, 'vestland', {});
		const byStatus = fig(v.fremtidsbilde, 'tiltak');
		const a = byStatus.table.rows.indexOf('Innsikt A');
		// 1 completed from 1 municipality: hidden. 4 actions from 3 municipalities in all: shown,
		// so the 3 in progress must go too, or 4 − 3 gives the completed one away.
		expect(byStatus.table.cells[a][2].hidden).toBe('small');
		expect(byStatus.table.rowTotals![a]).toEqual({ value: 4, hidden: null });
		expect(byStatus.table.cells[a][1].hidden).toBe('linked');
	});

	it('actions by sector: counted by the sectors the group chose, not guessed from the names', async () => {
		const v = await insight(vestlandLeader, 'vestland', {});
		const bySector = fig(v.fremtidsbilde, 'sektor');
		const row = (label: string) => bySector.table.cells[bySector.table.rows.indexOf(label)][0];
		// Three municipalities chose «Kultur» (their partners' names say nothing of it): shown.
		expect(row('Kultur')).toEqual({ value: 3, hidden: null });
		// One each for NAV, the library and the school: hidden; the action without sectors: none.
		expect(row('NAV og arbeid').hidden).toBe('small');
		expect(row('Bibliotek').hidden).toBe('small');
		expect(row('Skole og oppvekst').hidden).toBe('small');
		expect(row('Annet')).toEqual({ value: 0, hidden: null });
		expect(bySector.table.rowTotals).toBeNull();
	});

	it('filters: a period without the log entries shows none; a cohort with nobody hides nothing', async () => {
		const before = await insight(
			vestlandLeader,
			'vestland',
			filtersFrom(new URLSearchParams('fra=2026-04-01'))
		);
		const log = fig(before.fremtidsbilde, 'logg');
		expect(log.table.total).toEqual({ value: 0, hidden: null });
		const during = await insight(
			vestlandLeader,
			'vestland',
			filtersFrom(new URLSearchParams('til=2026-03-31'))
		);
		expect(fig(during.fremtidsbilde, 'logg').table.cells[0][0]).toEqual({ value: 4, hidden: null });
		const done = await insight(vestlandLeader, 'vestland', { kohort: 'fullfort' });
		expect(done.municipalityCount).toEqual({ value: 0, hidden: null });
		expect(values(fig(done.participation, 'faser'))).toEqual([[0, 0, 0]]);
	});

	it('reads bad filter values as no filter', () => {
		expect(
			filtersFrom(new URLSearchParams('program=abc&kohort=x&fylke=4&fra=1.1.2026&til=2026-12-31'))
		).toEqual({ til: '2026-12-31' });
		expect(filtersFrom(new URLSearchParams(`program=${programmeId}&kohort=deltar`))).toEqual({
			program: programmeId,
			kohort: 'deltar'
		});
	});
});

describe('the CSV', () => {
	it('has every figure of the page, cell for cell, with hidden figures as «–»', async () => {
		const v = await insight(vestlandLeader, 'vestland', {});
		const rows = [...insightCsv(v, String)];
		for (const f of [...v.participation, ...v.fremtidsbilde]) {
			const at = rows.findIndex((r) => r[0] === f.title);
			expect(at, f.title).toBeGreaterThanOrEqual(0);
			f.table.rows.forEach((label, r) => {
				const line = rows[at + 2 + r];
				expect(line[0]).toBe(label);
				expect(line.slice(1, 1 + f.table.cols.length)).toEqual(
					f.table.cells[r].map((c) => (c.hidden ? '–' : String(c.value)))
				);
			});
		}
		// The late hand-in is not in the file.
		const work = rows.findIndex((r) => r[0] === fig(v.participation, 'mellomarbeid').title);
		expect(rows[work + 2][2]).toBe('–');
	});
});

describe('the streamed CSV and the chart', () => {
	it('streams the same rows, semicolon-separated with a BOM; a chart has a bar per shown figure', async () => {
		const v = await insight(vestlandLeader, 'vestland', {});
		const res = new Response(insightCsvStream(v));
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
		expect(text.startsWith('\uFEFF')).toBe(true);
		const expected = [...insightCsv(v, (n) => formatNumber(n))]
			.map((r) => r.join(';'))
			.join('\r\n');
		expect(text.slice(1).trimEnd()).toBe(expected.trimEnd());
		const work = fig(v.participation, 'mellomarbeid');
		const chart = chartOf(work);
		expect(chart.desc).toContain('skjult');
		expect(chart.groups[0].bars.map((b) => b.value)).toEqual(
			work.table.cells[0].map((c) => c.value)
		);
	});
});

it('resets the clock', () => {
	resetClock();
	expect(true).toBe(true);
});
