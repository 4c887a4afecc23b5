/**
 * Indicators: a «we will know because …» sign of a chosen goal made measurable (baseline,
 * target, values recorded over time), and the actions meant to move them. Whoever takes part in
 * the workspace records and corrects them, as with actions; those who may read the workspace
 * read them. Every change is in the audit log, in the same transaction.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import {
	actionIndicators,
	actions,
	goals,
	indicatorValues,
	indicators,
	workspaceGoals
} from './schema';
import { users } from '../accounts/schema';
import type { Actor } from '../accounts/actor';
import { actorLabel, DELETED_ACTOR, recordAudit, storedText } from '../accounts/audit';
import { ConflictError, FieldError } from '../errors';
import { now } from '../clock';
import { assertRead, assertTakePart, notFound } from './guards';
import { ensureWorkspace } from './workspace.service';
import { indicatorChart } from './indicator-chart';
import { parseDecimal, type IndicatorInput, type IndicatorValueInput } from '$lib/forms/indicators';
import { sql } from 'drizzle-orm';
import { currentLang, m } from '$lib/i18n';

const ENTITY = 'indikator';

/** Every indicator of the workspace with its values (oldest first) and the actions naming it. */
export async function listIndicators(actor: Actor | null, nr: string) {
	assertRead(actor, nr);
	const rows = await db
		.select({
			id: indicators.id,
			workspaceGoalId: indicators.workspaceGoalId,
			goalTitle: goals.title,
			sign: indicators.sign,
			name: indicators.name,
			kind: indicators.kind,
			unit: indicators.unit,
			baselineValue: indicators.baselineValue,
			baselineOn: indicators.baselineOn,
			targetValue: indicators.targetValue,
			targetOn: indicators.targetOn,
			version: indicators.version
		})
		.from(indicators)
		.innerJoin(workspaceGoals, eq(workspaceGoals.id, indicators.workspaceGoalId))
		.innerJoin(goals, eq(goals.id, workspaceGoals.goalId))
		.where(eq(indicators.municipalityNumber, nr))
		.orderBy(asc(workspaceGoals.position), asc(indicators.id));
	const ids = rows.map((r) => r.id);
	const [values, links] = ids.length
		? await Promise.all([
				db
					.select({
						id: indicatorValues.id,
						indicatorId: indicatorValues.indicatorId,
						value: indicatorValues.value,
						measuredOn: indicatorValues.measuredOn,
						note: indicatorValues.note,
						recordedBy: sql<string>`coalesce(${users.name}, ${DELETED_ACTOR})`,
						version: indicatorValues.version
					})
					.from(indicatorValues)
					.leftJoin(users, eq(users.id, indicatorValues.recordedById))
					.where(inArray(indicatorValues.indicatorId, ids))
					.orderBy(asc(indicatorValues.measuredOn), asc(indicatorValues.id)),
				db
					.select({
						indicatorId: actionIndicators.indicatorId,
						id: actions.id,
						title: actions.title
					})
					.from(actionIndicators)
					.innerJoin(actions, eq(actions.id, actionIndicators.actionId))
					.where(inArray(actionIndicators.indicatorId, ids))
					.orderBy(asc(actions.title))
			])
		: [[], []];
	return rows.map((r) => {
		const own = values
			.filter((v) => v.indicatorId === r.id)
			.map((v) => ({ ...v, recordedBy: actorLabel(v.recordedBy) }));
		const figures = { ...r, values: own };
		return {
			...figures,
			actions: links
				.filter((l) => l.indicatorId === r.id)
				.map((l) => ({ id: l.id, title: l.title })),
			chart: indicatorChart(figures)
		};
	});
}

export type IndicatorRow = Awaited<ReturnType<typeof listIndicators>>[number];

export async function getIndicator(actor: Actor | null, nr: string, id: number) {
	const row = (await listIndicators(actor, nr)).find((i) => i.id === id);
	if (!row) notFound('indicators.problems.notFound');
	return row;
}

/** The indicators an action may name (the action form's checkboxes). */
export async function indicatorOptions(actor: Actor | null, nr: string) {
	assertRead(actor, nr);
	return db
		.select({ id: indicators.id, name: indicators.name, goalTitle: goals.title })
		.from(indicators)
		.innerJoin(workspaceGoals, eq(workspaceGoals.id, indicators.workspaceGoalId))
		.innerJoin(goals, eq(goals.id, workspaceGoals.goalId))
		.where(eq(indicators.municipalityNumber, nr))
		.orderBy(asc(workspaceGoals.position), asc(indicators.id));
}

