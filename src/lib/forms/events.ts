/**
 * Form schemas for events: the admin editor, the question builder, messages to participants,
 * cancelling, and the public registration form (built per event from its own questions).
 */
import { z } from 'zod';
import {
	email,
	int,
	longText,
	optionalText,
	optionalUrl,
	requiredText,
	clean,
	err,
	say,
	ROW_ID,
	type Msg
} from './fields';
import { formatNumber, m, message, t, type MessageKey, type MessageValues } from '$lib/i18n';
import { slugField } from './content';

export const EVENT_TYPES = [
	'webinar',
	'nettmote',
	'seminar',
	'verksted',
	'temamote',
	'samling',
	'konferanse'
] as const;
export const EVENT_FORMATS = ['fysisk', 'digitalt', 'hybrid'] as const;
/** How one person attends: in the room or on the net (a hybrid event offers both). */
export const ATTENDANCES = ['fysisk', 'digitalt'] as const;
export type Attendance = (typeof ATTENDANCES)[number];
export const QUESTION_KINDS = ['text', 'single', 'multiple', 'yesno'] as const;

/**
 * Roles people have when they register (the list keeps the figures comparable). Stored as these
 * codes; the label in each language is `m.app.events.participantRoles[code]` (`participantRoleLabel`).
 */
