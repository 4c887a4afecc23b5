/** The word that confirms deleting an account is the form's language's word, checked on the server. */
import { describe, expect, it } from 'vitest';
import { deleteAccountSchema } from '$lib/forms/account';
import { withLanguage } from '../i18n';

/** Checks the form as a request in `lang` would (its messages read while that request runs). */
const check = (lang: 'nb' | 'nn' | 'en', confirm: string) =>
	withLanguage(lang, () => {
		const r = deleteAccountSchema.safeParse({ password: 'x', confirm });
		return { success: r.success, message: r.error?.issues[0]?.message };
	});

describe('the delete word', () => {
	it('is the word of the form’s language', () => {
		expect(check('nb', 'SLETT').success).toBe(true);
		expect(check('nn', 'SLETT').success).toBe(true);
		expect(check('en', 'DELETE').success).toBe(true);
		expect(check('en', 'SLETT').success).toBe(false);
		expect(check('nb', 'DELETE').success).toBe(false);
		expect(check('nb', 'slett').success).toBe(false);
	});

	it('is named in the message, in the form’s language', () => {
		const en = check('en', 'delete');
		expect(en.success).toBe(false);
		expect(en.message).toBe('Type DELETE in capital letters to confirm');
		const nn = check('nn', '');
		expect(nn.message).toBe('Skriv SLETT med store bokstavar for å stadfeste');
	});
});
