/**
 * Defence in depth (issue 9): the staff services of events and programmes refuse, in the
 * service itself, an anonymous caller, a member and a county-chapter leader of another chapter
 * (events: `can.manageEvent` with the event's chapter; programmes: `can.manageProgramme` with
 * the chapters that run it), and nothing changes. The permitted leader still succeeds.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { asc, count, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { auditLog } from '../accounts/schema';
import { countyChapters } from '../geo/schema';
import { mailMessages } from '../mail/schema';
import { eventMessages, eventQuestions, events, registrations } from './schema';
import type { Actor } from '../accounts/actor';
import { ForbiddenError } from '../errors';
import type { EventInput } from '$lib/forms/events';
import {
	cancelEvent,
	chapterOptions,
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
import { makeActor, makeEvent, addQuestion as seedQuestion, person } from './test-support';
import { member } from '../fremtidsbilde/testing';
import {
	addParticipant,
	participantsOf,
	listProgrammesAdmin,
	programmeFormOptions,
	removeParticipant,
	saveProgramme,
	setParticipantStatus
} from '../programmes/programmes.admin';
import { saveCall } from '../programmes/calls.service';
import {
	decide,
	decisionsPage,
	listApplications,
	reviewView,
	saveScores,
	saveTemplates,
	sendDecisions
} from '../programmes/review.service';
import { answersForTask, managedTask, saveTask } from '../programmes/tasks.service';
import { interestChapters, listInterests, registerInterest } from '../programmes/interest.service';
import { programmeOverview } from '../programmes/overview';
import {
	applicationForApplicant,
	applicationsOfPerson,
	myApplications,
	saveApplicationDraft,
	startApplication,
	withdrawApplication
} from '../programmes/applications.service';
import { callToForm } from '../programmes/calls.service';
import { programmeToForm } from '../programmes/programmes.admin';
import { makeCall, vestlandId } from '../programmes/test-support';
import { programmeParticipants, programmeTasks, programmes } from '../programmes/schema';
import { programmeCalls } from '../programmes/calls-schema';
import type { Programme } from '../programmes/programmes.service';
import type { ProgrammeInput } from '$lib/forms/programmes';

const anonymous = null as unknown as Actor;
let nordland: number;
let vestland: number;
let nordlandLeader: Actor;
let vestlandLeader: Actor;
let plain: Actor;
let eventId: number;
let registrationId: number;
let questionId: number;
let programme: Programme;
let taskId: number;

const eventInput = (over: Partial<EventInput> = {}): EventInput => ({
	title: 'Regional samling',
	slug: '',
	type: 'samling',
	lead: 'Kommunegruppene møtes.',
	description: '',
	agenda: '',
	startsAt: '2031-09-10T10:00',
	endsAt: '2031-09-10T15:00',
	format: 'fysisk',
	venue: 'Bodø rådhus',
	address: 'Kongens gate 38, 8006 Bodø',
	meetingUrl: '',
	audience: '',
	organisers: 'Norsk kulturskoleråd',
	capacity: '',
	registrationOpensAt: '',
	registrationClosesAt: '',
	recordingUrl: '',
	resources: '',
	chapterId: '',
	programmeId: '',
	cohortOnly: false,
	version: 1,
	intent: 'lagre',
	creationKey: '',
	...over
});

/** The rows a refused call could have touched. */
async function snapshot() {
	const [ev, regs, qs, msgs, progs, calls, parts, tasks, [audit], [mail]] = await Promise.all([
		db.select().from(events).orderBy(asc(events.id)),
		db.select().from(registrations).orderBy(asc(registrations.id)),
		db.select().from(eventQuestions).orderBy(asc(eventQuestions.id)),
		db.select({ id: eventMessages.id }).from(eventMessages),
		db.select().from(programmes).orderBy(asc(programmes.id)),
		db.select().from(programmeCalls).orderBy(asc(programmeCalls.id)),
		db.select().from(programmeParticipants),
		db.select().from(programmeTasks).orderBy(asc(programmeTasks.id)),
		db.select({ n: count() }).from(auditLog),
		db.select({ n: count() }).from(mailMessages)
	]);
	return {
		events: ev.map((e) => [e.id, e.version, e.status, e.title]),
		registrations: regs.map((r) => [r.id, r.status, r.attendedAt]),
		questions: qs.map((q) => [q.id, q.label, q.position]),
		messages: msgs.length,
		programmes: progs.map((p) => [p.id, p.version, p.name]),
		calls: calls.map((c) => [c.id, c.version, c.title]),
		participants: parts.map((p) => [p.programmeId, p.municipalityNumber, p.status]),
		tasks: tasks.map((t) => [t.id, t.version, t.title]),
		audit: audit.n,
		mail: mail.n
	};
}

