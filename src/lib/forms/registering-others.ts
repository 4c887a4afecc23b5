/**
 * Forms for registering other people: a coordinator's group (its rows are fields of the same
 * name, in order, so it is read without a schema library and works without JavaScript) and
 * staff registering someone by hand.
 */
import { z } from 'zod';
import { email, err, optionalText, requiredText, say } from './fields';
import { PARTICIPANT_ROLES } from './events';
import { message } from '$lib/i18n';

/** The id of a row's field (`rad-2-email` for row index 1): messages and the summary link to it. */
export const groupFieldId = (row: number, field: string) =>
	row < 0 ? field : `rad-${row + 1}-${field}`;

/** Staff register someone by hand (a walk-in at the door). */
export const doorSchema = z
	.object({
		name: requiredText(
			say('problems.forms.nameMissing'),
			120,
			say('validation.nameTooLong', { max: 120 })
		),
		email: email(),
		role: z
			.string()
			.default('')
			.refine(
				(s) => (PARTICIPANT_ROLES as readonly string[]).includes(s),
				err(say('validation.events.roleChoose'))
			),
		municipality: optionalText(120, say('validation.events.municipalityTooLong', { max: 120 })),
		organisation: optionalText(200, say('validation.events.organisationTooLong', { max: 200 })),
		/** A hybrid event: 'fysisk' or 'digitalt' (checked by the service). */
		attendance: z.string().max(20).default(''),
		/** The options ticked (their ids; checked by the service). */
		options: z.array(z.string().max(12)).max(50).default([]),
		overbook: z.boolean().default(false),
		checkIn: z.boolean().default(false)
	})
	.superRefine((d, ctx) => {
		if (!d.municipality && !d.organisation)
			ctx.addIssue({
				code: 'custom',
				path: ['municipality'],
				message: message('validation.events.municipalityOrOrganisation')
			});
	});
export type DoorForm = z.infer<typeof doorSchema>;
