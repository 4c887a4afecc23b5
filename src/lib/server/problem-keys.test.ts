/**
 * Services speak in message keys (errors.ts), never in sentences: a domain error built from a
 * literal string would stay bokmål in every language. This scans src/lib/server for
 * `new XxxError('…'` / `` `…` `` and names the file and line of each.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { withLanguage } from './i18n';
import { email, requiredText, say } from '$lib/forms/fields';
import { newPasswordSchema } from '$lib/forms/account';

const root = join(process.cwd(), 'src/lib/server');

function* sources(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* sources(path);
		else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) yield path;
	}
}

/** A domain error with a sentence (a literal with a space in it) among its first arguments. */
const LITERAL =
	/new (?:ServiceError|InvalidError|FieldError|NotFoundError|ForbiddenError|ConflictError|BusyError|EditConflict)\(\s*(?:[^,()]+,\s*)?(['"`])[^'"`]*\s[^'"`]*\1/;

describe('services throw message keys', () => {
	it('no domain error is built from a sentence', () => {
		const found: string[] = [];
		for (const file of sources(root)) {
			const text = readFileSync(file, 'utf8');
			// Join a call spread over lines so `new FieldError(\n'x', '…')` is seen whole.
			const flat = text.replace(/\(\s*\n\s*/g, '(');
			const lines = text.split('\n');
			for (const match of flat.matchAll(new RegExp(LITERAL, 'g'))) {
				const head = match[0].slice(0, 30);
				const line = lines.findIndex((l) => l.includes(head.split('(')[0] + '(')) + 1;
				found.push(`${relative(process.cwd(), file)}:${line}: ${head}`);
			}
		}
		expect(found).toEqual([]);
	});
});

describe('validation messages are written in the language of the form', () => {
	const schema = z.object({
		name: requiredText(say('problems.forms.nameMissing'), 120),
		email: email()
	});
	const first = (r: { success: boolean; error?: z.ZodError }) =>
		r.error?.issues.map((i) => i.message);

	it('in bokmål by default', () => {
		expect(first(schema.safeParse({ name: '', email: 'x' }))).toEqual([
			'Skriv inn navnet ditt',
			'Skriv inn en gyldig e-postadresse, for eksempel navn@kommune.no'
		]);
	});

	it('in nynorsk and English inside withLanguage, from the same module-level schema', () => {
		expect(withLanguage('nn', () => first(schema.safeParse({ name: '', email: 'x' })))).toEqual([
			'Skriv inn namnet ditt',
			'Skriv inn ei gyldig e-postadresse, til dømes namn@kommune.no'
		]);
		expect(
			withLanguage('en', () => first(schema.safeParse({ name: 'Kari', email: '' })))
		).toContain('Enter your e-mail address');
		const differ = withLanguage(
			'nn',
			() =>
				newPasswordSchema.safeParse({ password: 'langt nok passord', confirm: 'noko anna' }).error
					?.issues[0].message
		);
		expect(differ).toBe('Passorda er ikkje like');
	});
});
