import { afterEach, describe, expect, it } from 'vitest';
import { and, asc, eq, like } from 'drizzle-orm';
import { db } from '../db/client';
import { resetClock, setNow } from '../clock';
import { ServiceError, type Reason } from '../errors';
import { config } from '../config';
import { message } from '$lib/i18n';
import { mailMessages } from '../mail/schema';
import { authTokens, municipalityMembers } from '../accounts/schema';
import { workspaces } from '../fremtidsbilde/schema';
import { municipalities } from '../geo/schema';
import { member } from '../fremtidsbilde/testing';
import { programmeParticipants } from './schema';
import { applications, programmeCalls } from './calls-schema';
import { callPhase, deadlineProblem, eligibilityProblem, currentCall } from './calls.service';
import {
	ApplicationConflict,
	SubmissionProblems,
	applicationForApplicant,
	deleteOldApplicationData,
	membersOf,
	saveApplication,
	startApplication,
	submissionProblems,
	withdrawApplication
} from './applications.service';
import { closeCallEarly, decide, placesProblem, sendDecisions } from './review.service';
import { anyGoalId, completeAnswer, makeCall } from './test-support';
import type { GroupRole } from '$lib/forms/fremtidsbilde';

/** A reason's text (bokmål in the tests). */
const said = (r: Reason | null) => r && message(r.key, r.values);

afterEach(() => resetClock());

async function rejection(p: Promise<unknown>) {
	const e = await p.then(
		() => null,
		(err: unknown) => err
	);
	expect(e).toBeInstanceOf(ServiceError);
	return e as ServiceError;
}

describe('rules', () => {
	const call = {
		opensAt: new Date('2027-01-01T08:00:00Z'),
		closesAt: new Date('2027-05-15T21:59:00Z'),
		chapterIds: [7]
	};

	it('knows before, during and after the call; the deadline itself is closed', () => {
		expect(callPhase(call, new Date('2026-12-31T12:00:00Z'))).toBe('ikke_apnet');
		expect(callPhase(call, new Date('2027-01-01T08:00:00Z'))).toBe('apen');
		expect(callPhase(call, new Date('2027-05-15T21:58:59Z'))).toBe('apen');
		expect(callPhase(call, new Date('2027-05-15T21:59:00Z'))).toBe('stengt');
		expect(said(deadlineProblem(call, new Date('2027-06-01T00:00:00Z')))).toMatch(
			/Søknadsfristen gikk ut 15\. mai 2027 kl\. 23\.59/
		);
		expect(deadlineProblem(call, new Date('2027-03-01T00:00:00Z'))).toBeNull();
	});

	it('lets member municipalities in the chapter apply, and says why others may not', () => {
		const m = { number: '4647', name: 'Sunnfjord', nkMember: true, chapterIds: [7] };
		expect(eligibilityProblem(m, call)).toBeNull();
		expect(said(eligibilityProblem({ ...m, nkMember: false }, call))).toMatch(/ikke medlem/);
		expect(
			said(
				eligibilityProblem({ ...m, name: 'Trondheim', chapterIds: [4] }, call, { 7: 'Vestland' })
			)
		).toBe('Trondheim hører ikke til Vestland. Utlysningen gjelder bare kommuner der.');
		expect(eligibilityProblem({ ...m, chapterIds: [4] }, { chapterIds: [] })).toBeNull();
	});

	it('checks the composition per municipality against the call’s roles', () => {
		const base = completeAnswer('4647', 1);
		const members = base.memberName.map((name, i) => ({
			name,
			email: base.memberEmail[i],
			groupRole: base.memberRole[i] as GroupRole,
			municipalityNumber: '4647'
		}));
		const munis = [
			{ number: '4647', name: 'Sunnfjord', problem: null },
			{ number: '4640', name: 'Sogndal', problem: null }
		];
		const roles = ['skoleeier', 'kulturskoleleder', 'pedagogisk', 'annen_sektor'] as const;
		const problems = submissionProblems({
			answers: base,
			members: members.filter((x) => x.groupRole !== 'pedagogisk'),
			municipalities: munis,
			requiredRoles: roles,
			deadline: null
		});
		expect(problems.map((p) => p.message)).toEqual([
			'Gruppen for Sunnfjord mangler pedagogisk medarbeider i kulturskolen. Før opp minst én person med hver av disse rollene.',
			'Gruppen for Sogndal mangler skoleeier, kulturskoleleder, pedagogisk medarbeider i kulturskolen og annen sektor. Før opp minst én person med hver av disse rollene.'
		]);
		expect(
			submissionProblems({
				answers: { ...base, motivation: ' ', goalIds: [] },
				members,
				municipalities: munis.slice(0, 1),
				requiredRoles: ['skoleeier'],
				deadline: { key: 'problems.calls.closed', values: { at: 'i går' } }
			}).map((p) => p.field)
		).toEqual(['', 'motivation', 'goalIds']);
	});

	it('never admits beyond the places', () => {
		expect(placesProblem(6, 5, 1)).toBeNull();
		expect(said(placesProblem(6, 6, 1))).toMatch(/Alle de 6 plassene er fylt/);
		expect(said(placesProblem(6, 5, 2))).toMatch(/bare 1 plass igjen/);
	});
});

