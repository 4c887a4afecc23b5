/**
 * Staff's programme use cases: the list, creating and editing a programme (optimistic locking,
 * audited), and its participants (add, set status, remove). Editors run every programme,
 * chapter leaders the ones their chapter runs; every function checks that itself.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '../db/client';
import type { Actor } from '../accounts/actor';
import { authorize, can, isEditor } from '../accounts/permissions';
import { recordAudit, storedText } from '../accounts/audit';
import { invalidatePublic } from '../cache/public-cache';
import { FieldError, NotFoundError, ForbiddenError } from '../errors';
import { assertVersion, freeSlug } from '../content/editing';
import { slugify } from '../content/slug';
import { countyChapters, counties, municipalities } from '../geo/schema';
import { resources } from '../content/schema';
import { ambiguousMunicipality, findMunicipality } from '../events/municipalities';
import { now } from '../clock';
import {
	programmeChapters,
	programmeParticipants,
	programmeResources,
	programmes,
	type ParticipantStatus
} from './schema';
import { programmeBySlug, type Programme } from './programmes.service';
import type { ProgrammeInput } from '$lib/forms/programmes';
import { assertAltTexts } from './rules';

/** Kept for readers who look for it: the shared refusal, with the programmes' message. */
export class ProgrammeForbidden extends ForbiddenError {
	constructor() {
		super('permissions.programme');
	}
}

/** Addresses under /admin/program that are not programmes. */
const RESERVED = new Set(['nytt', 'interesse']);

function assertManage(actor: Actor, chapterIds: number[], subject?: number) {
	authorize(
		actor,
		(a) => can.manageProgramme(a, chapterIds),
		'program.endre',
		subject,
		'permissions.programme'
	);
}

/** Every programme, newest first, with whether this person may run it. */
export async function listProgrammesAdmin(actor: Actor) {
	authorize(actor, can.useAdmin, 'program.liste');
	const rows = await db
		.select({
			id: programmes.id,
			slug: programmes.slug,
			name: programmes.name,
			kind: programmes.kind,
			status: programmes.status,
			startsOn: programmes.startsOn,
			endsOn: programmes.endsOn,
			chapterIds: sql<
				number[]
			>`coalesce((select array_agg(pc.chapter_id) from ${programmeChapters} pc where pc.programme_id = ${programmes.id}), '{}')`,
			participants: sql<number>`(select count(*)::int from ${programmeParticipants} pp where pp.programme_id = ${programmes.id} and pp.status <> 'trukket')`
		})
		.from(programmes)
		.orderBy(desc(sql`coalesce(${programmes.startsOn}, '9999-12-31')`), desc(programmes.id));
	return rows.map((r) => ({ ...r, canManage: can.manageProgramme(actor, r.chapterIds) }));
}

/** Chapters this person may put a programme under, and the resources one may link. */
export async function programmeFormOptions(actor: Actor) {
	authorize(actor, can.useAdmin, 'program.valg');
	const [chapters, res] = await Promise.all([
		db.select().from(countyChapters).orderBy(asc(countyChapters.name)),
		db
			.select({ id: resources.id, title: resources.title })
			.from(resources)
			.orderBy(asc(resources.title))
	]);
	const editor: boolean = isEditor(actor);
	return {
		national: editor,
		chapters: chapters.filter((c) => editor || actor.chapterIds.includes(c.id)),
		resources: res
	};
}

export async function linkedResourceIds(programmeId: number): Promise<number[]> {
	const rows = await db
		.select({ id: programmeResources.resourceId })
		.from(programmeResources)
		.where(eq(programmeResources.programmeId, programmeId));
	return rows.map((r) => r.id);
}

export async function programmeToForm(p: Programme | null): Promise<Partial<ProgrammeInput>> {
	if (!p) return { version: 0, kind: 'regionalt', status: 'utkast', chapterIds: [] };
	return {
		name: p.name,
		slug: p.slug,
		kind: p.kind,
		status: p.status,
		lead: p.lead,
		description: p.description,
		startsOn: p.startsOn ?? '',
		endsOn: p.endsOn ?? '',
		owners: p.owners.join(', '),
		chapterIds: p.chapterIds.map(String),
		resourceIds: (await linkedResourceIds(p.id)).map(String),
		applicationsReported: p.applicationsReported === null ? '' : String(p.applicationsReported),
		version: p.version
	};
}

