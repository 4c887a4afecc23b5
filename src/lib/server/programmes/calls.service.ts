/**
 * Calls (utlysninger): one per programme, with its period, places, who may apply, the
 * minimum group composition and the review criteria. The rules (is it open, may this
 * municipality apply) are pure functions, tested on their own.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db, type DbOrTx } from '../db/client';
import { countyChapterCounties, countyChapters, counties, municipalities } from '../geo/schema';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { recordAudit, storedText } from '../accounts/audit';
import { ConflictError, type Reason } from '../errors';
import { now } from '../clock';
import { invalidatePublic } from '../cache/public-cache';
import { REQUIRED_ROLES } from '../fremtidsbilde/group.service';
import { programmeCalls } from './calls-schema';
import { languageData, localize } from '../content/translations';
import type { Programme } from './programmes.service';
import type { CallInput } from '$lib/forms/programmes';
import type { GroupRole } from '$lib/forms/fremtidsbilde';
import { formatDateTime, formatList, m, parseOsloLocal, t, toOsloInput } from '$lib/i18n';

export type Call = typeof programmeCalls.$inferSelect;

// ——— Rules ———

export type CallPhase = 'ikke_apnet' | 'apen' | 'stengt';

/** Before the opening, open (opening inclusive, deadline exclusive), or closed. */
export function callPhase(call: Pick<Call, 'opensAt' | 'closesAt'>, at: Date = now()): CallPhase {
	if (at < call.opensAt) return 'ikke_apnet';
	if (at >= call.closesAt) return 'stengt';
	return 'apen';
}

/** Why one may not apply or change an application now, or null while the call is open. */
export function deadlineProblem(
	call: Pick<Call, 'opensAt' | 'closesAt'>,
	at: Date = now()
): Reason | null {
	const phase = callPhase(call, at);
	if (phase === 'ikke_apnet')
		return { key: 'problems.calls.notOpen', values: { at: formatDateTime(call.opensAt) } };
	if (phase === 'stengt')
		return { key: 'problems.calls.closed', values: { at: formatDateTime(call.closesAt) } };
	return null;
}

export interface MunicipalityFacts {
	number: string;
	name: string;
	nkMember: boolean;
	/** The county chapters the municipality belongs to (through its county). */
	chapterIds: number[];
}

/** Why a municipality may not apply to the call, or null when it may. */
export function eligibilityProblem(
	m: MunicipalityFacts,
	call: Pick<Call, 'chapterIds'>,
	chapterNames: Record<number, string> = {}
): Reason | null {
	if (!m.nkMember) return { key: 'problems.calls.notMember', values: { name: m.name } };
	if (call.chapterIds.length > 0 && !call.chapterIds.some((id) => m.chapterIds.includes(id))) {
		const names = call.chapterIds.map((id) => chapterNames[id]).filter(Boolean);
		return names.length
			? {
					key: 'problems.calls.outsideChapters',
					values: { name: m.name, chapters: formatList(names, 'or') }
				}
			: { key: 'problems.calls.outsideChapter', values: { name: m.name } };
	}
	return null;
}

// ——— Reading ———

export async function callOf(programmeId: number, tx: DbOrTx = db): Promise<Call | null> {
	const [row] = await tx
		.select()
		.from(programmeCalls)
		.where(eq(programmeCalls.programmeId, programmeId));
	return row ?? null;
}

/** A call's text (title, lead, description) in the visitor's language, or bokmål marked as a fallback. */
export const localizeCall = (call: Call) =>
	localize('utlysing', { ...call, body: call.description });

export interface CallSummary {
	title: string;
	/** 'nb' when the title is the bokmål text shown to a nynorsk or English visitor. */
	textLang?: 'nb';
	opensAt: Date;
	closesAt: Date;
	places: number;
	/** Open now (false: it opens later). */
	open: boolean;
}

/** The open (or next) call of a programme, for its public page; null when none is open or coming. */
export async function currentCall(programmeId: number): Promise<CallSummary | null> {
	const call = await callOf(programmeId);
	if (!call || callPhase(call) === 'stengt') return null;
	const localized = await localizeCall(call);
	return {
		title: localized.text.title,
		textLang: languageData(localized).textLang,
		opensAt: call.opensAt,
		closesAt: call.closesAt,
		places: call.places,
		open: callPhase(call) === 'apen'
	};
}

