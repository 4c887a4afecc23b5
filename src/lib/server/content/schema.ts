/**
 * The public website's content: a page tree, news, resources, people, FAQ, and the media
 * files they use. Every publishable item has a status, a published time and an optional
 * scheduled time (`publishAt`) that the job runner acts on.
 */
import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
	boolean,
	index,
	integer,
	pgEnum,
	pgTable,
	serial,
	text,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { bytea, editable, timestamptz, tsvector } from '../db/types';
import { jsonb } from 'drizzle-orm/pg-core';

export const contentStatus = pgEnum('content_status', ['draft', 'published']);

const publishable = () => ({
	status: contentStatus('status').notNull().default('draft'),
	publishedAt: timestamptz('published_at'),
	/** When set and in the future, the job runner publishes the item then. */
	publishAt: timestamptz('publish_at'),
	/** When set, the job runner unpublishes the (published) item then. */
	unpublishAt: timestamptz('unpublish_at'),
	...editable()
});

/**
 * Search and sharing fields of a public item (news, pages, resources): a title and description
 * for search engines and link previews, a social image (an address for now) and "hide from
 * search engines" (a noindex meta tag, and the item left out of the sitemap).
 */
const seo = () => ({
	seoTitle: text('seo_title'),
	seoDescription: text('seo_description'),
	socialImage: text('social_image'),
	noindex: boolean('noindex').notNull().default(false)
});

export const mediaFiles = pgTable(
	'media_files',
	{
		id: serial('id').primaryKey(),
		/** The original file name, shown and used in Content-Disposition. */
		name: text('name').notNull(),
		mime: text('mime').notNull(),
		size: integer('size').notNull(),
		sha256: text('sha256').notNull(),
		data: bytea('data').notNull(),
		createdAt: timestamptz('created_at').notNull().defaultNow(),
		createdBy: integer('created_by')
	},
	(t) => [
		index('media_files_sha_idx').on(t.sha256),
		// /admin/filer pages newest first.
		index('media_files_created_idx').on(t.createdAt, t.id)
	]
);

export const pages = pgTable(
	'pages',
	{
		id: serial('id').primaryKey(),
		parentId: integer('parent_id').references((): AnyPgColumn => pages.id, {
			onDelete: 'restrict'
		}),
		position: integer('position').notNull().default(0),
		slug: text('slug').notNull(),
		/** Full URL path ('/kulturskole-3-0/helhetlig-oppvekst'), kept in step with the tree. */
		path: text('path').notNull(),
		title: text('title').notNull(),
		/** Shorter title for menus and breadcrumbs. */
		menuTitle: text('menu_title'),
		lead: text('lead').notNull().default(''),
		body: text('body').notNull().default(''),
		showInMenu: boolean('show_in_menu').notNull().default(true),
		/** A menu entry that points elsewhere (e.g. Prosjektet › Nyheter → /nyheter); its path answers 301 there. */
		linkUrl: text('link_url'),
		/** A list shown under the body text: see `pageListings`. */
		listing: text('listing'),
		search: tsvector('search').generatedAlwaysAs(
			sql`to_tsvector('norwegian', coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(body, ''))`
		),
		...seo(),
		...publishable()
	},
	(t) => [
		uniqueIndex('pages_path_uq').on(t.path),
		index('pages_parent_idx').on(t.parentId, t.position),
		// The menu (every public page's layout) reads only the pages shown in it.
		index('pages_menu_idx')
			.on(t.parentId, t.position)
			.where(sql`${t.showInMenu}`),
		index('pages_search_idx').using('gin', t.search),
		// /sok ranks only the newest matches of a word found almost everywhere (search.service.ts).
		index('pages_published_idx').on(t.status, t.publishedAt)
	]
);

export const newsArticles = pgTable(
	'news_articles',
	{
		id: serial('id').primaryKey(),
		slug: text('slug').notNull(),
		title: text('title').notNull(),
		lead: text('lead').notNull().default(''),
		body: text('body').notNull().default(''),
		/** Dateline place in capitals, e.g. OSLO, TRONDHEIM. */
		dateline: text('dateline'),
		tags: text('tags')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		readMoreUrl: text('read_more_url'),
		readMoreLabel: text('read_more_label'),
		search: tsvector('search').generatedAlwaysAs(
			sql`to_tsvector('norwegian', coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(body, ''))`
		),
		...seo(),
		...publishable()
	},
	(t) => [
		uniqueIndex('news_slug_uq').on(t.slug),
		index('news_published_idx').on(t.status, t.publishedAt),
		// /admin/nyheter: last changed first, a page at a time.
		index('news_updated_idx').on(t.updatedAt, t.id),
		index('news_search_idx').using('gin', t.search)
	]
);

