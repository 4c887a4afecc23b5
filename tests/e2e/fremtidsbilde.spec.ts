/**
 * The fremtidsbilde journey: a coordinator builds the municipal group by e-mail invitation,
 * chooses goals and writes a target picture, opens an assessment round; three members rate
 * privately (one by keyboard alone, one with JavaScript disabled); results stay withheld
 * until the third answer; the group records its level, the gap, stakeholders, an action and
 * a log entry; the PDF names the municipality. Axe on every page of the tool on the way.
 */
import fs from 'node:fs';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { linkIn, waitForMail } from './support/mail';
import { signedInContext, uniqueEmail } from './support/users';
import { pdfText } from './support/pdf';

const NR = '1806'; // Narvik: not part of the demo content
const BASE = `/kommuner/${NR}/fremtidsbilde`;

/** Accepts the invitation in the mail to `email` and returns the member's signed-in context. */
async function acceptInvitation(browser: Browser, email: string, name: string) {
	const mail = await waitForMail(email, /Invitasjon/);
	expect(mail.text).toContain('kommunegruppen for Narvik');
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(linkIn(mail, /\/invitasjon\//));
	await expectAccessible(page, 'invitasjon');
	await page.getByLabel('Navn').fill(name);
	await page.getByLabel('Velg passord').fill('et langt og godt passord');
	await page.getByLabel('Gjenta passordet').fill('et langt og godt passord');
	await page.getByRole('button', { name: 'Godta invitasjonen' }).click();
	await expect(page).toHaveURL(/\/min-side\?velkommen=1$/);
	await page.getByRole('link', { name: 'fremtidsbildet' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Fremtidsbilde for Narvik' })
	).toBeVisible();
	await page.close();
	return context;
}

/** Keyboard only: Tab to each radio group, Space and arrow keys to pick, Enter on the button. */
async function rateByKeyboard(page: Page, values: number[], submit: string) {
	const active = () =>
		page.evaluate(() => {
			const el = document.activeElement as HTMLInputElement | null;
			return {
				tag: el?.tagName ?? '',
				type: el?.type ?? '',
				name: el?.name ?? '',
				text: el?.textContent ?? ''
			};
		});
	let group = 0;
	for (let i = 0; i < 300; i++) {
		await page.keyboard.press('Tab');
		const el = await active();
		if (el.type === 'radio' && /^s\d+$/.test(el.name)) {
			await page.keyboard.press('Space'); // the first option: 1
			for (let k = 1; k < values[group]; k++) await page.keyboard.press('ArrowDown');
			group++;
		} else if (el.tag === 'TEXTAREA' && group === 1) {
			await page.keyboard.type('Dette notatet er bare for meg.');
		} else if (el.tag === 'BUTTON' && el.text.includes(submit)) {
			expect(group).toBe(values.length);
			await page.keyboard.press('Enter');
			return;
		}
	}
	throw new Error('Fant ikke knappen med tastaturet');
}

test('en kommunegruppe bygger fremtidsbildet sitt fra gruppe til PDF', async ({
	browser,
	request
}) => {
	test.setTimeout(360_000);
	const contexts: BrowserContext[] = [];
	const { context: kc } = await signedInContext(browser, request, {
		role: 'koordinator',
		kommune: NR,
		name: 'Kari Koordinator'
	});
	contexts.push(kc);
	const k = await kc.newPage();

	// ——— The workspace and the group ———
	await k.goto(BASE);
	await expect(
		k.getByRole('heading', { level: 1, name: 'Fremtidsbilde for Narvik' })
	).toBeVisible();
	await expectAccessible(k, 'oversikt');
	await k
		.getByRole('navigation', { name: 'Fremtidsbildet' })
		.getByRole('link', { name: 'Gruppen' })
		.click();
	await expect(k.getByRole('heading', { level: 1, name: 'Kommunegruppen' })).toBeVisible();
	const composition = k.getByTestId('sammensetning');
	for (const missing of [
		'skoleeier',
		'kulturskolelederen',
		'pedagogisk medarbeider',
		'annen sektor'
	])
		await expect(composition).toContainText(missing);
	await expectAccessible(k, 'gruppen');

	// The coordinator is the culture-school leader
	await k.getByRole('link', { name: 'Endre Kari Koordinator' }).click();
	await expectAccessible(k, 'endre medlem');
	await k.getByLabel('Rolle i gruppen').selectOption('kulturskoleleder');
	await k.getByRole('button', { name: 'Lagre' }).click();
	await expect(k).toHaveURL(new RegExp(`${BASE}/gruppe$`));
	await expect(composition).not.toContainText('kulturskolelederen');

	// Bad input: no role, and «annen sektor» without saying which
	const email = k.getByLabel('E-post');
	await email.fill('ikke-en-adresse');
	await k.getByRole('button', { name: 'Send invitasjon' }).click();
	const summary = k.getByTestId('error-summary');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('gyldig e-postadresse');
	await expect(summary).toContainText('Velg hvilken rolle personen har i gruppen');
	await expectAccessible(k, 'invitasjon med feil');
	const members = [
		{ email: uniqueEmail('skoleeier'), name: 'Sara Skoleeier', role: 'skoleeier', sector: '' },
		{ email: uniqueEmail('laerer'), name: 'Per Pedagog', role: 'pedagogisk', sector: '' },
		{ email: uniqueEmail('helse'), name: 'Hanne Helse', role: 'annen_sektor', sector: 'Helse' }
	];
	await email.fill(members[2].email);
	await k.getByLabel('Rolle i gruppen').selectOption('annen_sektor');
	await k.getByRole('button', { name: 'Send invitasjon' }).click();
	await expect(summary).toContainText('Skriv hvilken sektor');
	await expect(email).toHaveValue(members[2].email);

	for (const m of members) {
		await email.fill(m.email);
		await k.getByLabel('Rolle i gruppen').selectOption(m.role);
		await k.getByLabel(/^Sektor/).fill(m.sector);
		await k.getByRole('button', { name: 'Send invitasjon' }).click();
		await expect(k.getByText(`Invitasjonen er sendt til ${m.email}`)).toBeVisible();
	}
	const memberContexts: BrowserContext[] = [];
	for (const m of members) memberContexts.push(await acceptInvitation(browser, m.email, m.name));
	contexts.push(...memberContexts);
	await k.reload();
	await expect(composition).toContainText('Gruppen har den sammensetningen programmet ber om');
	await expect(k.getByRole('cell', { name: 'Annen sektor (Helse)' })).toBeVisible();

	// ——— Goals, focus and a plan ———
	await k.goto(`${BASE}/mal`);
	await expectAccessible(k, 'mål');
	for (const title of [
		'Gode liv og god oppvekst',
		'Inkludering og mindre utenforskap',
		'Folkehelse og livskvalitet',
		'Bo- og livslyst'
	])
		await k.getByRole('checkbox', { name: title }).check();
	await k.getByRole('button', { name: 'Lagre valget' }).click();
	await expect(k.getByTestId('error-summary')).toContainText('Velg høyst 3 samfunnsmål');
	await k.getByRole('checkbox', { name: 'Gode liv og god oppvekst' }).uncheck();
	await k.getByRole('checkbox', { name: 'Bo- og livslyst' }).uncheck();
	await k.getByLabel(/^Fokusområde/).fill('Kulturskolen når barna som står utenfor');
	await k.getByRole('button', { name: 'Lagre valget' }).click();
	await expect(k.getByText('Valget er lagret.')).toBeVisible();
	await k.getByLabel('Navn på planen').fill('Folkehelseplan for Narvik');
	await k.getByLabel('Type plan').selectOption('folkehelseplan');
	await k.getByRole('button', { name: 'Legg til planen' }).click();
	await expect(k.getByText('Planen er lagt til.')).toBeVisible();
	await expect(k.getByRole('region', { name: 'Planer arbeidet er forankret i' })).toContainText(
		'Folkehelseplan for Narvik'
	);

	// ——— Målbilde ———
	await k.goto(`${BASE}/malbilde`);
	await expectAccessible(k, 'målbilde');
	await k
		.getByRole('link', { name: 'Skriv målbildet – Inkludering og mindre utenforskap' })
		.click();
	await expectAccessible(k, 'skriv målbilde');
	await k
		.getByLabel('Slik ser det ut når vi er der')
		.fill('Alle barn i Narvik som vil, går i kulturskolen.');
	await k.getByLabel(/^Vi vet vi er der når/).fill('Ingen venteliste\nNAV henviser familier');
	await k.getByRole('radio', { name: '5 – stemmer svært godt' }).check();
	await k.getByRole('button', { name: 'Lagre målbildet' }).click();
	await expect(k.getByText('Målbildet er lagret.')).toBeVisible();

	// ——— Nåbilde: open a round ———
	await k.goto(`${BASE}/nabilde`);
	await expectAccessible(k, 'nåbilde');
	await k.getByLabel('Navn på runden').fill('Nåbilde ved oppstart');
	await k.getByRole('button', { name: 'Åpne runden' }).click();
	await expect(k.getByRole('heading', { level: 1, name: 'Nåbilde ved oppstart' })).toBeVisible();
	const roundUrl = new URL(k.url()).pathname;
	const resultsUrl = `${roundUrl}/resultater`;
	await expectAccessible(k, 'svarskjema');
	expect((await waitForMail(members[0].email, /Nåbilde/)).text).toContain(roundUrl);

	const withheld = async () => {
		await k.goto(resultsUrl);
		await expect(k.getByTestId('holdt-tilbake')).toBeVisible();
		await expect(k.locator('[data-testid^="snitt-"]')).toHaveCount(0);
		await expect(k.locator('table.fk-results')).toHaveCount(0);
	};

	// Member 1: keyboard alone
	const a = await memberContexts[0].newPage();
	await a.goto(roundUrl);
	await expect(a.getByText('Svarene dine er personlige')).toBeVisible();
	const statements = await a.locator('fieldset.fk-choice').count();
	expect(statements).toBe(7); // 4 for inclusion, 3 for public health
	await rateByKeyboard(a, [2, 3, 2, 1, 2, 2, 3], 'Send svaret mitt');
	await expect(a).toHaveURL(/\/resultater\?svart=1$/);
	await expect(a.getByText('Takk! Svaret ditt er lagret.')).toBeVisible();
	await expect(a.getByTestId('svarstatus')).toContainText('1 av 4');
	await expectAccessible(a, 'resultater, holdt tilbake');
	// Their own answers come back (and only to them)
	await a.goto(roundUrl);
	await expect(
		a.locator('fieldset.fk-choice').first().getByRole('radio', { name: /^2 – / })
	).toBeChecked();
	await expect(a.getByLabel(/^Notat til deg selv/).nth(0)).toHaveValue(
		'Dette notatet er bare for meg.'
	);
	await withheld();

	// Member 2: JavaScript disabled
	const noJs = await browser.newContext({
		storageState: await memberContexts[1].storageState(),
		javaScriptEnabled: false
	});
	contexts.push(noJs);
	const b = await noJs.newPage();
	await b.goto(roundUrl);
	const groups = b.locator('fieldset.fk-choice');
	for (let i = 0; i < 3; i++) await groups.nth(i).getByRole('radio', { name: /^4 – / }).check();
	await b.getByRole('button', { name: 'Send svaret mitt' }).click();
	// Missing answers: the server says which, and keeps what was chosen
	await expect(b.getByTestId('error-summary')).toContainText('Velg et svar for');
	await expect(groups.nth(0).getByRole('radio', { name: /^4 – / })).toBeChecked();
	// (axe needs JavaScript in the page; the same markup is checked with errors for member 3)
	for (let i = 3; i < statements; i++)
		await groups
			.nth(i)
			.getByRole('radio', { name: i === 6 ? 'Vet ikke' : /^3 – / })
			.check();
	await b.getByRole('button', { name: 'Send svaret mitt' }).click();
	await expect(b).toHaveURL(/\/resultater\?svart=1$/);
	await expect(b.getByTestId('holdt-tilbake')).toBeVisible();
	await withheld();

	// Member 3: a forged rating outside the scale first, then a real answer
	const c = await memberContexts[2].newPage();
	await c.goto(roundUrl);
	await c.locator('fieldset.fk-choice').first().getByRole('radio', { name: /^5 – / }).check();
	await c.evaluate(() => {
		const radio = document.querySelector<HTMLInputElement>(
			'fieldset.fk-choice input[type=radio]:checked'
		)!;
		radio.value = '7';
	});
	await c.getByRole('button', { name: 'Send svaret mitt' }).click();
	await expect(c.getByTestId('error-summary')).toContainText('må være et tall fra 1 til 5');
	await expectAccessible(c, 'svarskjema med feil');
	await withheld();
	await c.reload();
	const cg = c.locator('fieldset.fk-choice');
	for (let i = 0; i < statements; i++)
		await cg.nth(i).getByRole('radio', { name: /^3 – / }).check();
	await c.getByRole('button', { name: 'Send svaret mitt' }).click();
	await expect(c).toHaveURL(/\/resultater\?svart=1$/);
	// The coordinator answers too: four answers
	await k.goto(roundUrl);
	const kg = k.locator('fieldset.fk-choice');
	for (let i = 0; i < statements; i++)
		await kg.nth(i).getByRole('radio', { name: /^2 – / }).check();
	await k.getByRole('button', { name: 'Send svaret mitt' }).click();
	await expect(k).toHaveURL(/\/resultater\?svart=1$/);

	// Four answers, but the round is open: still only the count, since a figure that moved with
	// the next answer would give that answer away
	await k.goto(resultsUrl);
	await expect(k.getByTestId('svarstatus')).toContainText('4 av 4');
	await expect(k.getByTestId('holdt-tilbake')).toContainText('når runden er avsluttet');
	await expect(k.locator('[data-testid^="snitt-"]')).toHaveCount(0);

	// Answering after the round closed: refused with a clear message, nothing typed is lost
	await a.goto(roundUrl);
	await a.locator('fieldset.fk-choice').nth(0).getByRole('radio', { name: /^5 – / }).check();
	// Closing asks what level each goal has after the round (no earlier level: the mean by default)
	const choice = k.getByRole('group', {
		name: 'Nivået for «Inkludering og mindre utenforskap» etter denne runden'
	});
	await expect(choice.getByRole('radio', { name: 'Bruk snittet fra denne runden' })).toBeChecked();
	await expect(choice.getByRole('radio', { name: /Behold nivået/ })).toHaveCount(0);
	await k.getByRole('button', { name: 'Avslutt runden nå' }).click();
	await expect(k.getByText('Runden er avsluttet, og resultatene er låst.')).toBeVisible();
	await a.getByRole('button', { name: 'Lagre endringene' }).click();
	await expect(a.getByTestId('error-summary')).toContainText('Runden ble avsluttet');
	await expect(
		a.locator('fieldset.fk-choice').nth(0).getByRole('radio', { name: /^5 – / })
	).toBeChecked();

	// Closed: now the group sees aggregated results, never who said what
	await k.goto(resultsUrl);
	await expect(k.getByTestId('holdt-tilbake')).toHaveCount(0);
	await expect(k.getByTestId('svarstatus')).toContainText('4 av 4');
	await expect(k.locator('[data-testid^="snitt-"]').first()).toContainText('Snitt');
	await expect(k.locator('table.fk-results').first()).toBeVisible();
	// Four answers: no count per scale step and no lowest–highest (a member who knows their own
	// answer could read the others'), and the page says why; nor in the page's data
	await expect(k.getByTestId('omtrentlig')).toContainText('Færre enn 5 svar');
	const cells = await k.locator('table.fk-results tbody td').allTextContents();
	expect(cells.length).toBeGreaterThan(0);
	expect(cells.filter((x) => /^\s*\d+\s*$/.test(x) || /\d\s*–\s*\d/.test(x))).toEqual([]);
	await expect(k.getByText('Antall per svar vises fra 5 svar').first()).toBeVisible();
	const pageData = await (await k.request.get(`${resultsUrl}/__data.json`)).text();
	expect(pageData).toContain('limited');
	expect(pageData).not.toMatch(/distribution|dontKnow/);
	await expect(k.getByText('Sara Skoleeier')).toHaveCount(0);
	await expectAccessible(k, 'resultater');

	// The agreed level and narrative for the first goal
	const conclusion = k.locator('form[action="?/konkluder"]').first();
	await conclusion.getByRole('radio', { name: /^2 – / }).check();
	await conclusion.getByLabel(/^Hvorfor/).fill('Vi vet for lite om hvem som ikke deltar.');
	await conclusion.getByRole('button', { name: /^Lagre/ }).click();
	await expect(k.getByText('Lagret.').first()).toBeVisible();

	// ——— Gapet ———
	await k.goto(`${BASE}/gapet`);
	await expect(k.getByRole('img', { name: /Målbilde og nåbilde per mål/ })).toBeVisible();
	await expect(k.getByRole('table', { name: /tallene i diagrammet/ })).toContainText(
		'Inkludering og mindre utenforskap'
	);
	await expectAccessible(k, 'gapet');
	await k
		.getByRole('link', { name: 'Beskriv gapet og aktørene – Inkludering og mindre utenforskap' })
		.click();
	await expectAccessible(k, 'gapet for et mål');
	await k
		.getByLabel('Hva skal til for å komme fra nåbildet til målbildet?')
		.fill('Vi må samarbeide fast med NAV og skolene.');
	await k.getByRole('button', { name: 'Lagre gapet' }).click();
	await expect(k.getByText('Gapet er lagret.')).toBeVisible();
	await k.getByLabel('Sektor eller aktør').fill('NAV');
	await k.getByLabel('Rolle', { exact: true }).selectOption('ved_bordet');
	await k.getByRole('button', { name: 'Legg til aktøren' }).click();
	await expect(k.getByText('NAV er lagt til.')).toBeVisible();
	await k.reload();
	await expect(k.getByRole('cell', { name: 'Må sitte ved bordet' })).toBeVisible();
	await k.getByRole('button', { name: 'Marker som med – NAV' }).click();
	await expect(k.getByRole('button', { name: 'Marker som ikke med – NAV' })).toBeVisible();

	// ——— Tiltak ———
	await k.goto(`${BASE}/tiltak`);
	await expectAccessible(k, 'tiltak');
	await k.getByRole('link', { name: 'Nytt tiltak' }).click();
	await expectAccessible(k, 'nytt tiltak');
	await k.getByLabel('Navn på tiltaket').fill('Kulturplasser gjennom NAV');
	await k
		.getByLabel('Mål', { exact: true })
		.selectOption({ label: 'Inkludering og mindre utenforskap' });
	await k
		.getByLabel('Beskrivelse')
		.fill('NAV-veiledere kan tilby familier en plass uten venteliste.');
	await k.getByLabel(/^Ansvarlig/).selectOption({ label: 'Hanne Helse' });
	await k.getByLabel(/^Start/).fill('2027-01-10');
	await k.getByLabel(/^Slutt/).fill('2026-12-01');
	await k.getByRole('button', { name: 'Lagre tiltaket' }).click();
	await expect(k.getByTestId('error-summary')).toContainText(
		'Sluttdatoen kan ikke være før startdatoen'
	);
	await k.getByLabel(/^Slutt/).fill('2027-06-20');
	await k.getByRole('radio', { name: 'I gang' }).check();
	await k.getByRole('button', { name: 'Lagre tiltaket' }).click();
	await expect(k).toHaveURL(new RegExp(`${BASE}/tiltak$`));
	await expect(k.getByRole('region', { name: 'I gang (1)' })).toContainText(
		'Kulturplasser gjennom NAV'
	);
	await k.getByRole('link', { name: 'Etter mål' }).click();
	await expect(k.getByRole('region', { name: /Inkludering og mindre utenforskap/ })).toContainText(
		'Hanne Helse'
	);
	await expectAccessible(k, 'tiltak etter mål');

	// ——— Aksjonslæring ———
	await k.goto(`${BASE}/logg`);
	await expectAccessible(k, 'logg');
	await k.getByRole('link', { name: 'Ny loggføring' }).click();
	await expectAccessible(k, 'ny loggføring');
	await expect(k.getByRole('radio', { name: 'Plan' })).toBeChecked();
	await k
		.getByLabel('Hva ble planlagt, gjort, sett eller lært?')
		.fill('Vi starter med NAV, som møter familiene.');
	await k.getByRole('checkbox', { name: /Kulturplasser gjennom NAV/ }).check();
	await k.getByRole('button', { name: 'Lagre loggføringen' }).click();
	await expect(k.getByRole('region', { name: 'Syklus 1' })).toContainText('Vi starter med NAV');
	await expect(
		k
			.getByRole('region', { name: 'Syklus 1' })
			.getByRole('link', { name: 'Kulturplasser gjennom NAV' })
	).toBeVisible();

	// ——— Deling: summary, PDF, CSV ———
	await k.goto(`${BASE}/deling`);
	await expectAccessible(k, 'deling');
	const [download] = await Promise.all([
		k.waitForEvent('download'),
		k.getByRole('link', { name: 'Last ned hele fremtidsbildet som PDF' }).click()
	]);
	expect(download.suggestedFilename()).toBe('fremtidsbilde-narvik.pdf');
	const pdf = fs.readFileSync((await download.path())!);
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	const text = pdfText(pdf);
	expect(text).toContain('Fremtidsbilde for Narvik kommune');
	expect(text).toContain('Inkludering og mindre utenforskap');
	expect(text).toContain('Kulturplasser gjennom NAV');
	expect(text).toContain('Vi må samarbeide fast med NAV og skolene.');
	expect(text).not.toContain('Hanne Helse'); // no names unless asked for
	await k.getByRole('link', { name: 'Sammendrag til utskrift' }).click();
	await expect(
		k.getByRole('heading', { level: 1, name: 'Fremtidsbilde for Narvik kommune' })
	).toBeVisible();
	await expectAccessible(k, 'sammendrag');
	const csv = await k.request.get(`${BASE}/tiltak.csv?navn=1`);
	expect(csv.headers()['content-type']).toContain('text/csv');
	expect(await csv.text()).toContain('Kulturplasser gjennom NAV;NAV-veiledere');

	for (const c of contexts) await c.close();
});

test('andre kommuner får 403, og programstab og fylkesavdeling leser uten å kunne endre', async ({
	browser,
	request
}) => {
	const { context: other } = await signedInContext(browser, request, {
		role: 'medlem',
		kommune: '5053'
	});
	const o = await other.newPage();
	const res = await o.goto('/kommuner/1804/fremtidsbilde/tiltak');
	expect(res?.status()).toBe(403);
	await expectAccessible(o, '403');
	// A forged form post to another municipality is refused the same way
	const post = await o.request.post('/kommuner/1804/fremtidsbilde/tiltak/ny?/lagre', {
		form: {
			title: 'Kapret',
			workspaceGoalId: '1',
			description: 'x',
			status: 'planlagt',
			version: '0'
		},
		headers: { origin: new URL(o.url()).origin }
	});
	expect(post.status()).toBe(403);
	await other.close();

	// The county chapter reads Bodø, sees aggregated results only, and cannot change anything
	const { context: chapter } = await signedInContext(browser, request, {
		role: 'fylkesleder',
		chapter: 'nordland'
	});
	const f = await chapter.newPage();
	await f.goto('/admin/kommuner');
	await expect(f.getByRole('link', { name: 'Bodø' })).toBeVisible();
	await expect(f.getByRole('link', { name: 'Inderøy' })).toHaveCount(0);
	await expectAccessible(f, 'admin kommuner');
	await f.getByRole('link', { name: 'Bodø' }).click();
	await expect(
		f.getByText('Du ser fremtidsbildet som programstab eller fylkesavdeling')
	).toBeVisible();
	await f.goto('/kommuner/1804/fremtidsbilde/nabilde');
	await f.getByRole('link', { name: /^Resultater for Nåbilde etter første syklus/ }).click();
	await expect(f.locator('[data-testid^="snitt-"]').first()).toBeVisible();
	await expectAccessible(f, 'resultater som leser');
	const tryEdit = await f.request.post('/kommuner/1804/fremtidsbilde/logg/ny?/lagre', {
		form: { cycle: '1', phase: 'plan', happenedOn: '2027-01-01', text: 'Nei', version: '0' },
		headers: { origin: new URL(f.url()).origin }
	});
	expect(tryEdit.status()).toBe(403);
	expect((await f.goto('/kommuner/5053/fremtidsbilde'))?.status()).toBe(403);
	await chapter.close();

	// An admin inspects the demo group of Inderøy
	const { context: admin } = await signedInContext(browser, request, { role: 'admin' });
	const ad = await admin.newPage();
	await ad.goto('/admin/kommuner');
	await ad.getByRole('link', { name: 'Inderøy' }).click();
	await ad
		.getByRole('navigation', { name: 'Fremtidsbildet' })
		.getByRole('link', { name: 'Gruppen' })
		.click();
	await expect(ad.getByRole('cell', { name: /Siri Aune/ })).toBeVisible();
	await expect(ad.getByRole('heading', { name: 'Inviter et medlem' })).toHaveCount(0);
	await expectAccessible(ad, 'gruppen som admin');
	await admin.close();
});