beforeEach(() => {
	vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
	vi.restoreAllMocks();
});

beforeAll(async () => {
	const chapters = await db.select().from(countyChapters);
	nordland = chapters.find((c) => c.slug === 'nordland')!.id;
	vestland = await vestlandId();
	nordlandLeader = await makeActor(null, [nordland]);
	vestlandLeader = await makeActor(null, [vestland]);
	plain = await member('1804', 'koordinator');
	const ev = await makeEvent({ chapterId: nordland, title: 'Nordlands samling' });
	eventId = ev.id;
	const q = await seedQuestion(eventId, { kind: 'text', label: 'Hva heter skolen?' });
	questionId = q.id;
	await seedQuestion(eventId, { kind: 'text', label: 'Andre spørsmål', position: 1 });
	const reg = await register(eventId, person({ answers: { [q.id]: 'Bodø' } }));
	if (reg.kind !== 'registered') throw new Error('registration failed');
	registrationId = reg.registrationId;
	({ programme } = await makeCall());
	await db
		.insert(programmeParticipants)
		.values({ programmeId: programme.id, municipalityNumber: '4601', status: 'deltar' });
	taskId = await saveTask(vestlandLeader, programme, null, {
		title: 'Oppgave',
		description: '',
		dueOn: '2031-10-15',
		eventId: '',
		version: 0
	});
});

const eventCalls: [string, (a: Actor) => Promise<unknown>][] = [
	['managedEvent', (a) => managedEvent(a, eventId)],
	['updateEvent', (a) => updateEvent(a, eventId, eventInput({ chapterId: String(nordland) }))],
	['publishEvent', (a) => publishEvent(a, eventId, eventInput({ chapterId: String(nordland) }))],
	[
		'unpublishEvent',
		(a) => unpublishEvent(a, eventId, eventInput({ chapterId: String(nordland) }))
	],
	['copyEvent', (a) => copyEvent(a, eventId)],
	['cancelEvent', (a) => cancelEvent(a, eventId, 'Avlyst', 1)],
	['deleteEvent', (a) => deleteEvent(a, eventId, 1)],
	[
		'addQuestion',
		(a) =>
			addQuestion(a, eventId, {
				label: 'Ny?',
				kind: 'text',
				help: '',
				required: false,
				options: ''
			})
	],
	[
		'updateQuestion',
		(a) =>
			updateQuestion(a, eventId, questionId, {
				label: 'Endret?',
				kind: 'text',
				help: '',
				required: false,
				options: ''
			})
	],
	['deleteQuestion', (a) => deleteQuestion(a, eventId, questionId)],
	['moveQuestion', (a) => moveQuestion(a, eventId, questionId, 'ned')],
	['participants', (a) => participants(a, eventId, { status: 'confirmed' })],
	['moveRegistration', (a) => moveRegistration(a, eventId, registrationId, 'cancelled')],
	['setAttendance', (a) => setAttendance(a, eventId, registrationId, true)],
	[
		'messageParticipants',
		(a) =>
			messageParticipants(a, eventId, {
				subject: 'Hei',
				body: 'Melding',
				audience: 'all',
				nonce: 'n1'
			})
	],
	['listMessages', (a) => listMessages(a, eventId)],
	['participantsCsv', (a) => participantsCsv(a, eventId, { personal: true, dietary: true })]
];

const programmeInput = async (): Promise<ProgrammeInput> =>
	({ ...(await programmeToForm(programme)), name: 'Overtatt' }) as ProgrammeInput;

const programmeCalls_: [string, (a: Actor) => Promise<unknown>][] = [
	['saveProgramme', async (a) => saveProgramme(a, programme.slug, await programmeInput())],
	['participantsOf', (a) => participantsOf(a, programme)],
	['addParticipant', (a) => addParticipant(a, programme.slug, '5001')],
	['setParticipantStatus', (a) => setParticipantStatus(a, programme.slug, '4601', 'trukket')],
	['removeParticipant', (a) => removeParticipant(a, programme.slug, '4601')],
	[
		'saveCall',
		async (a) => {
			const [call] = await db
				.select()
				.from(programmeCalls)
				.where(eq(programmeCalls.programmeId, programme.id));
			return saveCall(a, programme, { ...callToForm(call, programme), title: 'Overtatt' });
		}
	],
	[
		'listApplications',
		(a) => listApplications(a, programme, { status: '', decision: '', chapter: '', q: '' })
	],
	['reviewView', (a) => reviewView(a, programme, 1)],
	['saveScores', (a) => saveScores(a, programme, 1, { scores: [], note: '', version: 1 } as never)],
	['decide', (a) => decide(a, programme, 1, { decision: 'avslag', version: 1 } as never)],
	['decisionsPage', (a) => decisionsPage(a, programme)],
	['saveTemplates', (a) => saveTemplates(a, programme, {} as never)],
	['sendDecisions', (a) => sendDecisions(a, programme)],
	[
		'saveTask',
		(a) =>
			saveTask(a, programme, taskId, {
				title: 'Overtatt',
				description: '',
				dueOn: '2031-10-15',
				eventId: '',
				version: 1
			})
	],
	['managedTask', (a) => managedTask(a, programme, taskId)],
	['answersForTask', (a) => answersForTask(a, programme, taskId)],
	['programmeOverview', (a) => programmeOverview(a, programme)]
];

