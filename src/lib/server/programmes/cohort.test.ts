import { afterEach, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { db } from '../db/client';
import { mailMessages } from '../mail/schema';
import { registrations } from '../events/schema';
import { register } from '../events/registration/register';
import { makeActor, makeEvent, person } from '../events/test-support';
import { member } from '../fremtidsbilde/testing';
import { ServiceError } from '../errors';
import { resetClock, setNow } from '../clock';
import { cohortRule } from './cohort';
import { programmeParticipants, programmes } from './schema';
import { addParticipant, setParticipantStatus } from './programmes.admin';
import { programmeBySlug } from './programmes.service';
import {
	addAnswerFile,
	answersForTask,
	assertCanHandIn,
	saveAnswer,
	saveTask
} from './tasks.service';
import { followedTask, programmeOverview } from './overview';
import { addDays, reminderDue, sendTaskReminders } from './reminders';
import { loadEventsDemo } from '../events/demo';
import { loadProgrammesDemo } from './demo';
import { loadCallsDemo } from './demo-calls';
import { publicProgramme, publicProgrammes } from './programmes.public';

afterEach(() => resetClock());

let n = 0;
async function programme(participants: Record<string, 'deltar' | 'fullfort' | 'trukket'> = {}) {
	const [p] = await db
		.insert(programmes)
		.values({
			slug: `test-program-${++n}`,
			name: `Testprogram ${n}`,
			kind: 'regionalt',
			status: 'pagar'
		})
		.returning();
	for (const [nr, status] of Object.entries(participants))
		await db
			.insert(programmeParticipants)
			.values({ programmeId: p.id, municipalityNumber: nr, status });
	return (await programmeBySlug(p.slug))!;
}

describe('the cohort rule', () => {
	it('asks the anonymous to sign in, refuses outsiders, lets members of the cohort in', () => {
		expect(cohortRule(null, ['5001'], 'P')).toMatchObject({ ok: false, reason: 'login' });
		const outsider = { memberships: [{ municipalityNumber: '0301', role: 'medlem' as const }] };
		expect(cohortRule(outsider, ['5001'], 'P')).toMatchObject({ ok: false, reason: 'outsider' });
		const inside = { memberships: [{ municipalityNumber: '5001', role: 'medlem' as const }] };
		expect(cohortRule(inside, ['5001'], 'P')).toEqual({ ok: true, municipalityNumber: '5001' });
	});

	it('registration for a cohort-only gathering: members of participating municipalities only', async () => {
		const p = await programme({ '5001': 'deltar', '4601': 'trukket' });
		const ev = await makeEvent({ programmeId: p.id, cohortOnly: true });
		const inside = await member('5001');
		const ok = await register(ev.id, person({ municipality: '' }), inside);
		expect(ok.kind).toBe('registered');
		const [reg] = await db.select().from(registrations).where(eq(registrations.eventId, ev.id));
		expect(reg.municipalityNumber).toBe('5001');

		for (const actor of [
			null,
			await member('0301'),
			await member('4601'),
			await makeActor('admin')
		]) {
			const attempt = register(ev.id, person(), actor);
			await expect(attempt).rejects.toBeInstanceOf(ServiceError);
			await expect(register(ev.id, person(), actor)).rejects.toMatchObject({
				code: 'invalid',
				key: expect.stringMatching(/^problems\.cohort\./)
			});
		}
		// An open gathering of the same programme takes anyone.
		const open = await makeEvent({ programmeId: p.id, cohortOnly: false });
		expect((await register(open.id, person(), null)).kind).toBe('registered');
	});
});

describe('participants', () => {
	it('adds by name, refuses a second time and unknown names, changes status', async () => {
		const p = await programme();
		const editor = await makeActor('redaktor');
		await addParticipant(editor, p.slug, 'Trondheim');
		await expect(addParticipant(editor, p.slug, 'trondheim kommune')).rejects.toMatchObject({
			key: 'problems.programmes.alreadyParticipant'
		});
		await expect(addParticipant(editor, p.slug, 'Atlantis')).rejects.toMatchObject({
			field: 'municipality'
		});
		await setParticipantStatus(editor, p.slug, '5001', 'fullfort');
		const [row] = await db
			.select()
			.from(programmeParticipants)
			.where(eq(programmeParticipants.programmeId, p.id));
		expect(row.status).toBe('fullfort');
		// A chapter leader of another chapter may not run it.
		const other = await makeActor(null, [999]);
		await expect(addParticipant(other, p.slug, 'Bergen')).rejects.toMatchObject({
			code: 'forbidden'
		});
	});
});

describe('between-work answers', () => {
	it('hand-in rules: something to hand in, nothing changes after', () => {
		expect(() => assertCanHandIn(null, '  ', 0)).toThrow(/Skriv svaret eller legg ved en fil/);
		expect(() => assertCanHandIn(null, '', 1)).not.toThrow();
		expect(() => assertCanHandIn({ handedInAt: new Date() }, 'tekst', 0)).toThrow(/levert/);
	});

	it('the group writes, hands in once; staff read; outsiders and staff cannot write', async () => {
		const p = await programme({ '5001': 'deltar', '4601': 'deltar' });
		const editor = await makeActor('admin');
		const taskId = await saveTask(editor, p, null, {
			title: 'Nåbilde',
			description: 'Skriv hva dere fant.',
			dueOn: '2031-10-15',
			eventId: '',
			version: 0
		});
		const kari = await member('5001');
		const v1 = await saveAnswer(kari, '5001', taskId, { text: 'Utkast', version: 0 });
		await expect(
			saveAnswer(kari, '5001', taskId, { text: 'Gammel', version: 0 })
		).rejects.toMatchObject({
			code: 'conflict'
		});
		await expect(
			addAnswerFile(kari, '5001', taskId, {
				name: 'rapport.pdf',
				bytes: new TextEncoder().encode('<html>')
			})
		).rejects.toMatchObject({ field: 'file' });
		await addAnswerFile(kari, '5001', taskId, {
			name: 'notat.txt',
			bytes: new TextEncoder().encode('Notat fra gruppen')
		});
		const v2 = v1 + 1;
		await saveAnswer(kari, '5001', taskId, { text: 'Ferdig svar', version: v2 }, true);
		await expect(
			saveAnswer(kari, '5001', taskId, { text: 'Endring', version: v2 + 1 })
		).rejects.toMatchObject({ key: 'problems.programmes.answerHandedIn' });
		// Staff read but do not write; another municipality's member cannot write here.
		await expect(
			saveAnswer(editor, '5001', taskId, { text: 'x', version: 0 })
		).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(
			saveAnswer(await member('4601'), '5001', taskId, { text: 'x', version: 0 })
		).rejects.toMatchObject({ code: 'forbidden' });
		// A municipality outside the programme has no such task.
		await expect(
			saveAnswer(await member('0301'), '0301', taskId, { text: 'x', version: 0 })
		).rejects.toMatchObject({ code: 'not-found' });

		const view = await answersForTask(editor, p, taskId);
		const trondheim = view.answers.find((a) => a.number === '5001')!;
		expect(trondheim.handedInAt).not.toBeNull();
		expect(String(trondheim.textHtml)).toContain('Ferdig svar');
		expect(trondheim.files.map((f) => f.name)).toEqual(['notat.txt']);
		expect(view.answers.find((a) => a.number === '4601')!.handedInAt).toBeNull();
	});
});

describe('overview', () => {
	it('follows the task due last, the next gathering, the group and actions', async () => {
		expect(
			followedTask(
				[{ dueOn: '2031-01-01' }, { dueOn: '2031-03-01' }, { dueOn: '2031-05-01' }],
				'2031-04-01'
			)
		).toEqual({ dueOn: '2031-03-01' });
		expect(followedTask([{ dueOn: '2031-05-01' }], '2031-04-01')).toEqual({ dueOn: '2031-05-01' });
		expect(followedTask([], '2031-04-01')).toBeNull();

		const p = await programme({ '5001': 'deltar', '4601': 'deltar' });
		const editor = await makeActor('admin');
		const ev = await makeEvent({ programmeId: p.id, cohortOnly: true });
		const coordinator = await member('5001', 'koordinator', 'kulturskoleleder');
		await member('5001', 'medlem', 'skoleeier');
		await member('5001', 'medlem', 'pedagogisk');
		await member('5001', 'medlem', 'annen_sektor');
		await register(ev.id, person({ municipality: '' }), coordinator);
		await register(ev.id, person({ municipality: '' }), coordinator);
		const taskId = await saveTask(editor, p, null, {
			title: 'Oppgave',
			description: '',
			dueOn: '2031-10-15',
			eventId: String(ev.id),
			version: 0
		});
		await saveAnswer(coordinator, '5001', taskId, { text: 'Svar', version: 0 }, true);
		const o = await programmeOverview(editor, p);
		expect(o.nextGathering?.id).toBe(ev.id);
		expect(o.task?.id).toBe(taskId);
		const t = o.rows.find((r) => r.number === '5001')!;
		const b = o.rows.find((r) => r.number === '4601')!;
		expect([t.groupComplete, t.nextRegistrations, t.handedIn]).toEqual([true, 2, true]);
		expect([b.groupComplete, b.nextRegistrations, b.handedIn]).toEqual([false, 0, false]);
		expect(b.missingRoles).toContain('kulturskoleleder');
		expect(t.actions).toEqual({ planlagt: 0, i_gang: 0, fullfort: 0, avbrutt: 0 });
	});
});

describe('reminders', () => {
	it('from three days before the due date, once per coordinator, not after hand-in', async () => {
		expect(addDays('2031-03-01', -3)).toBe('2031-02-26');
		expect(reminderDue('2031-03-01', '2031-02-25')).toBe(false);
		expect(reminderDue('2031-03-01', '2031-02-26')).toBe(true);
		expect(reminderDue('2031-03-01', '2031-03-01')).toBe(true);
		expect(reminderDue('2031-03-01', '2031-03-02')).toBe(false);

		const p = await programme({ '5001': 'deltar', '4601': 'deltar', '1804': 'trukket' });
		const editor = await makeActor('admin');
		const taskId = await saveTask(editor, p, null, {
			title: 'Påminnelsesoppgave',
			description: '',
			dueOn: '2031-03-10',
			eventId: '',
			version: 0
		});
		const trondheim = await member('5001', 'koordinator');
		await member('4601', 'koordinator');
		await member('4601', 'medlem');
		await member('1804', 'koordinator');
		const sent = () =>
			db
				.select()
				.from(mailMessages)
				.where(
					and(
						eq(mailMessages.template, 'mellomarbeid.reminder'),
						like(mailMessages.idempotencyKey, `mellomarbeid:${taskId}:%`)
					)
				);
		setNow(new Date('2031-03-05T10:00:00Z'));
		await sendTaskReminders();
		expect(await sent()).toHaveLength(0);
		setNow(new Date('2031-03-07T10:00:00Z'));
		await saveAnswer(trondheim, '5001', taskId, { text: 'Levert tidlig', version: 0 }, true);
		await sendTaskReminders();
		await sendTaskReminders();
		setNow(new Date('2031-03-08T10:00:00Z'));
		await sendTaskReminders();
		const mails = await sent();
		// Only Bergen's coordinator: Trondheim handed in, Bodø withdrew, members get none.
		expect(mails).toHaveLength(1);
		expect(mails[0].subject).toContain('Påminnelsesoppgave');
		expect(mails[0].text).toContain('/kommuner/4601/mellomarbeid/');
	});
});

describe('demo and public pages', () => {
	it('the pre-pilot, the pilot and the regional programme with their figures', async () => {
		await db.transaction(async (tx) => {
			await loadEventsDemo(tx);
			await loadProgrammesDemo(tx);
			await loadCallsDemo(tx);
		});
		const list = await publicProgrammes();
		const by = (slug: string) => list.find((p) => p.slug === slug)!;
		expect([by('forpilot').participants, by('forpilot').completed]).toEqual([6, 6]);
		expect([by('pilot').participants, by('pilot').completed, by('pilot').applications]).toEqual([
			16, 14, 55
		]);
		expect(by('regionalt-program-vestland-2027').status).toBe('planlagt');
		// Applications sent through the platform's call count (the demo's draft and withdrawn do not)
		expect(by('regionalt-program-vestland-2027').applications).toBe(1);
		expect(by('forpilot').applications).toBeNull();
		const pilot = (await publicProgramme('pilot'))!;
		expect(pilot.gatherings.map((g) => g.startsAt.toISOString().slice(0, 7))).toEqual(
			expect.arrayContaining(['2021-09', '2021-11', '2022-02'])
		);
		expect(
			pilot.participants.flatMap((g) => g.municipalities).some((m) => m.number === '3228')
		).toBe(true);
		const regional = (await publicProgramme('regionalt-program-vestland-2027'))!;
		expect(regional.chapters[0]).toContain('Vestland');
		expect(regional.applications).toBe(1);
		expect(regional.gatherings[0].startsAt.toISOString().slice(0, 7)).toBe('2027-09');
	});
});
