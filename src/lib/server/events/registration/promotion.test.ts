import { describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { db } from '../../db/client';
import { mailMessages } from '../../mail/schema';
import { withLanguage } from '../../i18n';
import { events, registrations } from '../schema';
import { checkinUrl } from '../checkin-code';
import { cancelRegistration } from './cancel';
import { registrationByToken } from './links';
import { register } from './register';
import { lockEvent } from './seats';
import { promoteFromWaitlist } from './waitlist';
import { makeEvent, person } from '../test-support';

async function registered(eventId: number, p = person(), lang = 'nb') {
	const r = await withLanguage(lang, () => register(eventId, p));
	if (r.kind !== 'registered') throw new Error('expected a registration');
	return { ...r, email: p.email };
}

const promotedMails = (to: string) =>
	db
		.select()
		.from(mailMessages)
		.where(and(eq(mailMessages.to, to), eq(mailMessages.template, 'arrangement.promoted')))
		.orderBy(asc(mailMessages.id));

function calendarFile(mail: { attachments: { content: string; contentType: string }[] }) {
	const file = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))!;
	const cal = new ICAL.Component(ICAL.parse(Buffer.from(file.content, 'base64').toString('utf8')));
	const ev = cal.getFirstSubcomponent('vevent')!;
	return {
		method: String(cal.getFirstPropertyValue('method')),
		sequence: Number(ev.getFirstPropertyValue('sequence')),
		attendee: String(ev.getFirstProperty('attendee')!.getFirstValue())
	};
}

describe('promotion from the waitlist, several at once', () => {
	it('gives the seats in queue order and sends each promoted person one mail of their own', async () => {
		const ev = await makeEvent({ capacity: 2 });
		const a = await registered(ev.id);
		// b has had a seat before and cancelled it: their calendar counter stands at 2.
		const bPerson = person();
		const bFirst = await registered(ev.id, bPerson);
		await cancelRegistration(bFirst.token);
		await registered(ev.id); // c takes the freed seat
		const b = await registered(ev.id, bPerson);
		const d = await registered(ev.id, person({ name: 'Dagny Nynorsk' }), 'nn');
		const e = await registered(ev.id);
		const f = await registered(ev.id);
		for (const w of [b, d, e, f]) expect(w.status).toBe('waitlisted');

		// Three more seats: the first three in the queue get them, in one transaction.
		await db.update(events).set({ capacity: 5 }).where(eq(events.id, ev.id));
		const promoted = await db.transaction(async (tx) =>
			promoteFromWaitlist(tx, await lockEvent(tx, ev.id))
		);
		expect(promoted.map((r) => r.id)).toEqual([b, d, e].map((r) => r.registrationId));
		expect(promoted.every((r) => r.status === 'confirmed' && r.sequence === 1)).toBe(true);

		const [row] = await db.select().from(events).where(eq(events.id, ev.id));
		expect([row.confirmedCount, row.waitlistedCount]).toEqual([5, 1]);
		expect(await promotedMails(f.email)).toEqual([]);
		expect(await promotedMails(a.email)).toEqual([]);

		for (const [who, counter] of [
			[b, 3],
			[d, 1],
			[e, 1]
		] as const) {
			const mails = await promotedMails(who.email);
			expect(mails).toHaveLength(1);
			const [mail] = mails;
			expect(mail.idempotencyKey).toBe(`registration:${who.registrationId}:promoted:1`);
			// Their own link: it opens their registration, now with a seat.
			const token = /\/min-pamelding\/([a-z2-7]{32})/.exec(mail.text)![1];
			const found = await registrationByToken(token);
			expect(found?.registration.id).toBe(who.registrationId);
			expect(found?.registration.status).toBe('confirmed');
			// Their own calendar file, with SEQUENCE above any they were sent before.
			const ics = calendarFile(mail);
			expect(ics.method).toBe('REQUEST');
			expect(ics.attendee).toBe(`mailto:${who.email}`);
			expect(ics.sequence).toBe(row.sequence + counter);
			// Their own check-in code.
			expect(mail.attachments.find((x) => x.filename === 'innsjekk-qr.png')?.qr).toBe(
				checkinUrl(who.registrationId)
			);
		}
		// Each in the language they registered in.
		expect((await promotedMails(d.email))[0].subject).toMatch(/^No har du fått plass/);
		expect((await promotedMails(e.email))[0].subject).toMatch(/^Du har fått plass/);

		// Nothing more to give: a second run changes nothing and sends nothing.
		const again = await db.transaction(async (tx) =>
			promoteFromWaitlist(tx, await lockEvent(tx, ev.id))
		);
		expect(again).toEqual([]);
		const waiting = await db
			.select({ id: registrations.id })
			.from(registrations)
			.where(and(eq(registrations.eventId, ev.id), eq(registrations.status, 'waitlisted')));
		expect(waiting.map((r) => r.id)).toEqual([f.registrationId]);
	});
});
