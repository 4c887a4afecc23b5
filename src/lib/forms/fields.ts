/**
 * Zod building blocks with Norwegian messages, shared by server validation and forms.
 * Messages are written to stand alone in the error summary ("Skriv inn e-postadressen din").
 */
import { z } from 'zod';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** Removes characters no one types on purpose (and PostgreSQL cannot store, like NUL). */
export const clean = (s: string) => s.replace(CONTROL, '');

/** Required text: trimmed, cleaned, with a length limit. */
export const requiredText = (
	missing: string,
	max = 200,
	tooLong = `Teksten kan være høyst ${max} tegn`
) =>
	z
		.string({ error: missing })
		.transform((s) => clean(s).trim())
		.pipe(z.string().min(1, missing).max(max, tooLong));

/** Optional text: trimmed; empty becomes ''. */
export const optionalText = (max = 200, tooLong = `Teksten kan være høyst ${max} tegn`) =>
	z
		.string()
		.default('')
		.transform((s) => clean(s).trim())
		.pipe(z.string().max(max, tooLong));

/** Long text (Markdown bodies): keeps line breaks, generous limit. */
export const longText = (max = 100_000, missing?: string) =>
	z
		.string()
		.default('')
		.transform((s) => clean(s).replace(/\r\n/g, '\n'))
		.pipe(
			missing
				? z.string().trim().min(1, missing).max(max, `Teksten kan være høyst ${max} tegn`)
				: z.string().max(max, `Teksten kan være høyst ${max} tegn`)
		);

export const email = (missing = 'Skriv inn e-postadressen din') =>
	z
		.string({ error: missing })
		.transform((s) => clean(s).trim().toLowerCase())
		.pipe(
			z
				.string()
				.min(1, missing)
				.max(254, 'E-postadressen er for lang')
				.email('Skriv inn en gyldig e-postadresse, for eksempel navn@kommune.no')
		);

export const newPassword = (missing = 'Velg et passord') =>
	z
		.string({ error: missing })
		.min(1, missing)
		.min(10, 'Passordet må ha minst 10 tegn')
		.max(200, 'Passordet kan være høyst 200 tegn');

export const anyPassword = (missing = 'Skriv inn passordet ditt') =>
	z.string({ error: missing }).min(1, missing).max(200, 'Passordet kan være høyst 200 tegn');

/** An http(s) address, or empty. */
export const optionalUrl = (msg = 'Skriv inn en gyldig adresse som begynner med https://') =>
	z
		.string()
		.default('')
		.transform((s) => clean(s).trim())
		.refine((s) => s === '' || /^(https?:\/\/[^\s]+|mailto:[^\s]+|\/[^\s]*)$/i.test(s), msg);

/** A whole number from a form field ('' when empty is allowed). */
export const int = (msg: string, min = 0, max = 1_000_000) =>
	z.coerce.number({ error: msg }).int(msg).min(min, msg).max(max, msg);

/**
 * A whole number bound to an input (superforms parses it, so the form's value stays typed as
 * a number rather than `unknown` as with `int`).
 */
export const wholeNumber = (msg: string, min: number, max: number) =>
	z.number({ error: msg }).int(msg).min(min, msg).max(max, msg);

/** A row id as text in a form (a number that fits the database's integer column). */
export const ROW_ID = /^\d{1,9}$/;
