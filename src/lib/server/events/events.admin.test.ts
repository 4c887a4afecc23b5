import { beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, like } from 'drizzle-orm';
import ICAL from 'ical.js';
import { db } from '../db/client';
import { auditLog } from '../accounts/schema';
import { countyChapters } from '../geo/schema';
import { mailMessages } from '../mail/schema';
import { eventQuestions, events, registrations } from './schema';
import type { Actor } from '../accounts/actor';
import { ServiceError } from '../errors';
import { EditConflictError } from '../content/editing';
import type { EventInput } from '$lib/forms/events';
import {
	ForbiddenError,
	cancelEvent,
	copyEvent,
	deleteEvent,
	listEventsAdmin,
	managedEvent,
	createEvent,
	publishEvent,
	unpublishEvent,
	updateEvent
} from './events.admin';
import { addQuestion, deleteQuestion, moveQuestion, updateQuestion } from './questions.admin';
import {
	listMessages,
	messageParticipants,
	moveRegistration,
	participants,
	participantsCsv,
	setAttendance
} from './participants.admin';
import { register } from './registration/register';
import { registrationByToken } from './registration/links';
import { seatCounts } from './registration/seats';
import { csvText, makeActor, makeEvent, person } from './test-support';

let editor: Actor;
let leader: Actor;
let nordland: number;
let agder: number;

beforeAll(async () => {
	const chapters = await db.select().from(countyChapters);
	nordland = chapters.find((c) => c.slug === 'nordland')!.id;
	agder = chapters.find((c) => c.slug === 'agder')!.id;
	editor = await makeActor('redaktor');
	leader = await makeActor(null, [nordland]);
});

const input = (over: Partial<EventInput> = {}): EventInput => ({
	title: 'Regional samling',
	slug: '',
	type: 'samling',
	lead: 'Kommunegruppene møtes.',
	description: 'Vi jobber med fremtidsbildene.',
	agenda: '',
	startsAt: '2031-09-10T10:00',
	endsAt: '2031-09-10T15:00',
	format: 'fysisk',
	venue: 'Bodø rådhus',
	address: 'Kongens gate 38, 8006 Bodø',
	meetingUrl: '',
	audience: 'Kommunegrupper',
	organisers: 'Norsk kulturskoleråd, KS, Norsk kulturskoleråd',
	capacity: '',
	registrationOpensAt: '',
	registrationClosesAt: '',
	recordingUrl: '',
	resources: '',
	chapterId: '',
	programmeId: '',
	cohortOnly: false,
	version: 0,
	intent: 'lagre',
	creationKey: '',
	...over
});

const mailsFor = (key: string) =>
	db
		.select()
		.from(mailMessages)
		.where(like(mailMessages.idempotencyKey, key))
		.orderBy(asc(mailMessages.id));

function readIcs(base64: string) {
	const cal = new ICAL.Component(ICAL.parse(Buffer.from(base64, 'base64').toString('utf8')));
	const ev = cal.getFirstSubcomponent('vevent')!;
	return {
		sequence: Number(ev.getFirstPropertyValue('sequence')),
		status: String(ev.getFirstPropertyValue('status')),
		tzid: ev.getFirstProperty('dtstart')!.getParameter('tzid'),
		start: String(ev.getFirstPropertyValue('dtstart'))
	};
}

