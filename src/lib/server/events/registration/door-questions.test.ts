/**
 * Staff at the door ask the event's questions as the public form does: its own questions
 * (a required one must be answered), dietary needs with consent, accessibility needs with
 * consent, all checked by the same `checkDetails`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../../db/client';
import { registrations } from '../schema';
import type { Actor } from '../../accounts/actor';
import { addQuestion, makeActor, makeEvent, person } from '../test-support';
import { registerByStaff, type DoorInput } from './door';

let editor: Actor;
beforeAll(async () => {
	editor = await makeActor('redaktor');
});

const walkIn = (over: Partial<DoorInput> = {}): DoorInput => ({
	name: 'Ola Dørstokk',
	email: person().email,
	role: 'kulturskoleleder',
	municipality: 'Trondheim',
	organisation: '',
	overbook: false,
	checkIn: false,
	...over
});

describe('the door form asks the event’s questions', () => {
	it('a required question must be answered, and the answer is stored', async () => {
		const ev = await makeEvent({ capacity: 5 });
		const q = await addQuestion(ev.id, {
			kind: 'single',
			label: 'Hvilket verksted?',
			required: true,
			options: ['Musikk', 'Dans']
		});
		await expect(registerByStaff(editor, ev.id, walkIn())).rejects.toMatchObject({
			field: `q${q.id}`
		});
		await expect(
			registerByStaff(editor, ev.id, walkIn({ answers: { [`q${q.id}`]: 'Tegning' } }))
		).rejects.toMatchObject({ field: `q${q.id}` });
		const r = await registerByStaff(editor, ev.id, walkIn({ answers: { [`q${q.id}`]: 'Dans' } }));
		const [row] = await db
			.select()
			.from(registrations)
			.where(eq(registrations.id, r.registrationId));
		expect(row.answers).toEqual({ [String(q.id)]: 'Dans' });
	});

	it('dietary and accessibility needs: only with consent, then stored', async () => {
		const ev = await makeEvent({ capacity: 5 });
		await expect(
			registerByStaff(editor, ev.id, walkIn({ dietary: 'Glutenfri' }))
		).rejects.toMatchObject({ field: 'dietaryConsent' });
		await expect(
			registerByStaff(editor, ev.id, walkIn({ accessibility: 'Rullestol' }))
		).rejects.toMatchObject({ field: 'accessibilityConsent' });
		const r = await registerByStaff(
			editor,
			ev.id,
			walkIn({
				dietary: 'Glutenfri',
				dietaryConsent: true,
				accessibility: 'Rullestol',
				accessibilityConsent: true
			})
		);
		const [row] = await db
			.select()
			.from(registrations)
			.where(eq(registrations.id, r.registrationId));
		expect(row.dietary).toBe('Glutenfri');
		expect(row.dietaryConsentAt).not.toBeNull();
		expect(row.accessibilityConsentAt).not.toBeNull();
	});
});
