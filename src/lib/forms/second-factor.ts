/** Form schemas for second factors (authenticator app, recovery codes, passkeys) and step-up. */
import { z } from 'zod';
import { requiredText } from './fields';
import { m } from '$lib/i18n';

export const codeSchema = z.object({ code: requiredText(m.mfa.codeMissing, 40) });

export const stepUpSchema = z
	.object({
		password: z.string().max(200).default(''),
		code: z.string().max(40).default('')
	})
	.refine((d) => d.password !== '' || d.code.trim() !== '', {
		message: m.mfa.stepUpMissing
	});

export const passkeyNameSchema = z.object({ name: requiredText(m.mfa.passkeyNameMissing, 60) });