describe('creating and editing events', () => {
	it('parses Oslo times, keeps organisers unique, makes unique addresses, audits', async () => {
		const a = await createEvent(editor, input());
		const b = await createEvent(editor, input());
		const [rowA] = await db.select().from(events).where(eq(events.id, a.id));
		const [rowB] = await db.select().from(events).where(eq(events.id, b.id));
		expect(rowA.slug).toBe('regional-samling');
		expect(rowB.slug).toBe('regional-samling-2');
		expect(rowA.startsAt.toISOString()).toBe('2031-09-10T08:00:00.000Z');
		expect(rowA.organisers).toEqual(['Norsk kulturskoleråd', 'KS']);
		expect(rowA.status).toBe('draft');
		const audit = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'arrangement'), eq(auditLog.entityId, String(a.id))));
		expect(audit[0].action).toBe('arrangement.opprettet');
	});

	it('a double submit of the create form makes one event', async () => {
		const key = 'skjema-nokkel-1';
		const a = await createEvent(editor, input({ creationKey: key, title: 'Dobbel' }));
		const b = await createEvent(editor, input({ creationKey: key, title: 'Dobbel' }));
		expect(b.id).toBe(a.id);
		expect(await db.select().from(events).where(eq(events.title, 'Dobbel'))).toHaveLength(1);
	});

	it('refuses impossible times, deadlines and capacities with messages beside the fields', async () => {
		const cases: [Partial<EventInput>, string, RegExp][] = [
			[{ endsAt: '2031-09-10T09:00' }, 'endsAt', /Slutten må være etter starten/],
			[{ startsAt: '2031-02-30T10:00' }, 'startsAt', /skriv dato og klokkeslett/],
			[
				{ registrationClosesAt: '2031-09-11T10:00' },
				'registrationClosesAt',
				/kan ikke være etter at arrangementet starter/
			],
			[
				{ registrationOpensAt: '2031-09-05T10:00', registrationClosesAt: '2031-09-01T10:00' },
				'registrationOpensAt',
				/må åpne før fristen/
			],
			[{ capacity: '0' }, 'capacity', /minst 1/],
			[{ chapterId: '999999' }, 'chapterId', /Velg en fylkesavdeling/],
			[{ description: '![](/filer/1/bilde.jpg)' }, 'description', /alternativ tekst/]
		];
		for (const [over, field, message] of cases) {
			const e = await createEvent(editor, input(over)).catch((x) => x);
			expect(e, JSON.stringify(over)).toBeInstanceOf(ServiceError);
			expect(e.field).toBe(field);
			expect(e.message).toMatch(message);
		}
		const e = await createEvent(editor, input({ venue: '', address: '', intent: 'publiser' }), {
			publish: true
		}).catch((x) => x);
		expect(e.message).toMatch(/Skriv hvor arrangementet er/);
	});

	it('creates a draft, publishes, unpublishes while nobody is registered, and audits each', async () => {
		const { id } = await createEvent(editor, input({ title: 'Livsløp' }));
		const status = async () => (await db.select().from(events).where(eq(events.id, id)))[0].status;
		expect(await status()).toBe('draft');
		await publishEvent(editor, id, input({ title: 'Livsløp', version: 1 }));
		expect(await status()).toBe('published');
		await unpublishEvent(editor, id, input({ title: 'Livsløp', version: 2 }));
		expect(await status()).toBe('draft');
		await publishEvent(editor, id, input({ title: 'Livsløp', version: 3 }));
		await register(id, person());
		await expect(
			unpublishEvent(editor, id, input({ title: 'Livsløp', version: 4 }))
		).rejects.toThrow(ServiceError);
		const actions = (
			await db
				.select({ action: auditLog.action })
				.from(auditLog)
				.where(and(eq(auditLog.entityType, 'arrangement'), eq(auditLog.entityId, String(id))))
				.orderBy(asc(auditLog.id))
		).map((r) => r.action);
		expect(actions).toEqual([
			'arrangement.opprettet',
			'arrangement.publisert',
			'arrangement.avpublisert',
			'arrangement.publisert'
		]);
	});

	it('detects that someone else saved in between', async () => {
		const { id } = await createEvent(editor, input({ title: 'Låst' }));
		await updateEvent(editor, id, input({ title: 'Låst 2', version: 1 }));
		await expect(
			updateEvent(editor, id, input({ title: 'Låst 3', version: 1 }))
		).rejects.toBeInstanceOf(EditConflictError);
	});

	it('county-chapter leaders manage only their own chapter’s events', async () => {
		await expect(createEvent(leader, input())).rejects.toMatchObject({ field: 'chapterId' });
		await expect(createEvent(leader, input({ chapterId: String(agder) }))).rejects.toMatchObject({
			field: 'chapterId'
		});
		const own = await createEvent(leader, input({ chapterId: String(nordland), title: 'Egen' }));
		const other = await createEvent(editor, input({ chapterId: String(agder), title: 'Annen' }));
		expect((await managedEvent(leader, own.id)).title).toBe('Egen');
		await expect(managedEvent(leader, other.id)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(copyEvent(leader, other.id)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(
			participantsCsv(leader, other.id, { personal: true, dietary: true })
		).rejects.toBeInstanceOf(ForbiddenError);
		const list = await listEventsAdmin(leader, { when: 'alle' });
		expect(list.map((e) => e.title)).toContain('Egen');
		expect(list.map((e) => e.title)).not.toContain('Annen');
		// Moving their event to another chapter is refused too
		await expect(
			updateEvent(leader, own.id, input({ chapterId: String(agder), version: 1 }))
		).rejects.toMatchObject({ field: 'chapterId' });
	});
});