/** Creates (slug null) or saves a programme; returns its slug. */
export async function saveProgramme(
	actor: Actor,
	slug: string | null,
	input: ProgrammeInput
): Promise<string> {
	authorize(actor, can.useAdmin, 'program.lagre', slug);
	// Someone else's programme is refused before anything about the form is said.
	if (slug !== null) await runnable(actor, slug);
	const chapterIds = [...new Set(input.chapterIds.map(Number))];
	const resourceIds = [...new Set(input.resourceIds.map(Number))];
	if (input.kind === 'regionalt' && chapterIds.length === 0)
		throw new FieldError('chapterIds', 'problems.programmes.chapterRegional');
	if (!can.manageProgramme(actor, chapterIds))
		throw new FieldError('chapterIds', 'problems.programmes.chapterOwn');
	if (input.startsOn && input.endsOn && input.endsOn < input.startsOn)
		throw new FieldError('endsOn', 'problems.programmes.periodOrder');
	assertAltTexts(input.description, 'description');
	const result = await db.transaction(async (tx) => {
		if (chapterIds.length) {
			const found = await tx
				.select({ id: countyChapters.id })
				.from(countyChapters)
				.where(inArray(countyChapters.id, chapterIds));
			if (found.length !== chapterIds.length)
				throw new FieldError('chapterIds', 'problems.programmes.chaptersChoose');
		}
		if (resourceIds.length) {
			const found = await tx
				.select({ id: resources.id })
				.from(resources)
				.where(inArray(resources.id, resourceIds));
			if (found.length !== resourceIds.length)
				throw new FieldError('resourceIds', 'problems.programmes.resourcesChoose');
		}
		let before: (typeof programmes.$inferSelect & { chapterIds: number[] }) | null = null;
		if (slug !== null) {
			const [row] = await tx
				.select()
				.from(programmes)
				.where(eq(programmes.slug, slug))
				.for('update');
			if (!row) throw new NotFoundError('problems.programmes.notFound');
			const current = await tx
				.select({ id: programmeChapters.chapterId })
				.from(programmeChapters)
				.where(eq(programmeChapters.programmeId, row.id));
			before = { ...row, chapterIds: current.map((c) => c.id) };
			assertManage(actor, before.chapterIds);
			assertVersion(row, input.version);
		}
		const base = input.slug || slugify(input.name) || 'program';
		const wanted = RESERVED.has(base) ? `${base}-program` : base;
		const freeSlugValue = await freeSlug(
			tx,
			programmes,
			programmes.slug,
			programmes.id,
			wanted,
			before?.id ?? null
		);
		const values = {
			name: input.name,
			slug: freeSlugValue,
			kind: input.kind,
			status: input.status,
			lead: input.lead,
			description: input.description,
			startsOn: input.startsOn || null,
			endsOn: input.endsOn || null,
			owners: [
				...new Set(
					input.owners
						.split(',')
						.map((s) => s.trim())
						.filter(Boolean)
				)
			].slice(0, 10),
			applicationsReported:
				input.applicationsReported === '' ? null : Number(input.applicationsReported),
			updatedAt: now()
		};
		let id: number;
		if (before) {
			id = before.id;
			await tx
				.update(programmes)
				.set({ ...values, version: before.version + 1 })
				.where(eq(programmes.id, id));
		} else {
			const [row] = await tx
				.insert(programmes)
				.values({ ...values, createdAt: now() })
				.returning({ id: programmes.id });
			id = row.id;
		}
		await tx.delete(programmeChapters).where(eq(programmeChapters.programmeId, id));
		if (chapterIds.length)
			await tx
				.insert(programmeChapters)
				.values(chapterIds.map((chapterId) => ({ programmeId: id, chapterId })));
		await tx.delete(programmeResources).where(eq(programmeResources.programmeId, id));
		if (resourceIds.length)
			await tx
				.insert(programmeResources)
				.values(resourceIds.map((resourceId) => ({ programmeId: id, resourceId })));
		await recordAudit(tx, actor, {
			action: before ? 'programme.update' : 'programme.create',
			entityType: 'programme',
			entityId: id,
			summary: storedText(
				before ? 'admin.auditLog.programmeChanged' : 'admin.auditLog.programmeCreated',
				{ name: values.name }
			),
			before,
			after: { ...values, chapterIds, resourceIds }
		});
		return values.slug;
	});
	invalidatePublic();
	return result;
}

// ——— Participants ———

