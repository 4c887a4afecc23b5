/** Form schemas for second factors (authenticator app, recovery codes, passkeys) and step-up. */
import { z } from 'zod';
import { err, requiredText, say } from './fields';

export const codeSchema = z.object({ code: requiredText(say('mfa.codeMissing'), 40) });

export const stepUpSchema = z
	.object({
		password: z.string().max(200).default(''),
		code: z.string().max(40).default('')
	})
	.refine((d) => d.password !== '' || d.code.trim() !== '', {
		...err(say('mfa.stepUpMissing'))
	});

export const passkeyNameSchema = z.object({
	name: requiredText(say('mfa.passkeyNameMissing'), 60)
});
