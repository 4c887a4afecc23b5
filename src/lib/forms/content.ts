/** Form schemas for the editorial desk. */
import { z } from 'zod';
import { m } from '$lib/i18n';
import { int, longText, optionalText, optionalUrl, requiredText } from './fields';

export const intents = ['lagre', 'publiser', 'planlegg', 'avpubliser'] as const;

/** Fields every publishable item's form has: version for optimistic locking, the editor's choice, a schedule. */
export const publishFields = {
	version: int('Ugyldig versjon', 0),
	intent: z.enum(intents).default('lagre'),
	publishAt: optionalText(20)
};

export const slugField = optionalText(80).refine(
	(s) => s === '' || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s),
	{
		message: 'Adressen kan bare ha små bokstaver a–z, tall og bindestrek'
	}
);

export const newsSchema = z.object({
	title: requiredText('Skriv en tittel', 200),
	slug: slugField,
	lead: optionalText(600),
	body: longText(100_000),
	dateline: optionalText(40),
	tags: optionalText(300),
	readMoreUrl: optionalUrl(),
	readMoreLabel: optionalText(120),
	...publishFields
});
export type NewsInput = z.infer<typeof newsSchema>;

/** Lists a page can show under its text ('' for none); the same values as content/schema `pageListings`. */
export const pageListingOptions = [
	{ value: '', label: 'Ingen liste' },
	{ value: 'nyheter', label: 'Siste nyheter' },
	{ value: 'rapporter', label: 'Rapporter' },
	{ value: 'temapakker', label: 'Temapakker' },
	{ value: 'filmer', label: 'Filmer og opptak' },
	{ value: 'ressurser', label: 'Alle ressurser' },
	{ value: 'personer', label: 'Personer' }
] as const;

export const pageSchema = z.object({
	title: requiredText('Skriv en tittel', 200),
	menuTitle: optionalText(80),
	slug: slugField,
	/** Id of the parent page, '' for the top level. */
	parentId: optionalText(12).refine((s) => s === '' || /^\d{1,9}$/.test(s), {
		message: 'Velg en overordnet side fra listen'
	}),
	lead: optionalText(600),
	body: longText(100_000),
	showInMenu: z.boolean().default(false),
	linkUrl: optionalUrl('Skriv en adresse som begynner med https:// eller /, for eksempel /nyheter'),
	listing: z
		.enum(pageListingOptions.map((o) => o.value) as [string, ...string[]], {
			error: 'Velg en liste fra nedtrekkslisten'
		})
		.default(''),
	...publishFields
});
export type PageInput = z.infer<typeof pageSchema>;

/** Kinds of resource with their names, for the select. */
export const resourceKindOptions = Object.entries(m.resources.kinds).map(([value, label]) => ({
	value,
	label
}));

export const resourceSchema = z.object({
	kind: optionalText(20).refine((s) => s in m.resources.kinds, {
		message: 'Velg hva slags ressurs det er'
	}),
	title: requiredText('Skriv en tittel', 200),
	slug: slugField,
	description: longText(50_000),
	year: optionalText(4).refine((s) => s === '' || /^(19|20)\d\d$/.test(s), {
		message: 'Skriv året med fire sifre, for eksempel 2021'
	}),
	url: optionalUrl(),
	/** Id of an uploaded file to use, '' for none (a new upload replaces it). */
	fileId: optionalText(12).refine((s) => s === '' || /^\d{1,9}$/.test(s), {
		message: 'Velg en fil fra listen'
	}),
	videoUrl: optionalUrl(),
	videoUrlSubtitled: optionalUrl(),
	duration: optionalText(9).refine(
		(s) => s === '' || /^(\d{1,2}:)?\d{1,3}:[0-5]\d$|^\d{1,5}$/.test(s),
		{
			message: 'Skriv lengden som minutter:sekunder, for eksempel 2:50'
		}
	),
	transcript: longText(100_000),
	featured: z.boolean().default(false),
	...publishFields
});
export type ResourceInput = z.infer<typeof resourceSchema>;

export const personSchema = z.object({
	name: requiredText('Skriv navnet', 120),
	role: optionalText(160),
	organisation: optionalText(160),
	email: optionalText(254)
		.transform((s) => s.toLowerCase())
		.refine((s) => s === '' || z.email().safeParse(s).success, {
			message: 'Skriv inn en gyldig e-postadresse, for eksempel navn@kommune.no'
		}),
	grouping: requiredText('Skriv hvilken gruppe personen hører til', 80),
	version: publishFields.version
});
export type PersonInput = z.infer<typeof personSchema>;

export const faqSchema = z.object({
	question: requiredText('Skriv spørsmålet', 300),
	answer: longText(20_000, 'Skriv svaret'),
	topic: requiredText('Skriv hvilket emne spørsmålet hører til', 80),
	version: publishFields.version
});
export type FaqInput = z.infer<typeof faqSchema>;
