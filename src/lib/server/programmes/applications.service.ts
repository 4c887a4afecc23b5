/**
 * Applying to a programme's call: a signed-in person starts an application for one or several
 * municipalities, names the group, answers the questions; the people named in the group help
 * fill in the same application (optimistic locking: nobody overwrites another silently).
 * Submitting checks the answers, the composition, who may apply and the deadline, and sends
 * a receipt with a PDF copy. Until the deadline it can be changed or withdrawn.
 */
import { and, asc, eq, inArray, lt, ne, or, sql } from 'drizzle-orm';
import { db, type DbOrTx, type Tx } from '../db/client';
import { users } from '../accounts/schema';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/permissions';
import { InvalidError, FieldError, NotFoundError, ConflictError, type Reason } from '../errors';
import { now } from '../clock';
import { config } from '../config';
import { sendMail, kickMail } from '../mail/send';
import { drafts, goals } from '../fremtidsbilde/schema';
import { missingRoles } from '../fremtidsbilde/group.service';
import { clearDraft, storeDraft } from '../fremtidsbilde/drafts.service';
import {
	applicationMembers,
	applicationMunicipalities,
	applications,
	programmeCalls
} from './calls-schema';
import { programmes } from './schema';
import {
	callPhase,
	chapterNames,
	deadlineProblem,
	eligibilityProblem,
	municipalityFacts,
	type Call
} from './calls.service';
import { receiptMail } from './mail';
import { applicationPdf } from './pdf';
import type { ApplicationInput, StartInput } from '$lib/forms/programmes';
import type { GroupRole } from '$lib/forms/fremtidsbilde';
import { currentLang, formatList, m, message } from '$lib/i18n';
import { siteUrl } from '../mail/layout';

export type Application = typeof applications.$inferSelect;
export type Member = {
	name: string;
	email: string;
	groupRole: GroupRole;
	municipalityNumber: string;
};

/** The questions, in the order the form and the PDF show them (labels: mail.pdf.application). */
export const QUESTIONS = [
	'motivation',
	'focusArea',
	'goalsText',
	'anchoringPlans',
	'anchoringPolitical'
] as const;

/** Draft keys for the long answers (the drafts table's key pattern: lower-case letters). */
export const DRAFT_FIELDS: Record<string, string> = {
	motivation: 'motivasjon',
	goalsText: 'mal',
	anchoringPlans: 'planer',
	anchoringPolitical: 'politikk'
};
export const draftKey = (id: number, field: string) => `soknad:${id}-${DRAFT_FIELDS[field]}`;

// ——— Rules ———

export interface Problem {
	field: string;
	message: string;
}

/**
 * What stops an application from being submitted: missing answers, a group without the
 * required roles (per municipality), municipalities that may not apply, the deadline.
 */
export function submissionProblems(input: {
	answers: Pick<
		ApplicationInput,
		| 'motivation'
		| 'focusArea'
		| 'goalIds'
		| 'anchoringPlans'
		| 'anchoringPolitical'
		| 'contactName'
		| 'contactEmail'
	>;
	members: Member[];
	municipalities: { number: string; name: string; problem: Reason | null }[];
	requiredRoles: readonly GroupRole[];
	deadline: Reason | null;
}): Problem[] {
	const out: Problem[] = [];
	const a = input.answers;
	const say = (field: string, reason: Reason) =>
		out.push({ field, message: message(reason.key, reason.values) });
	if (input.deadline) say('', input.deadline);
	for (const mu of input.municipalities) if (mu.problem) say('', mu.problem);
	if (!a.motivation.trim()) say('motivation', { key: 'problems.calls.motivation' });
	if (!a.focusArea.trim()) say('focusArea', { key: 'problems.calls.focusArea' });
	if (a.goalIds.length === 0) say('goalIds', { key: 'problems.calls.goals' });
	if (!a.anchoringPlans.trim()) say('anchoringPlans', { key: 'problems.calls.anchoringPlans' });
	if (!a.anchoringPolitical.trim())
		say('anchoringPolitical', { key: 'problems.calls.anchoringPolitical' });
	if (!a.contactName.trim()) say('contactName', { key: 'problems.calls.contactName' });
	if (!a.contactEmail.trim()) say('contactEmail', { key: 'problems.calls.contactEmail' });
	for (const mu of input.municipalities) {
		const missing = missingRoles(
			input.members.filter((x) => x.municipalityNumber === mu.number),
			input.requiredRoles
		);
		if (missing.length)
			say('memberRole', {
				key: 'problems.calls.rolesMissing',
				values: {
					municipality: mu.name,
					roles: formatList(missing.map((r) => m.fremtidsbilde.groupRoles[r].toLowerCase()))
				}
			});
	}
	return out;
}