describe('changes that participants are told about', () => {
	it('a new time: SEQUENCE up, everyone told once with an updated calendar file', async () => {
		const ev = await makeEvent({ capacity: 1 });
		const a = person();
		const b = person();
		await register(ev.id, a);
		await register(ev.id, b);
		const form = input({
			title: ev.title,
			startsAt: '2031-10-01T10:00',
			endsAt: '2031-10-01T12:00',
			capacity: '1',
			intent: 'lagre',
			version: ev.version
		});
		const result = await updateEvent(editor, ev.id, form);
		expect(result.notified).toBe(2);
		const [after] = await db.select().from(events).where(eq(events.id, ev.id));
		expect(after.sequence).toBe(ev.sequence + 1);
		const mails = await mailsFor(`event:${ev.id}:changed:%`);
		expect(mails.map((m) => m.to).sort()).toEqual([a.email, b.email].sort());
		const confirmed = mails.find((m) => m.to === a.email)!;
		expect(confirmed.text).toContain('Ny tid: onsdag 1. oktober 2031 kl. 10.00–12.00');
		const ics = readIcs(confirmed.attachments[0].content);
		expect(ics).toMatchObject({ status: 'CONFIRMED', tzid: 'Europe/Oslo' });
		// Higher than the confirmation's, so the calendar takes the change (see itip.ts).
		const first = (await mailsFor(`registration:%:confirmed`)).find((m) => m.to === a.email)!;
		expect(ics.sequence).toBeGreaterThan(readIcs(first.attachments[0].content).sequence);
		expect(ics.start).toBe('2031-10-01T10:00:00');
		// The one waiting is told too, without a calendar file
		expect(mails.find((m) => m.to === b.email)!.attachments).toEqual([]);
		// Saving the same again tells nobody anything new
		const again = await updateEvent(editor, ev.id, { ...form, version: after.version });
		expect(again.notified).toBe(0);
		expect(await mailsFor(`event:${ev.id}:changed:%`)).toHaveLength(2);
	});

	it('more seats go to the waitlist in order; fewer than taken is refused', async () => {
		const ev = await makeEvent({ capacity: 1 });
		const people = [person(), person(), person(), person()];
		for (const p of people) await register(ev.id, p);
		await expect(
			updateEvent(editor, ev.id, input({ title: ev.title, capacity: '0', version: ev.version }))
		).rejects.toMatchObject({ field: 'capacity' });
		const r = await updateEvent(
			editor,
			ev.id,
			input({
				title: ev.title,
				startsAt: '2031-11-01T10:00',
				endsAt: '2031-11-01T12:00',
				capacity: '3',
				version: ev.version
			})
		);
		expect(r.promoted).toBe(2);
		const rows = await db
			.select()
			.from(registrations)
			.where(eq(registrations.eventId, ev.id))
			.orderBy(asc(registrations.id));
		expect(rows.map((x) => x.status)).toEqual([
			'confirmed',
			'confirmed',
			'confirmed',
			'waitlisted'
		]);
		const [row] = await db.select().from(events).where(eq(events.id, ev.id));
		expect([row.confirmedCount, row.waitlistedCount]).toEqual([3, 1]);
		await expect(
			updateEvent(editor, ev.id, input({ title: ev.title, capacity: '2', version: row.version }))
		).rejects.toMatchObject({ field: 'capacity' });
	});

	it('cancelling tells everyone once, closes registration, and cannot be undone by publishing', async () => {
		const ev = await makeEvent({ capacity: 1 });
		const a = person();
		const b = person();
		await register(ev.id, a);
		await register(ev.id, b);
		expect(await cancelEvent(editor, ev.id, 'For få påmeldte.', ev.version)).toBe(2);
		const mails = await mailsFor(`event:${ev.id}:cancelled:%`);
		expect(mails).toHaveLength(2);
		expect(mails[0].text).toContain('For få påmeldte.');
		expect(readIcs(mails.find((m) => m.to === a.email)!.attachments[0].content).status).toBe(
			'CANCELLED'
		);
		await expect(cancelEvent(editor, ev.id, 'Igjen', ev.version + 1)).rejects.toThrow(
			/allerede avlyst/
		);
		await expect(register(ev.id, person())).rejects.toThrow(/avlyst/);
		await expect(
			publishEvent(editor, ev.id, input({ title: ev.title, version: ev.version + 1 }))
		).rejects.toThrow(/avlyst arrangement kan ikke publiseres/);
	});

	it('copies content and questions into a new draft; deletes only events nobody registered for', async () => {
		const ev = await makeEvent({ capacity: 4 });
		await addQuestion(editor, ev.id, {
			label: 'Hvilken dag?',
			kind: 'single',
			help: '',
			required: true,
			options: 'Dag 1\nDag 2'
		});
		await register(ev.id, person({ answers: {} })).catch(() => null);
		const copyId = await copyEvent(editor, ev.id);
		const [copy] = await db.select().from(events).where(eq(events.id, copyId));
		expect(copy.status).toBe('draft');
		expect(copy.slug).not.toBe(ev.slug);
		expect(
			await db.select().from(eventQuestions).where(eq(eventQuestions.eventId, copyId))
		).toHaveLength(1);
		expect(await seatCounts(copyId)).toMatchObject({ confirmed: 0 });
		await deleteEvent(editor, copyId, copy.version);
		expect(await db.select().from(events).where(eq(events.id, copyId))).toHaveLength(0);
		const withPeople = await makeEvent();
		await register(withPeople.id, person());
		await expect(deleteEvent(editor, withPeople.id, withPeople.version)).rejects.toThrow(
			/Avlys det i stedet/
		);
	});
});

