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
	ROW_ID
} from './fields';
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
export const EVENT_FORMATS = ['fysisk', 'digitalt'] as const;
export const QUESTION_KINDS = ['text', 'single', 'multiple', 'yesno'] as const;

/** Roles people have when they register (the list keeps the figures comparable). */
export const PARTICIPANT_ROLES = [
	'Kulturskoleleder',
	'Lærer eller annen ansatt i kulturskolen',
	'Skoleeier eller kommunalsjef',
	'Leder i skole eller barnehage',
	'Ansatt i annen kommunal sektor',
	'Folkevalgt',
	'Norsk kulturskoleråd eller fylkesavdeling',
	'KS',
	'Annen rolle'
] as const;

const dateTime = (missing: string) =>
	requiredText(missing, 20).refine((s) => /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/.test(s), {
		message: 'Skriv dato og klokkeslett som 2026-12-24 09:00'
	});
const optionalDateTime = () =>
	optionalText(20).refine((s) => s === '' || /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/.test(s), {
		message: 'Skriv dato og klokkeslett som 2026-12-24 09:00'
	});

export const eventIntents = ['lagre', 'publiser', 'avpubliser'] as const;

export const eventSchema = z.object({
	title: requiredText('Skriv en tittel', 200, 'Tittelen kan være høyst 200 tegn'),
	slug: slugField,
	type: z.enum(EVENT_TYPES, { error: 'Velg hva slags arrangement det er' }),
	lead: optionalText(600, 'Ingressen kan være høyst 600 tegn'),
	description: longText(50_000),
	agenda: longText(20_000),
	startsAt: dateTime('Skriv når arrangementet starter'),
	endsAt: dateTime('Skriv når arrangementet slutter'),
	format: z.enum(EVENT_FORMATS, { error: 'Velg om arrangementet er fysisk eller digitalt' }),
	venue: optionalText(200, 'Stedsnavnet kan være høyst 200 tegn'),
	address: optionalText(300, 'Adressen kan være høyst 300 tegn'),
	meetingUrl: optionalUrl('Skriv møtelenken som en adresse som begynner med https://'),
	audience: optionalText(500, 'Målgruppen kan være høyst 500 tegn'),
	organisers: optionalText(300, 'Arrangørene kan være høyst 300 tegn'),
	capacity: optionalText(6).refine((s) => s === '' || /^\d{1,5}$/.test(s), {
		message: 'Skriv antall plasser som et helt tall, eller la feltet stå tomt'
	}),
	registrationOpensAt: optionalDateTime(),
	registrationClosesAt: optionalDateTime(),
	recordingUrl: optionalUrl('Skriv adressen til opptaket som begynner med https://'),
	resources: longText(20_000),
	chapterId: optionalText(10).refine((s) => s === '' || ROW_ID.test(s), {
		message: 'Velg en fylkesavdeling fra lista'
	}),
	programmeId: optionalText(10).refine((s) => s === '' || ROW_ID.test(s), {
		message: 'Velg et program fra lista'
	}),
	cohortOnly: z.boolean().default(false),
	version: int('Ugyldig versjon', 0),
	intent: z.enum(eventIntents).default('lagre'),
	creationKey: optionalText(64)
});
export type EventInput = z.infer<typeof eventSchema>;

export const cancelEventSchema = z.object({
	reason: requiredText(
		'Skriv en kort forklaring til deltakerne',
		1000,
		'Forklaringen kan være høyst 1000 tegn'
	),
	version: int('Ugyldig versjon', 0)
});

export const questionSchema = z.object({
	label: requiredText('Skriv spørsmålet', 300, 'Spørsmålet kan være høyst 300 tegn'),
	kind: z.enum(QUESTION_KINDS, { error: 'Velg svartype' }),
	help: optionalText(300, 'Hjelpeteksten kan være høyst 300 tegn'),
	required: z.boolean().default(false),
	/** One choice per line (single and multiple choice). */
	options: longText(4000)
});
export type QuestionInput = z.infer<typeof questionSchema>;