/** Lists a page can show under its body text. */
export const pageListings = [
	'nyheter',
	'rapporter',
	'temapakker',
	'filmer',
	'ressurser',
	'personer'
] as const;
export type PageListing = (typeof pageListings)[number];

export const resourceKind = pgEnum('resource_kind', [
	'rapport',
	'temapakke',
	'film',
	'opptak',
	'dokument',
	'lenke'
]);

export const resources = pgTable(
	'resources',
	{
		id: serial('id').primaryKey(),
		slug: text('slug').notNull(),
		kind: resourceKind('kind').notNull(),
		title: text('title').notNull(),
		/** Markdown. */
		description: text('description').notNull().default(''),
		year: integer('year'),
		fileId: integer('file_id').references(() => mediaFiles.id, { onDelete: 'set null' }),
		url: text('url'),
		/** Video page or embed address without subtitles, and with subtitles. */
		videoUrl: text('video_url'),
		videoUrlSubtitled: text('video_url_subtitled'),
		durationSeconds: integer('duration_seconds'),
		/** Shown on the front page (the film) or first in lists. */
		featured: boolean('featured').notNull().default(false),
		transcript: text('transcript'),
		search: tsvector('search').generatedAlwaysAs(
			sql`to_tsvector('norwegian', coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(transcript, ''))`
		),
		...seo(),
		...publishable()
	},
	(t) => [
		uniqueIndex('resources_slug_uq').on(t.slug),
		index('resources_kind_year_idx').on(t.kind, t.year),
		index('resources_published_idx').on(t.status, t.publishedAt),
		// /admin/ressurser: last changed first, a page at a time; /admin/filer: which resource has a file.
		index('resources_updated_idx').on(t.updatedAt, t.id),
		index('resources_file_idx').on(t.fileId),
		// /ressurser: its order (the page read down the index) and its count and facets (kinds and
		// years, read from the index alone), over the published resources only.
		index('resources_public_order_idx')
			.on(t.featured.desc().nullsFirst(), t.year.desc().nullsFirst(), t.title, t.id)
			.where(sql`status = 'published'`),
		index('resources_public_facets_idx')
			.on(t.kind, t.year, t.publishedAt)
			.where(sql`status = 'published'`),
		index('resources_search_idx').using('gin', t.search)
	]
);

export const people = pgTable(
	'people',
	{
		id: serial('id').primaryKey(),
		name: text('name').notNull(),
		role: text('role').notNull().default(''),
		organisation: text('organisation').notNull().default(''),
		email: text('email'),
		/** Heading the person is listed under on /personer. */
		grouping: text('grouping').notNull().default('Prosjektledelse'),
		position: integer('position').notNull().default(0),
		/** Searched by /sok (name, role and organisation). */
		search: tsvector('search').generatedAlwaysAs(
			sql`to_tsvector('norwegian', coalesce(name, '') || ' ' || coalesce(role, '') || ' ' || coalesce(organisation, ''))`
		),
		...editable()
	},
	(t) => [index('people_search_idx').using('gin', t.search)]
);

export const faqEntries = pgTable(
	'faq_entries',
	{
		id: serial('id').primaryKey(),
		question: text('question').notNull(),
		/** Markdown. */
		answer: text('answer').notNull(),
		topic: text('topic').notNull().default('Generelt'),
		position: integer('position').notNull().default(0),
		search: tsvector('search').generatedAlwaysAs(
			sql`to_tsvector('norwegian', coalesce(question, '') || ' ' || coalesce(answer, ''))`
		),
		...editable()
	},
	(t) => [index('faq_search_idx').using('gin', t.search)]
);

/** Old public paths that answer 301 to where the content lives now. */
export const redirects = pgTable('redirects', {
	id: serial('id').primaryKey(),
	fromPath: text('from_path').notNull().unique(),
	toPath: text('to_path').notNull(),
	createdAt: timestamptz('created_at').notNull().defaultNow(),
	/** Times the old path was asked for and answered 301, and when last (/admin/omdirigeringer). */
	hits: integer('hits').notNull().default(0),
	lastHitAt: timestamptz('last_hit_at')
});

