/**
 * Form schemas for running programmes (beside the calls feature's programmes.ts): the
 * programme editor, participants, between-work tasks and a municipality's answer to a task.
 */
import { z } from 'zod';
import { int, longText, optionalText, requiredText } from './fields';
import { slugField } from './content';

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
	optionalText(10).refine((s) => s === '' || /^\d{4}-\d{2}-\d{2}$/.test(s), { message: msg });

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
	chapterIds: z.array(z.string().regex(/^\d{1,9}$/, 'Velg fylkesavdelinger fra lista')).default([]),
	resourceIds: z.array(z.string().regex(/^\d{1,9}$/, 'Velg ressurser fra lista')).default([]),
	applicationsReported: optionalText(6).refine((s) => s === '' || /^\d{1,5}$/.test(s), {
		message: 'Skriv antall søknader som et helt tall, eller la feltet stå tomt'
	}),
	version: int('Ugyldig versjon', 0)
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
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'Skriv fristen som 2027-10-15'),
	eventId: optionalText(10).refine((s) => s === '' || /^\d{1,9}$/.test(s), {
		message: 'Velg en samling fra lista'
	}),
	version: int('Ugyldig versjon', 0)
});
export type TaskInput = z.infer<typeof taskSchema>;

export const answerSchema = z.object({
	text: longText(50_000),
	version: int('Ugyldig versjon', 0)
});
export type AnswerInput = z.infer<typeof answerSchema>;