export const messageAudiences = ['confirmed', 'waitlisted', 'all'] as const;
export const messageSchema = z.object({
	subject: requiredText('Skriv et emne', 200, 'Emnet kan være høyst 200 tegn'),
	body: longText(10_000, 'Skriv meldingen'),
	audience: z.enum(messageAudiences, { error: 'Velg hvem som skal få meldingen' }),
	nonce: requiredText('Skjemaet er utløpt. Last siden på nytt.', 64)
});
export type MessageInput = z.infer<typeof messageSchema>;

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

/** How one question's answer is checked (shared by the form and the registration service). */
export function answerSchema(q: FormQuestion): z.ZodType<string | string[]> {
	const missing = `Svar på spørsmålet «${q.label}»`;
	if (q.kind === 'multiple')
		return z
			.array(z.string().max(300))
			.max(50)
			.default([])
			.refine((list) => list.every((v) => q.options.includes(v)), {
				message: `Velg blant svarene på «${q.label}»`
			})
			.refine((list) => !q.required || list.length > 0, { message: missing }) as never;
	if (q.kind === 'text')
		return z
			.string()
			.default('')
			.transform((s) => clean(s).trim())
			.pipe(
				z
					.string()
					.max(MAX_ANSWER, `Svaret på «${q.label}» kan være høyst ${MAX_ANSWER} tegn`)
					.refine((s) => !q.required || s.length > 0, { message: missing })
			) as never;
	const allowed = q.kind === 'yesno' ? ['ja', 'nei'] : q.options;
	return z
		.string()
		.default('')
		.refine((s) => s === '' || allowed.includes(s), {
			message: `Velg et av svarene på «${q.label}»`
		})
		.refine((s) => !q.required || s !== '', { message: missing }) as never;
}

/**
 * The registration form for one event: the fixed fields, the event's own questions as
 * q<id> fields, and (physical events) dietary needs with their own consent.
 * `withEmail: false` is the change form on the private page (the address cannot change).
 */
export function registrationSchema(
	questions: FormQuestion[],
	opts: { withEmail?: boolean; withPrivacy?: boolean } = {}
) {
	const { withEmail = true, withPrivacy = true } = opts;
	const shape: Record<string, z.ZodType> = {
		name: requiredText('Skriv inn navnet ditt', 120, 'Navnet kan være høyst 120 tegn'),
		municipality: optionalText(120, 'Kommunenavnet kan være høyst 120 tegn'),
		organisation: optionalText(200, 'Organisasjonen kan være høyst 200 tegn'),
		role: z
			.string()
			.default('')
			.refine((s) => (PARTICIPANT_ROLES as readonly string[]).includes(s), {
				message: 'Velg rollen din'
			}),
		dietary: optionalText(500, 'Teksten om kosthold og allergier kan være høyst 500 tegn'),
		dietaryConsent: z.boolean().default(false)
	};
	if (withEmail) shape.email = email();
	if (withPrivacy) shape.privacy = z.boolean().default(false);
	for (const q of questions) shape[answerKey(q.id)] = answerSchema(q);
	return z.object(shape).superRefine((d, ctx) => {
		if (withPrivacy && d.privacy !== true)
			ctx.addIssue({
				code: 'custom',
				path: ['privacy'],
				message: 'Bekreft at du har lest personvernerklæringen'
			});
		if (!d.municipality && !d.organisation)
			ctx.addIssue({
				code: 'custom',
				path: ['municipality'],
				message:
					'Skriv inn kommunen din, eller organisasjonen din hvis du ikke kommer fra en kommune'
			});
		if (d.dietary && d.dietaryConsent !== true)
			ctx.addIssue({
				code: 'custom',
				path: ['dietaryConsent'],
				message:
					'Kryss av for samtykke hvis vi skal ta vare på opplysningene om kosthold og allergier, eller la feltet stå tomt'
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
		...questions.map((q) => answerKey(q.id)),
		'dietary',
		'dietaryConsent',
		'privacy'
	];
}
