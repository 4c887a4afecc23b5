/**
 * After the event (issue 12): check-in by QR code (staff with rights only; idempotent), the
 * certificate PDF (only for those checked in), the evaluation (invitations the day after to
 * those checked in, one anonymous answer each, results only from three answers, CSV) and the
 * message preview / test send (to the actor only).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { getTableColumns } from 'drizzle-orm';
import { db } from '../db/client';
import { countyChapters } from '../geo/schema';
import { mailMessages } from '../mail/schema';
import { registrations } from './schema';
import { evaluationAnswered, evaluationResponses } from './after-schema';
import { ConflictError, ForbiddenError, InvalidError } from '../errors';
import { resetClock, setNow } from '../clock';
import { register } from './registration/register';
import { setAttendance } from './participants.admin';
import { checkinCode, checkinUrl, parseCheckinCode } from './checkin-code';
import { attachmentContent } from '../mail/qr';
import { checkInByCode, scannedRegistration } from './checkin-scan';
import { afterEventView, certificateByToken } from './after-event';
import {
	addEvaluationQuestion,
	aggregateEvaluation,
	answerEvaluation,
	evaluationAdmin,
	evaluationCsv,
	evaluationForm,
	removeEvaluationQuestion,
	sendEvaluationInvites,
	setCertificateHours
} from './evaluation';
import { previewMessage, sendTestMessage } from './message-preview';
import { csvText, makeActor, makeEvent, person } from './test-support';
import { pdfText } from '../../../../tests/e2e/support/pdf';

afterEach(() => resetClock());

const oslo = (s: string) => new Date(s);

async function chapter(slug: string) {
	const [c] = await db
		.insert(countyChapters)
		.values({
			slug: `${slug}-${Math.random().toString(36).slice(2, 8)}`,
			name: `Avdeling ${slug} ${Math.random().toString(36).slice(2, 8)}`
		})
		.returning();
	return c;
}

async function seated(eventId: number, over: Parameters<typeof person>[0] = {}) {
	const p = person(over);
	const r = await register(eventId, p);
	if (r.kind !== 'registered') throw new Error('not registered');
	return { ...r, email: p.email, name: p.name };
}

describe('check-in by QR code', () => {
	it('the code names the registration; a changed code is refused', () => {
		const code = checkinCode(42);
		expect(parseCheckinCode(code)).toBe(42);
		expect(parseCheckinCode(code.replace(/^42/, '43'))).toBeNull();
		expect(parseCheckinCode(code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A'))).toBeNull();
		expect(parseCheckinCode('42')).toBeNull();
		expect(checkinUrl(42)).toMatch(/\/admin\/arrangementer\/innsjekk\?kode=42-/);
	});

	it('the confirmation carries the QR code as a PNG, and it is not the private link', async () => {
		const ev = await makeEvent();
		const r = await seated(ev.id);
		const [mail] = await db
			.select()
			.from(mailMessages)
			.where(and(eq(mailMessages.to, r.email), eq(mailMessages.template, 'arrangement.confirmed')));
		const png = mail.attachments.find((a) => a.contentType === 'image/png');
		expect(png).toBeDefined();
		// Drawn when the mail is delivered (mail/qr.ts).
		expect(attachmentContent(png!).subarray(1, 4).toString()).toBe('PNG');
		expect(mail.text).toContain('QR-koden i vedlegget');
		expect(checkinCode(r.registrationId)).not.toContain(r.token);
		const view = await afterEventView(r.token);
		expect(view?.qr).toMatch(/^data:image\/svg\+xml;base64,/);
	});

	it('refuses someone without rights on the event, and works (once) for staff', async () => {
		const vestland = await chapter('vestland');
		const other = await chapter('trondelag');
		const ev = await makeEvent({ chapterId: vestland.id });
		const r = await seated(ev.id);
		const code = checkinCode(r.registrationId);
		const nobody = await makeActor(null);
		const otherLeader = await makeActor(null, [other.id]);
		const leader = await makeActor(null, [vestland.id]);

		for (const a of [nobody, otherLeader]) {
			await expect(scannedRegistration(a, code)).rejects.toBeInstanceOf(ForbiddenError);
			await expect(checkInByCode(a, code)).rejects.toBeInstanceOf(ForbiddenError);
		}
		const [before] = await db
			.select()
			.from(registrations)
			.where(eq(registrations.id, r.registrationId));
		expect(before.attendedAt).toBeNull();

		expect((await scannedRegistration(leader, code)).name).toBe(r.name);
		setNow(oslo('2031-01-01T10:00:00+01:00'));
		expect(await checkInByCode(leader, code)).toMatchObject({ already: false });
		setNow(oslo('2031-01-01T10:05:00+01:00'));
		expect(await checkInByCode(leader, code)).toMatchObject({ already: true });
		const [after] = await db
			.select()
			.from(registrations)
			.where(eq(registrations.id, r.registrationId));
		// The first time stays (the clock ran on from 10:00, the second scan was at 10:05)
		expect(after.attendedAt!.getTime()).toBeLessThan(oslo('2031-01-01T10:01:00+01:00').getTime());
	});
});

describe('the certificate', () => {
	it('only for those checked in; names the person, the event, the hours and the organiser', async () => {
		const vestland = await chapter('vestland');
		const editor = await makeActor('redaktor');
		const ev = await makeEvent({ chapterId: vestland.id, title: 'Samling om kulturskolen' });
		const r = await seated(ev.id, { name: 'Aud Deltaker' });
		expect(await certificateByToken(r.token)).toBeNull();
		expect((await afterEventView(r.token))?.certificate).toBe(false);

		await setAttendance(editor, ev.id, r.registrationId, true);
		const first = await certificateByToken(r.token);
		const text = pdfText(first!.pdf);
		expect(first!.pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(text).toContain('Kursbevis');
		expect(text).toContain('Aud Deltaker');
		expect(text).toContain('Samling om kulturskolen');
		expect(text).toContain('2 timer'); // two hours from start to end
		expect(text).toContain(vestland.name);

		await setCertificateHours(editor, ev.id, 6.5);
		expect(pdfText((await certificateByToken(r.token))!.pdf)).toContain('6,5 timer');

		// In the language of the registration
		await db
			.update(registrations)
			.set({ lang: 'en' })
			.where(eq(registrations.id, r.registrationId));
		const en = pdfText((await certificateByToken(r.token))!.pdf);
		expect(en).toContain('Certificate of attendance');
		expect(en).toContain('6.5 hours');
	});

	it('refuses nonsense hours', async () => {
		const editor = await makeActor('redaktor');
		const ev = await makeEvent();
		await expect(setCertificateHours(editor, ev.id, 0.3)).rejects.toBeInstanceOf(InvalidError);
		await expect(setCertificateHours(editor, ev.id, 1.25)).rejects.toBeInstanceOf(InvalidError);
	});
});

describe('the evaluation', () => {
	async function gathered(attendees: number) {
		const editor = await makeActor('redaktor');
		setNow(oslo('2031-05-01T10:00:00+02:00'));
		const ev = await makeEvent({
			startsAt: oslo('2031-05-10T10:00:00+02:00'),
			endsAt: oslo('2031-05-10T15:00:00+02:00'),
			capacity: null
		});
		await addEvaluationQuestion(editor, ev.id, { kind: 'scale', label: 'Hvor nyttig var dagen?' });
		await addEvaluationQuestion(editor, ev.id, { kind: 'text', label: 'Hva kan bli bedre?' });
		const people = [];
		for (let i = 0; i < attendees; i++) people.push(await seated(ev.id, { name: `Deltaker ${i}` }));
		const absent = await seated(ev.id, { name: 'Ikke møtt' });
		setNow(oslo('2031-05-10T10:05:00+02:00'));
		for (const p of people) await setAttendance(editor, ev.id, p.registrationId, true);
		const { questions } = await evaluationAdmin(editor, ev.id);
		return { editor, ev, people, absent, questions };
	}

	it('invites those checked in the day after, once; not on the day itself; not the absent', async () => {
		const { ev, people, absent } = await gathered(2);
		setNow(oslo('2031-05-10T23:59:00+02:00'));
		expect(await sendEvaluationInvites()).toBe(0);
		setNow(oslo('2031-05-11T00:01:00+02:00'));
		expect(await sendEvaluationInvites()).toBe(2);
		expect(await sendEvaluationInvites()).toBe(0);
		const sent = await db
			.select()
			.from(mailMessages)
			.where(eq(mailMessages.template, 'arrangement.evaluation'));
		expect(sent.map((s) => s.to).sort()).toEqual(people.map((p) => p.email).sort());
		expect(sent[0].text).toMatch(/\/arrangementer\/min-pamelding\/[a-z2-7]{32}\/evaluering/);
		expect(sent.some((s) => s.to === absent.email)).toBe(false);
		expect(await evaluationForm(absent.token)).toBeNull();
		expect(ev.id).toBeGreaterThan(0);
	});

	it('takes one answer per person, stored without anyone’s id', async () => {
		const { ev, people, questions } = await gathered(1);
		setNow(oslo('2031-05-11T09:00:00+02:00'));
		const [scale, text] = questions;
		const p = people[0];
		await answerEvaluation(p.token, {
			[`e${scale.id}`]: '4',
			[`e${text.id}`]: 'Mer pause'
		});
		await expect(answerEvaluation(p.token, { [`e${scale.id}`]: '1' })).rejects.toBeInstanceOf(
			ConflictError
		);
		expect((await evaluationForm(p.token))?.answered).toBe(true);

		const rows = await db
			.select()
			.from(evaluationResponses)
			.where(eq(evaluationResponses.eventId, ev.id));
		expect(rows).toHaveLength(1);
		expect(rows[0].answers).toEqual({ [String(scale.id)]: 4, [String(text.id)]: 'Mer pause' });
		// No column says who answered or when
		expect(Object.keys(getTableColumns(evaluationResponses)).sort()).toEqual([
			'answers',
			'eventId',
			'id'
		]);
		expect(JSON.stringify(rows[0])).not.toContain(p.name);
		// The mark says who answered, not what or when
		expect(Object.keys(getTableColumns(evaluationAnswered)).sort()).toEqual([
			'eventId',
			'registrationId'
		]);
	});

	it('refuses those who were not checked in, and bad scale values', async () => {
		const { people, absent, questions } = await gathered(1);
		setNow(oslo('2031-05-11T09:00:00+02:00'));
		await expect(answerEvaluation(absent.token, {})).rejects.toThrow();
		await expect(
			answerEvaluation(people[0].token, { [`e${questions[0].id}`]: '9' })
		).rejects.toBeInstanceOf(InvalidError);
		expect((await evaluationForm(people[0].token))?.answered).toBe(false);
	});

	it('shows nothing below three answers; at three the figures, free text and CSV', async () => {
		const { editor, ev, people, questions } = await gathered(3);
		const [scale, text] = questions;
		setNow(oslo('2031-05-11T09:00:00+02:00'));
		await answerEvaluation(people[0].token, {
			[`e${scale.id}`]: '5',
			[`e${text.id}`]: 'Flott'
		});
		await answerEvaluation(people[1].token, {
			[`e${scale.id}`]: '3',
			[`e${text.id}`]: 'Lang dag'
		});
		let v = await evaluationAdmin(editor, ev.id);
		expect(v.results.released).toBe(false);
		expect(v.results.questions.every((q) => !q.released)).toBe(true);
		await expect(evaluationCsv(editor, ev.id)).rejects.toBeInstanceOf(InvalidError);
		// Questions cannot change once someone has answered
		await expect(removeEvaluationQuestion(editor, ev.id, scale.id)).rejects.toBeInstanceOf(
			InvalidError
		);

		await answerEvaluation(people[2].token, { [`e${scale.id}`]: '4' });
		v = await evaluationAdmin(editor, ev.id);
		expect(v.results.released).toBe(true);
		const s = v.results.questions.find((q) => q.id === scale.id)!;
		expect(s.released && s.kind === 'scale' && s.mean).toBe(4);
		// Only two free-text answers: still hidden
		expect(v.results.questions.find((q) => q.id === text.id)?.released).toBe(false);

		const csv = await evaluationCsv(editor, ev.id);
		const body = Buffer.from(await new Response(csv.stream).arrayBuffer()).toString('utf8');
		expect(body.startsWith('\uFEFFSvar;Hvor nyttig var dagen?')).toBe(true);
		expect(body).not.toContain('Hva kan bli bedre?');
		expect(body).not.toContain('Flott');
		expect(body.trim().split('\r\n')).toHaveLength(4);
	});

	it('aggregates with the fremtidsbilde rule: free text at three answers to it', () => {
		const qs = [{ id: 1, kind: 'text' as const, label: 'Q' }];
		const two = aggregateEvaluation(qs, [{ 1: 'a' }, { 1: 'b' }, {}]);
		expect(two.released).toBe(true);
		expect(two.questions[0].released).toBe(false);
		const three = aggregateEvaluation(qs, [{ 1: 'a' }, { 1: 'b' }, { 1: 'c' }]);
		expect(three.questions[0]).toMatchObject({ released: true, texts: ['a', 'b', 'c'] });
	});

	it('only staff with rights edit or read it', async () => {
		const ev = await makeEvent();
		const nobody = await makeActor(null);
		await expect(
			addEvaluationQuestion(nobody, ev.id, { kind: 'scale', label: 'x' })
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(evaluationAdmin(nobody, ev.id)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(evaluationCsv(nobody, ev.id)).rejects.toBeInstanceOf(ForbiddenError);
	});
});

describe('message preview and test send', () => {
	it('renders the mail, and the test goes to the actor only', async () => {
		const editor = await makeActor('redaktor');
		const ev = await makeEvent();
		const p = await seated(ev.id);
		const draft = { subject: 'Husk matpakke', body: 'Vi serverer bare kaffe.' };
		const preview = await previewMessage(editor, ev.id, draft);
		expect(preview.subject).toBe('Husk matpakke');
		expect(preview.html).toContain('Vi serverer bare kaffe.');
		expect(preview.text).toContain(editor.name);

		expect(await sendTestMessage(editor, ev.id, draft)).toBe(editor.email);
		const tests = await db
			.select()
			.from(mailMessages)
			.where(like(mailMessages.template, 'arrangement.message%'));
		expect(tests.map((t) => t.to)).toEqual([editor.email]);
		expect(tests.some((t) => t.to === p.email)).toBe(false);

		const nobody = await makeActor(null);
		await expect(sendTestMessage(nobody, ev.id, draft)).rejects.toBeInstanceOf(ForbiddenError);
	});
});

describe('accessibility needs', () => {
	it('stored only with consent, shown to organisers, deleted with the dietary needs the day after', async () => {
		const { purgeDietary } = await import('./privacy');
		const { participantsCsv } = await import('./participants.admin');
		const { registrationPage } = await import('./registration/page');
		const editor = await makeActor('redaktor');
		setNow(oslo('2031-06-01T10:00:00+02:00'));
		const ev = await makeEvent({
			startsAt: oslo('2031-06-10T10:00:00+02:00'),
			endsAt: oslo('2031-06-10T15:00:00+02:00')
		});
		await expect(register(ev.id, person({ accessibility: 'Rullestol' }))).rejects.toMatchObject({
			field: 'accessibilityConsent'
		});
		const r = await seated(ev.id, {
			accessibility: 'Rullestol og teleslynge',
			accessibilityConsent: true,
			dietary: 'Glutenfri',
			dietaryConsent: true
		});
		const [stored] = await db
			.select()
			.from(registrations)
			.where(eq(registrations.id, r.registrationId));
		expect(stored.accessibility).toBe('Rullestol og teleslynge');
		expect(stored.accessibilityConsentAt).not.toBeNull();
		expect((await registrationPage(r.token))?.registration.accessibility).toBe(
			'Rullestol og teleslynge'
		);
		const csv = await csvText(participantsCsv(editor, ev.id, { personal: false, dietary: true }));
		expect(csv.csv).toContain('Tilrettelegging');
		expect(csv.csv).toContain('Rullestol og teleslynge');
		const plain = await csvText(
			participantsCsv(editor, ev.id, { personal: false, dietary: false })
		);
		expect(plain.csv).not.toContain('Rullestol');

		setNow(oslo('2031-06-10T23:59:00+02:00'));
		expect(await purgeDietary()).toBe(0);
		setNow(oslo('2031-06-11T00:00:30+02:00'));
		expect(await purgeDietary()).toBe(1);
		const [after] = await db
			.select()
			.from(registrations)
			.where(eq(registrations.id, r.registrationId));
		expect(after.accessibility).toBeNull();
		expect(after.accessibilityConsentAt).toBeNull();
		expect(after.dietary).toBeNull();
	});

	it('is deleted on its own schedule even without dietary needs', async () => {
		const { purgeDietary } = await import('./privacy');
		setNow(oslo('2031-07-01T10:00:00+02:00'));
		const ev = await makeEvent({
			format: 'digitalt',
			venue: '',
			address: '',
			startsAt: oslo('2031-07-10T10:00:00+02:00'),
			endsAt: oslo('2031-07-10T11:00:00+02:00')
		});
		const r = await seated(ev.id, { accessibility: 'Teksting', accessibilityConsent: true });
		setNow(oslo('2031-07-11T08:00:00+02:00'));
		expect(await purgeDietary()).toBe(1);
		const [after] = await db
			.select()
			.from(registrations)
			.where(eq(registrations.id, r.registrationId));
		expect(after.accessibility).toBeNull();
	});
});
