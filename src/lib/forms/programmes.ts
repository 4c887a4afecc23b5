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
	ROW_ID
} from './fields';
import { groupRoles, idList, isCalendarDate, oneOf } from './fremtidsbilde';
import { slugField } from './content';
import { parseOsloLocal } from '$lib/i18n';

export const MAX_MEMBERS = 12;
export const BLANK_MEMBER_ROWS = 3;

const version = int('Ugyldig versjon', 0);
const osloDateTime = (missing: string) =>
	z
		.string({ error: missing })
		.default('')
		.refine((s) => s.trim() !== '', missing)
		.refine(
			(s) => s.trim() === '' || parseOsloLocal(s.trim()) !== null,
			'Skriv tidspunktet som dd.mm.åååå tt:mm'
		);

// ——— The programme, its participants and between-work tasks ———

export const PROGRAMME_KINDS = ['forpilot', 'pilot', 'regionalt', 'nasjonalt'] as const;
export const PROGRAMME_STATUSES = ['utkast', 'planlagt', 'pagar', 'avsluttet'] as const;
export const PARTICIPANT_STATUSES = ['deltar', 'fullfort', 'trukket'] as const;

export const KIND_LABELS: Record<(typeof PROGRAMME_KINDS)[number], string> = {
	forpilot: 'Forpilot',
	pilot: 'Pilot',
	regionalt: 'Regionalt program',
	nasjonalt: 'Nasjonalt program'
};
export const STATUS_LABELS: Record<(typeof PROGRAMME_STATUSES)[number], string> = {
	utkast: 'Utkast',
	planlagt: 'Planlagt',
	pagar: 'Pågår',
	avsluttet: 'Avsluttet'
};
export const PARTICIPANT_LABELS: Record<(typeof PARTICIPANT_STATUSES)[number], string> = {
	deltar: 'Deltar',
	fullfort: 'Fullført',
	trukket: 'Trukket'
};

const optionalDate = (msg: string) =>
	optionalText(10).refine((s) => s === '' || isCalendarDate(s), { message: msg });

export const programmeSchema = z.object({
	name: requiredText('Skriv navnet på programmet', 200, 'Navnet kan være høyst 200 tegn'),
	slug: slugField,
	kind: z.enum(PROGRAMME_KINDS, { error: 'Velg hva slags program det er' }),
	status: z.enum(PROGRAMME_STATUSES, { error: 'Velg status' }),
	lead: optionalText(600, 'Ingressen kan være høyst 600 tegn'),
	description: longText(50_000),
	startsOn: optionalDate('Skriv startdatoen som 2027-09-01'),
	endsOn: optionalDate('Skriv sluttdatoen som 2028-06-30'),
	owners: optionalText(300, 'Eierne kan være høyst 300 tegn'),
	chapterIds: z.array(z.string().regex(ROW_ID, 'Velg fylkesavdelinger fra lista')).default([]),
	resourceIds: z.array(z.string().regex(ROW_ID, 'Velg ressurser fra lista')).default([]),
	applicationsReported: optionalText(6).refine((s) => s === '' || /^\d{1,5}$/.test(s), {
		message: 'Skriv antall søknader som et helt tall, eller la feltet stå tomt'
	}),
	version
});
export type ProgrammeInput = z.infer<typeof programmeSchema>;

export const participantSchema = z.object({
	municipality: requiredText('Skriv hvilken kommune som skal delta', 100)
});
export type ParticipantInput = z.infer<typeof participantSchema>;

