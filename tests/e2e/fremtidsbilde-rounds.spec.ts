/**
 * Rounds that show development, and the gap meeting: the coordinator reminds the members who
 * have not answered (they get a mail, nobody is told who they are, a second press the same day
 * is refused with a clear message); a second round shows the previous round's figure and the
 * change per statement; the facilitator's guide is reachable from the rounds, the results and
 * the gap, in bokmål, nynorsk and English; an action's partner sectors are chosen from a list.
 * Axe on every page visited (the new ones at 360 px too).
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { expectAccessibleAtWidths } from './support/desk';
import { allMail, waitForMail } from './support/mail';
import { createUser, signedInContext, uniqueEmail } from './support/users';
import { E2E } from './support/env';
import { app } from '../../src/lib/i18n/areas/app/nb';
import { gapGuide } from '../../src/lib/i18n/areas/gapGuide/nb';
import { gapGuide as gapGuideNn } from '../../src/lib/i18n/areas/gapGuide/nn';
import { gapGuide as gapGuideEn } from '../../src/lib/i18n/areas/gapGuide/en';
import { insight } from '../../src/lib/i18n/areas/insight/nb';
import { mail } from '../../src/lib/i18n/areas/mail/nb';
import { problems } from '../../src/lib/i18n/areas/problems/nb';

const NR = '4621'; // Voss: in no other journey and not in the demo content
const BASE = `/kommuner/${NR}/fremtidsbilde`;
const REMINDER = new RegExp(`^${mail.fremtidsbilde.roundReminder.subject.split('{')[0]}`);

/** Rates every statement of the open round `url` with `value` and sends the answer. */
async function answer(page: Page, url: string, value: number) {
	await page.goto(url);
	const groups = page.locator('fieldset.fk-choice');
	const count = await groups.count();
	expect(count).toBeGreaterThan(0);
	for (let i = 0; i < count; i++)
		await groups
			.nth(i)
			.getByRole('radio', { name: new RegExp(`^${value} – `) })
			.check();
	await page.getByRole('button', { name: app.answer.send }).click();
	await expect(page).toHaveURL(/\/resultater\?svart=1$/);
}