export async function participantsOf(
	actor: Actor,
	programme: Pick<Programme, 'id' | 'chapterIds'>
) {
	assertManage(actor, programme.chapterIds, programme.id);
	return db
		.select({
			municipalityNumber: programmeParticipants.municipalityNumber,
			name: municipalities.name,
			county: counties.name,
			status: programmeParticipants.status,
			joinedAt: programmeParticipants.joinedAt
		})
		.from(programmeParticipants)
		.innerJoin(municipalities, eq(municipalities.number, programmeParticipants.municipalityNumber))
		.innerJoin(counties, eq(counties.number, municipalities.countyNumber))
		.where(eq(programmeParticipants.programmeId, programme.id))
		.orderBy(asc(counties.name), asc(municipalities.name));
}

async function runnable(actor: Actor, slug: string): Promise<Programme> {
	const p = await programmeBySlug(slug);
	if (!p) throw new NotFoundError('problems.programmes.notFound');
	assertManage(actor, p.chapterIds, p.id);
	return p;
}

/** Adds a municipality (by name or number) to the programme's cohort. */
export async function addParticipant(actor: Actor, slug: string, municipality: string) {
	const p = await runnable(actor, slug);
	const match = await findMunicipality(municipality);
	if (match.kind === 'unknown')
		throw new FieldError('municipality', 'problems.programmes.municipalityUnknown', {
			name: municipality.trim()
		});
	if (match.kind === 'ambiguous') {
		const { key, values } = ambiguousMunicipality(match.choices);
		throw new FieldError('municipality', key, values);
	}
	const nr = match.choice.number;
	await db.transaction(async (tx) => {
		const inserted = await tx
			.insert(programmeParticipants)
			.values({ programmeId: p.id, municipalityNumber: nr, status: 'deltar', joinedAt: now() })
			.onConflictDoNothing()
			.returning();
		if (!inserted.length)
			throw new FieldError('municipality', 'problems.programmes.alreadyParticipant', {
				municipality: match.choice.label
			});
		await recordAudit(tx, actor, {
			action: 'programme.participant.add',
			entityType: 'programme',
			entityId: p.id,
			summary: storedText('admin.auditLog.participantAdded', {
				name: match.choice.label,
				programme: p.name
			}),
			after: inserted[0]
		});
	});
	invalidatePublic();
	return match.choice;
}

export async function setParticipantStatus(
	actor: Actor,
	slug: string,
	nr: string,
	status: ParticipantStatus
) {
	const p = await runnable(actor, slug);
	await db.transaction(async (tx) => {
		const [before] = await tx
			.select()
			.from(programmeParticipants)
			.where(
				and(
					eq(programmeParticipants.programmeId, p.id),
					eq(programmeParticipants.municipalityNumber, nr)
				)
			)
			.for('update');
		if (!before) throw new NotFoundError('problems.programmes.notParticipant');
		await tx
			.update(programmeParticipants)
			.set({ status })
			.where(
				and(
					eq(programmeParticipants.programmeId, p.id),
					eq(programmeParticipants.municipalityNumber, nr)
				)
			);
		await recordAudit(tx, actor, {
			action: 'programme.participant.status',
			entityType: 'programme',
			entityId: p.id,
			summary: storedText('admin.auditLog.participantStatus', {
				number: nr,
				programme: p.name,
				status
			}),
			before,
			after: { ...before, status }
		});
	});
	invalidatePublic();
}

export async function removeParticipant(actor: Actor, slug: string, nr: string) {
	const p = await runnable(actor, slug);
	await db.transaction(async (tx) => {
		const [before] = await tx
			.delete(programmeParticipants)
			.where(
				and(
					eq(programmeParticipants.programmeId, p.id),
					eq(programmeParticipants.municipalityNumber, nr)
				)
			)
			.returning();
		if (!before) throw new NotFoundError('problems.programmes.notParticipant');
		await recordAudit(tx, actor, {
			action: 'programme.participant.remove',
			entityType: 'programme',
			entityId: p.id,
			summary: storedText('admin.auditLog.participantRemoved', { number: nr, programme: p.name }),
			before
		});
	});
	invalidatePublic();
}

/** Programmes this person may tie an event to (the event form's choices), and its current one. */
export async function eventProgrammeOptions(actor: Actor, currentId: number | null) {
	const rows = await listProgrammesAdmin(actor);
	return rows
		.filter((r) => r.canManage || r.id === currentId)
		.map((r) => ({ id: r.id, name: r.name }));
}