describe('event staff services refuse outsiders', () => {
	for (const [name, call] of eventCalls) {
		it(`${name}: anonymous, a member and another chapter's leader are refused; nothing changes`, async () => {
			const before = await snapshot();
			for (const who of [anonymous, plain, vestlandLeader])
				await expect(call(who)).rejects.toBeInstanceOf(ForbiddenError);
			expect(await snapshot()).toEqual(before);
		});
	}

	it('lists and options refuse anonymous and members', async () => {
		for (const who of [anonymous, plain]) {
			await expect(listEventsAdmin(who)).rejects.toBeInstanceOf(ForbiddenError);
			await expect(chapterOptions(who)).rejects.toBeInstanceOf(ForbiddenError);
			await expect(createEvent(who, eventInput({ version: 0 }))).rejects.toBeInstanceOf(
				ForbiddenError
			);
		}
		expect(
			(await listEventsAdmin(vestlandLeader, { when: 'alle' })).map((e) => e.id)
		).not.toContain(eventId);
	});

	it("the event's own chapter leader still manages it", async () => {
		expect((await managedEvent(nordlandLeader, eventId)).id).toBe(eventId);
		await setAttendance(nordlandLeader, eventId, registrationId, true);
		const [reg] = await db.select().from(registrations).where(eq(registrations.id, registrationId));
		expect(reg.attendedAt).not.toBeNull();
	});
});

describe('programme staff services refuse outsiders', () => {
	for (const [name, call] of programmeCalls_) {
		it(`${name}: anonymous, a member and another chapter's leader are refused; nothing changes`, async () => {
			const before = await snapshot();
			for (const who of [anonymous, plain, nordlandLeader])
				await expect(call(who)).rejects.toBeInstanceOf(ForbiddenError);
			expect(await snapshot()).toEqual(before);
		});
	}

	it('lists, options and interest refuse anonymous and members', async () => {
		for (const who of [anonymous, plain]) {
			await expect(listProgrammesAdmin(who)).rejects.toBeInstanceOf(ForbiddenError);
			await expect(programmeFormOptions(who)).rejects.toBeInstanceOf(ForbiddenError);
			await expect(interestChapters(who)).rejects.toBeInstanceOf(ForbiddenError);
			await expect(listInterests(who)).rejects.toBeInstanceOf(ForbiddenError);
			await expect(
				registerInterest(who, {
					chapterId: nordland,
					period: 'Høsten 2027',
					municipalities: '',
					contactName: 'X',
					contactEmail: 'x@example.no',
					comments: ''
				})
			).rejects.toBeInstanceOf(ForbiddenError);
		}
	});

	it('applying is for signed-in people: an anonymous caller is refused and nothing changes', async () => {
		const before = await snapshot();
		const [call] = await db
			.select()
			.from(programmeCalls)
			.where(eq(programmeCalls.programmeId, programme.id));
		for (const run of [
			() => myApplications(anonymous, call.id),
			() => applicationsOfPerson(anonymous),
			() => applicationForApplicant(anonymous, call, 1),
			() => startApplication(anonymous, call, { municipalities: ['4601'] } as never),
			() => withdrawApplication(anonymous, call, 1),
			() => saveApplicationDraft(anonymous, call, 1, 'motivation', 'tekst')
		])
			await expect(run()).rejects.toBeInstanceOf(ForbiddenError);
		expect(await snapshot()).toEqual(before);
	});

	it('the chapter that runs the programme still runs it', async () => {
		expect((await managedTask(vestlandLeader, programme, taskId)).id).toBe(taskId);
		await setParticipantStatus(vestlandLeader, programme.slug, '4601', 'trukket');
		const [row] = await db
			.select()
			.from(programmeParticipants)
			.where(eq(programmeParticipants.programmeId, programme.id));
		expect(row.status).toBe('trukket');
	});
});