/** Opens a round named `title` from the nåbilde page; returns its answer form's address. */
async function openRound(page: Page, title: string) {
	await page.goto(`${BASE}/nabilde`);
	await page.getByLabel(app.rounds.name).fill(title);
	await page.getByRole('button', { name: app.rounds.openButton }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	return new URL(page.url()).pathname;
}

test('påminnelse, forrige runde og veilederen for gapmøtet', async ({ browser, request }) => {
	// axe at two widths on many pages, on a busy machine
	test.setTimeout(420_000);
	const coordinator = await signedInContext(browser, request, {
		role: 'koordinator',
		kommune: NR,
		name: 'Kari Koordinator',
		email: uniqueEmail('voss-koordinator')
	});
	const members: { context: BrowserContext; email: string }[] = [];
	for (const name of ['Anne Medlem', 'Bjørn Medlem']) {
		const m = await signedInContext(browser, request, {
			role: 'medlem',
			kommune: NR,
			name,
			email: uniqueEmail('voss-medlem')
		});
		members.push({ context: m.context, email: m.user.email });
	}
	// The one who never answers: a member with an account, not signed in
	const silent = await createUser(request, {
		role: 'medlem',
		kommune: NR,
		name: 'Siri Stille',
		email: uniqueEmail('voss-stille'),
		session: 'none'
	});
	const k = await coordinator.context.newPage();
	const [a, b] = await Promise.all(members.map((m) => m.context.newPage()));

	// One goal, then the first round
	await k.goto(`${BASE}/mal`);
	await k.getByRole('group', { name: app.goals.choose }).getByRole('checkbox').first().check();
	await k.getByRole('button', { name: app.goals.save }).click();
	await expect(k.getByText(app.goals.saved)).toBeVisible();
	const first = await openRound(k, 'Høsten');
	const firstResults = `${first}/resultater`;
	await answer(k, first, 2);
	await answer(a, first, 2);
	await answer(b, first, 3);

	// ——— The reminder: only to the one who has not answered, and nobody is told who ———
	await k.goto(firstResults);
	await expect(k.getByTestId('svarstatus')).toContainText('3 av 4');
	await expect(k.getByRole('heading', { name: app.results.remindHeading })).toBeVisible();
	await expectAccessible(k, 'resultater med påminnelse');
	// A member sees no reminder button
	await a.goto(firstResults);
	await expect(a.getByRole('button', { name: app.results.remindButton })).toHaveCount(0);

	await k.getByRole('button', { name: app.results.remindButton }).click();
	await expect(k.getByText(app.results.reminded)).toBeVisible();
	await expect(k.getByText(app.results.remindedAt.split('{')[0].trim())).toBeVisible();
	const reminder = await waitForMail(silent.email, REMINDER);
	expect(reminder.subject).toContain('Høsten');
	expect(reminder.text).toContain(mail.fremtidsbilde.roundReminder.note);
	expect(reminder.text).toContain(`${BASE}/nabilde/`);
	// Those who answered get none (they were never on the list), and the page names no one
	const reminded = (email: string) =>
		allMail().filter((x) => x.to.includes(email) && REMINDER.test(x.subject));
	expect(reminded(coordinator.user.email)).toEqual([]);
	for (const m of members) expect(reminded(m.email)).toEqual([]);
	await expect(k.locator('main')).not.toContainText('Siri Stille');
	await expect(k.locator('main')).not.toContainText(silent.email);
	await expectAccessible(k, 'påminnelse sendt');

	// A second press the same day: refused, with when the next is possible; no second mail
	await k.getByRole('button', { name: app.results.remindButton }).click();
	await expect(
		k.getByRole('alert').filter({ hasText: problems.fremtidsbilde.remindedToday.split('{')[0] })
	).toBeVisible();
	await expectAccessible(k, 'påminnelse avvist');
	expect(reminded(silent.email)).toHaveLength(1);

	// Close the first round with the mean
	await k.getByRole('button', { name: app.results.closeButton }).click();
	await expect(k.getByText(app.results.closed)).toBeVisible();
	await k.goto(firstResults);
	// A first round has nothing to compare with
	await expect(k.getByTestId('sammenligning')).toHaveCount(0);
	await expect(k.getByRole('columnheader', { name: app.results.previousCol })).toHaveCount(0);

	// ——— The guide: a disclosure on the results, the whole guide on its own page ———
	const disclosure = k.locator('details.fk-guide-disclosure');
	await disclosure.locator('summary').click();
	await expect(disclosure).toContainText('Med færre enn 5 svar viser vi bare snittet avrundet');
	await expectAccessible(k, 'resultater med veiledning');
	await disclosure.getByRole('link', { name: gapGuide.link }).click();
	await expect(k.getByRole('heading', { level: 1, name: gapGuide.title })).toBeVisible();
	for (const h of [
		gapGuide.before.heading,
		gapGuide.read.heading,
		gapGuide.questions.heading,
		gapGuide.agree.heading,
		gapGuide.agenda.heading,
		gapGuide.after.heading
	])
		await expect(k.getByRole('heading', { level: 2, name: h, exact: true })).toBeVisible();
	await expect(k.getByText('Avslutt runden først. Resultatene vises bare når')).toContainText(
		'minst 3 har svart'
	);
	await expect(k.getByRole('table', { name: gapGuide.agenda.caption })).toBeVisible();
	await expectAccessibleAtWidths(k, 'veileder');
	// Printed: the workspace's navigation and the table of contents are left out
	await k.emulateMedia({ media: 'print' });
	await expect(k.getByRole('navigation', { name: gapGuide.toc })).toBeHidden();
	await expect(k.getByRole('heading', { level: 2, name: gapGuide.agree.heading })).toBeVisible();
	await k.emulateMedia({ media: 'screen' });
	// From the gap and from the rounds
	await k.goto(`${BASE}/gapet`);
	await expect(k.getByTestId('veileder-lenke').getByRole('link')).toHaveAttribute(
		'href',
		`${BASE}/veileder`
	);
	await expectAccessibleAtWidths(k, 'gapet');
	await k.goto(`${BASE}/nabilde`);
	await expect(k.getByRole('link', { name: gapGuide.link })).toHaveAttribute(
		'href',
		`${BASE}/veileder`
	);
	await expectAccessibleAtWidths(k, 'nåbilde-rundene');
	// In nynorsk and English, from the catalogues
	for (const [lang, g] of [
		['nn', gapGuideNn],
		['en', gapGuideEn]
	] as const) {
		await k.goto(`/${lang}${BASE}/veileder`);
		await expect(k.locator('html')).toHaveAttribute('lang', lang);
		await expect(k.getByRole('heading', { level: 1, name: g.title })).toBeVisible();
		await expect(k.getByRole('heading', { level: 2, name: g.questions.heading })).toBeVisible();
		await expectAccessibleAtWidths(k, `veileder (${lang})`);
	}

	// ——— A second round: the previous round's figure and the change, per statement ———
	const second = await openRound(k, 'Våren');
	await answer(k, second, 4);
	await answer(a, second, 4);
	await answer(b, second, 5);
	await k.goto(`${second}/resultater`);
	await k.getByRole('button', { name: app.results.closeButton }).click();
	await expect(k.getByText(app.results.closed)).toBeVisible();
	await k.goto(`${second}/resultater`);
	await expect(k.getByTestId('sammenligning')).toContainText('«Høsten»');
	const table = k.locator('table.fk-results').first();
	const headers = (await table.locator('thead th').allTextContents()).map((s) => s.trim());
	const prevAt = headers.indexOf(app.results.previousCol);
	const changeAt = headers.indexOf(app.results.changeCol);
	expect(prevAt).toBeGreaterThan(0);
	expect(changeAt).toBe(prevAt + 1);
	const rows = table.locator('tbody tr');
	const n = await rows.count();
	expect(n).toBeGreaterThan(0);
	for (let i = 0; i < n; i++) {
		// Three answers each time: both means are half steps (2.33 → 2.5, 4.33 → 4.5), change +2.0.
		// The limited row spans the step columns, so read the last two cells.
		const cells = (await rows.nth(i).locator('td').allTextContents()).map((s) => s.trim());
		expect(cells.at(-2)).toBe('2,5');
		expect(cells.at(-1)).toBe('+2,0');
		expect(cells[0]).toBe('omtrent 4,5');
	}
	await expectAccessibleAtWidths(k, 'resultater med forrige runde');

	await coordinator.context.close();
	for (const m of members) await m.context.close();
});

test('sektorene til et tiltak velges fra en liste, også uten JavaScript, og blir stående', async ({
	browser,
	request
}) => {
	test.setTimeout(180_000);
	const nr = '4622'; // Kvam
	const base = `/kommuner/${nr}/fremtidsbilde`;
	const { context, user } = await signedInContext(browser, request, {
		role: 'koordinator',
		kommune: nr,
		name: 'Kåre Koordinator'
	});
	const k = await context.newPage();
	await k.goto(`${base}/mal`);
	await k.getByRole('group', { name: app.goals.choose }).getByRole('checkbox').first().check();
	await k.getByRole('button', { name: app.goals.save }).click();
	await expect(k.getByText(app.goals.saved)).toBeVisible();
	// axe runs scripts in the page, so it reads the form with JavaScript on
	await k.goto(`${base}/tiltak/ny`);
	await expect(k.getByRole('group', { name: /sektorer/ }).getByRole('checkbox')).toHaveCount(
		Object.keys(insight.sectors).length
	);
	await expectAccessibleAtWidths(k, 'tiltak med sektorer');
	await context.close();

	const noJs = await browser.newContext({ javaScriptEnabled: false });
	await noJs.addCookies([
		{
			name: 'fk_session',
			value: user.token,
			url: E2E.origin,
			httpOnly: true,
			sameSite: 'Lax'
		}
	]);
	const p = await noJs.newPage();
	const sectorGroup = () =>
		p.getByRole('group', { name: new RegExp(app.actions.sectors.replace('?', '\\?')) });
	const box = (s: keyof typeof insight.sectors) =>
		sectorGroup().getByRole('checkbox', { name: insight.sectors[s], exact: true });
	await p.goto(`${base}/tiltak/ny`);
	await p.getByLabel(app.actions.descriptionLabel).fill('Elevene synger for beboerne.');
	await p.getByLabel(app.actions.partners).fill('Sykehjemmet og pensjonistkoret');
	await box('helse').check();
	await box('frivillighet').check();
	// No name: refused, and the sectors chosen are still chosen
	await p.getByRole('button', { name: app.actions.save }).click();
	await expect(p.getByTestId('error-summary')).toBeVisible();
	await expect(box('helse')).toBeChecked();
	await expect(box('frivillighet')).toBeChecked();
	await p.getByLabel(app.actions.name).fill('Kor på sykehjemmet');
	await p.getByRole('button', { name: app.actions.save }).click();
	await expect(p).toHaveURL(new RegExp(`${base}/tiltak$`));
	await expect(p.locator('main')).toContainText(
		app.actions.inSectors.replace(
			'{sectors}',
			`${insight.sectors.helse} og ${insight.sectors.frivillighet}`
		)
	);
	await p.getByRole('link', { name: 'Kor på sykehjemmet' }).click();
	await expect(box('helse')).toBeChecked();
	await expect(box('frivillighet')).toBeChecked();
	await expect(box('nav')).not.toBeChecked();
	await noJs.close();
});
