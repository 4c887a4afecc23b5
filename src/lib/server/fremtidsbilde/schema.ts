/**
 * The fremtidsbilde tool: the national catalogue of societal goals (samfunnsmål) with the
 * statements a group rates, and each municipality's workspace: chosen goals with target
 * picture (målbilde), assessment rounds (nåbilde), the gap with its stakeholders, actions
 * (tiltak), the action-learning log, drafts, and experience stories for the public site.
 *
 * Who is in the group lives in `municipality_members` (accounts), with the group role and
 * sector on the membership itself: one row per person and municipality, so invitations,
 * removals and account deletion keep it right without a second table to keep in step.
 */
import {
	boolean,
	char,
	date,
	index,
	integer,
	jsonb,
	numeric,
	pgEnum,
	pgTable,
	primaryKey,
	serial,
	smallint,
	text,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { editable, timestamptz, tsvector } from '../db/types';
import { mediaFiles, pages } from '../content/schema';
import { municipalities } from '../geo/schema';
import { users } from '../accounts/schema';

export const goals = pgTable('goals', {
	id: serial('id').primaryKey(),
	slug: text('slug').notNull().unique(),
	title: text('title').notNull(),
	/** Markdown. */
	description: text('description').notNull().default(''),
	/** UN sustainable development goals (1–17) the goal relates to. */
	sdgs: integer('sdgs').array().notNull().default([]),
	/** The Kulturskole 3.0 theme page that deepens the goal. */
	themePageId: integer('theme_page_id').references(() => pages.id, { onDelete: 'set null' }),
	position: integer('position').notNull().default(0),
	...editable()
});

/** Statements a group rates 1–5 for a goal in an assessment round, kept by admins. */
export const goalStatements = pgTable(
	'goal_statements',
	{
		id: serial('id').primaryKey(),
		goalId: integer('goal_id')
			.notNull()
			.references(() => goals.id, { onDelete: 'cascade' }),
		text: text('text').notNull(),
		position: integer('position').notNull().default(0),
		...editable()
	},
	(t) => [index('goal_statements_goal_idx').on(t.goalId, t.position)]
);

/** One per municipality that has started: focus area and sharing with programme staff. */
export const workspaces = pgTable('workspaces', {
	municipalityNumber: char('municipality_number', { length: 4 })
		.primaryKey()
		.references(() => municipalities.number),
	focusArea: text('focus_area').notNull().default(''),
	sharedAt: timestamptz('shared_at'),
	sharedById: integer('shared_by_id').references(() => users.id, { onDelete: 'set null' }),
	sharedNote: text('shared_note').notNull().default(''),
	...editable()
});

const workspaceRef = () =>
	char('municipality_number', { length: 4 })
		.notNull()
		.references(() => workspaces.municipalityNumber, { onDelete: 'cascade' });

/** A goal the group chose (1–3 active), with its target picture and the gap in words. */
export const workspaceGoals = pgTable(
	'workspace_goals',
	{
		id: serial('id').primaryKey(),
		municipalityNumber: workspaceRef(),
		goalId: integer('goal_id')
			.notNull()
			.references(() => goals.id, { onDelete: 'restrict' }),
		position: integer('position').notNull().default(0),
		/** Målbilde: what it looks like when the culture school has the role we want. */
		targetPicture: text('target_picture').notNull().default(''),
		/** Observable signs: «we will know because …». */
		signs: text('signs')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Where the group wants to be on the 1–5 scale of the assessment. */
		targetLevel: smallint('target_level').notNull().default(5),
		/** The gap in words: what it takes to get from today to the target picture. */
		gap: text('gap').notNull().default(''),
		/** Set when the group drops the goal; everything written stays and comes back if chosen again. */
		removedAt: timestamptz('removed_at'),
		...editable()
	},
	(t) => [uniqueIndex('workspace_goals_uq').on(t.municipalityNumber, t.goalId)]
);

export const planKind = pgEnum('plan_kind', [
	'samfunnsdel',
	'oppvekstplan',
	'kulturplan',
	'folkehelseplan',
	'annen'
]);

/** Municipal plans the work is anchored in. */
export const localPlans = pgTable('local_plans', {
	id: serial('id').primaryKey(),
	municipalityNumber: workspaceRef(),
	name: text('name').notNull(),
	kind: planKind('kind').notNull(),
	url: text('url'),
	createdAt: timestamptz('created_at').notNull().defaultNow()
});

export const stakeholderRole = pgEnum('stakeholder_role', ['eier', 'ved_bordet', 'bidrar']);

/** The stakeholder map of a chosen goal: who owns the challenge, who must sit at the table. */
export const stakeholders = pgTable('stakeholders', {
	id: serial('id').primaryKey(),
	workspaceGoalId: integer('workspace_goal_id')
		.notNull()
		.references(() => workspaceGoals.id, { onDelete: 'cascade' }),
	actor: text('actor').notNull(),
	role: stakeholderRole('role').notNull(),
	involved: boolean('involved').notNull().default(false),
	createdAt: timestamptz('created_at').notNull().defaultNow()
});

/** A nåbilde assessment round: members rate statements privately until the deadline. */
export const rounds = pgTable(
	'rounds',
	{
		id: serial('id').primaryKey(),
		municipalityNumber: workspaceRef(),
		title: text('title').notNull(),
		openedAt: timestamptz('opened_at').notNull(),
		deadline: timestamptz('deadline').notNull(),
		/** Set when the coordinator closes it early or the deadline passes (by the sweep). */
		closedAt: timestamptz('closed_at'),
		openedById: integer('opened_by_id').references(() => users.id, { onDelete: 'set null' }),
		/** The aggregated results frozen at closing; individual answers are deleted later. */
		results: jsonb('results'),
		/** When the individual answers were deleted (retention). */
		answersDeletedAt: timestamptz('answers_deleted_at'),
		/** When the coordinator last reminded those who have not answered (at most once a day). */
		remindedAt: timestamptz('reminded_at')
	},
	(t) => [index('rounds_municipality_idx').on(t.municipalityNumber, t.openedAt)]
);

/** The statements of a round, copied when it opens so later edits of the catalogue do not change it. */
export const roundStatements = pgTable('round_statements', {
	id: serial('id').primaryKey(),
	roundId: integer('round_id')
		.notNull()
		.references(() => rounds.id, { onDelete: 'cascade' }),
	goalId: integer('goal_id')
		.notNull()
		.references(() => goals.id, { onDelete: 'restrict' }),
	text: text('text').notNull(),
	position: integer('position').notNull().default(0)
});

/** One member's answer to a round (personal data: never shown to anyone else). */
export const responses = pgTable(
	'responses',
	{
		id: serial('id').primaryKey(),
		roundId: integer('round_id')
			.notNull()
			.references(() => rounds.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		submittedAt: timestamptz('submitted_at').notNull(),
		updatedAt: timestamptz('updated_at').notNull()
	},
	(t) => [uniqueIndex('responses_uq').on(t.roundId, t.userId)]
);

export const ratings = pgTable(
	'ratings',
	{
		responseId: integer('response_id')
			.notNull()
			.references(() => responses.id, { onDelete: 'cascade' }),
		roundStatementId: integer('round_statement_id')
			.notNull()
			.references(() => roundStatements.id, { onDelete: 'cascade' }),
		/** 1–5, or null for «vet ikke». */
		value: smallint('value'),
		/** A private note for the member's own use. */
		comment: text('comment').notNull().default('')
	},
	(t) => [primaryKey({ columns: [t.responseId, t.roundStatementId] })]
);

/** What the group agreed after a round: a level and a narrative per goal. */
export const roundConclusions = pgTable(
	'round_conclusions',
	{
		roundId: integer('round_id')
			.notNull()
			.references(() => rounds.id, { onDelete: 'cascade' }),
		goalId: integer('goal_id')
			.notNull()
			.references(() => goals.id, { onDelete: 'restrict' }),
		agreedLevel: smallint('agreed_level'),
		/**
		 * Chosen at closing when no level was agreed: the round's mean becomes the level. Without
		 * it (and no agreed level) the level the group had before is kept.
		 */
		levelFromMean: boolean('level_from_mean').notNull().default(false),
		narrative: text('narrative').notNull().default(''),
		updatedAt: timestamptz('updated_at').notNull(),
		updatedById: integer('updated_by_id').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [primaryKey({ columns: [t.roundId, t.goalId] })]
);

export const actionStatus = pgEnum('action_status', ['planlagt', 'i_gang', 'fullfort', 'avbrutt']);

/** Tiltak: what the group does to close the gap of a goal. */
export const actions = pgTable(
	'actions',
	{
		id: serial('id').primaryKey(),
		municipalityNumber: workspaceRef(),
		workspaceGoalId: integer('workspace_goal_id')
			.notNull()
			.references(() => workspaceGoals.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		responsibleId: integer('responsible_id').references(() => users.id, {
			onDelete: 'set null'
		}),
		partners: text('partners').notNull().default(''),
		/** The sectors the partners come from (`partnerSectors` in forms/fremtidsbilde.ts). */
		partnerSectors: text('partner_sectors').array().notNull().default([]),
		startsOn: date('starts_on'),
		endsOn: date('ends_on'),
		status: actionStatus('status').notNull().default('planlagt'),
		/** The part of the gap this action answers. */
		gapAnswered: text('gap_answered').notNull().default(''),
		...editable()
	},
	(t) => [index('actions_municipality_idx').on(t.municipalityNumber)]
);

export const indicatorKind = pgEnum('indicator_kind', ['antall', 'prosent']);

/**
 * A «we will know because …» sign made measurable: what is counted, from where (baseline) to
 * where (target), with values recorded over time. `sign` is the sign's text when it was made.
 */
export const indicators = pgTable(
	'indicators',
	{
		id: serial('id').primaryKey(),
		municipalityNumber: workspaceRef(),
		workspaceGoalId: integer('workspace_goal_id')
			.notNull()
			.references(() => workspaceGoals.id, { onDelete: 'cascade' }),
		sign: text('sign').notNull(),
		name: text('name').notNull(),
		kind: indicatorKind('kind').notNull().default('antall'),
		/** What one counts («elever», «tiltak»); percent has none. */
		unit: text('unit').notNull().default(''),
		baselineValue: numeric('baseline_value', { precision: 14, scale: 2, mode: 'number' }).notNull(),
		baselineOn: date('baseline_on').notNull(),
		targetValue: numeric('target_value', { precision: 14, scale: 2, mode: 'number' }).notNull(),
		targetOn: date('target_on'),
		...editable()
	},
	(t) => [index('indicators_municipality_idx').on(t.municipalityNumber, t.workspaceGoalId)]
);

/** A value of an indicator on a date, and who recorded it. */
export const indicatorValues = pgTable(
	'indicator_values',
	{
		id: serial('id').primaryKey(),
		indicatorId: integer('indicator_id')
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		value: numeric('value', { precision: 14, scale: 2, mode: 'number' }).notNull(),
		measuredOn: date('measured_on').notNull(),
		note: text('note').notNull().default(''),
		recordedById: integer('recorded_by_id').references(() => users.id, { onDelete: 'set null' }),
		...editable()
	},
	(t) => [index('indicator_values_indicator_idx').on(t.indicatorId, t.measuredOn)]
);

/** The indicators an action is meant to move. */
export const actionIndicators = pgTable(
	'action_indicators',
	{
		actionId: integer('action_id')
			.notNull()
			.references(() => actions.id, { onDelete: 'cascade' }),
		indicatorId: integer('indicator_id')
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' })
	},
	(t) => [
		primaryKey({ columns: [t.actionId, t.indicatorId] }),
		index('action_indicators_indicator_idx').on(t.indicatorId)
	]
);

export const learningPhase = pgEnum('learning_phase', [
	'plan',
	'handling',
	'observasjon',
	'refleksjon'
]);

/** The action-learning log: plan → act → observe → reflect, in numbered cycles. */
export const logEntries = pgTable(
	'log_entries',
	{
		id: serial('id').primaryKey(),
		municipalityNumber: workspaceRef(),
		cycle: integer('cycle').notNull().default(1),
		phase: learningPhase('phase').notNull(),
		happenedOn: date('happened_on').notNull(),
		/** Null once the author's account is deleted: the entry stays, the name goes. */
		authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
		text: text('text').notNull(),
		...editable()
	},
	(t) => [index('log_entries_municipality_idx').on(t.municipalityNumber, t.cycle)]
);

export const logEntryActions = pgTable(
	'log_entry_actions',
	{
		entryId: integer('entry_id')
			.notNull()
			.references(() => logEntries.id, { onDelete: 'cascade' }),
		actionId: integer('action_id')
			.notNull()
			.references(() => actions.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.entryId, t.actionId] })]
);

/** Long texts saved while typing, per person, until the form is saved (or 30 days pass). */
export const drafts = pgTable(
	'drafts',
	{
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		municipalityNumber: char('municipality_number', { length: 4 }).notNull(),
		key: text('key').notNull(),
		text: text('text').notNull(),
		updatedAt: timestamptz('updated_at').notNull()
	},
	(t) => [primaryKey({ columns: [t.userId, t.municipalityNumber, t.key] })]
);

export const storyStatus = pgEnum('story_status', ['utkast', 'foreslatt', 'publisert']);

/** An experience story a coordinator proposes and an editor approves for /erfaringer. */
export const stories = pgTable(
	'stories',
	{
		id: serial('id').primaryKey(),
		municipalityNumber: workspaceRef(),
		slug: text('slug').notNull(),
		title: text('title').notNull(),
		/** Markdown. */
		body: text('body').notNull().default(''),
		photoId: integer('photo_id').references(() => mediaFiles.id, { onDelete: 'set null' }),
		photoAlt: text('photo_alt').notNull().default(''),
		status: storyStatus('status').notNull().default('utkast'),
		/** The editor's note when a proposal is sent back. */
		reviewNote: text('review_note').notNull().default(''),
		proposedAt: timestamptz('proposed_at'),
		publishedAt: timestamptz('published_at'),
		createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
		/** Searched by /sok (published stories). */
		search: tsvector('search').generatedAlwaysAs(
			sql`to_tsvector('norwegian', coalesce(title, '') || ' ' || coalesce(body, ''))`
		),
		...editable()
	},
	(t) => [
		uniqueIndex('stories_slug_uq').on(t.slug),
		index('stories_status_idx').on(t.status),
		index('stories_search_idx').using('gin', t.search)
	]
);
