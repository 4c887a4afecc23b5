/**
 * Zod building blocks shared by server validation and forms. Messages come from the catalogue
 * (`problems.forms`) in the language of the form being checked: the schemas are module-level
 * constants, so a message is a function zod calls when it reports the problem (`Msg`), never a
 * text read when the module loads. Messages stand alone in the error summary.
 */
import { z } from 'zod';
import { message, type MessageKey, type MessageValues } from '$lib/i18n';

/** A validation message: a function giving the text now (a plain string is taken as it is). */
export type Msg = string | (() => string);

/** The message of a catalogue key, resolved when zod reports it: `say('problems.forms.x')`. */
export const say =
	(key: MessageKey, values?: MessageValues): (() => string) =>
	() =>
		message(key, values);

/** A message as zod's `error` parameter. */
export const err = (msg: Msg) => ({ error: typeof msg === 'function' ? () => msg() : msg });

const tooLongText = (max: number) => say('problems.forms.tooLong', { max });

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** Removes characters no one types on purpose (and PostgreSQL cannot store, like NUL). */
export const clean = (s: string) => s.replace(CONTROL, '');

/** Required text: trimmed, cleaned, with a length limit. */
export const requiredText = (missing: Msg, max = 200, tooLong: Msg = tooLongText(max)) =>
	z
		.string(err(missing))
		.transform((s) => clean(s).trim())
		.pipe(z.string().min(1, err(missing)).max(max, err(tooLong)));

/** Optional text: trimmed; empty becomes ''. */
export const optionalText = (max = 200, tooLong: Msg = tooLongText(max)) =>
	z
		.string()
		.default('')
		.transform((s) => clean(s).trim())
		.pipe(z.string().max(max, err(tooLong)));

/** Long text (Markdown bodies): keeps line breaks, generous limit. */
export const longText = (max = 100_000, missing?: Msg) =>
	z
		.string()
		.default('')
		.transform((s) => clean(s).replace(/\r\n/g, '\n'))
		.pipe(
			missing
				? z
						.string()
						.trim()
						.min(1, err(missing))
						.max(max, err(tooLongText(max)))
				: z.string().max(max, err(tooLongText(max)))
		);

export const email = (missing: Msg = say('problems.forms.emailMissing')) =>
	z
		.string(err(missing))
		.transform((s) => clean(s).trim().toLowerCase())
		.pipe(
			z
				.string()
				.min(1, err(missing))
				.max(254, err(say('problems.forms.emailTooLong')))
				.email(err(say('problems.forms.emailInvalid')))
		);

export const newPassword = (missing: Msg = say('problems.forms.passwordChoose')) =>
	z
		.string(err(missing))
		.min(1, err(missing))
		.min(10, err(say('problems.forms.passwordShort')))
		.max(200, err(say('problems.forms.passwordLong')));

export const anyPassword = (missing: Msg = say('problems.forms.passwordMissing')) =>
	z
		.string(err(missing))
		.min(1, err(missing))
		.max(200, err(say('problems.forms.passwordLong')));

/** An http(s) address, or empty. */
export const optionalUrl = (msg: Msg = say('problems.forms.urlInvalid')) =>
	z
		.string()
		.default('')
		.transform((s) => clean(s).trim())
		.refine((s) => s === '' || /^(https?:\/\/[^\s]+|mailto:[^\s]+|\/[^\s]*)$/i.test(s), err(msg));

/** A whole number from a form field ('' when empty is allowed). */
export const int = (msg: Msg, min = 0, max = 1_000_000) =>
	z.coerce.number(err(msg)).int(err(msg)).min(min, err(msg)).max(max, err(msg));

/**
 * A whole number bound to an input (superforms parses it, so the form's value stays typed as
 * a number rather than `unknown` as with `int`).
 */
export const wholeNumber = (msg: Msg, min: number, max: number) =>
	z.number(err(msg)).int(err(msg)).min(min, err(msg)).max(max, err(msg));

/** A row id as text in a form (a number that fits the database's integer column). */
export const ROW_ID = /^\d{1,9}$/;
