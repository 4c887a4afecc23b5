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
	err,
	say,
	ROW_ID,
	type Msg
} from './fields';
import { message } from '$lib/i18n';

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
/** The sectors an action's partners come from (a fixed list, so insight can count them). */
export const partnerSectors = [
	'skole',
	'barnehage',
	'helse',
	'barnevern',
	'nav',
	'bibliotek',
	'kultur',
	'frivillighet',
	'naringsliv',
	'annet'
] as const;
export type PartnerSector = (typeof partnerSectors)[number];
export const ratingValues = ['1', '2', '3', '4', '5', 'vet'] as const;

/** A choice from a fixed list; '' (nothing chosen) and forged values get `missing`. */
export const oneOf = <T extends readonly [string, ...string[]]>(values: T, missing: Msg) =>
	z
		.string()
		.default('')
		.refine((v) => (values as readonly string[]).includes(v), err(missing))
		.transform((v) => v as T[number]);

/** An optional choice: '' stays '', anything else must be in the list. */
export const maybeOneOf = <T extends readonly [string, ...string[]]>(values: T, invalid: Msg) =>
	z
		.string()
		.default('')
		.refine((v) => v === '' || (values as readonly string[]).includes(v), err(invalid))
		.transform((v) => v as T[number] | '');

/**
 * Ids picked in a group of checkboxes, kept as strings so the boxes can bind to them (the
 * services turn them into numbers).
 */
export const idList = (msg: Msg) => z.array(z.string().regex(ROW_ID, err(msg))).default([]);

/** yyyy-mm-dd from <input type="date">, or ''. */
const optionalDate = (msg: Msg = say('validation.dateFormat')) =>
	z
		.string()
		.default('')
		.transform((s) => s.trim())
		.refine((s) => s === '' || isCalendarDate(s), err(msg));

export function isCalendarDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const version = int(say('validation.versionInvalid'), 0);

// ——— The group ———

const sectorRule = (d: { groupRole: string; sector: string }) =>
	d.groupRole !== 'annen_sektor' || d.sector.length > 0;
const sectorIssue = {
	...err(say('validation.fremtidsbilde.sector')),
	path: ['sector']
};

export const inviteSchema = z
	.object({
		email: email(say('validation.fremtidsbilde.inviteEmail')),
		groupRole: oneOf(groupRoles, say('validation.fremtidsbilde.groupRole')),
		sector: optionalText(80),
		coordinator: z.boolean().default(false)
	})
	.refine(sectorRule, sectorIssue);
export type InviteInput = z.infer<typeof inviteSchema>;

export const memberSchema = z
	.object({
		userId: int(say('validation.fremtidsbilde.memberInvalid'), 1, 2_147_483_647),
		groupRole: oneOf(groupRoles, say('validation.fremtidsbilde.groupRole')),
		sector: optionalText(80),
		coordinator: z.boolean().default(false)
	})
	.refine(sectorRule, sectorIssue);
export type MemberInput = z.infer<typeof memberSchema>;

// ——— Goals, focus and plans ———

export const goalChoiceSchema = z.object({
	goalIds: idList(say('validation.fremtidsbilde.goalsFromList')),
	focusArea: optionalText(300)
});
export type GoalChoiceInput = z.infer<typeof goalChoiceSchema>;

export const planSchema = z.object({
	name: requiredText(say('validation.fremtidsbilde.planName'), 200),
	kind: oneOf(planKinds, say('validation.fremtidsbilde.planKind')),
	url: optionalUrl()
});
export type PlanInput = z.infer<typeof planSchema>;

// ——— Målbilde and gap ———

export const targetSchema = z.object({
	targetPicture: longText(20_000, say('validation.fremtidsbilde.targetPicture')),
	signs: longText(3_000),
	targetLevel: wholeNumber(say('validation.levelRange'), 1, 5),
	version
});
export type TargetInput = z.infer<typeof targetSchema>;

export const gapSchema = z.object({
	gap: longText(20_000, say('validation.fremtidsbilde.gap')),
	version
});
export type GapInput = z.infer<typeof gapSchema>;

export const stakeholderSchema = z.object({
	actor: requiredText(say('validation.fremtidsbilde.actor'), 120),
	role: oneOf(stakeholderRoles, say('validation.fremtidsbilde.stakeholderRole')),
	involved: z.boolean().default(false)
});
export type StakeholderInput = z.infer<typeof stakeholderSchema>;

// ——— Nåbilde ———

export const roundSchema = z.object({
	title: requiredText(say('validation.fremtidsbilde.roundTitle'), 120),
	deadline: requiredText(say('validation.fremtidsbilde.roundDeadline'), 20)
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
				const statement = { statement: short(s.text) };
				if (v === '')
					ctx.addIssue({
						code: 'custom',
						message: message('validation.fremtidsbilde.ratingMissing', statement)
					});
				else if (!(ratingValues as readonly string[]).includes(v))
					ctx.addIssue({
						code: 'custom',
						message: message('validation.fremtidsbilde.ratingInvalid', statement)
					});
			});
		shape[`k${s.id}`] = optionalText(
			1000,
			say('validation.fremtidsbilde.commentTooLong', { max: 1000 })
		);
	}
	return z.object(shape);
}