/** Small application-wide settings and markers (e.g. when the demo content was loaded). */
export const appSettings = pgTable('app_settings', {
	key: text('key').primaryKey(),
	value: text('value').notNull(),
	updatedAt: timestamptz('updated_at').notNull().defaultNow()
});

/** Every saved state of an editable item, for history and restore. */
export const contentVersions = pgTable(
	'content_versions',
	{
		id: serial('id').primaryKey(),
		entityType: text('entity_type').notNull(),
		entityId: integer('entity_id').notNull(),
		version: integer('version').notNull(),
		data: jsonb('data').$type<Record<string, unknown>>().notNull(),
		authorId: integer('author_id'),
		authorName: text('author_name').notNull().default(''),
		note: text('note').notNull().default(''),
		/** The note as catalogue message(s), shown in the reader's language (accounts/audit.ts). */
		noteMessage: jsonb('note_message'),
		createdAt: timestamptz('created_at').notNull().defaultNow()
	},
	(t) => [
		index('content_versions_entity_idx').on(t.entityType, t.entityId, t.version),
		// gone.ts: was the item at this path or slug published once (410 rather than 404)?
		index('content_versions_key_idx').on(
			t.entityType,
			sql`coalesce(${t.data}->>'path', ${t.data}->>'slug')`
		)
	]
);

// ——— Language versions (nynorsk, English) of content written in bokmål ———

/** The languages content can be translated into; the bokmål text is the item itself. */
export const translationLang = pgEnum('translation_lang', ['nn', 'en']);

/** The kinds of content that can have language versions (as EditableType and the audit name them). */
export const translationKinds = [
	'side',
	'nyhet',
	'ressurs',
	'sporsmal',
	'arrangement',
	'program',
	'utlysing',
	'erfaring'
] as const;
export type TranslationKind = (typeof translationKinds)[number];

/**
 * A nynorsk or English version of one content item (a page, a news item, an event …). The
 * item's own row stays the bokmål version, with the slug and address; this holds the
 * translated text and when the bokmål text it was translated from was last changed, so an
 * editor can see which translations are older than the bokmål version.
 */
export const contentTranslations = pgTable(
	'content_translations',
	{
		id: serial('id').primaryKey(),
		kind: text('kind').$type<TranslationKind>().notNull(),
		itemId: integer('item_id').notNull(),
		lang: translationLang('lang').notNull(),
		title: text('title').notNull().default(''),
		/** Shorter title for menus and breadcrumbs (pages). */
		menuTitle: text('menu_title'),
		/** Lead or summary. */
		lead: text('lead').notNull().default(''),
		/** Markdown. */
		body: text('body').notNull().default(''),
		/** The bokmål item's version and `updated_at` when this translation was last saved from it. */
		sourceVersion: integer('source_version').notNull(),
		sourceUpdatedAt: timestamptz('source_updated_at').notNull(),
		/**
		 * The fingerprint of the bokmål text (title, menu title, lead, body) it was saved from: the
		 * translation is older than the bokmål version only when that text changed (null on rows
		 * saved before it was kept, which compare `source_updated_at`).
		 */
		sourceHash: text('source_hash'),
		status: contentStatus('status').notNull().default('draft'),
		publishedAt: timestamptz('published_at'),
		search: tsvector('search').generatedAlwaysAs(
			sql`to_tsvector(case when lang = 'en' then 'english'::regconfig else 'norwegian'::regconfig end, coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(body, ''))`
		),
		...editable()
	},
	(t) => [
		uniqueIndex('content_translations_item_uq').on(t.kind, t.itemId, t.lang),
		index('content_translations_search_idx').using('gin', t.search)
	]
);

// ——— Images: the facts of an uploaded image, its resized copies, and the main image of an item ———

/** An image in the media library: one per image file, with its size and the alt text suggested when it is used. */
export const mediaImages = pgTable('media_images', {
	fileId: integer('file_id')
		.primaryKey()
		.references(() => mediaFiles.id, { onDelete: 'cascade' }),
	width: integer('width').notNull(),
	height: integer('height').notNull(),
	/** Suggested alt text, filled in when the image is chosen for an item (editable per use). */
	alt: text('alt').notNull().default(''),
	/** Raised when the file is replaced: part of the copies' addresses, so those can be cached for ever. */
	revision: integer('revision').notNull().default(1),
	updatedAt: timestamptz('updated_at').notNull().defaultNow()
});