export const taskSchema = z.object({
	title: requiredText('Skriv en tittel på oppgaven', 200, 'Tittelen kan være høyst 200 tegn'),
	description: longText(20_000),
	dueOn: z
		.string({ error: 'Skriv fristen' })
		.trim()
		.min(1, 'Skriv fristen')
		.refine(isCalendarDate, 'Skriv fristen som 2027-10-15'),
	eventId: optionalText(10).refine((s) => s === '' || ROW_ID.test(s), {
		message: 'Velg en samling fra lista'
	}),
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
		title: requiredText('Skriv en tittel på utlysningen', 200),
		lead: optionalText(400),
		description: longText(20_000),
		opensAt: osloDateTime('Skriv når utlysningen åpner'),
		closesAt: osloDateTime('Skriv søknadsfristen'),
		places: wholeNumber('Skriv antall plasser som et helt tall fra 1 til 500', 1, 500),
		chapterIds: idList('Ugyldig fylkesavdeling'),
		requiredRoles: z
			.array(z.enum(groupRoles, 'Ugyldig rolle'))
			.default([])
			.refine((r) => r.length > 0, 'Velg minst én rolle gruppen må ha'),
		criteria: longText(4000).refine(
			(s) => s.split('\n').some((l) => l.trim() !== ''),
			'Skriv minst ett vurderingskriterium, ett per linje'
		),
		version
	})
	.refine(
		(d) => {
			const a = parseOsloLocal(d.opensAt.trim());
			const b = parseOsloLocal(d.closesAt.trim());
			return !a || !b || a < b;
		},
		{ message: 'Søknadsfristen må være etter at utlysningen åpner', path: ['closesAt'] }
	);
export type CallInput = z.infer<typeof callSchema>;

// ——— Applying ———

const municipalityNumber = z.string().regex(/^\d{4}$/, 'Ugyldig kommune');

export const startSchema = z.object({
	municipalities: z
		.array(municipalityNumber)
		.default([])
		.refine((l) => l.length > 0, 'Velg kommunen (eller kommunene) dere søker for')
		.refine((l) => l.length <= 10, 'En felles søknad kan gjelde høyst 10 kommuner')
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
		goalIds: idList('Ugyldig mål'),
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
				'Skriv en gyldig e-postadresse for kontaktpersonen, for eksempel navn@kommune.no'
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
					message: `Skriv navnet på medlem ${n}`,
					path: ['memberName', i]
				});
			if (!z.email().safeParse(mail.toLowerCase()).success)
				ctx.addIssue({
					code: 'custom',
					message: `Skriv en gyldig e-postadresse for medlem ${n}, for eksempel navn@kommune.no`,
					path: ['memberEmail', i]
				});
			if (!(groupRoles as readonly string[]).includes(role))
				ctx.addIssue({
					code: 'custom',
					message: `Velg rollen til medlem ${n}`,
					path: ['memberRole', i]
				});
		});
		if (rows > MAX_MEMBERS)
			ctx.addIssue({
				code: 'custom',
				message: `Søknaden kan ha høyst ${MAX_MEMBERS} medlemmer`,
				path: ['memberName']
			});
	});
export type ApplicationInput = z.infer<typeof applicationSchema>;

// ——— Review ———

export const scoreSchema = z.object({
	score: z
		.array(z.string().regex(/^[1-5]?$/, 'Velg en poengsum fra 1 til 5'))
		.max(30)
		.default([]),
	comment: z.array(cell(4000)).max(30).default([])
});
export type ScoreInput = z.infer<typeof scoreSchema>;

export const decisionChoices = ['tatt_opp', 'venteliste', 'avslag', 'ingen'] as const;
export const decisionSchema = z.object({
	decision: oneOf(decisionChoices, 'Velg et vedtak'),
	version
});
export type DecisionInput = z.infer<typeof decisionSchema>;

const subject = (what: string) => requiredText(`Skriv emnet for e-posten om ${what}`, 200);
const body = (what: string) => longText(10_000, `Skriv teksten i e-posten om ${what}`);
export const templatesSchema = z.object({
	tatt_opp_subject: subject('opptak'),
	tatt_opp_body: body('opptak'),
	venteliste_subject: subject('venteliste'),
	venteliste_body: body('venteliste'),
	avslag_subject: subject('avslag'),
	avslag_body: body('avslag')
});
export type TemplatesInput = z.infer<typeof templatesSchema>;

// ——— County chapters' interest ———

export const interestSchema = z.object({
	chapterId: wholeNumber('Velg fylkesavdelingen', 1, 2_147_483_647),
	period: requiredText('Skriv når dere vil kjøre programmet, for eksempel høsten 2027', 200),
	municipalities: longText(2000),
	contactName: requiredText('Skriv navnet på kontaktpersonen', 120),
	contactEmail: email('Skriv e-postadressen til kontaktpersonen'),
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
