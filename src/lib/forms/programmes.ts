/**
 * Form schemas for programmes: the programme editor, participants, between-work tasks and a
 * municipality's answer to a task; calls, applications, review and chapter interest.
 */
import { z } from 'zod';
import {
	clean,
	email,
	int,
	longText,
	optionalText,
	requiredText,
	wholeNumber,
	err,
	say,
	ROW_ID,
	type Msg
} from './fields';
import { groupRoles, idList, isCalendarDate, oneOf } from './fremtidsbilde';
import { slugField } from './content';
import { m, message, parseOsloLocal } from '$lib/i18n';

export const MAX_MEMBERS = 12;
export const BLANK_MEMBER_ROWS = 3;

const version = int(say('validation.versionInvalid'), 0);
const osloDateTime = (missing: Msg) =>
	z
		.string(err(missing))
		.default('')
		.refine((s) => s.trim() !== '', err(missing))
		.refine(
			(s) => s.trim() === '' || parseOsloLocal(s.trim()) !== null,
			err(say('validation.programmes.dateTimeFormat'))
		);

// ——— The programme, its participants and between-work tasks ———

export const PROGRAMME_KINDS = ['forpilot', 'pilot', 'regionalt', 'nasjonalt'] as const;
export const PROGRAMME_STATUSES = ['utkast', 'planlagt', 'pagar', 'avsluttet'] as const;
export const PARTICIPANT_STATUSES = ['deltar', 'fullfort', 'trukket'] as const;

/** The name of a kind of programme, in the language of the request. */
export const kindLabel = (kind: (typeof PROGRAMME_KINDS)[number]) => m.admin.programmes.kinds[kind];
/** The name of a programme's status, in the language of the request. */
export const statusLabel = (status: (typeof PROGRAMME_STATUSES)[number]) =>
	m.admin.programmes.statuses[status];

const optionalDate = (msg: Msg) =>
	optionalText(10).refine((s) => s === '' || isCalendarDate(s), err(msg));

export const programmeSchema = z.object({
	name: requiredText(
		say('validation.programmes.name'),
		200,
		say('validation.nameTooLong', { max: 200 })
	),
	slug: slugField,
	kind: z.enum(PROGRAMME_KINDS, err(say('validation.programmes.kind'))),
	status: z.enum(PROGRAMME_STATUSES, err(say('validation.statusChoose'))),
	lead: optionalText(600, say('validation.leadTooLong', { max: 600 })),
	description: longText(50_000),
	startsOn: optionalDate(say('validation.programmes.startDateExample')),
	endsOn: optionalDate(say('validation.programmes.endDateExample')),
	owners: optionalText(300, say('validation.programmes.ownersTooLong', { max: 300 })),
	chapterIds: z
		.array(z.string().regex(ROW_ID, err(say('validation.programmes.chaptersFromList'))))
		.default([]),
	resourceIds: z
		.array(z.string().regex(ROW_ID, err(say('validation.programmes.resourcesFromList'))))
		.default([]),
	applicationsReported: optionalText(6).refine(
		(s) => s === '' || /^\d{1,5}$/.test(s),
		err(say('validation.programmes.applicationsReported'))
	),
	version
});
export type ProgrammeInput = z.infer<typeof programmeSchema>;

export const participantSchema = z.object({
	municipality: requiredText(say('validation.programmes.participantMunicipality'), 100)
});
export type ParticipantInput = z.infer<typeof participantSchema>;

export const taskSchema = z.object({
	title: requiredText(
		say('validation.programmes.taskTitle'),
		200,
		say('validation.titleTooLong', { max: 200 })
	),
	description: longText(20_000),
	dueOn: z
		.string(err(say('validation.programmes.dueMissing')))
		.trim()
		.min(1, err(say('validation.programmes.dueMissing')))
		.refine(isCalendarDate, err(say('validation.programmes.dueFormat'))),
	eventId: optionalText(10).refine(
		(s) => s === '' || ROW_ID.test(s),
		err(say('validation.programmes.gatheringFromList'))
	),
	version
});
export type TaskInput = z.infer<typeof taskSchema>;

export const answerSchema = z.object({
	text: longText(50_000),
	version
});
export type AnswerInput = z.infer<typeof answerSchema>;

// ——— The call (utlysning) ———

export const callSchema = z
	.object({
		title: requiredText(say('validation.programmes.callTitle'), 200),
		lead: optionalText(400),
		description: longText(20_000),
		opensAt: osloDateTime(say('validation.programmes.opensAt')),
		closesAt: osloDateTime(say('validation.programmes.closesAt')),
		places: wholeNumber(say('validation.programmes.places'), 1, 500),
		chapterIds: idList(say('validation.programmes.chapterInvalid')),
		requiredRoles: z
			.array(z.enum(groupRoles, err(say('validation.programmes.roleInvalid'))))
			.default([])
			.refine((r) => r.length > 0, err(say('validation.programmes.rolesMin'))),
		criteria: longText(4000).refine(
			(s) => s.split('\n').some((l) => l.trim() !== ''),
			err(say('validation.programmes.criteriaMin'))
		),
		version
	})
	.refine(
		(d) => {
			const a = parseOsloLocal(d.opensAt.trim());
			const b = parseOsloLocal(d.closesAt.trim());
			return !a || !b || a < b;
		},
		{ ...err(say('validation.programmes.closesBeforeOpens')), path: ['closesAt'] }
	);
export type CallInput = z.infer<typeof callSchema>;