/** The resized copies of an image (a few widths, each in AVIF, WebP and JPEG or PNG). */
export const mediaImageVariants = pgTable(
	'media_image_variants',
	{
		id: serial('id').primaryKey(),
		fileId: integer('file_id')
			.notNull()
			.references(() => mediaFiles.id, { onDelete: 'cascade' }),
		width: integer('width').notNull(),
		height: integer('height').notNull(),
		/** avif, webp, jpeg or png. */
		format: text('format').notNull(),
		size: integer('size').notNull(),
		sha256: text('sha256').notNull(),
		data: bytea('data').notNull()
	},
	(t) => [uniqueIndex('media_image_variants_uq').on(t.fileId, t.width, t.format)]
);

/** The kinds of item that can have a main image (as translationKinds names them). */
export const imageKinds = ['side', 'nyhet', 'ressurs', 'arrangement', 'erfaring'] as const;
export type ImageKind = (typeof imageKinds)[number];

/** The main image of a page, news item, resource, event or experience story. */
export const itemImages = pgTable(
	'item_images',
	{
		id: serial('id').primaryKey(),
		kind: text('kind').$type<ImageKind>().notNull(),
		itemId: integer('item_id').notNull(),
		fileId: integer('file_id')
			.notNull()
			.references(() => mediaFiles.id, { onDelete: 'restrict' }),
		/** Required unless the image is decorative (then the page gives it alt=""). */
		alt: text('alt').notNull().default(''),
		decorative: boolean('decorative').notNull().default(false),
		caption: text('caption').notNull().default(''),
		/** Shown as «Foto: …». */
		credit: text('credit').notNull().default(''),
		/** The point (percent from the left and the top) kept in view when the image is cropped. */
		focusX: integer('focus_x').notNull().default(50),
		focusY: integer('focus_y').notNull().default(50),
		updatedAt: timestamptz('updated_at').notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('item_images_item_uq').on(t.kind, t.itemId),
		index('item_images_file_idx').on(t.fileId)
	]
);

// ——— Editorial workflow: working copies of published items, and approval ———

/**
 * The unpublished changes to a published item (a page, news item or resource): the columns
 * an editor saved, kept here until «Publiser endringene» (or `updateAt`, when the job runner
 * publishes them) writes them into the item's row. The public reads only the row, so it
 * never sees a working copy. One per item.
 */
export const contentWorkingCopies = pgTable(
	'content_working_copies',
	{
		id: serial('id').primaryKey(),
		entityType: text('entity_type').notNull(),
		entityId: integer('entity_id').notNull(),
		/** The changed columns (dates as ISO strings); never the status or the address. */
		data: jsonb('data').$type<Record<string, unknown>>().notNull(),
		authorId: integer('author_id'),
		authorName: text('author_name').notNull().default(''),
		/** When set, the job runner publishes the working copy then. */
		updateAt: timestamptz('update_at'),
		createdAt: timestamptz('created_at').notNull().defaultNow(),
		updatedAt: timestamptz('updated_at').notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('content_working_copies_item_uq').on(t.entityType, t.entityId),
		index('content_working_copies_due_idx')
			.on(t.updateAt)
			.where(sql`${t.updateAt} is not null`)
	]
);

export const reviewState = pgEnum('content_review_state', ['venter', 'sendt-tilbake']);

/**
 * An item a contributor sent for approval («Send til godkjenning»): waiting for an editor,
 * or sent back with a comment. Removed when an editor publishes the item (approves it).
 */
export const contentReviews = pgTable(
	'content_reviews',
	{
		id: serial('id').primaryKey(),
		entityType: text('entity_type').notNull(),
		entityId: integer('entity_id').notNull(),
		state: reviewState('state').notNull().default('venter'),
		submittedBy: integer('submitted_by'),
		submittedByName: text('submitted_by_name').notNull().default(''),
		submittedAt: timestamptz('submitted_at').notNull().defaultNow(),
		/** The editor's comment when sending it back. */
		comment: text('comment').notNull().default(''),
		reviewedBy: integer('reviewed_by'),
		reviewedByName: text('reviewed_by_name'),
		reviewedAt: timestamptz('reviewed_at')
	},
	(t) => [uniqueIndex('content_reviews_item_uq').on(t.entityType, t.entityId)]
);