/** Thrown when submitting finds problems; the route shows each beside its field. */
export class SubmissionProblems extends InvalidError {
	constructor(public problems: Problem[]) {
		super('problems.programmes.incomplete');
	}
}

/** Thrown when someone else saved in between; `current` is what is saved now. */
export class ApplicationConflict extends ConflictError {
	constructor(public current: { version: number; by: string; at: Date; fields: string[] }) {
		super('problems.programmes.applicationConflict', { by: current.by });
	}
}

/** Rows of the member cells that have anything in them. */
export function membersFrom(
	input: ApplicationInput,
	fallbackNr: string,
	allowed: string[]
): Member[] {
	const out: Member[] = [];
	input.memberName.forEach((name, i) => {
		const email = (input.memberEmail[i] ?? '').toLowerCase();
		const role = input.memberRole[i] ?? '';
		if (!name && !email && !role) return;
		const nr = input.memberMunicipality[i] ?? '';
		out.push({
			name,
			email,
			groupRole: role as GroupRole,
			municipalityNumber: allowed.includes(nr) ? nr : fallbackNr
		});
	});
	return out;
}

// ——— Reading ———

async function municipalityRows(id: number, tx: DbOrTx = db) {
	const rows = await tx
		.select({ number: applicationMunicipalities.municipalityNumber })
		.from(applicationMunicipalities)
		.where(eq(applicationMunicipalities.applicationId, id))
		.orderBy(asc(applicationMunicipalities.municipalityNumber));
	const facts = await municipalityFacts(
		rows.map((r) => r.number),
		tx
	);
	return facts;
}

export async function membersOf(id: number, tx: DbOrTx = db): Promise<Member[]> {
	return tx
		.select({
			name: applicationMembers.name,
			email: applicationMembers.email,
			groupRole: applicationMembers.groupRole,
			municipalityNumber: applicationMembers.municipalityNumber
		})
		.from(applicationMembers)
		.where(eq(applicationMembers.applicationId, id))
		.orderBy(asc(applicationMembers.position), asc(applicationMembers.id));
}

/** May the person work on the application: the one who started it, or someone it names. */
function mayEdit(actor: Actor, app: Application, members: Member[]) {
	return app.createdBy === actor.id || members.some((x) => x.email === actor.email.toLowerCase());
}

const notFound = () => new NotFoundError('problems.programmes.applicationHidden');

/** The signed-in person's applications to a call (started by them or naming them). */
export async function myApplications(actor: Actor, callId: number) {
	authorize(actor, true, 'soknad.mine', callId);
	const named = db
		.select({ id: applicationMembers.applicationId })
		.from(applicationMembers)
		.where(eq(applicationMembers.email, actor.email.toLowerCase()));
	const rows = await db
		.select()
		.from(applications)
		.where(
			and(
				eq(applications.callId, callId),
				or(eq(applications.createdBy, actor.id), inArray(applications.id, named))
			)
		)
		.orderBy(asc(applications.id));
	return Promise.all(
		rows.map(async (a) => ({ ...a, municipalities: await municipalityRows(a.id) }))
	);
}

/** Every application naming or started by the person, across calls (for /min-side). */
export async function applicationsOfPerson(actor: Actor) {
	authorize(actor, true, 'soknad.mine');
	const named = db
		.select({ id: applicationMembers.applicationId })
		.from(applicationMembers)
		.where(eq(applicationMembers.email, actor.email.toLowerCase()));
	const rows = await db
		.select({
			id: applications.id,
			status: applications.status,
			programme: programmes.name,
			slug: programmes.slug,
			closesAt: programmeCalls.closesAt
		})
		.from(applications)
		.innerJoin(programmeCalls, eq(programmeCalls.id, applications.callId))
		.innerJoin(programmes, eq(programmes.id, programmeCalls.programmeId))
		.where(or(eq(applications.createdBy, actor.id), inArray(applications.id, named)))
		.orderBy(asc(applications.id));
	return Promise.all(
		rows.map(async (a) => ({
			...a,
			municipalities: (await municipalityRows(a.id)).map((x) => x.name)
		}))
	);
}

export async function goalOptions() {
	return db
		.select({ id: goals.id, title: goals.title })
		.from(goals)
		.orderBy(asc(goals.position), asc(goals.title));
}

