/**
 * Review of a call's applications by the people who run the programme (editors; chapter
 * leaders for their chapter's programmes): a filterable list, reading, internal scores per
 * criterion, decisions that never admit more municipalities than the call has places, and
 * decision mails from editable templates sent in one go. Sending an admission makes the
 * municipalities participants, links their fremtidsbilde workspace and invites the group.
 */
import { and, asc, eq, ilike, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { municipalityMembers, users } from '../accounts/schema';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { LANGUAGES, formatDateTime, type Lang } from '$lib/i18n';
import { recordAudit, storedText } from '../accounts/audit';
import { queueInvitation } from '../accounts/users.service';
import { FieldError, InvalidError, NotFoundError, ConflictError, type Reason } from '../errors';
import { now } from '../clock';
import { kickMail, sendMail } from '../mail/send';
import { invalidatePublic } from '../cache/public-cache';
import { ensureWorkspace } from '../fremtidsbilde/workspace.service';
import { goals } from '../fremtidsbilde/schema';
import {
	applicationMunicipalities,
	applicationScores,
	applicationStatuses,
	applications,
	decisionTemplates,
	decisions,
	programmeCalls,
	type Decision
} from './calls-schema';
import { countyChapterCounties, municipalities } from '../geo/schema';
import { programmeParticipants } from './schema';
import { callOf, callPhase, municipalityFacts, type Call } from './calls.service';
import { membersOf } from './applications.service';
import { decisionMail, defaultTemplates, type DecisionTemplate } from './mail';
import { withLanguage } from '../i18n';
import type { Programme } from './programmes.service';
import type { DecisionInput, ScoreInput, TemplatesInput } from '$lib/forms/programmes';

// ——— Rules ———

/** Why admitting `needed` more municipalities would exceed the places, or null. */
export function placesProblem(places: number, admitted: number, needed: number): Reason | null {
	if (admitted + needed <= places) return null;
	const left = Math.max(0, places - admitted);
	if (left === 0) return { key: 'problems.calls.placesFull', values: { places } };
	return left === 1
		? { key: 'problems.calls.placesLeftOne', values: { needed } }
		: { key: 'problems.calls.placesLeft', values: { left, needed } };
}

function assertManage(actor: Actor, programme: Programme) {
	authorize(
		actor,
		(a) => can.manageProgramme(a, programme.chapterIds),
		'program.vurdering',
		programme.id,
		'permissions.programme'
	);
}

async function callOrNotFound(programme: Programme) {
	const call = await callOf(programme.id);
	if (!call) throw new NotFoundError('problems.programmes.noCall');
	return call;
}

// ——— The list ———

export interface ReviewFilter {
	status: string;
	decision: string;
	chapter: string;
	q: string;
}

/** Applications per page of the review list. */
export const APPLICATIONS_PAGE_SIZE = 50;

/**
 * A page of the call's applications (oldest first), filtered in the database by status,
 * decision, county chapter and a text (motivation, focus, contact, municipality names), with
 * the total that matched. Municipalities and average scores are read for the page only.
 */
export async function listApplications(
	actor: Actor,
	programme: Programme,
	f: ReviewFilter & { page?: number }
) {
	assertManage(actor, programme);
	const call = await callOf(programme.id);
	if (!call) return { call: null, rows: [], admitted: 0, total: 0, page: 1, pages: 1 };
	const q = f.q.trim();
	const like = q && `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
	const status = (applicationStatuses as readonly string[]).includes(f.status)
		? (f.status as (typeof applicationStatuses)[number])
		: null;
	const decision = (decisions as readonly string[]).includes(f.decision)
		? (f.decision as Decision)
		: null;
	const chapter = /^\d{1,9}$/.test(f.chapter) ? Number(f.chapter) : null;
	const where = and(
		eq(applications.callId, call.id),
		status ? eq(applications.status, status) : ne(applications.status, 'utkast'),
		// An unknown status or decision matches nothing, as before.
		f.status && !status ? sql`false` : undefined,
		decision ? eq(applications.decision, decision) : f.decision ? sql`false` : undefined,
		chapter !== null
			? sql`exists (select 1 from ${applicationMunicipalities} am
					join ${municipalities} mu on mu.number = am.municipality_number
					join ${countyChapterCounties} cc on cc.county_number = mu.county_number
					where am.application_id = ${applications.id} and cc.chapter_id = ${chapter})`
			: f.chapter
				? sql`false`
				: undefined,
		like
			? or(
					ilike(applications.motivation, like),
					ilike(applications.focusArea, like),
					ilike(applications.contactName, like),
					sql`exists (select 1 from ${applicationMunicipalities} am
						join ${municipalities} mu on mu.number = am.municipality_number
						where am.application_id = ${applications.id} and mu.name ilike ${like})`
				)
			: undefined
	);
	const [{ total }] = await db
		.select({ total: sql<number>`count(*)::int` })
		.from(applications)
		.where(where);
	const pages = Math.max(1, Math.ceil(total / APPLICATIONS_PAGE_SIZE));
	const page = Math.min(Math.max(1, f.page ?? 1), pages);
	const apps = await db
		.select()
		.from(applications)
		.where(where)
		.orderBy(asc(applications.id))
		.limit(APPLICATIONS_PAGE_SIZE)
		.offset((page - 1) * APPLICATIONS_PAGE_SIZE);
	const ids = apps.map((a) => a.id).concat(0);
	const munis = await db
		.select()
		.from(applicationMunicipalities)
		.where(inArray(applicationMunicipalities.applicationId, ids));
	const facts = await municipalityFacts([...new Set(munis.map((x) => x.municipalityNumber))]);
	const scores = await db
		.select({
			applicationId: applicationScores.applicationId,
			avg: sql<string | null>`avg(${applicationScores.score})`
		})
		.from(applicationScores)
		.where(inArray(applicationScores.applicationId, ids))
		.groupBy(applicationScores.applicationId);
	const factOf = new Map(facts.map((x) => [x.number, x]));
	const averageOf = new Map(scores.map((x) => [x.applicationId, x.avg]));
	const rows = apps.map((a) => {
		const mine = munis
			.filter((x) => x.applicationId === a.id)
			.flatMap((x) => factOf.get(x.municipalityNumber) ?? []);
		const avg = averageOf.get(a.id);
		return { ...a, municipalities: mine, average: avg ? Number(avg) : null };
	});
	return { call, rows, admitted: await admittedCount(db, call.id), total, page, pages };
}

async function admittedCount(tx: Pick<Tx, 'select'>, callId: number, except?: number) {
	const [r] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(applicationMunicipalities)
		.innerJoin(applications, eq(applications.id, applicationMunicipalities.applicationId))
		.where(
			and(
				eq(applicationMunicipalities.callId, callId),
				eq(applications.decision, 'tatt_opp'),
				ne(applications.status, 'trukket'),
				except ? ne(applications.id, except) : undefined
			)
		);
	return r.n;
}

// ——— One application ———

export async function reviewView(actor: Actor, programme: Programme, id: number) {
	assertManage(actor, programme);
	const call = await callOrNotFound(programme);
	const [app] = await db
		.select()
		.from(applications)
		.where(and(eq(applications.id, id), eq(applications.callId, call.id)));
	if (!app) throw new NotFoundError('problems.programmes.applicationNotFound');
	const munis = await db
		.select({ nr: applicationMunicipalities.municipalityNumber })
		.from(applicationMunicipalities)
		.where(eq(applicationMunicipalities.applicationId, id));
	const scores = await db
		.select({
			reviewerId: applicationScores.reviewerId,
			reviewer: users.name,
			criterion: applicationScores.criterion,
			score: applicationScores.score,
			comment: applicationScores.comment
		})
		.from(applicationScores)
		.innerJoin(users, eq(users.id, applicationScores.reviewerId))
		.where(eq(applicationScores.applicationId, id))
		.orderBy(asc(users.name), asc(applicationScores.criterion));
	const goalRows = app.goalIds.length
		? await db
				.select({ id: goals.id, title: goals.title })
				.from(goals)
				.where(inArray(goals.id, app.goalIds))
		: [];
	return {
		call,
		application: app,
		municipalities: await municipalityFacts(munis.map((x) => x.nr)),
		members: await membersOf(id),
		goals: goalRows.map((g) => g.title),
		scores,
		admitted: await admittedCount(db, call.id)
	};
}

export async function saveScores(
	actor: Actor,
	programme: Programme,
	id: number,
	input: ScoreInput
) {
	assertManage(actor, programme);
	const call = await callOrNotFound(programme);
	await db.transaction(async (tx) => {
		const [app] = await tx
			.select({ id: applications.id })
			.from(applications)
			.where(and(eq(applications.id, id), eq(applications.callId, call.id)));
		if (!app) throw new NotFoundError('problems.programmes.applicationNotFound');
		const values = call.criteria.map((_, i) => ({
			applicationId: id,
			reviewerId: actor.id,
			criterion: i,
			score: input.score[i] ? Number(input.score[i]) : null,
			comment: input.comment[i] ?? '',
			updatedAt: now()
		}));
		for (const v of values)
			await tx
				.insert(applicationScores)
				.values(v)
				.onConflictDoUpdate({
					target: [
						applicationScores.applicationId,
						applicationScores.reviewerId,
						applicationScores.criterion
					],
					set: { score: v.score, comment: v.comment, updatedAt: v.updatedAt }
				});
		await recordAudit(tx, actor, {
			action: 'soknad.vurdert',
			entityType: 'soknad',
			entityId: id,
			summary: storedText('admin.auditLog.reviewed', { id, programme: programme.name }),
			after: values.map((v) => ({
				criterion: call.criteria[v.criterion],
				score: v.score,
				comment: v.comment
			}))
		});
	});
}

/**
 * A decision on a sent application. Admitting locks the call row first, so two reviewers
 * admitting at the same time can never together exceed the places.
 */
export async function decide(actor: Actor, programme: Programme, id: number, input: DecisionInput) {
	assertManage(actor, programme);
	await db.transaction(async (tx) => {
		const [call] = await tx
			.select()
			.from(programmeCalls)
			.where(eq(programmeCalls.programmeId, programme.id))
			.for('update');
		if (!call) throw new NotFoundError('problems.programmes.noCall');
		const [app] = await tx
			.select()
			.from(applications)
			.where(and(eq(applications.id, id), eq(applications.callId, call.id)))
			.for('update');
		if (!app) throw new NotFoundError('problems.programmes.applicationNotFound');
		if (app.version !== input.version)
			throw new ConflictError('problems.programmes.decisionConflict', {}, 'decision');
		if (app.status !== 'sendt')
			throw new FieldError('decision', 'problems.programmes.decisionStatus');
		if (input.decision === 'tatt_opp' && app.decision !== 'tatt_opp') {
			const [{ n }] = await tx
				.select({ n: sql<number>`count(*)::int` })
				.from(applicationMunicipalities)
				.where(eq(applicationMunicipalities.applicationId, id));
			const problem = placesProblem(call.places, await admittedCount(tx, call.id, id), n);
			if (problem) throw new FieldError('decision', problem.key, problem.values);
		}
		await tx
			.update(applications)
			.set({
				decision: input.decision,
				decidedAt: input.decision === 'ingen' ? null : now(),
				version: app.version + 1
			})
			.where(eq(applications.id, id));
		await recordAudit(tx, actor, {
			action: 'soknad.vedtak',
			entityType: 'soknad',
			entityId: id,
			summary: storedText('admin.auditLog.decided', {
				id,
				programme: programme.name,
				decision: input.decision
			}),
			before: { decision: app.decision },
			after: { decision: input.decision }
		});
	});
}

// ——— Decision mails ———

type Sendable = Exclude<Decision, 'ingen'>;
const SENDABLE: Sendable[] = ['tatt_opp', 'venteliste', 'avslag'];

export async function templatesFor(callId: number): Promise<Record<Sendable, DecisionTemplate>> {
	const rows = await db
		.select()
		.from(decisionTemplates)
		.where(eq(decisionTemplates.callId, callId));
	return Object.fromEntries(
		SENDABLE.map((d) => {
			const r = rows.find((x) => x.decision === d);
			return [d, r ? { subject: r.subject, body: r.body } : defaultTemplates()[d]];
		})
	) as Record<Sendable, DecisionTemplate>;
}

export async function decisionsPage(actor: Actor, programme: Programme) {
	assertManage(actor, programme);
	const call = await callOf(programme.id);
	if (!call) return null;
	const unsent = await unsentDecisions(call.id);
	const counts = Object.fromEntries(
		SENDABLE.map((d) => [d, unsent.filter((a) => a.decision === d).length])
	);
	return {
		call,
		phase: callPhase(call),
		templates: await templatesFor(call.id),
		unsent: unsent.length,
		counts
	};
}

/**
 * Decisions wait for the deadline: nobody hears back while others may still apply or change
 * their application. Staff who have everything in may close the call early, on purpose (the
 * confirmation box); the deadline then becomes now, so applicants can no longer edit either.
 */
function decisionsProblem(call: Call): Reason | null {
	if (callPhase(call) === 'stengt') return null;
	return {
		key: 'problems.calls.decisionsBeforeDeadline',
		values: { at: formatDateTime(call.closesAt) }
	};
}

export async function closeCallEarly(actor: Actor, programme: Programme, confirmed: boolean) {
	assertManage(actor, programme);
	const call = await callOrNotFound(programme);
	if (!confirmed) throw new FieldError('bekreft', 'problems.calls.closeConfirm');
	await db.transaction(async (tx) => {
		const [row] = await tx
			.select()
			.from(programmeCalls)
			.where(eq(programmeCalls.id, call.id))
			.for('update');
		if (callPhase(row) !== 'apen') throw new InvalidError('problems.calls.closeNotOpen');
		const at = now();
		await tx.update(programmeCalls).set({ closesAt: at }).where(eq(programmeCalls.id, call.id));
		await recordAudit(tx, actor, {
			action: 'utlysning.stengt_tidlig',
			entityType: 'utlysning',
			entityId: call.id,
			summary: storedText('admin.auditLog.callClosedEarly', {
				programme: programme.name,
				deadline: formatDateTime(row.closesAt, 'nb')
			}),
			before: { closesAt: row.closesAt },
			after: { closesAt: at }
		});
	});
	invalidatePublic();
}

async function unsentDecisions(callId: number) {
	return db
		.select({ id: applications.id, decision: applications.decision })
		.from(applications)
		.where(
			and(
				eq(applications.callId, callId),
				eq(applications.status, 'sendt'),
				ne(applications.decision, 'ingen'),
				or(isNull(applications.sentDecision), ne(applications.sentDecision, applications.decision))
			)
		)
		.orderBy(asc(applications.id));
}

export async function saveTemplates(actor: Actor, programme: Programme, input: TemplatesInput) {
	assertManage(actor, programme);
	const call = await callOrNotFound(programme);
	await db.transaction(async (tx) => {
		for (const d of SENDABLE) {
			const v = { subject: input[`${d}_subject`], body: input[`${d}_body`], updatedAt: now() };
			await tx
				.insert(decisionTemplates)
				.values({ callId: call.id, decision: d, ...v })
				.onConflictDoUpdate({
					target: [decisionTemplates.callId, decisionTemplates.decision],
					set: v
				});
		}
		await recordAudit(tx, actor, {
			action: 'utlysning.vedtaksmaler',
			entityType: 'utlysning',
			entityId: call.id,
			summary: storedText('admin.auditLog.decisionTemplatesChanged', { programme: programme.name }),
			after: input
		});
	});
}

/**
 * Sends every decision not sent yet, each in its own transaction with the application row
 * locked; the idempotency key per application, decision and recipient makes a second press
 * send nothing twice. Admissions become participants here. Returns how many were sent.
 */
export async function sendDecisions(actor: Actor, programme: Programme) {
	assertManage(actor, programme);
	const call = await callOrNotFound(programme);
	const early = decisionsProblem(call);
	if (early) throw new ConflictError(early.key, early.values);
	// The call's templates in each language (edited ones stay as staff wrote them).
	const templatesIn = Object.fromEntries(
		await Promise.all(
			LANGUAGES.map(async (lang) => [lang, await withLanguage(lang, () => templatesFor(call.id))])
		)
	) as Record<Lang, Record<Sendable, DecisionTemplate>>;
	let sent = 0;
	for (const { id } of await unsentDecisions(call.id)) {
		const did = await db.transaction(async (tx) => {
			// Shares the call's lock with saving it: a deadline moved later meanwhile stops this.
			const [locked] = await tx
				.select()
				.from(programmeCalls)
				.where(eq(programmeCalls.id, call.id))
				.for('share');
			const reopened = decisionsProblem(locked);
			if (reopened) throw new ConflictError(reopened.key, reopened.values);
			const [app] = await tx
				.select()
				.from(applications)
				.where(eq(applications.id, id))
				.for('update');
			if (app.status !== 'sendt' || app.decision === 'ingen' || app.sentDecision === app.decision)
				return false;
			const decision = app.decision as Sendable;
			const munis = await tx
				.select({ nr: applicationMunicipalities.municipalityNumber })
				.from(applicationMunicipalities)
				.where(eq(applicationMunicipalities.applicationId, id));
			const facts = await municipalityFacts(
				munis.map((x) => x.nr),
				tx
			);
			const kommune = facts.map((f) => f.name).join(' og ');
			const [creator] = app.createdBy
				? await tx.select({ email: users.email }).from(users).where(eq(users.id, app.createdBy))
				: [];
			const to = [
				...new Set([app.contactEmail, creator?.email].filter((e): e is string => Boolean(e)))
			];
			const template = templatesIn[app.lang][decision];
			for (const email of to)
				await sendMail(tx, {
					to: email,
					template: 'programme.decision',
					// In the language the application was written in.
					content: withLanguage(app.lang, () =>
						decisionMail(
							template,
							{ kommune, program: programme.name },
							`/program/${programme.slug}/sok/${id}`
						)
					),
					idempotencyKey: `application:${id}:decision:${decision}:${email}`
				});
			if (decision === 'tatt_opp')
				await admit(
					tx,
					actor,
					programme,
					call,
					app,
					facts.map((f) => f.number)
				);
			await tx
				.update(applications)
				.set({ sentDecision: decision, decisionSentAt: now() })
				.where(eq(applications.id, id));
			await recordAudit(tx, actor, {
				action: 'soknad.vedtak_sendt',
				entityType: 'soknad',
				entityId: id,
				summary: storedText('admin.auditLog.decisionSent', { decision, id, to: to.join(', ') }),
				after: { decision, to }
			});
			return true;
		});
		if (did) sent++;
	}
	if (sent) {
		await kickMail();
		invalidatePublic();
	}
	return sent;
}

/**
 * An admitted application's municipalities join the cohort: participant rows, their
 * fremtidsbilde workspace, the group members invited with their roles; the person who applied
 * becomes coordinator where the municipality has none.
 */
async function admit(
	tx: Tx,
	actor: Actor,
	programme: Programme,
	call: Call,
	app: typeof applications.$inferSelect,
	numbers: string[]
) {
	const members = await membersOf(app.id, tx);
	const [creator] = app.createdBy
		? await tx.select().from(users).where(eq(users.id, app.createdBy))
		: [];
	for (const nr of numbers) {
		await tx
			.insert(programmeParticipants)
			.values({
				programmeId: programme.id,
				municipalityNumber: nr,
				applicationId: app.id,
				joinedAt: now()
			})
			.onConflictDoNothing();
		await ensureWorkspace(tx, nr);
		const group = await tx
			.select({
				userId: municipalityMembers.userId,
				role: municipalityMembers.role,
				email: users.email
			})
			.from(municipalityMembers)
			.innerJoin(users, eq(users.id, municipalityMembers.userId))
			.where(eq(municipalityMembers.municipalityNumber, nr))
			.for('update', { of: municipalityMembers });
		if (creator && !group.some((g) => g.role === 'koordinator')) {
			const own = members.find((x) => x.email === creator.email && x.municipalityNumber === nr);
			await tx
				.insert(municipalityMembers)
				.values({
					userId: creator.id,
					municipalityNumber: nr,
					role: 'koordinator',
					groupRole: own?.groupRole ?? null
				})
				.onConflictDoUpdate({
					target: [municipalityMembers.userId, municipalityMembers.municipalityNumber],
					set: { role: 'koordinator' }
				});
			group.push({ userId: creator.id, role: 'koordinator', email: creator.email });
		}
		for (const mb of members.filter((x) => x.municipalityNumber === nr)) {
			if (group.some((g) => g.email === mb.email)) continue;
			await queueInvitation(tx, actor, {
				email: mb.email,
				role: {
					kind: 'kommune',
					municipalityNumber: nr,
					role: 'medlem',
					groupRole: mb.groupRole,
					sector: null
				},
				idempotencyKey: `application:${app.id}:invite:${nr}:${mb.email}`,
				lang: app.lang
			});
		}
	}
	await recordAudit(tx, actor, {
		action: 'program.deltaker',
		entityType: 'program',
		entityId: programme.id,
		summary: storedText('admin.auditLog.admitted', {
			numbers: numbers.join(', '),
			programme: programme.name,
			call: call.id
		}),
		after: { applicationId: app.id, municipalities: numbers }
	});
}
