/** Form schemas for the editorial desk. */
import { z } from 'zod';
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
