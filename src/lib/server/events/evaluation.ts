/**
 * The evaluation after an event: organisers write a few questions (a scale of 1–5 or free
 * text); the day after the event everyone who was checked in gets a link by mail (the event
 * sweep calls `sendEvaluationInvites`); each answers once, and anonymously by design: the
 * answer is stored without their id, and only a mark without a time says that they have
 * answered. Organisers see the results aggregated, with the same rule as fremtidsbilde
 * (nothing below MIN_RESPONDENTS answers; free text too only from that many).
 */
import { and, asc, count, eq, gt, isNotNull, isNull, lt, ne, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { events, registrations } from './schema';
import {
	eventAfter,
	evaluationAnswered,
	evaluationQuestions,
	evaluationResponses,
	type EvaluationAnswers,
	type EvaluationKind
} from './after-schema';
import type { Actor } from '../accounts/actor';
import { recordAudit, storedText } from '../accounts/audit';
import { ConflictError, FieldError, InvalidError, NotFoundError } from '../errors';
import { MIN_RESPONDENTS, figuresOf, type Figures } from '../fremtidsbilde/aggregation';
import { withLanguage } from '../i18n';
import { kickMail } from '../mail/send';
import { now } from '../clock';
import { m, osloDate } from '$lib/i18n';
import { eventTemplates, queueEventMail, type EventRow } from './mail';
import { managedEvent } from './events.admin';
import { newLink, registrationByToken } from './registration/links';
import { csvCell } from './participants.admin';

/** Invitations go for events that ended at most this long ago (a sweep after downtime). */
export const INVITE_WINDOW_DAYS = 14;
export const MAX_QUESTIONS = 12;

export async function questionsOf(eventId: number, tx: Tx | typeof db = db) {
	return tx
		.select()
		.from(evaluationQuestions)
		.where(eq(evaluationQuestions.eventId, eventId))
		.orderBy(asc(evaluationQuestions.position), asc(evaluationQuestions.id));
}

async function responseCount(eventId: number, tx: Tx | typeof db = db) {
	const [{ n }] = await tx
		.select({ n: count() })
		.from(evaluationResponses)
		.where(eq(evaluationResponses.eventId, eventId));
	return n;
}

// ——— Organisers ———

export async function addEvaluationQuestion(
	actor: Actor,
	eventId: number,
	input: { kind: EvaluationKind; label: string }
) {
	const label = input.label.trim().slice(0, 300);
	if (!label) throw new FieldError('label', 'afterEvent.evaluation.labelMissing');
	await db.transaction(async (tx) => {
		const ev = await managedEvent(actor, eventId, 'arrangement.evaluering-endre', tx);
		await tx.select().from(events).where(eq(events.id, eventId)).for('update');
		if ((await responseCount(eventId, tx)) > 0)
			throw new InvalidError('afterEvent.evaluation.lockedByAnswers');
		const qs = await questionsOf(eventId, tx);
		if (qs.length >= MAX_QUESTIONS)
			throw new InvalidError('afterEvent.evaluation.tooMany', { max: MAX_QUESTIONS });
		await tx.insert(evaluationQuestions).values({
			eventId,
			kind: input.kind,
			label,
			position: (qs.at(-1)?.position ?? 0) + 1
		});
		await recordAudit(tx, actor, {
			action: 'arrangement.evaluering-endret',
			entityType: 'arrangement',
			entityId: eventId,
			summary: storedText('afterEvent.audit.questionAdded', { label, title: ev.title })
		});
	});
}

export async function removeEvaluationQuestion(actor: Actor, eventId: number, questionId: number) {
	await db.transaction(async (tx) => {
		const ev = await managedEvent(actor, eventId, 'arrangement.evaluering-endre', tx);
		await tx.select().from(events).where(eq(events.id, eventId)).for('update');
		if ((await responseCount(eventId, tx)) > 0)
			throw new InvalidError('afterEvent.evaluation.lockedByAnswers');
		const [gone] = await tx
			.delete(evaluationQuestions)
			.where(and(eq(evaluationQuestions.id, questionId), eq(evaluationQuestions.eventId, eventId)))
			.returning();
		if (!gone) throw new NotFoundError('afterEvent.evaluation.questionNotFound');
		await recordAudit(tx, actor, {
			action: 'arrangement.evaluering-endret',
			entityType: 'arrangement',
			entityId: eventId,
			summary: storedText('afterEvent.audit.questionRemoved', {
				label: gone.label,
				title: ev.title
			})
		});
	});
}

/** The certificate's hours: a number (0.5–200, halves) or null for «from start and end». */
export async function setCertificateHours(actor: Actor, eventId: number, hours: number | null) {
	if (hours !== null && !(hours >= 0.5 && hours <= 200 && Number.isInteger(hours * 2)))
		throw new FieldError('hours', 'afterEvent.certificate.hoursInvalid');
	await db.transaction(async (tx) => {
		const ev = await managedEvent(actor, eventId, 'arrangement.kursbevis-endre', tx);
		const value = hours === null ? null : hours.toFixed(1);
		await tx
			.insert(eventAfter)
			.values({ eventId, certificateHours: value, updatedAt: now() })
			.onConflictDoUpdate({
				target: eventAfter.eventId,
				set: { certificateHours: value, updatedAt: now() }
			});
		await recordAudit(tx, actor, {
			action: 'arrangement.kursbevis-endret',
			entityType: 'arrangement',
			entityId: eventId,
			summary: storedText('afterEvent.audit.hoursSet', {
				hours: value ?? '–',
				title: ev.title
			})
		});
	});
}

export async function afterSettings(eventId: number) {
	const [row] = await db.select().from(eventAfter).where(eq(eventAfter.eventId, eventId));
	return {
		certificateHours: row?.certificateHours != null ? Number(row.certificateHours) : null,
		evaluationInvitedAt: row?.evaluationInvitedAt ?? null
	};
}

export type QuestionResult =
	| { id: number; kind: 'scale'; label: string; released: false }
	| ({ id: number; kind: 'scale'; label: string; released: true } & Figures)
	| { id: number; kind: 'text'; label: string; released: false }
	| { id: number; kind: 'text'; label: string; released: true; texts: string[] };

export interface EvaluationResults {
	respondents: number;
	/** False below MIN_RESPONDENTS answers: then nothing else is filled in. */
	released: boolean;
	min: number;
	questions: QuestionResult[];
}

/** Aggregates answers: a question is shown only when MIN_RESPONDENTS have answered it. */
export function aggregateEvaluation(
	questions: { id: number; kind: EvaluationKind; label: string }[],
	responses: EvaluationAnswers[],
	min = MIN_RESPONDENTS
): EvaluationResults {
	const released = responses.length >= min;
	return {
		respondents: responses.length,
		released,
		min,
		questions: questions.map((q): QuestionResult => {
			const key = String(q.id);
			if (q.kind === 'scale') {
				const values = responses
					.map((r) => r[key])
					.filter((v): v is number => typeof v === 'number');
				return released && values.length >= min
					? { id: q.id, kind: 'scale', label: q.label, released: true, ...figuresOf(values) }
					: { id: q.id, kind: 'scale', label: q.label, released: false };
			}
			const texts = responses
				.map((r) => r[key])
				.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
			return released && texts.length >= min
				? { id: q.id, kind: 'text', label: q.label, released: true, texts: texts.sort() }
				: { id: q.id, kind: 'text', label: q.label, released: false };
		})
	};
}

async function responsesOf(eventId: number) {
	return (
		await db
			.select({ answers: evaluationResponses.answers })
			.from(evaluationResponses)
			.where(eq(evaluationResponses.eventId, eventId))
	).map((r) => r.answers);
}

/** The organisers' page: the event, its questions, the certificate's hours and the results. */
export async function evaluationAdmin(actor: Actor, eventId: number) {
	const ev = await managedEvent(actor, eventId, 'arrangement.evaluering-se');
	const questions = await questionsOf(eventId);
	const results = aggregateEvaluation(questions, await responsesOf(eventId));
	const [{ attended }] = await db
		.select({ attended: count() })
		.from(registrations)
		.where(and(eq(registrations.eventId, eventId), isNotNull(registrations.attendedAt)));
	return {
		event: ev,
		questions,
		results,
		attended,
		settings: await afterSettings(eventId),
		defaultHours: eventHours(ev)
	};
}

/** Hours from start to end, to the nearest half hour (at least a half). */
export function eventHours(ev: Pick<EventRow, 'startsAt' | 'endsAt'>): number {
	const h = (ev.endsAt.getTime() - ev.startsAt.getTime()) / 3_600_000;
	return Math.max(0.5, Math.round(h * 2) / 2);
}

/**
 * The answers as CSV (semicolon-separated, UTF-8 with BOM), streamed, in the reader's
 * language. Only once MIN_RESPONDENTS have answered, and a question's column only when its
 * figures are shown on the page: the file never says more than the page.
 */
export async function evaluationCsv(
	actor: Actor,
	eventId: number
): Promise<{ filename: string; stream: ReadableStream<Uint8Array> }> {
	const w = m.afterEvent.csv;
	const ev = await managedEvent(actor, eventId, 'arrangement.evaluering-eksport');
	const questions = await questionsOf(eventId);
	const responses = await responsesOf(eventId);
	const results = aggregateEvaluation(questions, responses);
	if (!results.released)
		throw new InvalidError('afterEvent.evaluation.tooFew', { min: MIN_RESPONDENTS });
	const shown = questions.filter((q) => results.questions.find((r) => r.id === q.id)?.released);
	const header = [w.answer, ...shown.map((q) => q.label)];
	const enc = new TextEncoder();
	let i = 0;
	const stream = new ReadableStream<Uint8Array>({
		start(c) {
			c.enqueue(enc.encode('\uFEFF' + header.map(csvCell).join(';') + '\r\n'));
		},
		pull(c) {
			// A batch at a time: a large export never sits whole in memory as text.
			const batch = responses.slice(i, i + 200);
			i += batch.length;
			if (!batch.length) return c.close();
			c.enqueue(
				enc.encode(
					batch
						.map((r, j) =>
							[String(i - batch.length + j + 1), ...shown.map((q) => r[String(q.id)] ?? '')]
								.map(csvCell)
								.join(';')
						)
						.join('\r\n') + '\r\n'
				)
			);
		}
	});
	return { filename: `evaluering-${ev.slug}.csv`, stream };
}

// ——— Participants ———

/** Someone who was checked in, the evaluation has questions, and the event has ended. */
async function openFor(tx: Tx | typeof db, registrationId: number) {
	const [r] = await tx
		.select({ registration: registrations, event: events })
		.from(registrations)
		.innerJoin(events, eq(events.id, registrations.eventId))
		.where(eq(registrations.id, registrationId));
	if (!r || !r.registration.attendedAt || r.registration.anonymisedAt) return null;
	if (r.event.status === 'cancelled' || now() < r.event.endsAt) return null;
	const questions = await questionsOf(r.event.id, tx);
	if (!questions.length) return null;
	return { ...r, questions };
}

/** The registration a private link belongs to (the link is the participant's key), or null. */
async function registrationOf(token: string): Promise<number | null> {
	return (await registrationByToken(token))?.registration.id ?? null;
}

/** What the evaluation page shows the holder of a private link (null: not for them). */
export async function evaluationForm(token: string) {
	const registrationId = await registrationOf(token);
	return registrationId === null ? null : evaluationFormOf(registrationId);
}

/** The same for a registration its private link has already been found for (after-event.ts). */
export async function evaluationFormOf(registrationId: number) {
	const open = await openFor(db, registrationId);
	if (!open) return null;
	const [mark] = await db
		.select()
		.from(evaluationAnswered)
		.where(eq(evaluationAnswered.registrationId, registrationId));
	return {
		event: { title: open.event.title, startsAt: open.event.startsAt, endsAt: open.event.endsAt },
		questions: open.questions.map((q) => ({ id: q.id, kind: q.kind, label: q.label })),
		answered: Boolean(mark)
	};
}

export const evaluationField = (id: number) => `e${id}`;

/** Reads the form: scales 1–5 or empty, texts up to 2000 characters. Nothing is required. */
export function parseEvaluation(
	questions: { id: number; kind: EvaluationKind }[],
	form: Record<string, unknown>
): EvaluationAnswers {
	const out: EvaluationAnswers = {};
	for (const q of questions) {
		const raw = form[evaluationField(q.id)];
		const v = typeof raw === 'string' ? raw.trim() : '';
		if (!v) continue;
		if (q.kind === 'scale') {
			const n = Number(v);
			if (!Number.isInteger(n) || n < 1 || n > 5)
				throw new FieldError(evaluationField(q.id), 'afterEvent.evaluation.scaleInvalid');
			out[String(q.id)] = n;
		} else out[String(q.id)] = v.slice(0, 2000);
	}
	return out;
}

/**
 * Stores one person's answer, once. The answer row gets the event and the answers only; the
 * mark gets the registration only. A second answer (or a double submit) is refused.
 */
export async function answerEvaluation(token: string, form: Record<string, unknown>) {
	const registrationId = await registrationOf(token);
	if (registrationId === null) throw new NotFoundError('afterEvent.evaluation.notOpen');
	await db.transaction(async (tx) => {
		const [reg] = await tx
			.select({ id: registrations.id })
			.from(registrations)
			.where(eq(registrations.id, registrationId))
			.for('update');
		if (!reg) throw new NotFoundError('afterEvent.evaluation.notOpen');
		const open = await openFor(tx, registrationId);
		if (!open) throw new NotFoundError('afterEvent.evaluation.notOpen');
		const answers = parseEvaluation(open.questions, form);
		const [mark] = await tx
			.insert(evaluationAnswered)
			.values({ registrationId, eventId: open.event.id })
			.onConflictDoNothing()
			.returning();
		if (!mark) throw new ConflictError('afterEvent.evaluation.alreadyAnswered');
		await tx.insert(evaluationResponses).values({ eventId: open.event.id, answers });
	});
}

// ——— The invitations (from the event sweep) ———

/**
 * The day after an event (from 00:00 Oslo time), everyone checked in gets a link to the
 * evaluation, once per event (claimed in event_after, idempotent per person by mail key).
 */
export async function sendEvaluationInvites(at: Date = now()): Promise<number> {
	const today = osloDate(at);
	const due = await db
		.selectDistinct({ id: events.id })
		.from(events)
		.innerJoin(evaluationQuestions, eq(evaluationQuestions.eventId, events.id))
		.leftJoin(eventAfter, eq(eventAfter.eventId, events.id))
		.where(
			and(
				ne(events.status, 'cancelled'),
				isNotNull(events.publishedAt),
				lt(events.endsAt, at),
				gt(events.endsAt, new Date(at.getTime() - INVITE_WINDOW_DAYS * 86_400_000)),
				sql`(${events.endsAt} at time zone 'Europe/Oslo')::date < ${today}::date`,
				isNull(eventAfter.evaluationInvitedAt)
			)
		);
	let sent = 0;
	for (const { id } of due) {
		sent += await db.transaction(async (tx) => {
			const [claimed] = await tx
				.insert(eventAfter)
				.values({ eventId: id, evaluationInvitedAt: at, updatedAt: at })
				.onConflictDoUpdate({
					target: eventAfter.eventId,
					set: { evaluationInvitedAt: at, updatedAt: at },
					setWhere: isNull(eventAfter.evaluationInvitedAt)
				})
				.returning();
			if (!claimed) return 0;
			const [ev] = await tx.select().from(events).where(eq(events.id, id));
			const people = await tx
				.select()
				.from(registrations)
				.where(
					and(
						eq(registrations.eventId, id),
						eq(registrations.status, 'confirmed'),
						isNotNull(registrations.attendedAt),
						isNull(registrations.anonymisedAt)
					)
				);
			let n = 0;
			for (const r of people) {
				const to = r.email;
				if (!to) continue;
				await withLanguage(r.lang, async () => {
					const url = (await newLink(tx, r.id)) + '/evaluering';
					const queued = await queueEventMail(tx, {
						kind: 'evaluation',
						to,
						content: eventTemplates.evaluation(ev, r.name, url),
						key: `registration:${r.id}:evaluation`
					});
					if (queued !== null) n++;
				});
			}
			return n;
		});
	}
	if (sent) await kickMail();
	return sent;
}
