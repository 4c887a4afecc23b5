/**
 * The form of a content item's nynorsk or English version. Every field may be empty in a
 * draft; the service refuses to publish without a title (and a body when the bokmål version
 * has one), with the message beside the field.
 */
import { z } from 'zod';
import { int, longText, optionalText, say } from './fields';

export const translationIntents = ['lagre', 'publiser', 'avpubliser'] as const;

export const translationSchema = z.object({
	title: optionalText(200),
	menuTitle: optionalText(80),
	lead: optionalText(600),
	body: longText(100_000),
	version: int(say('validation.versionInvalid'), 0),
	intent: z.enum(translationIntents).default('lagre')
});
export type TranslationForm = z.infer<typeof translationSchema>;
