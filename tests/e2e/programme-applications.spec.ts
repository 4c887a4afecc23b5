/**
 * Calls and applications: programme staff open a call; a coordinator starts an application
 * with JavaScript disabled (and is told what the group lacks, keeping what was typed); a
 * second member named in the group helps fill it in (autosave); the coordinator submits and
 * gets a receipt with a PDF; a duplicate and an outsider are refused clearly; staff score
 * and admit; sending the decisions makes the municipality a participant and invites the
 * group; the admitted group registers for a gathering only the cohort may attend and hands in
 * its between-work answer. Axe on every page on the way (axe needs JavaScript: the pages visited without it are
 * checked in the JavaScript contexts).
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { attachmentOf, waitForMail } from './support/mail';
import { signedInContext, uniqueEmail } from './support/users';
import { pdfText } from './support/pdf';
import { E2E } from './support/env';

const NR = '4629'; // Modalen (Vestland): not part of the demo content
const KOMMUNE = 'Modalen';
const DAY = 24 * 60 * 60_000;

/** yyyy-mm-ddThh:mm for a datetime-local input (the hour is far enough from any edge). */
const local = (d: Date) => `${d.toISOString().slice(0, 10)}T12:00`;

async function fillMember(page: Page, i: number, name: string, email: string, role: string) {
	await page.locator(`[id="memberName.${i}"]`).fill(name);
	await page.locator(`[id="memberEmail.${i}"]`).fill(email);
	await page.locator(`[id="memberRole.${i}"]`).selectOption(role);
}

