/**
 * Events and registration: events (webinars, seminars, gatherings …), the questions an
 * event asks on its registration form, registrations (confirmed, waitlisted, cancelled)
 * and the messages staff sent to participants. A registration belongs to an e-mail address,
 * not an account; the participant reaches it through private links whose tokens are stored
 * only as hashes.
 */
import { sql } from 'drizzle-orm';
import {
	boolean,
	char,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	serial,
	text,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { editable, personLang, personLangCheck, timestamptz, tsvector } from '../db/types';
import { countyChapters, municipalities } from '../geo/schema';
import { users } from '../accounts/schema';

// The lists are shared with the forms (relative import: drizzle-kit reads this file too).
import { ATTENDANCES, EVENT_FORMATS, EVENT_TYPES, QUESTION_KINDS } from '../../forms/events';

export const eventTypes = EVENT_TYPES;
export type EventType = (typeof eventTypes)[number];

export const eventType = pgEnum('event_type', eventTypes);
export const eventStatus = pgEnum('event_status', ['draft', 'published', 'cancelled']);
/** Where the event happens: in a room (address), on the net (meeting link) or both (hybrid). */
export const eventFormat = pgEnum('event_format', EVENT_FORMATS);
/** How one registrant attends a hybrid event: in the room or on the net. */
export const attendanceKind = pgEnum('attendance', ATTENDANCES);
export const registrationStatus = pgEnum('registration_status', [
	'confirmed',
	'waitlisted',
	'cancelled'
]);
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const questionKind = pgEnum('question_kind', QUESTION_KINDS);

export const events = pgTable(
	'events',
	{
		id: serial('id').primaryKey(),
		slug: text('slug').notNull(),
		type: eventType('type').notNull(),
		title: text('title').notNull(),
		lead: text('lead').notNull().default(''),
		/** Markdown. */
		description: text('description').notNull().default(''),
		/** The programme (agenda), Markdown. */
		agenda: text('agenda').notNull().default(''),
		startsAt: timestamptz('starts_at').notNull(),
		endsAt: timestamptz('ends_at').notNull(),
		format: eventFormat('format').notNull().default('fysisk'),
		/** Name of the place ("Scandic Lerkendal") and its address; physical events. */
		venue: text('venue').notNull().default(''),
		address: text('address').notNull().default(''),
		/** Shown only to confirmed participants and in their e-mails; digital events. */
		meetingUrl: text('meeting_url'),
		/** Målgruppe. */
		audience: text('audience').notNull().default(''),
		organisers: text('organisers')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Seats (for a hybrid event: in the room); null means no limit. */
		capacity: integer('capacity'),
		/** Hybrid events: places on the net; null means no limit. */
		digitalCapacity: integer('digital_capacity'),
		/**
		 * Seats taken and people waiting, kept with the row so registration can lock the row and
		 * decide without counting (see registration/seats.ts). Every other change recounts them
		 * from the registrations under the same lock.
		 */
		confirmedCount: integer('confirmed_count').notNull().default(0),
		waitlistedCount: integer('waitlisted_count').notNull().default(0),
		registrationOpensAt: timestamptz('registration_opens_at'),
		/** The deadline; null means registration stays open until the event starts. */
		registrationClosesAt: timestamptz('registration_closes_at'),
		status: eventStatus('status').notNull().default('draft'),
		publishedAt: timestamptz('published_at'),
		cancelledAt: timestamptz('cancelled_at'),
		cancelReason: text('cancel_reason'),
		/** After the event: a recording and other resources (Markdown). */
		recordingUrl: text('recording_url'),
		resources: text('resources').notNull().default(''),
		/** The county chapter that runs it (county filter, chapter leaders' access); null = national. */
		chapterId: integer('chapter_id').references(() => countyChapters.id, { onDelete: 'set null' }),
		/** A development programme the event belongs to (added by the programmes feature). */
		programmeId: integer('programme_id'),
		/** Only the programme's cohort (members of participating municipalities) may register. */
		cohortOnly: boolean('cohort_only').notNull().default(false),
		/** Who answers participants' questions (mails name them and reply to them); null: the programme. */
		contactName: text('contact_name'),
		contactEmail: text('contact_email'),
		/** iCalendar SEQUENCE: raised on every change of what a calendar shows. */
		sequence: integer('sequence').notNull().default(0),
		/** A random key from the create form: a double submit creates one event. */
		creationKey: text('creation_key'),
		/** Bookkeeping of the sweep: for which start time the reminders went, when the follow-up went. */
		reminderDayFor: timestamptz('reminder_day_for'),
		reminderHourFor: timestamptz('reminder_hour_for'),
		followUpSentAt: timestamptz('follow_up_sent_at'),
		/** Searched by /sok (published and cancelled events). */
		search: tsvector('search').generatedAlwaysAs(
			sql`to_tsvector('norwegian', coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(description, '') || ' ' || coalesce(venue, ''))`
		),
		...editable()
	},
	(t) => [
		uniqueIndex('events_slug_uq').on(t.slug),
		uniqueIndex('events_creation_key_uq').on(t.creationKey),
		index('events_status_start_idx').on(t.status, t.startsAt),
		index('events_chapter_idx').on(t.chapterId),
		index('events_search_idx').using('gin', t.search)
	]
);

export const eventQuestions = pgTable(
	'event_questions',
	{
		id: serial('id').primaryKey(),
		eventId: integer('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		position: integer('position').notNull().default(0),
		kind: questionKind('kind').notNull(),
		label: text('label').notNull(),
		help: text('help').notNull().default(''),
		required: boolean('required').notNull().default(false),
		/** Choices of single and multiple choice questions. */
		options: text('options')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		createdAt: timestamptz('created_at').notNull().defaultNow(),
		updatedAt: timestamptz('updated_at').notNull().defaultNow()
	},
	(t) => [index('event_questions_event_idx').on(t.eventId, t.position)]
);

/** Answers by question id: text, one choice, several choices, or 'ja'/'nei'. */
export type Answers = Record<string, string | string[]>;

export const registrations = pgTable(
	'registrations',
	{
		id: serial('id').primaryKey(),
		eventId: integer('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		status: registrationStatus('status').notNull(),
		/** In the room or on the net; null (older rows): as the event's format (hybrid: in the room). */
		attendance: attendanceKind('attendance'),
		/** Personal fields: emptied when the registration is anonymised. */
		name: text('name').notNull().default(''),
		/** Lower-case; null once anonymised. */
		email: text('email'),
		municipalityNumber: char('municipality_number', { length: 4 }).references(
			() => municipalities.number
		),
		/** Kept after anonymisation, for figures per county. */
		countyNumber: char('county_number', { length: 2 }),
		organisation: text('organisation'),
		role: text('role').notNull().default(''),
		answers: jsonb('answers').$type<Answers>().notNull().default({}),
		/** Dietary or allergy needs (physical events only), with explicit consent; deleted the day after. */
		dietary: text('dietary'),
		dietaryConsentAt: timestamptz('dietary_consent_at'),
		/** Accessibility needs, optional, with explicit consent; deleted with the dietary needs. */
		accessibility: text('accessibility'),
		accessibilityConsentAt: timestamptz('accessibility_consent_at'),
		registeredAt: timestamptz('registered_at').notNull(),
		confirmedAt: timestamptz('confirmed_at'),
		/** Place in the queue: the waitlist is ordered by this time, then id. */
		waitlistedAt: timestamptz('waitlisted_at'),
		cancelledAt: timestamptz('cancelled_at'),
		attendedAt: timestamptz('attended_at'),
		/** Raised on every change of the registration (added to the event's SEQUENCE in its .ics). */
		sequence: integer('sequence').notNull().default(0),
		anonymisedAt: timestamptz('anonymised_at'),
		updatedAt: timestamptz('updated_at').notNull().defaultNow(),
		/** The language the registration was made in: every mail about it is written in it. */
		lang: personLang()
	},
	(t) => [
		personLangCheck('registrations', t.lang),
		uniqueIndex('registrations_active_email_uq')
			.on(t.eventId, t.email)
			.where(sql`status <> 'cancelled'`),
		index('registrations_event_status_idx').on(t.eventId, t.status, t.waitlistedAt, t.id),
		// The participant list (seats by name) and the CSV export (keyset by status and time).
		index('registrations_event_name_idx').on(t.eventId, t.status, t.name, t.id),
		index('registrations_event_export_idx').on(t.eventId, t.status, t.registeredAt, t.id),
		// The count of those checked in at the door (the participant list's tabs).
		index('registrations_attended_idx')
			.on(t.eventId)
			.where(sql`status = 'confirmed' and attended_at is not null`)
	]
);

/**
 * Private links to a registration: every e-mail that carries a link gets a fresh random
 * token; only its SHA-256 is stored. Deleted with the registration or when it is anonymised.
 */
export const registrationTokens = pgTable(
	'registration_tokens',
	{
		hash: text('hash').primaryKey(),
		registrationId: integer('registration_id')
			.notNull()
			.references(() => registrations.id, { onDelete: 'cascade' }),
		createdAt: timestamptz('created_at').notNull().defaultNow()
	},
	(t) => [index('registration_tokens_reg_idx').on(t.registrationId)]
);

/** Messages staff sent to an event's participants (the mail itself goes through the outbox). */
export const eventMessages = pgTable(
	'event_messages',
	{
		id: serial('id').primaryKey(),
		eventId: integer('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		subject: text('subject').notNull(),
		body: text('body').notNull(),
		/** 'confirmed', 'waitlisted' or 'all' (both). */
		audience: text('audience').notNull(),
		recipients: integer('recipients').notNull().default(0),
		sentById: integer('sent_by_id').references(() => users.id, { onDelete: 'set null' }),
		sentByName: text('sent_by_name').notNull().default(''),
		/** A random key from the form: a double submit sends once. */
		nonce: text('nonce').notNull(),
		sentAt: timestamptz('sent_at').notNull()
	},
	(t) => [uniqueIndex('event_messages_nonce_uq').on(t.eventId, t.nonce)]
);

/**
 * iCalendar SEQUENCE per person and event: raised each time a personal calendar file is
 * issued, so a calendar always takes the newest one, even after the registration was
 * cancelled, deleted or anonymised and the person registered again. `person` is a keyed
 * hash of the normalised e-mail (events/itip.ts), never the address itself.
 */
export const calendarSequences = pgTable(
	'calendar_sequences',
	{
		eventId: integer('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		person: text('person').notNull(),
		sequence: integer('sequence').notNull().default(0)
	},
	(t) => [uniqueIndex('calendar_sequences_uq').on(t.eventId, t.person)]
);

/**
 * Options with their own limits (as pretix keeps quotas): day 1, day 2, dinner, overnight.
 * A registrant ticks the ones they want; each option has its own seats (null: no limit) and
 * its own waitlist, decided under the event's lock by the seat rules in registration/seats.ts.
 * The name is the event's own text (shown as written, like the title).
 */
export const eventOptions = pgTable(
	'event_options',
	{
		id: serial('id').primaryKey(),
		eventId: integer('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		position: integer('position').notNull().default(0),
		name: text('name').notNull(),
		/** Places; null means no limit. May be below the places given (kept, shown as overbooked). */
		capacity: integer('capacity'),
		createdAt: timestamptz('created_at').notNull().defaultNow(),
		updatedAt: timestamptz('updated_at').notNull().defaultNow()
	},
	(t) => [index('event_options_event_idx').on(t.eventId, t.position)]
);

/**
 * A registration's place on an option: confirmed, waitlisted (ordered by `waitlisted_at`, then
 * registration id) or pending: wanted by someone who waits for the event seat itself (options
 * follow the event seat; they are placed when the person gets one). A row goes when the option
 * is unticked or the registration cancelled.
 */
export const optionStatus = pgEnum('option_status', ['confirmed', 'waitlisted', 'pending']);
export const registrationOptions = pgTable(
	'registration_options',
	{
		registrationId: integer('registration_id')
			.notNull()
			.references(() => registrations.id, { onDelete: 'cascade' }),
		optionId: integer('option_id')
			.notNull()
			.references(() => eventOptions.id, { onDelete: 'cascade' }),
		status: optionStatus('status').notNull(),
		createdAt: timestamptz('created_at').notNull().defaultNow(),
		waitlistedAt: timestamptz('waitlisted_at')
	},
	(t) => [
		primaryKey({ columns: [t.registrationId, t.optionId] }),
		// With registration_id: a place's position in an option's queue is counted from the index alone.
		index('registration_options_option_idx').on(
			t.optionId,
			t.status,
			t.waitlistedAt,
			t.registrationId
		)
	]
);
