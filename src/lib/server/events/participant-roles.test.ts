/**
 * Participant roles are stored as codes (forms/events.ts PARTICIPANT_ROLES) and shown, searched
 * and exported by their label in the reader's language; an old free-text role reads as stored.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { registrations } from './schema';
import { register } from './registration/register';
import { participants, participantsCsv } from './participants.admin';
import { csvText, makeActor, makeEvent, person } from './test-support';
import { withLanguage } from '../i18n';
import { FieldError } from '../errors';
import { participantRoleLabel } from '$lib/forms/events';

describe('participant roles', () => {
	it('are stored as codes and read, searched and exported in the reader’s language', async () => {
		const editor = await makeActor('redaktor');
		const ev = await makeEvent();
		const elected = person({ role: 'folkevalgt' });
		await register(ev.id, elected);
		await register(ev.id, person({ role: 'kulturskoleleder' }));
		const [row] = await db
			.select({ role: registrations.role })
			.from(registrations)
			.where(eq(registrations.email, elected.email));
		expect(row.role).toBe('folkevalgt');

		// A bokmål label (the old stored value) is no longer a valid answer
		await expect(register(ev.id, person({ role: 'Folkevalgt' }))).rejects.toBeInstanceOf(
			FieldError
		);

		const found = (lang: 'nb' | 'en', q: string) =>
			withLanguage(lang, async () =>
				(await participants(editor, ev.id, { status: 'confirmed', q })).rows.map((r) => r.email)
			);
		expect(await found('nb', 'folkevalg')).toEqual([elected.email]);
		expect(await found('en', 'elected')).toEqual([elected.email]);

		const csv = await csvText(
			withLanguage('en', () => participantsCsv(editor, ev.id, { personal: true, dietary: false }))
		);
		expect(csv.csv).toContain(withLanguage('en', () => participantRoleLabel('folkevalgt')));
		expect(csv.csv).not.toContain(';folkevalgt;');

		expect(withLanguage('nn', () => participantRoleLabel('kulturskoleleder'))).toBe(
			'Kulturskuleleiar'
		);
		expect(participantRoleLabel('Rektor')).toBe('Rektor');
	});
});
