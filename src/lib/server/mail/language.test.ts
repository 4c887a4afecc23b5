/**
 * Mail in the recipient's language: a registration's mails in the language it was made in,
 * an account's mails in the language chosen on /min-side, PDFs in the language asking.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { mailMessages } from './schema';
import { users } from '../accounts/schema';
import { registrations } from '../events/schema';
import { resetClock, setNow } from '../clock';
import { withLanguage } from '../i18n';
import { register } from '../events/registration/register';
import { eventSweep } from '../events/sweep';
import { makeActor, makeEvent, person } from '../events/test-support';
import { setGlobalRole } from '../accounts/users.service';
import { accountLanguage, chooseLanguage } from '../accounts/language';
import { ForbiddenError } from '../errors';
import { createSession } from '../accounts/sessions';
import { applicationPdf } from '../programmes/pdf';
import { actions } from '../../../routes/(site)/(app)/min-side/+page.server';

afterEach(() => resetClock());

const mailOf = async (to: string, template: string) => {
	const [mail] = await db
		.select()
		.from(mailMessages)
		.where(and(eq(mailMessages.to, to), eq(mailMessages.template, template)));
	return mail;
};

describe('a registration’s mails are in the language it was made in', () => {
	it('nynorsk and English: confirmation and reminder', async () => {
		setNow(new Date('2031-03-01T10:00:00+01:00'));
		const ev = await makeEvent({
			startsAt: new Date('2031-03-10T12:00:00+01:00'),
			endsAt: new Date('2031-03-10T13:00:00+01:00')
		});
		const nn = person();
		const en = person();
		const nb = person();
		await withLanguage('nn', () => register(ev.id, nn));
		await withLanguage('en', () => register(ev.id, en));
		await register(ev.id, nb);

		const [stored] = await db
			.select({ lang: registrations.lang })
			.from(registrations)
			.where(eq(registrations.email, nn.email));
		expect(stored.lang).toBe('nn');

		const nnConfirmed = await mailOf(nn.email, 'arrangement.confirmed');
		expect(nnConfirmed.subject).toBe(`Du er påmeld: ${ev.title}`);
		expect(nnConfirmed.text).toContain('Takk for påmeldinga!');
		expect(nnConfirmed.text).toContain('/nn/arrangementer/min-pamelding/');
		expect(nnConfirmed.html).toContain('<html lang="nn">');
		const nnIcs = Buffer.from(nnConfirmed.attachments[0].content, 'base64').toString('utf8');
		expect(nnIcs).toContain('Sjå');

		const enConfirmed = await mailOf(en.email, 'arrangement.confirmed');
		expect(enConfirmed.subject).toBe(`You are registered: ${ev.title}`);
		expect(enConfirmed.text).toContain('Thank you for registering!');
		expect(enConfirmed.text).toContain('/en/arrangementer/min-pamelding/');
		expect(enConfirmed.text).not.toContain('Påmeld');

		expect((await mailOf(nb.email, 'arrangement.confirmed')).subject).toBe(
			`Du er påmeldt: ${ev.title}`
		);

		// The reminder job runs outside any request: each mail in its registration's language.
		setNow(new Date('2031-03-09T09:00:30+01:00'));
		expect((await eventSweep()).reminders).toBe(3);
		const nnReminder = await mailOf(nn.email, 'arrangement.reminder-day');
		expect(nnReminder.subject).toBe(`Påminning: ${ev.title} i morgon`);
		expect(nnReminder.text).toContain('Kan du likevel ikkje kome?');
		const enReminder = await mailOf(en.email, 'arrangement.reminder-day');
		expect(enReminder.subject).toBe(`Reminder: ${ev.title} tomorrow`);
		expect(enReminder.text).toContain('Can you no longer come?');
		expect((await mailOf(nb.email, 'arrangement.reminder-day')).subject).toBe(
			`Påminnelse: ${ev.title} i morgen`
		);
	});
});

describe('an account’s language', () => {
	const locals = async (userId: number) => {
		const admin = await makeActor('admin');
		return { user: { ...admin, id: userId }, session: { id: 'x' } } as unknown as App.Locals;
	};
	const post = (value: string) => {
		const body = new FormData();
		body.set('lang', value);
		return new Request('http://localhost/min-side?/sprak', { method: 'POST', body });
	};

	it('is chosen on /min-side; a bad value is refused with a message and the choice stays', async () => {
		const person = await makeActor(null);
		const l = await locals(person.id);
		const ok = await actions.sprak({ request: post('en'), locals: l } as never);
		expect(ok).toEqual({ language: { saved: true } });
		expect(await accountLanguage(person)).toBe('en');

		const bad = (await actions.sprak({ request: post('de'), locals: l } as never)) as {
			status: number;
			data: { language: { error: string } };
		};
		expect(bad.status).toBe(400);
		expect(bad.data.language.error).toBe('Velg bokmål, nynorsk eller engelsk.');
		expect(await accountLanguage(person)).toBe('en');
	});

	it('only the person themself reads or changes their language', async () => {
		const person = await makeActor(null);
		const other = await makeActor('admin');
		await chooseLanguage(person, 'nn');
		await expect(accountLanguage(other, person.id)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(chooseLanguage(other, 'en', person.id)).rejects.toBeInstanceOf(ForbiddenError);
		expect(await accountLanguage(person)).toBe('nn');
		await expect(accountLanguage(null as never, person.id)).rejects.toBeInstanceOf(ForbiddenError);
	});

	it('role changes are mailed in the chosen language', async () => {
		const admin = await makeActor('admin');
		const target = await makeActor(null);
		await db.update(users).set({ lang: 'nn' }).where(eq(users.id, target.id));
		await setGlobalRole(admin, target.id, 'redaktor');
		const mail = await mailOf(target.email, 'roleChanged');
		expect(mail.text).toContain('/nn/min-side');
		expect(mail.html).toContain('<html lang="nn">');

		const english = await makeActor(null);
		await db.update(users).set({ lang: 'en' }).where(eq(users.id, english.id));
		// Whatever language the admin works in.
		await withLanguage('nn', () => setGlobalRole(admin, english.id, 'redaktor'));
		const en = await mailOf(english.email, 'roleChanged');
		expect(en.text).toContain('/en/min-side');
		expect(en.html).toContain('<html lang="en">');
	});

	it('signing in on /nn stores nynorsk until the person chooses', async () => {
		const p = await makeActor(null);
		await withLanguage('nn', () => createSession(p.id));
		expect(await accountLanguage(p)).toBe('nn');
		await actions.sprak({ request: post('en'), locals: await locals(p.id) } as never);
		await withLanguage('nn', () => createSession(p.id));
		expect(await accountLanguage(p)).toBe('en');
	});
});

describe('PDFs', () => {
	it('an application copy renders in English', async () => {
		const pdf = await withLanguage('en', () =>
			applicationPdf({
				id: 7,
				programme: 'Kulturskole 3.0',
				call: 'Opptak 2031',
				municipalities: ['Trondheim'],
				submittedAt: new Date('2031-01-01T12:00:00Z'),
				answers: [{ label: 'Motivation', text: 'Because.' }],
				members: [
					{
						name: 'Kari',
						email: 'kari@example.no',
						groupRole: 'skoleeier',
						municipality: 'Trondheim'
					}
				]
			})
		);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdf.toString('latin1')).toContain('en-GB');
	});
});