describe('the question builder', () => {
	it('adds, checks, edits, moves and deletes questions', async () => {
		const ev = await makeEvent();
		const base = { help: '', required: false, options: '' };
		await expect(
			addQuestion(editor, ev.id, { ...base, label: 'Valg', kind: 'single', options: 'Bare én' })
		).rejects.toMatchObject({ field: 'options' });
		await addQuestion(editor, ev.id, { ...base, label: 'Første', kind: 'text' });
		await addQuestion(editor, ev.id, {
			...base,
			label: 'Andre',
			kind: 'multiple',
			options: ' A \nB\n\nA'
		});
		let qs = await db
			.select()
			.from(eventQuestions)
			.where(eq(eventQuestions.eventId, ev.id))
			.orderBy(asc(eventQuestions.position));
		expect(qs.map((q) => q.label)).toEqual(['Første', 'Andre']);
		expect(qs[1].options).toEqual(['A', 'B']);
		expect(qs[0].options).toEqual([]);
		await moveQuestion(editor, ev.id, qs[1].id, 'opp');
		await updateQuestion(editor, ev.id, qs[0].id, {
			...base,
			label: 'Første endret',
			kind: 'yesno'
		});
		qs = await db
			.select()
			.from(eventQuestions)
			.where(eq(eventQuestions.eventId, ev.id))
			.orderBy(asc(eventQuestions.position));
		expect(qs.map((q) => q.label)).toEqual(['Andre', 'Første endret']);
		await deleteQuestion(editor, ev.id, qs[0].id);
		await expect(deleteQuestion(editor, ev.id, qs[0].id)).rejects.toThrow(/Fant ikke spørsmålet/);
		await expect(
			addQuestion(leader, ev.id, { ...base, label: 'X', kind: 'text' })
		).rejects.toBeInstanceOf(ForbiddenError);
	});
});

