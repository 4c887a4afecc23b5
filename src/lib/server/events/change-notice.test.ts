import { beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, like } from 'drizzle-orm';
import { db } from '../db/client';
import { auditLog } from '../accounts/schema';
import { countyChapters } from '../geo/schema';
import { mailMessages } from '../mail/schema';
import { events } from './schema';
import type { Actor } from '../accounts/actor';
import type { EventInput } from '$lib/forms/events';
import { eventToForm, updateEvent } from './events.admin';
import { previewChangeNotice, sendTestChangeNotice } from './change-notice';
import { register } from './registration/register';
import { makeActor, makeEvent, person } from './test-support';

let editor: Actor;
let otherLeader: Actor;

beforeAll(async () => {
	const chapters = await db.select().from(countyChapters);
	editor = await makeActor('redaktor');
	otherLeader = await makeActor(null, [chapters.find((c) => c.slug === 'agder')!.id]);
});

const formOf = (row: typeof events.$inferSelect, over: Partial<EventInput> = {}): EventInput =>
	({ ...eventToForm(row), ...over }) as EventInput;

// Whole minutes, as the form writes them.
const at = {
	startsAt: new Date('2031-09-10T08:00:00Z'),
	endsAt: new Date('2031-09-10T10:00:00Z')
};

const mailsLike = (key: string) =>
	db
		.select()
		.from(mailMessages)
		.where(like(mailMessages.idempotencyKey, key))
		.orderBy(asc(mailMessages.id));

describe('the change notice before it goes', () => {
	it('previews the notice without saving or mailing anyone; nothing noticeable: no step', async () => {
		const ev = await makeEvent(at);
		const a = person();
		await register(ev.id, a);
		// Only the lead changed: nobody is told, so there is no confirmation step.
		expect(
			await previewChangeNotice(editor, ev.id, formOf(ev, { lead: 'Ny ingress' }), 'keep')
		).toBeNull();
		const moved = formOf(ev, { startsAt: '2031-10-01T10:00', endsAt: '2031-10-01T12:00' });
		const preview = await previewChangeNotice(editor, ev.id, moved, 'keep');
		expect(preview).not.toBeNull();
		expect(preview!.recipients).toBe(1);
		expect(preview!.mails).toHaveLength(1);
		expect(preview!.mails[0].way).toBeNull();
		expect(preview!.mails[0].subject).toContain(ev.title);
		expect(preview!.mails[0].text).toContain('Ny tid: onsdag 1. oktober 2031 kl. 10.00–12.00');
		// Addressed to the staff member, not to a participant
		expect(preview!.mails[0].text).toContain(editor.name);
		const [still] = await db.select().from(events).where(eq(events.id, ev.id));
		expect(still.startsAt).toEqual(ev.startsAt);
		expect(still.version).toBe(ev.version);
		expect(await mailsLike(`event:${ev.id}:changed:%`)).toHaveLength(0);
	});

	it('a test goes to the staff member only, and is audited', async () => {
		const ev = await makeEvent(at);
		const a = person();
		await register(ev.id, a);
		const moved = formOf(ev, { venue: 'Kulturhuset' });
		expect(await sendTestChangeNotice(editor, ev.id, moved, 'keep')).toBe(editor.email);
		const tests = await mailsLike(`event-notice-test:${ev.id}:%`);
		expect(tests.map((m) => m.to)).toEqual([editor.email]);
		expect(tests[0].text).toContain('Kulturhuset');
		expect(await mailsLike(`event:${ev.id}:changed:%`)).toHaveLength(0);
		const audit = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'arrangement'), eq(auditLog.entityId, String(ev.id))));
		expect(audit.map((r) => r.action)).toContain('arrangement.melding-test');
	});

	it('a hybrid event: one version per way, the meeting link only in the digital one', async () => {
		const ev = await makeEvent({
			...at,
			format: 'hybrid',
			meetingUrl: 'https://møte.example.no/a'
		});
		await register(ev.id, person({ attendance: 'digitalt' }));
		await register(ev.id, person({ attendance: 'fysisk' }));
		const preview = await previewChangeNotice(
			editor,
			ev.id,
			formOf(ev, { startsAt: '2031-10-01T10:00', endsAt: '2031-10-01T12:00' }),
			'keep'
		);
		expect(preview!.recipients).toBe(2);
		const byWay = Object.fromEntries(preview!.mails.map((m) => [m.way, m.text]));
		expect(byWay.digitalt).toContain('https://møte.example.no/a');
		expect(byWay.fysisk).not.toContain('https://møte.example.no/a');
		expect(byWay.fysisk).toContain('Rådhuset');
	});

	it('saving without telling: no notice, the calendar still moves on, the audit says so', async () => {
		const ev = await makeEvent(at);
		await register(ev.id, person());
		const moved = formOf(ev, { startsAt: '2031-10-01T10:00', endsAt: '2031-10-01T12:00' });
		const result = await updateEvent(editor, ev.id, moved, { notify: false });
		expect(result.notified).toBe(0);
		expect(await mailsLike(`event:${ev.id}:changed:%`)).toHaveLength(0);
		const [after] = await db.select().from(events).where(eq(events.id, ev.id));
		expect(after.sequence).toBe(ev.sequence + 1);
		const [audit] = await db
			.select()
			.from(auditLog)
			.where(
				and(
					eq(auditLog.entityType, 'arrangement'),
					eq(auditLog.entityId, String(ev.id)),
					eq(auditLog.action, 'arrangement.endret')
				)
			);
		expect(audit.summary).toContain('ikke varslet');
	});

	it('someone who may not manage the event gets neither preview nor test', async () => {
		const ev = await makeEvent(at);
		await register(ev.id, person());
		const moved = formOf(ev, { venue: 'Kulturhuset' });
		await expect(previewChangeNotice(otherLeader, ev.id, moved, 'keep')).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(sendTestChangeNotice(otherLeader, ev.id, moved, 'keep')).rejects.toMatchObject({
			code: 'forbidden'
		});
		expect(await mailsLike(`event-notice-test:${ev.id}:%`)).toHaveLength(0);
	});
});