describe('applying', () => {
	it('starts, saves with optimistic locking, submits with a receipt and PDF, and withdraws', async () => {
		const { call } = await makeCall();
		const goal = await anyGoalId();
		const applicant = await member(null);
		const id = await startApplication(applicant, call, { municipalities: ['4647'] });
		expect(await currentCall(call.programmeId)).toMatchObject({ places: 2 });

		// Incomplete: nothing sent, each problem named.
		const bad = await rejection(
			saveApplication(
				applicant,
				call,
				id,
				{ ...completeAnswer('4647', goal), memberRole: ['skoleeier'] },
				true
			)
		);
		expect(bad).toBeInstanceOf(SubmissionProblems);
		expect((bad as SubmissionProblems).problems[0].message).toMatch(
			/Gruppen for Sunnfjord mangler/
		);

		const saved = await saveApplication(applicant, call, id, completeAnswer('4647', goal), false);
		expect(saved).toEqual({ version: 2, sent: false });

		// A member named in the group opens it and saves; the applicant's stale copy is refused.
		const helper = await member(null);
		const answer = completeAnswer('4647', goal, 2);
		answer.memberEmail[0] = helper.email;
		await saveApplication(applicant, call, id, answer, false);
		const view = await applicationForApplicant(helper, call, id);
		await saveApplication(
			helper,
			call,
			id,
			{ ...answer, version: view.application.version, motivation: 'Ny tekst' },
			false
		);
		const conflict = await rejection(
			saveApplication(applicant, call, id, { ...answer, version: 3 }, false)
		);
		expect(conflict).toBeInstanceOf(ApplicationConflict);
		expect((conflict as ApplicationConflict).current.fields).toEqual(['motivation']);

		// An outsider gets "not found", never the application.
		const outsider = await member(null);
		expect((await rejection(applicationForApplicant(outsider, call, id))).code).toBe('not-found');

		const sent = await saveApplication(applicant, call, id, { ...answer, version: 4 }, true);
		expect(sent.sent).toBe(true);
		const [receipt] = await db
			.select()
			.from(mailMessages)
			.where(eq(mailMessages.to, applicant.email));
		expect(receipt.subject).toBe(`Kvittering: søknad til ${call.programmeName}`);
		expect(receipt.attachments[0].filename).toBe(`soknad-${id}.pdf`);
		expect(Buffer.from(receipt.attachments[0].content, 'base64').subarray(0, 4).toString()).toBe(
			'%PDF'
		);

		await withdrawApplication(applicant, call, id);
		// Withdrawn frees the municipality.
		const again = await startApplication(applicant, call, { municipalities: ['4647'] });
		expect(again).toBeGreaterThan(id);
	});

	it('refuses a second live application for a municipality without giving its group away', async () => {
		const { call } = await makeCall();
		const a = await member(null);
		const id = await startApplication(a, call, { municipalities: ['4647', '4640'] });
		const e = await rejection(
			startApplication(await member(null), call, { municipalities: ['4640'] })
		);
		expect(e.field).toBe('municipalities');
		expect(e.message).toContain('Sogndal har allerede en søknad til denne utlysningen.');
		// Whom to ask: a role and the programme staff, not the person who started it
		expect(e.message).toContain('koordinatoren');
		expect(e.message).toContain(config.contactEmail);
		expect(e.message).not.toContain(a.name);
		expect(e.message).not.toContain(`nr. ${id}`);
		expect(e.message).not.toMatch(/utkast|sendt/i);
		// Even when two start at the same moment, the database lets one through.
		const { call: c2 } = await makeCall();
		const results = await Promise.allSettled(
			[await member(null), await member(null)].map((p) =>
				startApplication(p, c2, { municipalities: ['4613'] })
			)
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
	});

	it('refuses municipalities outside the chapter, non-members and late applications', async () => {
		const { call } = await makeCall();
		const a = await member(null);
		expect(
			(await rejection(startApplication(a, call, { municipalities: ['5001'] }))).message
		).toMatch(/Trondheim hører ikke til Vestland/);
		await db
			.update(municipalities)
			.set({ nkMember: false })
			.where(eq(municipalities.number, '4602'));
		expect(
			(await rejection(startApplication(a, call, { municipalities: ['4602'] }))).message
		).toMatch(/Kinn er ikke medlem/);
		const id = await startApplication(a, call, { municipalities: ['4647'] });
		setNow(new Date(call.closesAt.getTime() + 1000));
		const late = await rejection(
			saveApplication(a, call, id, completeAnswer('4647', await anyGoalId()), true)
		);
		expect(late.message).toMatch(/Søknadsfristen gikk ut/);
		expect((await rejection(withdrawApplication(a, call, id))).key).toBe('problems.calls.closed');
		expect((await applicationForApplicant(a, call, id)).editable).toBe(false);
	});
});

describe('review and admission', () => {
	async function submitted(call: Awaited<ReturnType<typeof makeCall>>['call'], nr: string) {
		const a = await member(null);
		const id = await startApplication(a, call, { municipalities: [nr] });
		await saveApplication(a, call, id, completeAnswer(nr, await anyGoalId()), true);
		return { id, applicant: a };
	}

	it('admits at most the places, even when reviewers decide at the same time', async () => {
		const { call, programme } = await makeCall({ places: 2 });
		const staff = await member(null, 'medlem', null, { globalRole: 'redaktor' });
		const apps = [];
		for (const nr of ['4647', '4640', '4613', '4601']) apps.push(await submitted(call, nr));
		const results = await Promise.allSettled(
			apps.map((a) => decide(staff, programme, a.id, { decision: 'tatt_opp', version: 2 }))
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
		const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(refused.reason.message).toMatch(/Alle de 2 plassene er fylt/);
		const admitted = await db
			.select()
			.from(applications)
			.where(and(eq(applications.callId, call.id), eq(applications.decision, 'tatt_opp')));
		expect(admitted).toHaveLength(2);
	});

	it('sends decisions once, makes admitted municipalities participants and invites the group', async () => {
		const { call, programme } = await makeCall({ places: 3 });
		const staff = await member(null, 'medlem', null, { globalRole: 'redaktor' });
		const yes = await submitted(call, '4647');
		const no = await submitted(call, '4640');
		await decide(staff, programme, yes.id, { decision: 'tatt_opp', version: 2 });
		await decide(staff, programme, no.id, { decision: 'avslag', version: 2 });
		// Not while the call is open: others may still apply or change their application
		expect((await rejection(sendDecisions(staff, programme))).key).toBe(
			'problems.calls.decisionsBeforeDeadline'
		);
		expect(
			await db
				.select()
				.from(mailMessages)
				.where(like(mailMessages.idempotencyKey, `application:${yes.id}:decision:%`))
		).toHaveLength(0);
		// Closing early takes a deliberate confirmation, and only staff may do it
		expect((await rejection(closeCallEarly(staff, programme, false))).field).toBe('bekreft');
		expect((await rejection(closeCallEarly(yes.applicant, programme, true))).code).toBe(
			'forbidden'
		);
		expect((await applicationForApplicant(yes.applicant, call, yes.id)).editable).toBe(true);
		await closeCallEarly(staff, programme, true);
		expect((await rejection(closeCallEarly(staff, programme, true))).key).toBe(
			'problems.calls.closeNotOpen'
		);
		const [closedCall] = await db
			.select()
			.from(programmeCalls)
			.where(eq(programmeCalls.id, call.id));
		const closed = { ...call, closesAt: closedCall.closesAt };
		expect((await applicationForApplicant(yes.applicant, closed, yes.id)).decision).toBeNull();
		expect(await sendDecisions(staff, programme)).toBe(2);
		expect(await sendDecisions(staff, programme)).toBe(0);
		// The applicant sees the decision, and the application is no longer editable
		const seen = await applicationForApplicant(yes.applicant, closed, yes.id);
		expect(seen.decision).toMatchObject({ value: 'tatt_opp' });
		expect(seen.editable).toBe(false);

		const decisionsTo = await db
			.select()
			.from(mailMessages)
			.where(like(mailMessages.idempotencyKey, `application:${yes.id}:decision:%`));
		expect(decisionsTo.map((x) => [x.to, x.subject]).sort()).toEqual(
			[yes.applicant.email, 'kari@example.no']
				.sort()
				.map((to) => [to, `Sunnfjord er tatt opp i ${programme.name}`])
		);
		const [participant] = await db
			.select()
			.from(programmeParticipants)
			.where(eq(programmeParticipants.programmeId, programme.id));
		expect(participant).toMatchObject({ municipalityNumber: '4647', applicationId: yes.id });
		expect(
			await db.select().from(workspaces).where(eq(workspaces.municipalityNumber, '4647'))
		).toHaveLength(1);
		const [coordinator] = await db
			.select()
			.from(municipalityMembers)
			.where(
				and(
					eq(municipalityMembers.municipalityNumber, '4647'),
					eq(municipalityMembers.userId, yes.applicant.id)
				)
			);
		expect(coordinator.role).toBe('koordinator');
		const invites = await db
			.select()
			.from(authTokens)
			.where(and(eq(authTokens.purpose, 'invite'), like(authTokens.email, '%-4647@example.no')))
			.orderBy(asc(authTokens.email));
		expect(invites.map((i) => i.email)).toEqual([
			'annen_sektor-4647@example.no',
			'kulturskoleleder-4647@example.no',
			'pedagogisk-4647@example.no',
			'skoleeier-4647@example.no'
		]);
		expect(
			await db
				.select()
				.from(programmeParticipants)
				.where(eq(programmeParticipants.municipalityNumber, '4640'))
		).toHaveLength(0);
	});
});

describe('retention', () => {
	it('removes drafts, withdrawn applications and the named people 18 months after the deadline', async () => {
		const { call } = await makeCall();
		const a = await member(null);
		const sent = await startApplication(a, call, { municipalities: ['4647'] });
		await saveApplication(a, call, sent, completeAnswer('4647', await anyGoalId()), true);
		const draft = await startApplication(a, call, { municipalities: ['4640'] });
		await deleteOldApplicationData(new Date(call.closesAt.getTime() + 500 * 24 * 60 * 60_000));
		expect(await membersOf(sent)).toHaveLength(4);
		await deleteOldApplicationData(new Date(call.closesAt.getTime() + 541 * 24 * 60 * 60_000));
		expect(await membersOf(sent)).toHaveLength(0);
		const rows = await db.select().from(applications).where(eq(applications.callId, call.id));
		expect(rows.map((r) => [r.id, r.contactEmail, r.motivation.length > 0])).toEqual([
			[sent, '', true]
		]);
		expect(rows.some((r) => r.id === draft)).toBe(false);
	});
});