// ——— Applying ———

const municipalityNumber = z
	.string()
	.regex(/^\d{4}$/, err(say('validation.programmes.municipalityInvalid')));

export const startSchema = z.object({
	municipalities: z
		.array(municipalityNumber)
		.default([])
		.refine((l) => l.length > 0, err(say('validation.programmes.municipalitiesMin')))
		.refine((l) => l.length <= 10, err(say('validation.programmes.municipalitiesMax', { max: 10 })))
});
export type StartInput = z.infer<typeof startSchema>;

const cell = (max: number) =>
	z
		.string()
		.default('')
		.transform((s) => clean(s).trim().slice(0, max));

/**
 * The application, as saved (drafts may be incomplete; submitting checks the rest in the
 * service). Group members come as parallel lists of cells, one row per member, so the form
 * works without JavaScript; empty rows are ignored.
 */
export const applicationSchema = z
	.object({
		motivation: longText(6000),
		focusArea: optionalText(300),
		goalIds: idList(say('validation.fremtidsbilde.goalInvalid')),
		goalsText: longText(4000),
		anchoringPlans: longText(4000),
		anchoringPolitical: longText(4000),
		contactName: optionalText(120),
		contactEmail: z
			.string()
			.default('')
			.transform((s) => clean(s).trim().toLowerCase())
			.refine(
				(s) => s === '' || z.email().safeParse(s).success,
				err(say('validation.programmes.contactEmail'))
			),
		contactPhone: optionalText(40),
		memberName: z
			.array(cell(120))
			.max(MAX_MEMBERS + BLANK_MEMBER_ROWS)
			.default([]),
		memberEmail: z
			.array(cell(254))
			.max(MAX_MEMBERS + BLANK_MEMBER_ROWS)
			.default([]),
		memberRole: z
			.array(cell(40))
			.max(MAX_MEMBERS + BLANK_MEMBER_ROWS)
			.default([]),
		memberMunicipality: z
			.array(cell(4))
			.max(MAX_MEMBERS + BLANK_MEMBER_ROWS)
			.default([]),
		version
	})
	.superRefine((d, ctx) => {
		let rows = 0;
		d.memberName.forEach((name, i) => {
			const mail = d.memberEmail[i] ?? '';
			const role = d.memberRole[i] ?? '';
			if (!name && !mail && !role) return;
			rows++;
			const n = i + 1;
			if (!name)
				ctx.addIssue({
					code: 'custom',
					message: message('validation.programmes.memberName', { n }),
					path: ['memberName', i]
				});
			if (!z.email().safeParse(mail.toLowerCase()).success)
				ctx.addIssue({
					code: 'custom',
					message: message('validation.programmes.memberEmail', { n }),
					path: ['memberEmail', i]
				});
			if (!(groupRoles as readonly string[]).includes(role))
				ctx.addIssue({
					code: 'custom',
					message: message('validation.programmes.memberRole', { n }),
					path: ['memberRole', i]
				});
		});
		if (rows > MAX_MEMBERS)
			ctx.addIssue({
				code: 'custom',
				message: message('validation.programmes.membersMax', { max: MAX_MEMBERS }),
				path: ['memberName']
			});
	});
export type ApplicationInput = z.infer<typeof applicationSchema>;

// ——— Review ———

export const scoreSchema = z.object({
	score: z
		.array(z.string().regex(/^[1-5]?$/, err(say('validation.programmes.score'))))
		.max(30)
		.default([]),
	comment: z.array(cell(4000)).max(30).default([])
});
export type ScoreInput = z.infer<typeof scoreSchema>;

export const decisionChoices = ['tatt_opp', 'venteliste', 'avslag', 'ingen'] as const;
export const decisionSchema = z.object({
	decision: oneOf(decisionChoices, say('validation.programmes.decision')),
	version
});
export type DecisionInput = z.infer<typeof decisionSchema>;

type Decided = 'tatt_opp' | 'venteliste' | 'avslag';
const subject = (what: Decided) =>
	requiredText(say(`validation.programmes.templates.${what}.subject`), 200);
const body = (what: Decided) =>
	longText(10_000, say(`validation.programmes.templates.${what}.body`));
export const templatesSchema = z.object({
	tatt_opp_subject: subject('tatt_opp'),
	tatt_opp_body: body('tatt_opp'),
	venteliste_subject: subject('venteliste'),
	venteliste_body: body('venteliste'),
	avslag_subject: subject('avslag'),
	avslag_body: body('avslag')
});
export type TemplatesInput = z.infer<typeof templatesSchema>;

// ——— County chapters' interest ———

export const interestSchema = z.object({
	chapterId: wholeNumber(say('validation.programmes.interestChapter'), 1, 2_147_483_647),
	period: requiredText(say('validation.programmes.interestPeriod'), 200),
	municipalities: longText(2000),
	contactName: requiredText(say('validation.programmes.contactName'), 120),
	contactEmail: email(say('validation.programmes.contactEmailMissing')),
	comments: longText(4000)
});
export type InterestInput = z.infer<typeof interestSchema>;

/**
 * Messages for a list field (checkboxes, rows of cells): superforms gives either the list of
 * messages or an object with `_errors` (and messages per index).
 */
export function messagesOf(e: unknown): string[] | undefined {
	if (Array.isArray(e)) return e.filter((x): x is string => typeof x === 'string');
	const list = (e as { _errors?: string[] } | undefined)?._errors;
	return list?.length ? list : undefined;
}