/** One application for the people working on it; a ServiceError 'not-found' for anyone else. */
export async function applicationForApplicant(actor: Actor, call: Call, id: number) {
	authorize(actor, true, 'soknad.les', id);
	const [app] = await db
		.select()
		.from(applications)
		.where(and(eq(applications.id, id), eq(applications.callId, call.id)));
	if (!app) throw notFound();
	const members = await membersOf(id);
	if (!mayEdit(actor, app, members)) throw notFound();
	const [by] = app.updatedBy
		? await db.select({ name: users.name }).from(users).where(eq(users.id, app.updatedBy))
		: [];
	const draftRows = await db
		.select()
		.from(drafts)
		.where(and(eq(drafts.userId, actor.id), sql`${drafts.key} like ${`soknad:${id}-%`}`));
	return {
		application: app,
		members,
		municipalities: await municipalityRows(id),
		lastSavedBy: by?.name ?? null,
		drafts: Object.fromEntries(
			draftRows.map((d) => [d.key, { text: d.text, savedAt: d.updatedAt }])
		),
		/** Only a decision that was sent: staff's working decision stays with staff. */
		decision:
			app.sentDecision && app.decisionSentAt
				? { value: app.sentDecision, sentAt: app.decisionSentAt }
				: null,
		editable: app.status !== 'trukket' && app.sentDecision === null && callPhase(call) === 'apen'
	};
}

export function applicationToForm(app: Application, members: Member[]): ApplicationInput {
	return {
		motivation: app.motivation,
		focusArea: app.focusArea,
		goalIds: app.goalIds.map(String),
		goalsText: app.goalsText,
		anchoringPlans: app.anchoringPlans,
		anchoringPolitical: app.anchoringPolitical,
		contactName: app.contactName,
		contactEmail: app.contactEmail,
		contactPhone: app.contactPhone,
		memberName: members.map((x) => x.name),
		memberEmail: members.map((x) => x.email),
		memberRole: members.map((x) => x.groupRole),
		memberMunicipality: members.map((x) => x.municipalityNumber),
		version: app.version
	};
}

// ——— Changing ———

/** Names the live application a municipality already has in the call, for the message. */
/**
 * Says that a municipality already has an application, and whom to ask: a role and the
 * programme staff's address, never the application's number, status or the person who started
 * it (the one asking is not in that group and may not learn who is).
 */
async function duplicateMessage(tx: DbOrTx, callId: number, numbers: string[]) {
	const rows = await tx
		.select({ nr: applicationMunicipalities.municipalityNumber })
		.from(applicationMunicipalities)
		.where(
			and(
				eq(applicationMunicipalities.callId, callId),
				eq(applicationMunicipalities.withdrawn, false),
				inArray(applicationMunicipalities.municipalityNumber, numbers)
			)
		);
	if (rows.length === 0) return null;
	const facts = await municipalityFacts(
		rows.map((r) => r.nr),
		tx
	);
	const r = rows[0];
	const name = facts.find((f) => f.number === r.nr)?.name ?? r.nr;
	return {
		key: 'problems.calls.duplicate',
		values: { name, email: config.contactEmail }
	} satisfies Reason;
}

const isUniqueViolation = (e: unknown) =>
	typeof e === 'object' &&
	e !== null &&
	((e as { code?: string }).code === '23505' ||
		(e as { cause?: { code?: string } }).cause?.code === '23505');

/** Starts an application (a draft) for one or several municipalities; returns its id. */
export async function startApplication(actor: Actor, call: Call, input: StartInput) {
	authorize(actor, true, 'soknad.start', call.id);
	const problem = deadlineProblem(call);
	if (problem) throw new FieldError('municipalities', problem.key, problem.values);
	const numbers = [...new Set(input.municipalities)];
	const facts = await municipalityFacts(numbers);
	if (facts.length !== numbers.length)
		throw new FieldError('municipalities', 'problems.programmes.municipalitiesChoose');
	const names = await chapterNames();
	for (const f of facts) {
		const p = eligibilityProblem(f, call, names);
		if (p) throw new FieldError('municipalities', p.key, p.values);
	}
	try {
		return await db.transaction(async (tx) => {
			const dup = await duplicateMessage(tx, call.id, numbers);
			if (dup) throw new FieldError('municipalities', dup.key, dup.values);
			const [app] = await tx
				.insert(applications)
				.values({
					callId: call.id,
					contactName: actor.name,
					contactEmail: actor.email,
					lang: currentLang(),
					createdBy: actor.id,
					updatedBy: actor.id,
					createdAt: now(),
					updatedAt: now()
				})
				.returning();
			await tx
				.insert(applicationMunicipalities)
				.values(
					numbers.map((nr) => ({ applicationId: app.id, callId: call.id, municipalityNumber: nr }))
				);
			return app.id;
		});
	} catch (e) {
		if (!isUniqueViolation(e)) throw e;
		const dup = await duplicateMessage(db, call.id, numbers);
		throw dup
			? new FieldError('municipalities', dup.key, dup.values)
			: new FieldError('municipalities', 'problems.programmes.alreadyApplied');
	}
}

