/** Form schemas for signing in and account pages. */
import { z } from 'zod';
import { message } from '$lib/i18n';
import {
	anyPassword,
	email,
	err,
	newPassword,
	optionalText,
	requiredText,
	ROW_ID,
	say
} from './fields';

export const signInSchema = z.object({
	email: email(),
	password: anyPassword()
});

export const linkRequestSchema = z.object({ email: email() });

export const newPasswordSchema = z
	.object({
		password: newPassword(),
		confirm: z.string().default('')
	})
	.refine((d) => d.password === d.confirm, {
		...err(say('problems.forms.passwordsDiffer')),
		path: ['confirm']
	});

export const setupSchema = z
	.object({
		name: requiredText(say('problems.forms.nameMissing'), 120),
		email: email(),
		password: newPassword(),
		confirm: z.string().default('')
	})
	.refine((d) => d.password === d.confirm, {
		...err(say('problems.forms.passwordsDiffer')),
		path: ['confirm']
	});

export const invitationSchema = z.object({
	name: requiredText(say('problems.forms.nameMissing'), 120),
	password: z
		.string()
		.max(200, err(say('problems.forms.passwordLong')))
		.default(''),
	confirm: z.string().default('')
});

export const profileSchema = z.object({
	name: requiredText(say('problems.forms.nameMissing'), 120),
	email: email(),
	organisation: optionalText(200)
});

export const changePasswordSchema = z
	.object({
		current: anyPassword(say('problems.forms.passwordCurrent')),
		password: newPassword(say('problems.forms.passwordNew')),
		confirm: z.string().default('')
	})
	.refine((d) => d.password === d.confirm, {
		...err(say('problems.forms.passwordsDiffer')),
		path: ['confirm']
	});

/**
 * The word that confirms deleting the account, in the form's language («SLETT», «DELETE»):
 * read from the catalogue when the form is checked, so the server accepts the word the page asked for.
 */
export const deleteWord = () => message('app.mine.deleteWord');

export const deleteAccountSchema = z.object({
	password: z.string().max(200).default(''),
	confirm: z
		.string()
		.default('')
		.refine(
			(s) => s.trim() === deleteWord(),
			err(() => message('problems.forms.deleteConfirmWord', { word: deleteWord() }))
		)
});

export const inviteRoles = ['redaktor', 'admin', 'fylkesleder', 'koordinator', 'medlem'] as const;

export const inviteSchema = z
	.object({
		email: email(say('problems.forms.inviteEmail')),
		role: z.enum(inviteRoles, err(say('problems.forms.roleChoose'))),
		chapterId: z.string().default(''),
		municipalityNumber: z.string().default('')
	})
	.superRefine((d, ctx) => {
		if (d.role === 'fylkesleder' && !ROW_ID.test(d.chapterId))
			ctx.addIssue({
				code: 'custom',
				path: ['chapterId'],
				message: message('problems.forms.chapterChoose')
			});
		if ((d.role === 'koordinator' || d.role === 'medlem') && !/^\d{4}$/.test(d.municipalityNumber))
			ctx.addIssue({
				code: 'custom',
				path: ['municipalityNumber'],
				message: message('problems.forms.municipalityChoose')
			});
	});
