import { afterEach, describe, expect, it } from 'vitest';
import { and, asc, eq, like } from 'drizzle-orm';
import { db } from '../db/client';
import { mailMessages } from '../mail/schema';
import { registrations, registrationTokens } from './schema';
import { resetClock, setNow } from '../clock';
import { ServiceError } from '../errors';
import { cancelRegistration } from './registration/cancel';
import { deleteRegistration } from './registration/delete';
import { register } from './registration/register';
import { registrationByToken } from './registration/links';
import { updateRegistration } from './registration/update';
import { waitlistPosition } from './registration/seats';
import { addQuestion, makeEvent, person } from './test-support';

afterEach(() => resetClock());

const mailsTo = (to: string) =>
	db.select().from(mailMessages).where(eq(mailMessages.to, to)).orderBy(asc(mailMessages.id));

async function expectServiceError(p: Promise<unknown>, field: string | undefined, text: RegExp) {
	const e = await p.then(
		() => null,
		(err: unknown) => err
	);
	expect(e).toBeInstanceOf(ServiceError);
	expect((e as ServiceError).field).toBe(field);
	expect((e as ServiceError).message).toMatch(text);
}

describe('registering', () => {
	it('gives a seat, a private link and a confirmation with a calendar file', async () => {
		const ev = await makeEvent({ capacity: 10 });
		const p = person();
		const r = await register(ev.id, p);
		expect(r.kind).toBe('registered');
		if (r.kind !== 'registered') return;
		expect(r.status).toBe('confirmed');
		expect(r.token).toMatch(/^[a-z2-7]{32}$/);
		// Only the hash is stored.
		const tokens = await db.select().from(registrationTokens);
		expect(tokens.some((t) => t.hash === r.token)).toBe(false);
		const found = await registrationByToken(r.token);
		expect(found?.registration.email).toBe(p.email);
		expect(found?.registration.municipalityNumber).toBe('5001');
		expect(found?.registration.countyNumber).toBe('50');
		const [mail] = await mailsTo(p.email);
		expect(mail.subject).toContain('Du er påmeldt');
		expect(mail.text).toContain(`/arrangementer/min-pamelding/${r.token}`);
		expect(mail.attachments[0].filename).toBe('arrangement.ics');
		expect(mail.idempotencyKey).toBe(`registration:${r.registrationId}:confirmed`);
	});

	it('puts people on the waitlist when full, with their place in the queue', async () => {
		const ev = await makeEvent({ capacity: 2 });
		const results = [];
		for (let i = 0; i < 4; i++) results.push(await register(ev.id, person()));
		expect(results.map((r) => (r.kind === 'registered' ? r.status : r.kind))).toEqual([
			'confirmed',
			'confirmed',
			'waitlisted',
			'waitlisted'
		]);
		expect(results.map((r) => (r.kind === 'registered' ? r.position : null))).toEqual([
			null,
			null,
			1,
			2
		]);
		const last = results[3];
		if (last.kind !== 'registered') throw new Error('forventet påmelding');
		const found = await registrationByToken(last.token);
		expect(found?.position).toBe(2);
	});

	it('tells a repeat that it is already registered, sends the link again, and gives no second seat', async () => {
		const ev = await makeEvent({ capacity: 5 });
		const p = person();
		const first = await register(ev.id, p);
		const again = await register(ev.id, { ...p, email: p.email.toUpperCase(), name: 'Annet navn' });
		expect(again).toEqual({ kind: 'already', email: p.email, resent: true });
		const rows = await db.select().from(registrations).where(eq(registrations.eventId, ev.id));
		expect(rows).toHaveLength(1);
		const mails = await mailsTo(p.email);
		expect(mails.map((m) => m.template)).toEqual(['arrangement.confirmed', 'arrangement.link']);
		// The new link works, and so does the first.
		const link = mails[1].text.match(/min-pamelding\/([a-z2-7]{32})/)![1];
		expect((await registrationByToken(link))?.registration.id).toBe(rows[0].id);
		if (first.kind === 'registered')
			expect((await registrationByToken(first.token))?.registration.id).toBe(rows[0].id);
		// A third try within the quarter of an hour sends nothing more.
		expect(await register(ev.id, p)).toEqual({ kind: 'already', email: p.email, resent: false });
		expect(await mailsTo(p.email)).toHaveLength(2);
	});

	it('may register again after cancelling', async () => {
		const ev = await makeEvent({ capacity: 5 });
		const p = person();
		const first = await register(ev.id, p);
		if (first.kind !== 'registered') throw new Error('forventet påmelding');
		await cancelRegistration(first.token);
		const second = await register(ev.id, p);
		expect(second.kind).toBe('registered');
	});

	it('closes after the deadline, before it opens, when cancelled and once started', async () => {
		const ev = await makeEvent({
			registrationClosesAt: new Date(Date.now() + 2 * 24 * 60 * 60_000)
		});
		setNow(new Date(Date.now() + 3 * 24 * 60 * 60_000));
		await expectServiceError(register(ev.id, person()), undefined, /Påmeldingsfristen har gått ut/);
		resetClock();
		const later = await makeEvent({ registrationOpensAt: new Date(Date.now() + 60 * 60_000) });
		await expectServiceError(register(later.id, person()), undefined, /Påmeldingen åpner/);
		const cancelled = await makeEvent({ status: 'cancelled' });
		await expectServiceError(register(cancelled.id, person()), undefined, /avlyst/);
		const started = await makeEvent({
			startsAt: new Date(Date.now() - 60_000),
			endsAt: new Date(Date.now() + 60 * 60_000)
		});
		await expectServiceError(register(started.id, person()), undefined, /har startet/);
		const ids = [ev.id, later.id, cancelled.id, started.id];
		expect(
			(await db.select().from(registrations)).filter((r) => ids.includes(r.eventId))
		).toHaveLength(0);
	});

	it('checks the municipality, the role, the answers and the dietary consent', async () => {
		const ev = await makeEvent();
		const q = await addQuestion(ev.id, {
			kind: 'single',
			label: 'Hvilken dag?',
			required: true,
			options: ['Mandag', 'Tirsdag']
		});
		const key = `q${q.id}`;
		await expectServiceError(
			register(ev.id, person({ municipality: 'Atlantis', answers: { [key]: 'Mandag' } })),
			'municipality',
			/Fant ingen kommune som heter «Atlantis»/
		);
		await expectServiceError(
			register(ev.id, person({ municipality: 'Herøy', answers: { [key]: 'Mandag' } })),
			'municipality',
			/«Herøy \(Møre og Romsdal\)» eller «Herøy \(Nordland\)»/
		);
		await expectServiceError(
			register(ev.id, person({ municipality: '', organisation: '', answers: { [key]: 'Mandag' } })),
			'municipality',
			/organisasjonen din/
		);
		await expectServiceError(
			register(ev.id, person({ role: 'Konge', answers: { [key]: 'Mandag' } })),
			'role',
			/Velg rollen din/
		);
		await expectServiceError(register(ev.id, person()), key, /Svar på spørsmålet «Hvilken dag\?»/);
		await expectServiceError(
			register(ev.id, person({ answers: { [key]: 'Søndag' } })),
			key,
			/Velg et av svarene/
		);
		await expectServiceError(
			register(ev.id, person({ dietary: 'Nøtteallergi', answers: { [key]: 'Mandag' } })),
			'dietaryConsent',
			/samtykke/
		);
		const ok = await register(
			ev.id,
			person({
				municipality: 'herøy, nordland',
				dietary: 'Nøtteallergi',
				dietaryConsent: true,
				answers: { [key]: 'Tirsdag', q999: 'ukjent spørsmål' }
			})
		);
		if (ok.kind !== 'registered') throw new Error('forventet påmelding');
		const found = await registrationByToken(ok.token);
		expect(found?.registration.municipalityNumber).toBe('1818');
		expect(found?.registration.dietary).toBe('Nøtteallergi');
		expect(found?.registration.dietaryConsentAt).not.toBeNull();
		expect(found?.registration.answers).toEqual({ [String(q.id)]: 'Tirsdag' });
	});

	it('asks no dietary needs for digital events', async () => {
		const ev = await makeEvent({ format: 'digitalt', meetingUrl: 'https://zoom.us/j/1' });
		const r = await register(ev.id, person({ dietary: 'Glutenfri', dietaryConsent: true }));
		if (r.kind !== 'registered') throw new Error('forventet påmelding');
		expect((await registrationByToken(r.token))?.registration.dietary).toBeNull();
	});
});