const short = (s: string) => (s.length > 60 ? s.slice(0, 57).replace(/\s+\S*$/, '') + ' …' : s);

export const conclusionSchema = z.object({
	goalId: int(say('validation.fremtidsbilde.goalInvalid'), 1, 2_147_483_647),
	agreedLevel: maybeOneOf(['1', '2', '3', '4', '5'] as const, say('validation.levelRange')),
	narrative: longText(20_000)
});
export type ConclusionInput = z.infer<typeof conclusionSchema>;

// ——— Tiltak and log ———

export const actionSchema = z
	.object({
		title: requiredText(say('validation.fremtidsbilde.actionTitle'), 200),
		workspaceGoalId: z
			.string()
			.default('')
			.refine((s) => ROW_ID.test(s), err(say('validation.fremtidsbilde.actionGoal'))),
		description: longText(10_000, say('validation.fremtidsbilde.actionDescription')),
		responsibleId: z
			.string()
			.default('')
			.refine((s) => s === '' || ROW_ID.test(s), err(say('validation.fremtidsbilde.responsible'))),
		partners: optionalText(500),
		partnerSectors: z
			.array(
				z
					.string()
					.refine(
						(v) => (partnerSectors as readonly string[]).includes(v),
						err(say('validation.fremtidsbilde.partnerSector'))
					)
					.transform((v) => v as PartnerSector)
			)
			.default([]),
		startsOn: optionalDate(say('validation.startDateFormat')),
		endsOn: optionalDate(say('validation.endDateFormat')),
		status: oneOf(actionStatuses, say('validation.statusChoose')),
		gapAnswered: optionalText(1000),
		indicatorIds: idList(say('indicators.problems.chooseFromList')),
		version
	})
	.refine((d) => !d.startsOn || !d.endsOn || d.startsOn <= d.endsOn, {
		...err(say('validation.fremtidsbilde.endBeforeStart')),
		path: ['endsOn']
	});
export type ActionInput = z.infer<typeof actionSchema>;

export const logSchema = z.object({
	cycle: wholeNumber(say('validation.fremtidsbilde.cycleRange'), 1, 50),
	phase: oneOf(phases, say('validation.fremtidsbilde.phase')),
	happenedOn: z
		.string()
		.default('')
		.refine((s) => s !== '', err(say('validation.dateMissing')))
		.refine((s) => s === '' || isCalendarDate(s), err(say('validation.dateFormat'))),
	text: longText(10_000, say('validation.fremtidsbilde.logText')),
	actionIds: idList(say('validation.fremtidsbilde.actionsFromList')),
	version
});
export type LogInput = z.infer<typeof logSchema>;

// ——— Sharing and stories ———

export const shareSchema = z.object({ note: optionalText(1000) });

export const storySchema = z.object({
	title: requiredText(say('validation.fremtidsbilde.storyTitle'), 160),
	body: longText(20_000, say('validation.fremtidsbilde.storyBody')),
	photoAlt: optionalText(300, say('validation.altTooLong', { max: 300 })),
	version
});
export type StoryInput = z.infer<typeof storySchema>;

export const storyReviewSchema = z.object({
	title: requiredText(say('validation.fremtidsbilde.storyTitle'), 160),
	body: longText(20_000, say('validation.fremtidsbilde.storyEmpty')),
	photoAlt: optionalText(300, say('validation.altTooLong', { max: 300 })),
	reviewNote: optionalText(1000),
	intent: oneOf(
		['lagre', 'publiser', 'send_tilbake', 'avpubliser'] as const,
		say('validation.choiceInvalid')
	),
	version
});
export type StoryReviewInput = z.infer<typeof storyReviewSchema>;

// ——— Admin: the catalogue ———

export const goalSchema = z.object({
	title: requiredText(say('validation.titleMissing'), 160),
	slug: optionalText(80).refine(
		(s) => s === '' || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s),
		err(say('validation.slugInvalid'))
	),
	description: longText(20_000),
	sdgs: idList(say('validation.fremtidsbilde.sdgRange')).refine(
		(list) => list.every((n) => Number(n) >= 1 && Number(n) <= 17),
		err(say('validation.fremtidsbilde.sdgRange'))
	),
	themePageId: z
		.string()
		.default('')
		.refine((s) => s === '' || ROW_ID.test(s), err(say('validation.fremtidsbilde.themePage'))),
	position: wholeNumber(say('validation.positionRange'), 0, 999),
	version
});
export type GoalInput = z.infer<typeof goalSchema>;

export const statementSchema = z.object({
	text: requiredText(say('validation.fremtidsbilde.statement'), 400),
	position: wholeNumber(say('validation.positionRange'), 0, 999)
});
export type StatementInput = z.infer<typeof statementSchema>;