describe('participants', () => {
	it('moves by hand: a seat only when one is free, and the person is told', async () => {
		const ev = await makeEvent({ capacity: 1 });
		const a = await register(ev.id, person());
		const b = await register(ev.id, person());
		if (a.kind !== 'registered' || b.kind !== 'registered') throw new Error('påmelding');
		await expect(moveRegistration(editor, ev.id, b.registrationId, 'confirmed')).rejects.toThrow(
			/Arrangementet er fullt \(1 av 1 plasser\)/
		);
		await moveRegistration(editor, ev.id, a.registrationId, 'waitlisted');
		// The freed seat waits for a hand move: nobody is promoted automatically
		expect((await registrationByToken(b.token))?.registration.status).toBe('waitlisted');
		await moveRegistration(editor, ev.id, b.registrationId, 'confirmed');
		expect((await registrationByToken(b.token))?.registration.status).toBe('confirmed');
		expect((await registrationByToken(a.token))?.position).toBe(1);
		const mails = await mailsFor(`registration:${a.registrationId}:%`);
		expect(mails.map((m) => m.subject)).toEqual([
			expect.stringContaining('Du er påmeldt'),
			expect.stringContaining('Du er flyttet til ventelisten')
		]);
		// Cancelling someone with a seat gives it to the first waiting
		await moveRegistration(editor, ev.id, b.registrationId, 'cancelled');
		expect((await registrationByToken(a.token))?.registration.status).toBe('confirmed');
		const [row] = await db.select().from(events).where(eq(events.id, ev.id));
		expect([row.confirmedCount, row.waitlistedCount]).toEqual([1, 0]);
		const audit = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'arrangement.deltaker-flyttet'));
		expect(audit.length).toBeGreaterThanOrEqual(3);
	});

	it('searches, checks in, and lists the waitlist in queue order', async () => {
		const ev = await makeEvent({ capacity: 1 });
		const a = await register(ev.id, person({ name: 'Astrid Ås', municipality: 'Ås' }));
		await register(ev.id, person({ name: 'Bernt Bodø', municipality: 'Bodø' }));
		await register(ev.id, person({ name: 'Cato Asker', municipality: 'Asker' }));
		if (a.kind !== 'registered') throw new Error('påmelding');
		const found = await participants(editor, ev.id, { status: 'confirmed', q: 'ås' });
		expect(found.rows.map((r) => r.name)).toEqual(['Astrid Ås']);
		const waiting = await participants(editor, ev.id, { status: 'waitlisted', q: 'asker' });
		expect(waiting.rows.map((r) => [r.name, r.position])).toEqual([['Cato Asker', 2]]);
		await setAttendance(editor, ev.id, a.registrationId, true);
		expect((await seatCounts(ev.id)).attended).toBe(1);
		await setAttendance(editor, ev.id, a.registrationId, false);
		expect((await seatCounts(ev.id)).attended).toBe(0);
		// Search text with SQL wildcards is taken literally
		expect((await participants(editor, ev.id, { status: 'confirmed', q: '%' })).rows).toEqual([]);
	});

	it('a message goes once to the chosen people, even when the form is sent twice', async () => {
		const ev = await makeEvent({ capacity: 1 });
		await register(ev.id, person());
		await register(ev.id, person());
		const msg = {
			subject: 'Praktisk info',
			body: 'Ta med PC.',
			audience: 'all' as const,
			nonce: 'skjema-1'
		};
		expect(await messageParticipants(editor, ev.id, msg)).toBe(2);
		expect(await messageParticipants(editor, ev.id, msg)).toBeNull();
		expect(
			await messageParticipants(editor, ev.id, {
				...msg,
				audience: 'waitlisted',
				nonce: 'skjema-2'
			})
		).toBe(1);
		expect(
			(await mailsFor('event-message:%')).filter((m) => m.subject === 'Praktisk info')
		).toHaveLength(3);
		expect((await listMessages(editor, ev.id)).map((m) => m.recipients)).toEqual([1, 2]);
	});

	it('exports CSV without personal data unless asked for, and logs exports with it', async () => {
		const ev = await makeEvent();
		const q = await addQuestion(editor, ev.id, {
			label: 'Hva vil du lære?',
			kind: 'text',
			help: '',
			required: false,
			options: ''
		});
		void q;
		const [question] = await db
			.select()
			.from(eventQuestions)
			.where(eq(eventQuestions.eventId, ev.id));
		await register(
			ev.id,
			person({
				name: '=HYPERLINK("x")',
				email: 'csv@example.no',
				dietary: 'Vegetar',
				dietaryConsent: true,
				answers: { [`q${question.id}`]: 'Om "samskaping"; og mer' }
			})
		);
		const plain = await csvText(
			participantsCsv(editor, ev.id, { personal: false, dietary: false })
		);
		expect(plain.csv.startsWith('\uFEFFStatus;Kommune;Fylke;Rolle;Påmeldt;Møtt')).toBe(true);
		expect(plain.csv).not.toContain('csv@example.no');
		expect(plain.csv).not.toContain('Vegetar');
		expect(plain.csv).not.toContain('samskaping');
		expect(plain.csv).toContain('Trondheim;Trøndelag;Kulturskoleleder');
		const full = await csvText(participantsCsv(editor, ev.id, { personal: true, dietary: true }));
		expect(full.csv).toContain(`"'=HYPERLINK(""x"")";csv@example.no`);
		expect(full.csv).toContain('"Om ""samskaping""; og mer"');
		expect(full.csv).toContain('Vegetar');
		const logged = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'arrangement.eksportert'));
		expect(logged).toHaveLength(1);
	});
});