export const PARTICIPANT_ROLES = [
	'kulturskoleleder',
	'kulturskoleansatt',
	'skoleeier',
	'skoleleder',
	'kommunalt_ansatt',
	'folkevalgt',
	'kulturskoleradet',
	'ks',
	'annen'
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

// The catalogue names exactly these roles (a role added here without its label fails the typecheck).
type RoleLabels = ReturnType<typeof roleLabels>;
const roleLabels = () => m.app.events.participantRoles;
const sameRoles: [ParticipantRole, keyof RoleLabels] extends [keyof RoleLabels, ParticipantRole]
	? true
	: never = true;
void sameRoles;

export const isParticipantRole = (s: string): s is ParticipantRole =>
	(PARTICIPANT_ROLES as readonly string[]).includes(s);

/** A stored role in the language answering now (an old free text is shown as it was stored). */
export const participantRoleLabel = (role: string): string =>
	isParticipantRole(role) ? roleLabels()[role] : role;

const dateTime = (missing: Msg) =>
	requiredText(missing, 20).refine(
		(s) => /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/.test(s),
		err(say('validation.dateTimeFormat'))
	);
const optionalDateTime = () =>
	optionalText(20).refine(
		(s) => s === '' || /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/.test(s),
		err(say('validation.dateTimeFormat'))
	);

export const eventIntents = ['lagre', 'publiser', 'avpubliser'] as const;

export const eventSchema = z.object({
	title: requiredText(
		say('validation.titleMissing'),
		200,
		say('validation.titleTooLong', { max: 200 })
	),
	slug: slugField,
	type: z.enum(EVENT_TYPES, err(say('validation.events.type'))),
	lead: optionalText(600, say('validation.leadTooLong', { max: 600 })),
	description: longText(50_000),
	agenda: longText(20_000),
	startsAt: dateTime(say('validation.events.startsAt')),
	endsAt: dateTime(say('validation.events.endsAt')),
	format: z.enum(EVENT_FORMATS, err(say('validation.events.format'))),
	venue: optionalText(200, say('validation.events.venueTooLong', { max: 200 })),
	address: optionalText(300, say('validation.events.addressTooLong', { max: 300 })),
	meetingUrl: optionalUrl(say('validation.events.meetingUrl')),
	audience: optionalText(500, say('validation.events.audienceTooLong', { max: 500 })),
	organisers: optionalText(300, say('validation.events.organisersTooLong', { max: 300 })),
	/** The contact person participants' mails name and reply to (empty: the programme). */
	contactName: optionalText(
		120,
		say('validation.events.contactNameTooLong', { max: 120 })
	).optional(),
	contactEmail: optionalText(254)
		.refine(
			(s) => s === '' || z.email().safeParse(s).success,
			err(say('problems.forms.emailInvalid'))
		)
		.optional(),
	capacity: optionalText(6).refine(
		(s) => s === '' || /^\d{1,5}$/.test(s),
		err(say('validation.events.capacity'))
	),
	/** Hybrid events: places on the net (empty: no limit); `capacity` is the seats in the room. */
	digitalCapacity: optionalText(6)
		.refine((s) => s === '' || /^\d{1,5}$/.test(s), err(say('validation.events.capacity')))
		.optional(),
	registrationOpensAt: optionalDateTime(),
	registrationClosesAt: optionalDateTime(),
	recordingUrl: optionalUrl(say('validation.events.recordingUrl')),
	resources: longText(20_000),
	chapterId: optionalText(10).refine(
		(s) => s === '' || ROW_ID.test(s),
		err(say('validation.chapterFromList'))
	),
	programmeId: optionalText(10).refine(
		(s) => s === '' || ROW_ID.test(s),
		err(say('validation.events.programmeFromList'))
	),
	cohortOnly: z.boolean().default(false),
	version: int(say('validation.versionInvalid'), 0),
	intent: z.enum(eventIntents).default('lagre'),
	creationKey: optionalText(64),
	/**
	 * The confirmation step before a change notice: «test» sends it to oneself, «varsle»
	 * saves and tells the participants, «uten» saves without telling; `noticeIntent` is the
	 * button that led there (lagre or publiser).
	 */
	notice: z.enum(['test', 'varsle', 'uten']).optional(),
	noticeIntent: z.enum(eventIntents).optional()
});
export type EventInput = z.infer<typeof eventSchema>;

export const cancelEventSchema = z.object({
	reason: requiredText(
		say('validation.events.cancelReason'),
		1000,
		say('validation.events.cancelReasonTooLong', { max: 1000 })
	),
	version: int(say('validation.versionInvalid'), 0)
});

export const questionSchema = z.object({
	label: requiredText(
		say('validation.questionMissing'),
		300,
		say('validation.events.questionTooLong', { max: 300 })
	),
	kind: z.enum(QUESTION_KINDS, err(say('validation.events.answerKind'))),
	help: optionalText(300, say('validation.events.helpTooLong', { max: 300 })),
	required: z.boolean().default(false),
	/** One choice per line (single and multiple choice). */
	options: longText(4000)
});
export type QuestionInput = z.infer<typeof questionSchema>;

export const messageAudiences = ['confirmed', 'waitlisted', 'all'] as const;
export const messageSchema = z.object({
	subject: requiredText(
		say('validation.events.subjectMissing'),
		200,
		say('validation.events.subjectTooLong', { max: 200 })
	),
	body: longText(10_000, say('validation.events.messageMissing')),
	audience: z.enum(messageAudiences, err(say('validation.events.audience'))),
	nonce: requiredText(say('validation.events.formExpired'), 64)
});
export type MessageInput = z.infer<typeof messageSchema>;

/** An option (day 1, dinner …) as the registration forms offer it. */
export interface OfferedOption {
	id: number;
	name: string;
	/** Places left; null: no limit; 0: full (its waitlist). */
	left: number | null;
}

/** The options as checkboxes, each with its places left or «full, waitlist» (read in a page). */
export const optionChoices = (offered: OfferedOption[]) =>
	offered.map((o) => ({
		value: String(o.id),
		label: o.name,
		description:
			o.left === null
				? undefined
				: o.left > 0
					? t(m.eventOptions.form.left, { left: formatNumber(o.left) })
					: m.eventOptions.form.full
	}));

/** A question as the registration form needs it. */
export interface FormQuestion {
	id: number;
	kind: (typeof QUESTION_KINDS)[number];
	label: string;
	help: string;
	required: boolean;
	options: string[];
}

export const answerKey = (id: number) => `q${id}`;
export const MAX_ANSWER = 2000;

/** A check's message, carrying its key and values so the service can throw them (`answerProblem`). */
const said = (key: MessageKey, values: MessageValues) => ({
	...err(say(key, values)),
	params: { key, values }
});

/** The key and values of a failed answer check (the question's «answer it» when zod's own). */
export function answerProblem(
	q: FormQuestion,
	issue: object | undefined
): { key: MessageKey; values: MessageValues } {
	const p = (issue as { params?: unknown } | undefined)?.params as
		{ key?: MessageKey; values?: MessageValues } | undefined;
	return p?.key
		? { key: p.key, values: p.values ?? {} }
		: { key: 'validation.events.answerMissing', values: { question: q.label } };
}

/** How one question's answer is checked (shared by the form and the registration service). */
export function answerSchema(q: FormQuestion): z.ZodType<string | string[]> {
	const question = { question: q.label };
	const missing = said('validation.events.answerMissing', question);
	if (q.kind === 'multiple')
		return z
			.array(z.string().max(300))
			.max(50)
			.default([])
			.refine(
				(list) => list.every((v) => q.options.includes(v)),
				said('validation.events.answerChooseAmong', question)
			)
			.refine((list) => !q.required || list.length > 0, missing) as never;
	if (q.kind === 'text')
		return z
			.string()
			.default('')
			.transform((s) => clean(s).trim())
			.pipe(
				z
					.string()
					.refine(
						(s) => s.length <= MAX_ANSWER,
						said('validation.events.answerTooLong', { ...question, max: MAX_ANSWER })
					)
					.refine((s) => !q.required || s.length > 0, missing)
			) as never;
	const allowed = q.kind === 'yesno' ? ['ja', 'nei'] : q.options;
	return z
		.string()
		.default('')
		.refine(
			(s) => s === '' || allowed.includes(s),
			said('validation.events.answerChooseOne', question)
		)
		.refine((s) => !q.required || s !== '', missing) as never;
}

/**
 * The registration form for one event: the fixed fields, the event's own questions as
 * q<id> fields, and (physical events) dietary needs with their own consent.
 * `withEmail: false` is the change form on the private page (the address cannot change).
 */
export function registrationSchema(
	questions: FormQuestion[],
	opts: { withEmail?: boolean; withPrivacy?: boolean; door?: boolean } = {}
) {
	const { withEmail = true, withPrivacy = true } = opts;
	const shape: Record<string, z.ZodType> = {
		name: requiredText(
			say('problems.forms.nameMissing'),
			120,
			say('validation.nameTooLong', { max: 120 })
		),
		municipality: optionalText(120, say('validation.events.municipalityTooLong', { max: 120 })),
		organisation: optionalText(200, say('validation.events.organisationTooLong', { max: 200 })),
		role: z
			.string()
			.default('')
			.refine((s) => isParticipantRole(s), err(say('validation.events.roleChoose'))),
		dietary: optionalText(500, say('validation.events.dietaryTooLong', { max: 500 })),
		dietaryConsent: z.boolean().default(false),
		/** Hybrid events: how the person attends (checked by the service against the event). */
		attendance: z.string().max(20).default(''),
		/** The options ticked (their ids; checked by the service against the event's). */
		options: z.array(z.string().max(12)).max(50).default([]),
		accessibility: optionalText(500, say('afterEvent.accessibility.tooLong', { max: 500 })),
		accessibilityConsent: z.boolean().default(false)
	};
	if (withEmail) shape.email = email();
	if (withPrivacy) shape.privacy = z.boolean().default(false);
	// Staff at the door (registration/door.ts): a seat past the capacity, check-in at once.
	if (opts.door)
		Object.assign(shape, {
			overbook: z.boolean().default(false),
			checkIn: z.boolean().default(false)
		});
	for (const q of questions) shape[answerKey(q.id)] = answerSchema(q);
	return z.object(shape).superRefine((d, ctx) => {
		if (withPrivacy && d.privacy !== true)
			ctx.addIssue({
				code: 'custom',
				path: ['privacy'],
				message: message('validation.events.privacy')
			});
		if (!d.municipality && !d.organisation)
			ctx.addIssue({
				code: 'custom',
				path: ['municipality'],
				message: message('validation.events.municipalityOrOrganisation')
			});
		if (d.dietary && d.dietaryConsent !== true)
			ctx.addIssue({
				code: 'custom',
				path: ['dietaryConsent'],
				message: message('validation.events.dietaryConsent')
			});
		if (d.accessibility && d.accessibilityConsent !== true)
			ctx.addIssue({
				code: 'custom',
				path: ['accessibilityConsent'],
				message: message('afterEvent.accessibility.consentMissing')
			});
	});
}

/** The registration form's fields in the order they appear (for the error summary). */
export function registrationFieldOrder(questions: FormQuestion[], withEmail = true): string[] {
	return [
		'name',
		...(withEmail ? ['email'] : []),
		'municipality',
		'organisation',
		'role',
		'attendance',
		'options',
		...questions.map((q) => answerKey(q.id)),
		'dietary',
		'dietaryConsent',
		'accessibility',
		'accessibilityConsent',
		'privacy'
	];
}
