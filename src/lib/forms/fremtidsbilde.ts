/** Form schemas for the fremtidsbilde tool (the municipal workspace and its admin pages). */
import { z } from 'zod';
import {
	email,
	int,
	longText,
	optionalText,
	optionalUrl,
	requiredText,
	wholeNumber,
	ROW_ID
} from './fields';

export const groupRoles = [
	'skoleeier',
	'kulturskoleleder',
	'pedagogisk',
	'annen_sektor',
	'politiker'
] as const;
export type GroupRole = (typeof groupRoles)[number];
export const planKinds = [
	'samfunnsdel',
	'oppvekstplan',
	'kulturplan',
	'folkehelseplan',
	'annen'
] as const;
export const stakeholderRoles = ['eier', 'ved_bordet', 'bidrar'] as const;
export const actionStatuses = ['planlagt', 'i_gang', 'fullfort', 'avbrutt'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
export const phases = ['plan', 'handling', 'observasjon', 'refleksjon'] as const;
export const ratingValues = ['1', '2', '3', '4', '5', 'vet'] as const;

/** A choice from a fixed list; '' (nothing chosen) and forged values get `missing`. */
export const oneOf = <T extends readonly [string, ...string[]]>(values: T, missing: string) =>
	z
		.string()
		.default('')
		.refine((v) => (values as readonly string[]).includes(v), missing)
		.transform((v) => v as T[number]);

/** An optional choice: '' stays '', anything else must be in the list. */
export const maybeOneOf = <T extends readonly [string, ...string[]]>(values: T, invalid: string) =>
	z
		.string()
		.default('')
		.refine((v) => v === '' || (values as readonly string[]).includes(v), invalid)
		.transform((v) => v as T[number] | '');

/**
 * Ids picked in a group of checkboxes, kept as strings so the boxes can bind to them (the
 * services turn them into numbers).
 */
export const idList = (msg: string) => z.array(z.string().regex(ROW_ID, msg)).default([]);

/** yyyy-mm-dd from <input type="date">, or ''. */
const optionalDate = (msg = 'Skriv datoen som dd.mm.åååå') =>
	z
		.string()
		.default('')
		.transform((s) => s.trim())
		.refine((s) => s === '' || isCalendarDate(s), msg);

export function isCalendarDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const version = int('Ugyldig versjon', 0);

// ——— The group ———

const sectorRule = (d: { groupRole: string; sector: string }) =>
	d.groupRole !== 'annen_sektor' || d.sector.length > 0;
const sectorIssue = {
	message: 'Skriv hvilken sektor personen kommer fra, for eksempel helse eller NAV',
	path: ['sector']
};

export const inviteSchema = z
	.object({
		email: email('Skriv e-postadressen til den du vil invitere'),
		groupRole: oneOf(groupRoles, 'Velg hvilken rolle personen har i gruppen'),
		sector: optionalText(80),
		coordinator: z.boolean().default(false)
	})
	.refine(sectorRule, sectorIssue);
export type InviteInput = z.infer<typeof inviteSchema>;

export const memberSchema = z
	.object({
		userId: int('Ugyldig medlem', 1, 2_147_483_647),
		groupRole: oneOf(groupRoles, 'Velg hvilken rolle personen har i gruppen'),
		sector: optionalText(80),
		coordinator: z.boolean().default(false)
	})
	.refine(sectorRule, sectorIssue);
export type MemberInput = z.infer<typeof memberSchema>;

// ——— Goals, focus and plans ———

export const goalChoiceSchema = z.object({
	goalIds: idList('Velg mål fra listen'),
	focusArea: optionalText(300)
});
export type GoalChoiceInput = z.infer<typeof goalChoiceSchema>;

export const planSchema = z.object({
	name: requiredText('Skriv navnet på planen', 200),
	kind: oneOf(planKinds, 'Velg hva slags plan det er'),
	url: optionalUrl()
});
export type PlanInput = z.infer<typeof planSchema>;

// ——— Målbilde and gap ———

export const targetSchema = z.object({
	targetPicture: longText(20_000, 'Beskriv målbildet'),
	signs: longText(3_000),
	targetLevel: wholeNumber('Velg et nivå fra 1 til 5', 1, 5),
	version
});
export type TargetInput = z.infer<typeof targetSchema>;

export const gapSchema = z.object({
	gap: longText(20_000, 'Beskriv gapet med egne ord'),
	version
});
export type GapInput = z.infer<typeof gapSchema>;

export const stakeholderSchema = z.object({
	actor: requiredText('Skriv hvilken sektor eller aktør det gjelder', 120),
	role: oneOf(stakeholderRoles, 'Velg hvilken rolle aktøren har'),
	involved: z.boolean().default(false)
});
export type StakeholderInput = z.infer<typeof stakeholderSchema>;

// ——— Nåbilde ———

export const roundSchema = z.object({
	title: requiredText('Gi runden et navn, for eksempel «Nåbilde høsten 2025»', 120),
	deadline: requiredText('Velg svarfrist (dato og klokkeslett)', 20)
});
export type RoundInput = z.infer<typeof roundSchema>;

/** The rating form of a round: one answer (and an optional note) per statement. */
export function ratingSchema(statements: { id: number; text: string }[]) {
	const shape: Record<string, z.ZodType> = {};
	for (const s of statements) {
		shape[`s${s.id}`] = z
			.string()
			.default('')
			.superRefine((v, ctx) => {
				if (v === '')
					ctx.addIssue({ code: 'custom', message: `Velg et svar for «${short(s.text)}»` });
				else if (!(ratingValues as readonly string[]).includes(v))
					ctx.addIssue({
						code: 'custom',
						message: `Svaret for «${short(s.text)}» må være et tall fra 1 til 5 eller «vet ikke»`
					});
			});
		shape[`k${s.id}`] = optionalText(1000, 'Kommentaren kan være høyst 1000 tegn');
	}
	return z.object(shape);
}

const short = (s: string) => (s.length > 60 ? s.slice(0, 57).replace(/\s+\S*$/, '') + ' …' : s);

export const conclusionSchema = z.object({
	goalId: int('Ugyldig mål', 1, 2_147_483_647),
	agreedLevel: maybeOneOf(['1', '2', '3', '4', '5'] as const, 'Velg et nivå fra 1 til 5'),
	narrative: longText(20_000)
});
export type ConclusionInput = z.infer<typeof conclusionSchema>;

// ——— Tiltak and log ———

export const actionSchema = z
	.object({
		title: requiredText('Gi tiltaket et kort navn', 200),
		workspaceGoalId: z
			.string()
			.default('')
			.refine((s) => ROW_ID.test(s), 'Velg hvilket mål tiltaket hører til'),
		description: longText(10_000, 'Beskriv tiltaket'),
		responsibleId: z
			.string()
			.default('')
			.refine((s) => s === '' || ROW_ID.test(s), 'Velg en ansvarlig fra gruppen'),
		partners: optionalText(500),
		startsOn: optionalDate('Skriv startdatoen som dd.mm.åååå'),
		endsOn: optionalDate('Skriv sluttdatoen som dd.mm.åååå'),
		status: oneOf(actionStatuses, 'Velg status'),
		gapAnswered: optionalText(1000, 'Teksten kan være høyst 1000 tegn'),
		version
	})
	.refine((d) => !d.startsOn || !d.endsOn || d.startsOn <= d.endsOn, {
		message: 'Sluttdatoen kan ikke være før startdatoen',
		path: ['endsOn']
	});
export type ActionInput = z.infer<typeof actionSchema>;

export const logSchema = z.object({
	cycle: wholeNumber('Syklus må være et tall fra 1 til 50', 1, 50),
	phase: oneOf(phases, 'Velg fase i syklusen'),
	happenedOn: z
		.string()
		.default('')
		.refine((s) => s !== '', 'Skriv datoen')
		.refine((s) => s === '' || isCalendarDate(s), 'Skriv datoen som dd.mm.åååå'),
	text: longText(10_000, 'Skriv hva som ble planlagt, gjort, observert eller reflektert'),
	actionIds: idList('Velg tiltak fra listen'),
	version
});
export type LogInput = z.infer<typeof logSchema>;

// ——— Sharing and stories ———

export const shareSchema = z.object({ note: optionalText(1000) });

export const storySchema = z.object({
	title: requiredText('Gi historien en tittel', 160),
	body: longText(20_000, 'Skriv historien'),
	photoAlt: optionalText(300, 'Den alternative teksten kan være høyst 300 tegn'),
	version
});
export type StoryInput = z.infer<typeof storySchema>;

export const storyReviewSchema = z.object({
	title: requiredText('Gi historien en tittel', 160),
	body: longText(20_000, 'Historien kan ikke være tom'),
	photoAlt: optionalText(300, 'Den alternative teksten kan være høyst 300 tegn'),
	reviewNote: optionalText(1000),
	intent: oneOf(['lagre', 'publiser', 'send_tilbake', 'avpubliser'] as const, 'Ugyldig valg'),
	version
});
export type StoryReviewInput = z.infer<typeof storyReviewSchema>;

// ——— Admin: the catalogue ———

export const goalSchema = z.object({
	title: requiredText('Skriv en tittel', 160),
	slug: optionalText(80).refine((s) => s === '' || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s), {
		message: 'Adressen kan bare ha små bokstaver a–z, tall og bindestrek'
	}),
	description: longText(20_000),
	sdgs: idList('Bærekraftsmål går fra 1 til 17').refine(
		(list) => list.every((n) => Number(n) >= 1 && Number(n) <= 17),
		'Bærekraftsmål går fra 1 til 17'
	),
	themePageId: z
		.string()
		.default('')
		.refine((s) => s === '' || ROW_ID.test(s), 'Velg en temaside fra listen'),
	position: wholeNumber('Rekkefølge må være et tall fra 0 til 999', 0, 999),
	version
});
export type GoalInput = z.infer<typeof goalSchema>;

export const statementSchema = z.object({
	text: requiredText('Skriv påstanden', 400),
	position: wholeNumber('Rekkefølge må være et tall fra 0 til 999', 0, 999)
});
export type StatementInput = z.infer<typeof statementSchema>;