describe('the private link', () => {
	it('refuses tampered and unknown tokens', async () => {
		expect(await registrationByToken('not-a-token')).toBeNull();
		expect(await registrationByToken('a'.repeat(32))).toBeNull();
		expect(await registrationByToken("' or 1=1 --")).toBeNull();
		await expectServiceError(cancelRegistration('b'.repeat(32)), undefined, /Lenken virker ikke/);
	});

	it('changes details and answers, and raises the calendar sequence', async () => {
		const ev = await makeEvent();
		const r = await register(ev.id, person());
		if (r.kind !== 'registered') throw new Error('forventet påmelding');
		await updateRegistration(r.token, {
			...person(),
			name: 'Kari Endret',
			municipality: 'Bergen'
		});
		const found = await registrationByToken(r.token);
		expect(found?.registration.name).toBe('Kari Endret');
		expect(found?.registration.municipalityNumber).toBe('4601');
		expect(found?.registration.sequence).toBe(1);
	});

	it('cancelling gives the seat to the first on the waitlist, who is told', async () => {
		const ev = await makeEvent({ capacity: 1 });
		const a = await register(ev.id, person());
		const bPerson = person();
		const b = await register(ev.id, bPerson);
		const c = await register(ev.id, person());
		if (a.kind !== 'registered' || b.kind !== 'registered' || c.kind !== 'registered')
			throw new Error('forventet påmeldinger');
		expect(await cancelRegistration(a.token)).toEqual({ promoted: 1 });
		expect(await cancelRegistration(a.token)).toEqual({ promoted: 0 });
		expect((await registrationByToken(b.token))?.registration.status).toBe('confirmed');
		const cNow = await registrationByToken(c.token);
		expect(cNow?.registration.status).toBe('waitlisted');
		expect(await waitlistPosition(cNow!.registration)).toBe(1);
		const mails = await mailsTo(bPerson.email);
		expect(mails.map((m) => m.template)).toEqual([
			'arrangement.waitlisted',
			'arrangement.promoted'
		]);
		expect(mails[1].subject).toContain('Du har fått plass');
		// The calendar file and the check-in QR code
		expect(mails[1].attachments.map((a) => a.filename)).toEqual([
			'arrangement.ics',
			'innsjekk-qr.png'
		]);
	});

	it('deleting removes everything and frees the seat', async () => {
		const ev = await makeEvent({ capacity: 1 });
		const a = await register(ev.id, person({ dietary: 'Vegetar', dietaryConsent: true }));
		const b = await register(ev.id, person());
		if (a.kind !== 'registered' || b.kind !== 'registered')
			throw new Error('forventet påmeldinger');
		await deleteRegistration(a.token);
		expect(await registrationByToken(a.token)).toBeNull();
		expect(
			await db.select().from(registrations).where(eq(registrations.id, a.registrationId))
		).toHaveLength(0);
		expect((await registrationByToken(b.token))?.registration.status).toBe('confirmed');
	});
});

