/**
 * Issue 12: the evaluation after an event. Those checked in get a link the day after; each
 * answers once; the organiser sees nothing below three answers and the results at three.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { linkIn, mailTo, waitForMail } from '../support/mail';
import { runJobs, setClock, signedInContext, uniqueEmail } from '../support/users';
import { createEvent, privatePath, registerByPost } from '../support/events';

test.afterEach(async ({ request }) => setClock(request, 'reset'));

test('evalueringen går dagen etter til de som møtte, tas imot én gang og vises først ved tre svar', async ({
	browser,
	request
}) => {
	test.setTimeout(180_000);
	await setClock(request, new Date('2027-04-01T10:00:00+02:00'));
	const ev = await createEvent(request, {
		capacity: null,
		startsAt: '2027-04-14T10:00:00+02:00',
		endsAt: '2027-04-14T15:00:00+02:00'
	});
	// A fresh session at each point in time (moving the clock by days ends a session)
	const staff = async () => {
		const { context } = await signedInContext(browser, request, { role: 'redaktor' });
		return context.newPage();
	};
	let page = await staff();
	await page.goto(`/admin/arrangementer/${ev.id}/etterpa`);
	await page.getByLabel('Skala 1–5').check();
	await page.getByLabel('Spørsmål', { exact: true }).fill('Hvor nyttig var dagen?');
	await page.getByRole('button', { name: 'Legg til spørsmålet' }).click();
	await page.getByLabel('Fritekst').check();
	await page.getByLabel('Spørsmål', { exact: true }).fill('Hva kan bli bedre?');
	await page.getByRole('button', { name: 'Legg til spørsmålet' }).click();
	await expect(page.getByText('Spørsmålet er lagt til.')).toBeVisible();

	const people = ['Anne', 'Bjørn', 'Cecilie', 'Dag'].map((name, i) => ({
		name,
		email: uniqueEmail(`evaluering${i}`)
	}));
	const paths: string[] = [];
	for (const p of people) {
		const res = await registerByPost(request, ev.slug, { name: p.name, email: p.email });
		expect(res.status()).toBe(303);
		paths.push(privatePath(res.headers().location));
	}
	// On the day: three are checked in at the door, Dag does not come
	await setClock(request, new Date('2027-04-14T09:50:00+02:00'));
	page = await staff();
	await page.goto(`/admin/arrangementer/${ev.id}/innsjekk`);
	for (const p of people.slice(0, 3)) {
		await page.getByRole('button', { name: `Sjekk inn ${p.name}`, exact: true }).click();
		await expect(page.getByText(`${p.name} er sjekket inn.`)).toBeVisible();
	}

	// The evening of the day: nothing yet; the day after: the link, to those who came
	await setClock(request, new Date('2027-04-14T22:00:00+02:00'));
	await runJobs(request);
	await setClock(request, new Date('2027-04-15T08:00:00+02:00'));
	await runJobs(request);
	const links: string[] = [];
	for (const p of people.slice(0, 3)) {
		const mail = await waitForMail(p.email, /Hva syntes du om/);
		links.push(linkIn(mail, /\/evaluering$/));
	}
	expect(mailTo(people[3].email).some((m) => /Hva syntes du om/.test(m.subject))).toBe(false);
	expect((await request.get(`${paths[3]}/evaluering`)).status()).toBe(404);

	// Two answer: the organiser sees nothing yet
	const answer = async (link: string, scale: string, text: string) => {
		const p = await (await browser.newContext()).newPage();
		await p.goto(link);
		await p
			.getByRole('group', { name: 'Hvor nyttig var dagen?' })
			.getByLabel(scale, { exact: false })
			.first()
			.check();
		await p.getByLabel('Hva kan bli bedre?').fill(text);
		await p.getByRole('button', { name: 'Send svaret' }).click();
		await expect(p.getByText('Takk for svaret!')).toBeVisible();
		return p;
	};
	const first = await answer(links[0], '5', 'Mer tid til samtale');
	await expectAccessible(first, 'evaluering, takk');
	// Once only: the form is gone, a second post is refused
	await first.goto(links[0]);
	await expect(first.getByText('Du har allerede svart på evalueringen. Takk!')).toBeVisible();
	await expect(first.getByRole('button', { name: 'Send svaret' })).toHaveCount(0);
	const again = await first.request.post(`${links[0]}?/svar`, {
		form: { x: '1' },
		headers: { origin: new URL(first.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(again.status()).toBe(409);
	await first.context().close();
	await (await answer(links[1], '3', 'Lengre pauser')).context().close();

	page = await staff();
	await page.goto(`/admin/arrangementer/${ev.id}/etterpa`);
	await expect(page.getByText('2 har svart.')).toBeVisible();
	await expect(page.getByText(/Resultatene vises når minst 3 har svart/)).toBeVisible();
	await expect(page.getByText('Mer tid til samtale')).toHaveCount(0);
	expect((await page.request.get(`/admin/arrangementer/${ev.id}/etterpa/eksport`)).status()).toBe(
		400
	);

	// The third: figures and free text appear, and the export
	const third = await (await browser.newContext()).newPage();
	await third.goto(links[2]);
	await expectAccessible(third, 'evalueringsskjema');
	await third.context().close();
	await (await answer(links[2], '4', 'Flere eksempler')).context().close();
	await page.reload();
	await expect(page.getByText('3 har svart.')).toBeVisible();
	await expect(page.getByText(/Gjennomsnitt 4,0 av 5 \(3 svar\)/)).toBeVisible();
	await expect(page.getByText('Mer tid til samtale')).toBeVisible();
	await expectAccessible(page, 'evalueringsresultater');
	const csv = await (
		await page.request.get(`/admin/arrangementer/${ev.id}/etterpa/eksport`)
	).text();
	expect(csv).toContain('Svar;Hvor nyttig var dagen?;Hva kan bli bedre?');
	expect(csv).toContain('Flere eksempler');
	await page.context().close();
});