async function lockForChange(tx: Tx, actor: Actor, call: Call, id: number) {
	const [app] = await tx
		.select()
		.from(applications)
		.where(and(eq(applications.id, id), eq(applications.callId, call.id)))
		.for('update');
	if (!app) throw notFound();
	const members = await membersOf(id, tx);
	if (!mayEdit(actor, app, members)) throw notFound();
	if (app.status === 'trukket') throw new InvalidError('problems.programmes.withdrawn');
	const late = deadlineProblem(call);
	if (late) throw new InvalidError(late.key, late.values);
	return { app, members };
}

const ANSWER_FIELDS = [
	'motivation',
	'focusArea',
	'goalsText',
	'anchoringPlans',
	'anchoringPolitical',
	'contactName',
	'contactEmail',
	'contactPhone'
] as const;

/**
 * Saves the application (`submit`: and sends it). A sent application stays sent: changing it
 * means submitting again, with the same checks. Returns the new version.
 */
export async function saveApplication(
	actor: Actor,
	call: Call & { programmeName: string; programmeSlug: string },
	id: number,
	input: ApplicationInput,
	submit: boolean
) {
	authorize(actor, true, 'soknad.lagre', call.id);
	const result = await db.transaction(async (tx) => {
		const { app } = await lockForChange(tx, actor, call, id);
		if (app.version !== input.version) {
			const [by] = app.updatedBy
				? await tx.select({ name: users.name }).from(users).where(eq(users.id, app.updatedBy))
				: [];
			const fields = ANSWER_FIELDS.filter((f) => app[f] !== input[f]);
			throw new ApplicationConflict({
				version: app.version,
				by: by?.name ?? 'Noen andre',
				at: app.updatedAt,
				fields
			});
		}
		const munis = await municipalityRows(id, tx);
		const numbers = munis.map((x) => x.number);
		const members = membersFrom(input, numbers[0], numbers);
		const goalIds = await validGoalIds(tx, input.goalIds);
		const sending = submit || app.status === 'sendt';
		if (sending) {
			const names = await chapterNames();
			const problems = submissionProblems({
				answers: { ...input, goalIds: goalIds.map(String) },
				members,
				municipalities: munis.map((x) => ({ ...x, problem: eligibilityProblem(x, call, names) })),
				requiredRoles: call.requiredRoles,
				deadline: null
			});
			if (problems.length) throw new SubmissionProblems(problems);
		}
		const at = now();
		const [row] = await tx
			.update(applications)
			.set({
				...Object.fromEntries(ANSWER_FIELDS.map((f) => [f, input[f]])),
				goalIds,
				status: sending ? 'sendt' : 'utkast',
				submittedAt: sending ? at : null,
				// Sent in a language: the decision mails are written in it.
				...(sending ? { lang: currentLang() } : {}),
				updatedBy: actor.id,
				updatedAt: at,
				version: app.version + 1
			})
			.where(eq(applications.id, id))
			.returning();
		await tx.delete(applicationMembers).where(eq(applicationMembers.applicationId, id));
		if (members.length)
			await tx
				.insert(applicationMembers)
				.values(members.map((x, i) => ({ ...x, applicationId: id, position: i })));
		await tx
			.delete(drafts)
			.where(and(eq(drafts.userId, actor.id), sql`${drafts.key} like ${`soknad:${id}-%`}`));
		if (sending) {
			const goalTitles = await tx
				.select({ id: goals.id, title: goals.title })
				.from(goals)
				.where(inArray(goals.id, goalIds.length ? goalIds : [0]));
			const names = munis.map((x) => x.name);
			const pdf = await applicationPdf({
				id,
				programme: call.programmeName,
				call: call.title,
				municipalities: names,
				submittedAt: at,
				answers: [
					...QUESTIONS.map((f) => ({ label: m.mail.pdf.application[f], text: row[f] })),
					{ label: m.mail.pdf.application.goals, text: goalTitles.map((g) => g.title).join(', ') },
					{
						label: m.mail.pdf.application.contact,
						text: [row.contactName, row.contactEmail, row.contactPhone].filter(Boolean).join(', ')
					}
				],
				members: members.map((x) => ({
					...x,
					municipality: munis.find((mu) => mu.number === x.municipalityNumber)?.name ?? ''
				}))
			});
			await sendMail(tx, {
				to: actor.email,
				template: 'programme.receipt',
				content: receiptMail({
					programme: call.programmeName,
					municipalities: names.join(', '),
					url: siteUrl(`/program/${call.programmeSlug}/sok/${id}`),
					closesAt: call.closesAt,
					resubmitted: app.status === 'sendt'
				}),
				idempotencyKey: `application:${id}:receipt:${row.version}`,
				attachments: [
					{
						filename: `soknad-${id}.pdf`,
						contentType: 'application/pdf',
						content: pdf.toString('base64')
					}
				]
			});
		}
		return { version: row.version, sent: sending };
	});
	if (result.sent) await kickMail();
	return result;
}