/** Facts about municipalities for the eligibility rule (all of them when `numbers` is absent). */
export async function municipalityFacts(
	numbers?: string[],
	tx: DbOrTx = db
): Promise<(MunicipalityFacts & { countyName: string })[]> {
	if (numbers && numbers.length === 0) return [];
	const rows = await tx
		.select({
			number: municipalities.number,
			name: municipalities.name,
			nkMember: municipalities.nkMember,
			countyName: counties.name,
			chapterId: countyChapterCounties.chapterId
		})
		.from(municipalities)
		.innerJoin(counties, eq(counties.number, municipalities.countyNumber))
		.leftJoin(
			countyChapterCounties,
			eq(countyChapterCounties.countyNumber, municipalities.countyNumber)
		)
		.where(numbers ? inArray(municipalities.number, numbers) : undefined)
		.orderBy(asc(municipalities.name));
	const out = new Map<string, MunicipalityFacts & { countyName: string }>();
	for (const r of rows) {
		const m = out.get(r.number) ?? {
			number: r.number,
			name: r.name,
			nkMember: r.nkMember,
			countyName: r.countyName,
			chapterIds: []
		};
		if (r.chapterId !== null) m.chapterIds.push(r.chapterId);
		out.set(r.number, m);
	}
	return [...out.values()];
}

export async function chapterNames(): Promise<Record<number, string>> {
	const rows = await db.select().from(countyChapters).orderBy(asc(countyChapters.name));
	return Object.fromEntries(rows.map((c) => [c.id, c.name]));
}

/** The municipalities that may apply to the call, for the start form. */
export async function eligibleMunicipalities(call: Call) {
	const facts = await municipalityFacts();
	return facts.filter((m) => eligibilityProblem(m, call) === null);
}

// ——— Staff: the call form ———

export function callToForm(call: Call | null, programme: Programme): CallInput {
	return {
		title: call?.title ?? t(m.admin.call.defaultTitle, { programme: programme.name }),
		lead: call?.lead ?? '',
		description: call?.description ?? '',
		opensAt: call ? toOsloInput(call.opensAt) : '',
		closesAt: call ? toOsloInput(call.closesAt) : '',
		places: call?.places ?? 6,
		chapterIds: (call?.chapterIds ?? programme.chapterIds).map(String),
		requiredRoles: [...(call?.requiredRoles ?? REQUIRED_ROLES)],
		criteria: (call?.criteria ?? defaultCriteria()).join('\n'),
		version: call?.version ?? 0
	};
}

/** The review criteria a new call starts with, in the language answering (staff may change them). */
export function defaultCriteria(): string[] {
	const c = m.admin.call;
	return [c.criterionMotivation, c.criterionPlans, c.criterionPolitical, c.criterionGroup];
}

/** Staff open or change the programme's call (optimistic locking on `version`). */
export async function saveCall(actor: Actor, programme: Programme, input: CallInput) {
	authorize(
		actor,
		(a) => can.manageProgramme(a, programme.chapterIds),
		'utlysning.lagre',
		programme.id,
		'permissions.call'
	);
	const values = {
		title: input.title,
		lead: input.lead,
		description: input.description,
		opensAt: parseOsloLocal(input.opensAt.trim())!,
		closesAt: parseOsloLocal(input.closesAt.trim())!,
		places: input.places,
		chapterIds: [...new Set(input.chapterIds.map(Number))],
		requiredRoles: [...new Set(input.requiredRoles)] as GroupRole[],
		criteria: input.criteria
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean)
			.slice(0, 20),
		updatedAt: now()
	};
	const id = await db.transaction(async (tx) => {
		const [before] = await tx
			.select()
			.from(programmeCalls)
			.where(eq(programmeCalls.programmeId, programme.id))
			.for('update');
		if (before && before.version !== input.version)
			throw new ConflictError('problems.programmes.callConflict');
		if (!before && input.version !== 0) throw new ConflictError('problems.programmes.callGone');
		let row: Call;
		if (before)
			[row] = await tx
				.update(programmeCalls)
				.set({ ...values, version: before.version + 1 })
				.where(and(eq(programmeCalls.id, before.id)))
				.returning();
		else
			[row] = await tx
				.insert(programmeCalls)
				.values({ ...values, programmeId: programme.id })
				.returning();
		await recordAudit(tx, actor, {
			action: before ? 'utlysning.endret' : 'utlysning.opprettet',
			entityType: 'utlysning',
			entityId: row.id,
			summary: storedText(before ? 'admin.auditLog.callChanged' : 'admin.auditLog.callCreated', {
				title: row.title,
				programme: programme.name
			}),
			before: before ?? undefined,
			after: row
		});
		return row.id;
	});
	invalidatePublic();
	return id;
}