describe('capacity under concurrency', () => {
	it('200 simultaneous registrations for 50 seats: exactly 50 seats and a queue 1…150', async () => {
		const ev = await makeEvent({ capacity: 50 });
		const results = await Promise.all(
			Array.from({ length: 200 }, (_, i) =>
				register(ev.id, person({ email: `samtidig-${i}@example.no` }))
			)
		);
		expect(results.every((r) => r.kind === 'registered')).toBe(true);
		const rows = await db.select().from(registrations).where(eq(registrations.eventId, ev.id));
		expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(50);
		const waiting = rows.filter((r) => r.status === 'waitlisted');
		expect(waiting).toHaveLength(150);
		const positions = await Promise.all(waiting.map((r) => waitlistPosition(r)));
		expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
		const reported = results
			.map((r) => (r.kind === 'registered' ? r.position : -1))
			.filter((p): p is number => p !== null)
			.sort((a, b) => a - b);
		expect(reported).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
		const mails = await db.select().from(mailMessages).where(like(mailMessages.to, 'samtidig-%'));
		expect(mails).toHaveLength(200);
	});

	it('one registration the database refuses does not stop the others that came with it', async () => {
		const ev = await makeEvent({ capacity: 10 });
		const results = await Promise.allSettled(
			Array.from({ length: 20 }, (_, i) =>
				register(ev.id, person({ name: i === 7 ? 'Kari\u0000Nordmann' : `Deltaker ${i}` }))
			)
		);
		expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
		expect(results[7].status).toBe('rejected');
		const rows = await db.select().from(registrations).where(eq(registrations.eventId, ev.id));
		expect(rows).toHaveLength(19);
		expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(10);
		expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(9);
	});

	it('the same address submitted many times at once gives one registration', async () => {
		const ev = await makeEvent({ capacity: 5 });
		const p = person();
		const results = await Promise.all(Array.from({ length: 10 }, () => register(ev.id, p)));
		expect(results.filter((r) => r.kind === 'registered')).toHaveLength(1);
		const rows = await db
			.select()
			.from(registrations)
			.where(and(eq(registrations.eventId, ev.id), eq(registrations.email, p.email)));
		expect(rows).toHaveLength(1);
	});
});