/** The ids of the indicators an action names. */
export async function indicatorIdsOf(actor: Actor | null, nr: string, actionId: number) {
	assertRead(actor, nr);
	const rows = await db
		.select({ id: actionIndicators.indicatorId })
		.from(actionIndicators)
		.innerJoin(actions, eq(actions.id, actionIndicators.actionId))
		.where(and(eq(actionIndicators.actionId, actionId), eq(actions.municipalityNumber, nr)));
	return rows.map((r) => r.id);
}

/** Checks that every id is one of this workspace's indicators (before a transaction). */
export async function assertIndicatorsOf(nr: string, ids: number[], field = 'indicatorIds') {
	if (ids.length === 0) return;
	const known = await db
		.select({ id: indicators.id })
		.from(indicators)
		.where(and(inArray(indicators.id, ids), eq(indicators.municipalityNumber, nr)));
	if (known.length !== ids.length)
		throw new FieldError(field, 'indicators.problems.chooseFromList');
}

/** Replaces the indicators an action names (inside the action's own transaction). */
export async function linkIndicators(tx: Tx, actionId: number, ids: number[]) {
	await tx.delete(actionIndicators).where(eq(actionIndicators.actionId, actionId));
	if (ids.length)
		await tx.insert(actionIndicators).values(ids.map((indicatorId) => ({ actionId, indicatorId })));
}

function number(field: string, raw: string) {
	const r = parseDecimal(raw);
	if (!r.ok) throw new FieldError(field, `indicators.validation.number${capital(r.problem)}`);
	return r.value;
}
const capital = (s: 'empty' | 'format' | 'decimals' | 'range') =>
	(({ empty: 'Missing', format: 'Format', decimals: 'Decimals', range: 'Range' }) as const)[s];

function checkPercent(field: string, kind: string, v: number) {
	if (kind === 'prosent' && (v < 0 || v > 100))
		throw new FieldError(field, 'indicators.validation.percentRange');
}

async function lockIndicator(tx: Tx, nr: string, id: number) {
	const [row] = await tx
		.select()
		.from(indicators)
		.where(and(eq(indicators.id, id), eq(indicators.municipalityNumber, nr)))
		.for('update');
	if (!row) notFound('indicators.problems.notFound');
	return row;
}

/** Creates (id null) or changes an indicator; returns its id. */
export async function saveIndicator(
	actor: Actor,
	nr: string,
	id: number | null,
	input: IndicatorInput
): Promise<number> {
	assertTakePart(actor, nr);
	const fields = {
		workspaceGoalId: Number(input.workspaceGoalId),
		sign: input.sign,
		name: input.name,
		kind: input.kind,
		unit: input.kind === 'prosent' ? '' : input.unit,
		baselineValue: number('baselineValue', input.baselineValue),
		baselineOn: input.baselineOn,
		targetValue: number('targetValue', input.targetValue),
		targetOn: input.targetOn || null
	};
	checkPercent('baselineValue', fields.kind, fields.baselineValue);
	checkPercent('targetValue', fields.kind, fields.targetValue);
	return db.transaction(async (tx) => {
		const [goal] = await tx
			.select({ id: workspaceGoals.id })
			.from(workspaceGoals)
			.where(
				and(
					eq(workspaceGoals.id, fields.workspaceGoalId),
					eq(workspaceGoals.municipalityNumber, nr),
					isNull(workspaceGoals.removedAt)
				)
			);
		if (!goal) throw new FieldError('workspaceGoalId', 'indicators.validation.goal');
		await ensureWorkspace(tx, nr);
		const at = now();
		if (id === null) {
			const [row] = await tx
				.insert(indicators)
				.values({ ...fields, municipalityNumber: nr, createdAt: at, updatedAt: at })
				.returning();
			await recordAudit(tx, actor, {
				action: 'indikator.opprettet',
				entityType: ENTITY,
				entityId: row.id,
				summary: storedText('indicators.audit.created', { name: row.name, nr }),
				after: row
			});
			return row.id;
		}
		const before = await lockIndicator(tx, nr, id);
		if (before.version !== input.version)
			throw new ConflictError('indicators.problems.editConflict');
		const [after] = await tx
			.update(indicators)
			.set({ ...fields, updatedAt: at, version: before.version + 1 })
			.where(eq(indicators.id, id))
			.returning();
		await recordAudit(tx, actor, {
			action: 'indikator.endret',
			entityType: ENTITY,
			entityId: id,
			summary: storedText('indicators.audit.changed', { name: after.name, nr }),
			before,
			after
		});
		return id;
	});
}