async function validGoalIds(tx: DbOrTx, ids: string[]) {
	const wanted = [...new Set(ids.map(Number))].slice(0, 10);
	if (wanted.length === 0) return [];
	const rows = await tx.select({ id: goals.id }).from(goals).where(inArray(goals.id, wanted));
	return rows.map((r) => r.id);
}

/** Withdraws the application before the deadline; its municipalities may apply again. */
export async function withdrawApplication(actor: Actor, call: Call, id: number) {
	authorize(actor, true, 'soknad.trekk', id);
	await db.transaction(async (tx) => {
		await lockForChange(tx, actor, call, id);
		await tx
			.update(applications)
			.set({
				status: 'trukket',
				withdrawnAt: now(),
				updatedBy: actor.id,
				updatedAt: now(),
				version: sql`${applications.version} + 1`
			})
			.where(eq(applications.id, id));
		await tx
			.update(applicationMunicipalities)
			.set({ withdrawn: true })
			.where(eq(applicationMunicipalities.applicationId, id));
	});
}

/** Autosave of a long answer as the person's own draft (kept until they save the form). */
export async function saveApplicationDraft(
	actor: Actor,
	call: Call,
	id: number,
	key: string,
	text: string
) {
	authorize(actor, true, 'soknad.utkast', id);
	const nr = await draftTarget(actor, call, id, key);
	return storeDraft(actor, nr, key, text);
}

export async function discardApplicationDraft(actor: Actor, call: Call, id: number, key: string) {
	authorize(actor, true, 'soknad.utkast-slett', id);
	const nr = await draftTarget(actor, call, id, key);
	await clearDraft(actor, nr, key);
}

async function draftTarget(actor: Actor, call: Call, id: number, key: string) {
	if (!Object.keys(DRAFT_FIELDS).some((f) => draftKey(id, f) === key))
		throw new InvalidError('problems.unknownField');
	const view = await applicationForApplicant(actor, call, id);
	if (!view.editable) throw new InvalidError('problems.programmes.notEditable');
	return view.municipalities[0].number;
}

// ——— Retention ———

/** How long after a call's deadline applications keep the people they name. */
export const APPLICATION_RETENTION_DAYS = 540;

/**
 * Personal data in applications is kept while the round needs it: 18 months after the
 * deadline, drafts and withdrawn applications are deleted, and the rest lose the group list
 * and the contact person (the answers and decisions stay for the programme's records).
 */
export async function deleteOldApplicationData(at: Date = now()) {
	const before = new Date(at.getTime() - APPLICATION_RETENTION_DAYS * 24 * 60 * 60_000);
	const old = db
		.select({ id: programmeCalls.id })
		.from(programmeCalls)
		.where(lt(programmeCalls.closesAt, before));
	await db.transaction(async (tx) => {
		await tx
			.delete(applications)
			.where(
				and(inArray(applications.callId, old), inArray(applications.status, ['utkast', 'trukket']))
			);
		const rest = tx
			.select({ id: applications.id })
			.from(applications)
			.where(inArray(applications.callId, old));
		await tx.delete(applicationMembers).where(inArray(applicationMembers.applicationId, rest));
		await tx
			.update(applications)
			.set({ contactName: '', contactEmail: '', contactPhone: '' })
			.where(and(inArray(applications.callId, old), ne(applications.contactEmail, '')));
	});
}
