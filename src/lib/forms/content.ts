/** Form schemas for the editorial desk. */
import { z } from 'zod';
import { m } from '$lib/i18n';
import { err, int, longText, optionalText, optionalUrl, requiredText, say } from './fields';

export const intents = [
	'lagre',
	'publiser',
	'planlegg',
	'avpubliser',
	// A published item's working copy: discard it, publish it later, unpublish later, cancel plans.
	'forkast',
	'planlegg-endring',
	'planlegg-avpublisering',
	'avbryt-plan',
	// A contributor's «Send til godkjenning».
	'send'
] as const;

/** Fields every publishable item's form has: version for optimistic locking, the editor's choice, a schedule. */
export const publishFields = {
	version: int(say('validation.versionInvalid'), 0),
	intent: z.enum(intents).default('lagre'),
	publishAt: optionalText(20)
};

/**
 * Search and sharing fields of news, pages and resources. The social image is an address (a
 * file from the catalogue, /filer/…, or https://…) until the image picker replaces it.
 */
export const seoFields = {
	seoTitle: optionalText(70),
	seoDescription: optionalText(200),
	socialImage: optionalText(500).refine(
		(s) => s === '' || /^(https:\/\/[^\s]+|\/[^\s/][^\s]*)$/i.test(s),
		err(say('validation.content.socialImage'))
	),
	noindex: z.boolean().default(false)
};

export const slugField = optionalText(80).refine(
	(s) => s === '' || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s),
	err(say('validation.slugInvalid'))
);

export const newsSchema = z.object({
	title: requiredText(say('validation.titleMissing'), 200),
	slug: slugField,
	lead: optionalText(600),
	body: longText(100_000),
	dateline: optionalText(40),
	tags: optionalText(300),
	readMoreUrl: optionalUrl(),
	readMoreLabel: optionalText(120),
	...seoFields,
	...publishFields
});
export type NewsInput = z.infer<typeof newsSchema>;

/**
 * Lists a page can show under its text ('' for none); the same values as content/schema
 * `pageListings`. Their names are in the catalogue (`m.admin.pages.listings`).
 */
export const pageListingOptions = [
	{ value: '' },
	{ value: 'nyheter' },
	{ value: 'rapporter' },
	{ value: 'temapakker' },
	{ value: 'filmer' },
	{ value: 'ressurser' },
	{ value: 'personer' }
] as const;

export const pageSchema = z.object({
	title: requiredText(say('validation.titleMissing'), 200),
	menuTitle: optionalText(80),
	slug: slugField,
	/** Id of the parent page, '' for the top level. */
	parentId: optionalText(12).refine(
		(s) => s === '' || /^\d{1,9}$/.test(s),
		err(say('validation.content.parentFromList'))
	),
	lead: optionalText(600),
	body: longText(100_000),
	showInMenu: z.boolean().default(false),
	linkUrl: optionalUrl(say('validation.content.linkUrl')),
	listing: z
		.enum(
			pageListingOptions.map((o) => o.value) as [string, ...string[]],
			err(say('validation.content.listingChoose'))
		)
		.default(''),
	...seoFields,
	...publishFields
});
export type PageInput = z.infer<typeof pageSchema>;

export const resourceSchema = z.object({
	kind: optionalText(20).refine(
		(s) => s in m.resources.kinds,
		err(say('validation.content.resourceKind'))
	),
	title: requiredText(say('validation.titleMissing'), 200),
	slug: slugField,
	description: longText(50_000),
	year: optionalText(4).refine(
		(s) => s === '' || /^(19|20)\d\d$/.test(s),
		err(say('validation.content.year'))
	),
	url: optionalUrl(),
	/** Id of an uploaded file to use, '' for none (a new upload replaces it). */
	fileId: optionalText(12).refine(
		(s) => s === '' || /^\d{1,9}$/.test(s),
		err(say('validation.content.fileFromList'))
	),
	videoUrl: optionalUrl(),
	videoUrlSubtitled: optionalUrl(),
	duration: optionalText(9).refine(
		(s) => s === '' || /^(\d{1,2}:)?\d{1,3}:[0-5]\d$|^\d{1,5}$/.test(s),
		err(say('validation.content.duration'))
	),
	transcript: longText(100_000),
	featured: z.boolean().default(false),
	...seoFields,
	...publishFields
});
export type ResourceInput = z.infer<typeof resourceSchema>;

export const personSchema = z.object({
	name: requiredText(say('validation.content.personName'), 120),
	role: optionalText(160),
	organisation: optionalText(160),
	email: optionalText(254)
		.transform((s) => s.toLowerCase())
		.refine(
			(s) => s === '' || z.email().safeParse(s).success,
			err(say('problems.forms.emailInvalid'))
		),
	grouping: requiredText(say('validation.content.personGroup'), 80),
	version: publishFields.version
});
export type PersonInput = z.infer<typeof personSchema>;

export const faqSchema = z.object({
	question: requiredText(say('validation.questionMissing'), 300),
	answer: longText(20_000, say('validation.content.faqAnswer')),
	topic: requiredText(say('validation.content.faqTopic'), 80),
	version: publishFields.version
});
export type FaqInput = z.infer<typeof faqSchema>;

/** A redirect an editor adds or changes (/admin/omdirigeringer); the service checks the paths. */
export const redirectSchema = z.object({
	fromPath: requiredText(say('redirects.problems.fromMissing'), 500),
	toPath: requiredText(say('redirects.problems.toMissing'), 500)
});
export type RedirectFormInput = z.infer<typeof redirectSchema>;