export async function deleteIndicator(actor: Actor, nr: string, id: number) {
	assertTakePart(actor, nr);
	await db.transaction(async (tx) => {
		const before = await lockIndicator(tx, nr, id);
		await tx.delete(indicators).where(eq(indicators.id, id));
		await recordAudit(tx, actor, {
			action: 'indikator.slettet',
			entityType: ENTITY,
			entityId: id,
			summary: storedText('indicators.audit.deleted', { name: before.name, nr }),
			before
		});
	});
}

/** Records a value (valueId '') or corrects one; returns the value's id. */
export async function saveIndicatorValue(
	actor: Actor,
	nr: string,
	indicatorId: number,
	input: IndicatorValueInput
): Promise<number> {
	assertTakePart(actor, nr);
	const value = number('value', input.value);
	return db.transaction(async (tx) => {
		const ind = await lockIndicator(tx, nr, indicatorId);
		checkPercent('value', ind.kind, value);
		const fields = { value, measuredOn: input.measuredOn, note: input.note };
		const at = now();
		if (!input.valueId) {
			const [row] = await tx
				.insert(indicatorValues)
				.values({ ...fields, indicatorId, recordedById: actor.id, createdAt: at, updatedAt: at })
				.returning();
			await recordAudit(tx, actor, {
				action: 'indikator.verdi-registrert',
				entityType: ENTITY,
				entityId: indicatorId,
				summary: storedText('indicators.audit.valueAdded', { name: ind.name, nr }),
				after: row
			});
			return row.id;
		}
		const valueId = Number(input.valueId);
		const [before] = await tx
			.select()
			.from(indicatorValues)
			.where(and(eq(indicatorValues.id, valueId), eq(indicatorValues.indicatorId, indicatorId)))
			.for('update');
		if (!before) notFound('indicators.problems.valueNotFound');
		if (before.version !== input.version)
			throw new ConflictError('indicators.problems.editConflict');
		const [after] = await tx
			.update(indicatorValues)
			.set({ ...fields, recordedById: actor.id, updatedAt: at, version: before.version + 1 })
			.where(eq(indicatorValues.id, valueId))
			.returning();
		await recordAudit(tx, actor, {
			action: 'indikator.verdi-rettet',
			entityType: ENTITY,
			entityId: indicatorId,
			summary: storedText('indicators.audit.valueChanged', { name: ind.name, nr }),
			before,
			after
		});
		return valueId;
	});
}

export async function deleteIndicatorValue(
	actor: Actor,
	nr: string,
	indicatorId: number,
	valueId: number
) {
	assertTakePart(actor, nr);
	await db.transaction(async (tx) => {
		const ind = await lockIndicator(tx, nr, indicatorId);
		const [before] = await tx
			.delete(indicatorValues)
			.where(and(eq(indicatorValues.id, valueId), eq(indicatorValues.indicatorId, indicatorId)))
			.returning();
		if (!before) notFound('indicators.problems.valueNotFound');
		await recordAudit(tx, actor, {
			action: 'indikator.verdi-slettet',
			entityType: ENTITY,
			entityId: indicatorId,
			summary: storedText('indicators.audit.valueDeleted', { name: ind.name, nr }),
			before
		});
	});
}

const csvCell = (v: string) => {
	// Cells starting with = + - @ are formulas in spreadsheets: neutralise them.
	const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
	return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/**
 * The indicators as CSV (semicolon-separated, decimal comma, as Norwegian Excel expects): one
 * row for the baseline, each value and the target. No names: who recorded a value stays out.
 */
export async function indicatorsCsv(actor: Actor | null, nr: string) {
	const list = await listIndicators(actor, nr);
	const h = m.indicators.csv;
	const c = m.indicators.chart;
	const num = (v: number) => (currentLang() === 'en' ? String(v) : String(v).replace('.', ','));
	const lines: string[][] = [];
	for (const i of list) {
		const row = (what: string, date: string, value: number, note: string) =>
			lines.push([
				i.goalTitle,
				i.sign,
				i.name,
				m.indicators.kinds[i.kind],
				i.unit,
				what,
				date,
				num(value),
				note
			]);
		row(c.baseline, i.baselineOn, i.baselineValue, '');
		for (const v of i.values) row(c.measured, v.measuredOn, v.value, v.note);
		row(c.target, i.targetOn ?? '', i.targetValue, '');
	}
	const head = [h.goal, h.sign, h.indicator, h.kind, h.unit, h.what, h.date, h.value, h.note];
	// BOM so Excel reads æøå as UTF-8.
	return (
		'\uFEFF' + [head.join(';'), ...lines.map((l) => l.map(csvCell).join(';'))].join('\r\n') + '\r\n'
	);
}
