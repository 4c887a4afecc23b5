/** Form schemas for signing in and account pages. */
import { z } from 'zod';
import { anyPassword, email, newPassword, optionalText, requiredText, ROW_ID } from './fields';

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
		message: 'Passordene er ikke like',
		path: ['confirm']
	});

export const setupSchema = z
	.object({
		name: requiredText('Skriv inn navnet ditt', 120),
		email: email(),
		password: newPassword(),
		confirm: z.string().default('')
	})
	.refine((d) => d.password === d.confirm, {
		message: 'Passordene er ikke like',
		path: ['confirm']
	});

export const invitationSchema = z.object({
	name: requiredText('Skriv inn navnet ditt', 120),
	password: z.string().max(200, 'Passordet kan være høyst 200 tegn').default(''),
	confirm: z.string().default('')
});

export const profileSchema = z.object({
	name: requiredText('Skriv inn navnet ditt', 120),
	email: email(),
	organisation: optionalText(200)
});

export const changePasswordSchema = z
	.object({
		current: anyPassword('Skriv inn passordet du har nå'),
		password: newPassword('Velg et nytt passord'),
		confirm: z.string().default('')
	})
	.refine((d) => d.password === d.confirm, {
		message: 'Passordene er ikke like',
		path: ['confirm']
	});

export const deleteAccountSchema = z.object({
	password: z.string().max(200).default(''),
	confirm: z.literal('SLETT', { error: 'Skriv SLETT med store bokstaver for å bekrefte' })
});

export const inviteRoles = ['redaktor', 'admin', 'fylkesleder', 'koordinator', 'medlem'] as const;

export const inviteSchema = z
	.object({
		email: email('Skriv e-postadressen til den du inviterer'),
		role: z.enum(inviteRoles, { error: 'Velg en rolle' }),
		chapterId: z.string().default(''),
		municipalityNumber: z.string().default('')
	})
	.superRefine((d, ctx) => {
		if (d.role === 'fylkesleder' && !ROW_ID.test(d.chapterId))
			ctx.addIssue({ code: 'custom', path: ['chapterId'], message: 'Velg fylkesavdeling' });
		if ((d.role === 'koordinator' || d.role === 'medlem') && !/^\d{4}$/.test(d.municipalityNumber))
			ctx.addIssue({ code: 'custom', path: ['municipalityNumber'], message: 'Velg kommune' });
	});