test('utlysning, søknad uten JavaScript, hjelp fra gruppen, vurdering, vedtak og opptak', async ({
	browser,
	request
}) => {
	test.setTimeout(180_000);
	const res = await request.post(`${E2E.origin}/test-api/program`, { data: {} });
	const { id: programmeId, slug } = (await res.json()) as { id: number; slug: string };

	// Staff (the Vestland chapter) open the call.
	const staff = await signedInContext(browser, request, {
		role: 'fylkesleder',
		chapter: 'vestland'
	});
	const sp = await staff.context.newPage();
	await sp.goto(`/admin/program/${slug}/utlysning`);
	await expectAccessible(sp, 'utlysning');
	await sp.getByLabel('Åpner').fill(local(new Date(Date.now() - DAY)));
	await sp.getByLabel('Søknadsfrist').fill(local(new Date(Date.now() + 30 * DAY)));
	await sp.getByLabel('Antall plasser (kommuner)').fill('2');
	await sp.getByRole('button', { name: 'Åpne utlysningen' }).click();
	await expect(sp.getByText('Utlysningen er lagret.')).toBeVisible();

	// The coordinator starts the application with JavaScript disabled.
	const applicantEmail = uniqueEmail('soker');
	const helperEmail = uniqueEmail('hjelper');
	const noJs = await signedInContext(
		browser,
		request,
		{ role: 'ingen', email: applicantEmail, name: 'Siri Søker' },
		{ javaScriptEnabled: false }
	);
	const np = await noJs.context.newPage();
	await np.goto(`/program/${slug}/sok`);
	await expect(np.getByLabel('Trondheim')).toHaveCount(0); // outside the chapter
	await np.getByLabel(KOMMUNE).check();
	await np.getByRole('button', { name: 'Start søknaden' }).click();
	await expect(np).toHaveURL(/\/sok\/\d+$/);
	const appPath = new URL(np.url()).pathname;
	const appId = appPath.split('/').at(-1);
	await expect(np.getByRole('heading', { level: 1 })).toHaveText(`Søknad fra ${KOMMUNE}`);
	await fillMember(np, 0, 'Siri Søker', applicantEmail, 'kulturskoleleder');
	await fillMember(np, 1, 'Hans Hjelper', helperEmail, 'skoleeier');
	const motivation = 'Vi vil at kulturskolen skal bli en ressurs for hele Modalen.';
	await np.getByLabel('Motivasjon').fill(motivation);
	await np.getByRole('button', { name: 'Send søknaden' }).click();
	const summary = np.getByTestId('error-summary');
	await expect(summary).toContainText(
		`Gruppen for ${KOMMUNE} mangler pedagogisk medarbeider i kulturskolen og annen sektor.`
	);
	await expect(summary).toContainText('Skriv hvilket fokusområde dere vil arbeide med');
	await expect(np.getByLabel('Motivasjon')).toHaveValue(motivation);
	await expect(np.locator('[id="memberEmail.1"]')).toHaveValue(helperEmail);
	await np.getByRole('button', { name: 'Lagre utkast' }).click();
	await expect(np.getByText('Utkastet er lagret.')).toBeVisible();

	// A member named in the group signs in and helps; the long answer saves itself as a draft.
	const helper = await signedInContext(browser, request, {
		role: 'ingen',
		email: helperEmail,
		name: 'Hans Hjelper'
	});
	const hp = await helper.context.newPage();
	await hp.goto(appPath);
	await expectAccessible(hp, 'søknad, hjelper');
	await expect(hp.getByLabel('Motivasjon')).toHaveValue(motivation);
	const political = 'Kommunestyret vedtok å søke i sak 14/26.';
	await hp.getByLabel('Forankring hos politikere og kommuneledelse').fill(political);
	await expect(hp.getByText(/Utkast lagret kl\./)).toBeVisible();
	await hp.getByRole('button', { name: 'Lagre utkast' }).click();
	await expect(hp.getByText('Utkastet er lagret.')).toBeVisible();

	// Someone else applying for the same municipality is told that one exists and whom to ask,
	// never its number or who started it.
	const other = await signedInContext(browser, request, { role: 'ingen' });
	const op = await other.context.newPage();
	await op.goto(`/program/${slug}/sok`);
	await expectAccessible(op, 'søk');
	await op.getByLabel(KOMMUNE).check();
	await op.getByRole('button', { name: 'Start søknaden' }).click();
	await expect(op.getByTestId('error-summary')).toContainText(
		`${KOMMUNE} har allerede en søknad til denne utlysningen.`
	);
	await expect(op.getByTestId('error-summary')).not.toContainText(`nr. ${appId}`);
	await expectAccessible(op, 'dobbel søknad');
	// …and cannot open someone else's application.
	const forbidden = await op.goto(appPath);
	expect(forbidden?.status()).toBe(404);
	await expectAccessible(op, 'fremmed søknad');

	// The coordinator (now with JavaScript) completes and submits.
	const applicant = await signedInContext(browser, request, {
		role: 'ingen',
		email: applicantEmail
	});
	const ap = await applicant.context.newPage();
	await ap.goto(appPath);
	await expect(ap.getByLabel('Forankring hos politikere og kommuneledelse')).toHaveValue(political);
	await fillMember(ap, 2, 'Pia Pedagog', uniqueEmail('pedagog'), 'pedagogisk');
	const otherSector = uniqueEmail('helse');
	await fillMember(ap, 3, 'Helge Helse', otherSector, 'annen_sektor');
	await ap.getByLabel('Fokusområde').fill('Inkludering');
	await ap
		.getByRole('group', { name: /Samfunnsmål/ })
		.getByRole('checkbox')
		.first()
		.check();
	await ap.getByLabel('Forankring i planer').fill('Kulturplanen og oppvekstplanen.');
	await ap.getByRole('button', { name: 'Send søknaden' }).click();
	await expect(ap.getByText(/Søknaden er sendt kl\./)).toBeVisible();
	await expectAccessible(ap, 'sendt søknad');
	await ap.goto('/min-side');
	await expect(ap.getByRole('link', { name: `Regionalt testprogram: ${KOMMUNE}` })).toBeVisible();
	await expectAccessible(ap, 'min side');
	const receipt = await waitForMail(applicantEmail, /Kvittering/);
	expect(receipt.text).toContain(`søknaden fra ${KOMMUNE}`);
	expect(
		pdfText(attachmentOf(receipt, /application\/pdf/, new RegExp(`soknad-${appId}\\.pdf`)))
	).toContain(political);

	// Staff review, score and admit, then send the decisions.
	await sp.goto(`/admin/program/${slug}/soknader`);
	await expectAccessible(sp, 'søknader');
	await sp.getByRole('link', { name: `${KOMMUNE} (Vestland)` }).click();
	await expectAccessible(sp, 'søknad, vurdering');
	await expect(sp.getByText(political)).toBeVisible();
	await sp.locator('[id="score.0"]').selectOption('4');
	await sp.locator('[id="comment.0"]').fill('Tydelig motivasjon.');
	await sp.getByRole('button', { name: 'Lagre vurderingen' }).click();
	await expect(sp.getByText('Vurderingen din er lagret.')).toBeVisible();
	await sp.getByLabel('Tatt opp').check();
	await sp.getByRole('button', { name: 'Lagre vedtaket' }).click();
	await expect(sp.getByText(/Vedtaket er lagret/)).toBeVisible();
	await sp.goto(`/admin/program/${slug}/vedtak`);
	await expectAccessible(sp, 'vedtak');
	// The call is still open: no decisions go out until it closes. Closing early needs the box.
	await expect(sp.getByTestId('utlysning-apen')).toBeVisible();
	await expect(sp.getByRole('button', { name: 'Send vedtak' })).toHaveCount(0);
	await sp.getByRole('button', { name: 'Steng utlysningen' }).click();
	await expect(sp.getByTestId('error-summary')).toContainText('Kryss av for at du vil stenge');
	await expectAccessible(sp, 'vedtak, stenge uten å krysse av');
	await sp.getByLabel(/Jeg vil stenge utlysningen nå/).check();
	await sp.getByRole('button', { name: 'Steng utlysningen' }).click();
	await expect(sp.getByText('Utlysningen er stengt. Nå kan dere sende vedtakene.')).toBeVisible();
	await sp.getByRole('button', { name: 'Send vedtak' }).click();
	await expect(sp.getByText('1 vedtak er sendt.', { exact: false })).toBeVisible();
	await expect(sp.getByText('Alle vedtak er sendt.')).toBeVisible();

	// The applicant's page shows the decision and no longer offers to edit
	await ap.goto(appPath);
	await expect(ap.getByTestId('vedtak')).toContainText('Vedtak: Tatt opp');
	await expect(ap.getByText('Søknaden kan ikke lenger endres.')).toBeVisible();
	await expect(ap.getByRole('button', { name: 'Send søknaden' })).toHaveCount(0);
	await expectAccessible(ap, 'søknad med vedtak');

	// The decision reaches the applicant, the group is invited, the applicant coordinates.
	await waitForMail(applicantEmail, new RegExp(`${KOMMUNE} er tatt opp`));
	const invitation = await waitForMail(otherSector, /Invitasjon/);
	expect(invitation.text).toContain(`kommunegruppen for ${KOMMUNE}`);
	await waitForMail(helperEmail, /Invitasjon/);
	await ap.goto(`/kommuner/${NR}/fremtidsbilde`);
	await expect(
		ap.getByRole('heading', { level: 1, name: `Fremtidsbilde for ${KOMMUNE}` })
	).toBeVisible();
	await expectAccessible(ap, 'arbeidsrommet');

	// The cohort: a gathering only the programme's municipalities may register for, and a
	// between-work task before it.
	const gathering = (await (
		await request.post(`${E2E.origin}/test-api/arrangementer`, {
			data: { title: 'Første samling i testprogrammet', programmeId, cohortOnly: true }
		})
	).json()) as { slug: string; startsAt: string };
	await sp.goto(`/admin/program/${slug}/mellomarbeid`);
	await sp.getByLabel('Tittel', { exact: true }).fill('Nåbildet før samlingen');
	await sp.getByLabel(/^Beskrivelse/).fill('Skriv kort hva dere fant.');
	await sp.getByLabel('Frist').fill(gathering.startsAt.slice(0, 10));
	await sp.getByRole('button', { name: 'Lag oppgaven' }).click();
	await expect(sp.getByText('0 av 1 kommuner har levert.')).toBeVisible();

	// The admitted coordinator registers for the gathering …
	await ap.goto(`/arrangementer/${gathering.slug}/pamelding`);
	await expect(ap.getByLabel(/^Kommune/)).toHaveValue(new RegExp(KOMMUNE));
	await expectAccessible(ap, 'påmelding til samlingen');
	await ap.getByLabel('Rolle').selectOption('Kulturskoleleder');
	const privacy = ap.getByRole('checkbox', { name: /personvernerklæringen/ });
	if (await privacy.count()) await privacy.check();
	await ap.getByRole('button', { name: 'Meld meg på' }).click();
	await expect(ap).toHaveURL(/\/arrangementer\/min-pamelding\//);
	await expect(ap.getByRole('heading', { name: 'Du er påmeldt!' })).toBeVisible();

	// … and hands in the group's between-work answer.
	await ap.goto(`/kommuner/${NR}/mellomarbeid`);
	await ap.getByRole('link', { name: 'Nåbildet før samlingen' }).click();
	await ap.getByRole('textbox', { name: /^Svar/ }).fill('Skolen og kulturskolen vil mer sammen.');
	await ap.getByRole('button', { name: 'Lever' }).click();
	await expect(ap.getByText('Svaret er levert. Programstaben kan nå lese det.')).toBeVisible();
	await sp.reload();
	await expect(sp.getByText('1 av 1 kommuner har levert.')).toBeVisible();

	for (const c of [staff, noJs, helper, other, applicant]) await c.context.close();
});
