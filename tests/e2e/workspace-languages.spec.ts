/**
 * The signed-in workspaces in nynorsk and English: a coordinator rates in a nåbilde round, an
 * applicant applies to a call, a participant registers for an event, each under /nn/… and
 * /en/…. Every page visited has zero axe violations and the right <html lang>; on the /en/
 * pages no bokmål text from the workspaces' catalogue (src/lib/i18n/areas/app) is shown.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { signedInContext, uniqueEmail } from './support/users';
import { createEvent } from './support/events';
import { E2E } from './support/env';
import { app as appNb } from '../../src/lib/i18n/areas/app/nb';
import { app as appNn } from '../../src/lib/i18n/areas/app/nn';
import { app as appEn } from '../../src/lib/i18n/areas/app/en';
import { nb as coreNb } from '../../src/lib/i18n/nb';
import { areasNb } from '../../src/lib/i18n/areas/nb';

type Lang = 'nn' | 'en';
const CATALOGUE = { nn: appNn, en: appEn } as const;
const DAY = 24 * 60 * 60_000;
const local = (d: Date) => `${d.toISOString().slice(0, 10)}T12:00`;
const fill = (s: string, v: Record<string, string | number>) =>
	s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? `{${k}}`));
/** The fixed part of a message before its first {placeholder}. */
const head = (s: string) => s.split('{')[0].trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function strings(o: unknown, out: string[] = []): string[] {
	if (typeof o === 'string') out.push(o);
	else if (o && typeof o === 'object') for (const v of Object.values(o)) strings(v, out);
	return out;
}
function pairs(nb: unknown, en: unknown, out: [string, string][] = []): [string, string][] {
	if (typeof nb === 'string') out.push([nb, String(en)]);
	else if (nb && typeof nb === 'object')
		for (const [k, v] of Object.entries(nb))
			pairs(v, (en as Record<string, unknown> | undefined)?.[k], out);
	return out;
}

// Text of the core catalogue (not this area's) is another catalogue's business.
const coreText = strings(
	Object.fromEntries(Object.entries(coreNb).filter(([k]) => !(k in areasNb)))
);
/** Bokmål fragments of this area's messages that must not appear on an English page. */
const BOKMAL = [
	...new Set(
		pairs(appNb, appEn).flatMap(([nb, en]) =>
			nb
				.split(/\{\w+\}/)
				.map((s) => s.trim())
				.filter(
					(s) =>
						s.length >= 12 &&
						!en.includes(s) &&
						!coreText.some((c) => c.includes(s)) &&
						!strings(appEn).some((e) => e.includes(s))
				)
		)
	)
];

/**
 * The right <html lang>, an address in the language, zero axe violations and, in English, none
 * of this area's bokmål text in `scope` (content such as a call's title is left out by `ignore`).
 */
async function checkPage(
	page: Page,
	lang: Lang,
	what: string,
	{ scope = 'main', ignore = [] }: { scope?: string; ignore?: string[] } = {}
) {
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	expect(new URL(page.url()).pathname.startsWith(`/${lang}/`), `${what}: ${page.url()}`).toBe(true);
	await expectAccessible(page, `${what} (${lang})`);
	if (lang === 'en') {
		let text = await page.locator(scope).first().innerText();
		for (const s of ignore) text = text.replaceAll(s, '');
		const found = BOKMAL.filter((s) => text.includes(s));
		expect(found, `bokmål on ${what} (${page.url()})`).toEqual([]);
	}
}

for (const lang of ['nn', 'en'] as const) {
	const L = CATALOGUE[lang];

	test.describe(`arbeidsflatene på ${lang}`, () => {
		test(`koordinatoren vurderer i ei nåbilde-runde (${lang})`, async ({ browser, request }) => {
			test.setTimeout(120_000);
			const nr = lang === 'nn' ? '1514' : '3405';
			const name = lang === 'nn' ? 'Sande' : 'Lillehammer';
			const base = `/${lang}/kommuner/${nr}/fremtidsbilde`;
			const { context } = await signedInContext(browser, request, {
				role: 'koordinator',
				kommune: nr,
				name: 'Nora Nynorsk'
			});
			const page = await context.newPage();

			await page.goto(base);
			await expect(
				page.getByRole('heading', { level: 1, name: fill(L.overview.title, { name }) })
			).toBeVisible();
			await checkPage(page, lang, 'oversikt');

			await page
				.getByRole('navigation', { name: L.ws.navLabel })
				.getByRole('link', { name: L.ws.nav.goals, exact: true })
				.click();
			await expect(page.getByRole('heading', { level: 1, name: L.goals.title })).toBeVisible();
			const goals = page.getByRole('group', { name: L.goals.choose }).getByRole('checkbox');
			await goals.nth(0).check();
			await goals.nth(1).check();
			await page.getByRole('button', { name: L.goals.save }).click();
			await expect(page.getByText(L.goals.saved)).toBeVisible();
			await checkPage(page, lang, 'mål');

			await page
				.getByRole('navigation', { name: L.ws.navLabel })
				.getByRole('link', { name: L.ws.nav.current, exact: true })
				.click();
			await expect(page.getByRole('heading', { level: 1, name: L.rounds.title })).toBeVisible();
			await checkPage(page, lang, 'nåbilde');
			await page.getByLabel(L.rounds.name).fill(`Runde ${lang}`);
			await page.getByRole('button', { name: L.rounds.openButton }).click();
			await expect(page.getByRole('heading', { level: 1, name: `Runde ${lang}` })).toBeVisible();
			await expect(page.getByText(L.answer.private)).toBeVisible();
			await checkPage(page, lang, 'svarskjema');

			const groups = page.locator('fieldset.fk-choice');
			const count = await groups.count();
			expect(count).toBeGreaterThan(0);
			for (let i = 0; i < count; i++)
				await groups.nth(i).getByRole('radio', { name: /^3 – / }).check();
			await page.getByRole('button', { name: L.answer.send }).click();
			await expect(page).toHaveURL(/\/resultater\?svart=1$/);
			await expect(page.getByText(L.results.thanks)).toBeVisible();
			await expect(page.getByTestId('svarstatus')).toContainText(
				fill(L.results.answered, { count: 1, members: 1 })
			);
			await checkPage(page, lang, 'resultat');
			await context.close();
		});

		test(`ein søkjar søkjer på ei utlysing (${lang})`, async ({ browser, request }) => {
			test.setTimeout(120_000);
			const res = await request.post(`${E2E.origin}/test-api/program`, { data: {} });
			const { slug } = (await res.json()) as { slug: string };
			// Staff open the call (the admin is another area's; bokmål here).
			const staff = await signedInContext(browser, request, {
				role: 'fylkesleder',
				chapter: 'vestland'
			});
			const sp = await staff.context.newPage();
			await sp.goto(`/admin/program/${slug}/utlysning`);
			await sp.getByLabel('Åpner').fill(local(new Date(Date.now() - DAY)));
			await sp.getByLabel('Søknadsfrist').fill(local(new Date(Date.now() + 30 * DAY)));
			await sp.getByLabel('Antall plasser (kommuner)').fill('2');
			await sp.getByRole('button', { name: 'Åpne utlysningen' }).click();
			await expect(sp.getByText('Utlysningen er lagret.')).toBeVisible();
			await staff.context.close();

			const email = uniqueEmail(`soknad-${lang}`);
			const { context } = await signedInContext(browser, request, {
				role: 'ingen',
				email,
				name: 'Siri Søkjar'
			});
			const page = await context.newPage();
			await page.goto(`/${lang}/program/${slug}/sok`);
			await expect(page.getByRole('heading', { level: 2, name: L.apply.start })).toBeVisible();
			// The call's title is content (bokmål until someone translates it)
			const callTitle = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
			const ignore = [callTitle];
			await checkPage(page, lang, 'søk', { ignore });
			await page.getByRole('group', { name: L.apply.municipality }).getByLabel('Modalen').check();
			await page.getByRole('button', { name: L.apply.start }).click();
			await expect(page).toHaveURL(
				new RegExp(`^${escape(E2E.origin)}/${lang}/program/.+/sok/\\d+$`)
			);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				fill(L.application.heading, { names: 'Modalen' })
			);
			await checkPage(page, lang, 'søknad', { ignore });

			const member = async (i: number, role: string) => {
				await page.locator(`[id="memberName.${i}"]`).fill(`Person ${i + 1}`);
				await page
					.locator(`[id="memberEmail.${i}"]`)
					.fill(i === 0 ? email : uniqueEmail(`medlem-${lang}`));
				await page.locator(`[id="memberRole.${i}"]`).selectOption(role);
			};
			await member(0, 'kulturskoleleder');
			await member(1, 'skoleeier');
			await member(2, 'pedagogisk');
			// Three rows at first: saving the draft makes room for more
			await page.getByRole('button', { name: L.application.saveDraft, exact: true }).click();
			await expect(page.getByText(L.application.savedMessage)).toBeVisible();
			await page.reload();
			await member(3, 'annen_sektor');
			await page.getByLabel(L.application.motivation).fill('Kulturskulen skal nå alle.');
			await page.getByLabel(L.application.focusArea).fill('Inkludering');
			await page
				.getByRole('group', { name: new RegExp(`^${escape(L.application.goals)}`) })
				.getByRole('checkbox')
				.first()
				.check();
			await page.getByLabel(L.application.plans).fill('Kulturplanen.');
			await page.getByLabel(L.application.political).fill('Kommunestyret, sak 1/26.');
			await page.locator('#contactName').fill('Siri Søkjar');
			await page.locator('input[name="contactEmail"]').fill(email);
			await page.getByRole('button', { name: L.application.send, exact: true }).click();
			await expect(page.getByText(head(L.application.sentMessage))).toBeVisible();
			await checkPage(page, lang, 'send søknad', { ignore });
			await context.close();
		});

		test(`ein deltakar melder seg på eit arrangement (${lang})`, async ({ page, request }) => {
			test.setTimeout(90_000);
			const ev = await createEvent(request, {
				capacity: 10,
				questions: [{ kind: 'yesno', label: 'Vil du halde eit innlegg?', required: true }]
			});
			await page.goto(`/${lang}/arrangementer/${ev.slug}/pamelding`);
			// The form's fields are this area's; the page around them is the public site's
			await checkPage(page, lang, 'påmeldingsskjema', { scope: 'form[action$="?/pamelding"]' });
			await page.getByLabel(L.events.name, { exact: true }).fill('Kari Nordmann');
			await page.getByLabel(L.events.email, { exact: true }).fill(uniqueEmail(`pamelding-${lang}`));
			await page.getByLabel(L.events.municipality, { exact: true }).fill('Trondheim');
			const role = page.getByLabel(L.events.role, { exact: true });
			await expect(
				role.locator('option', { hasText: L.events.participantRoles.kulturskoleleder })
			).toHaveCount(1);
			await role.selectOption('kulturskoleleder');
			await page
				.getByRole('group', { name: 'Vil du halde eit innlegg?' })
				.getByLabel(L.events.no, { exact: true })
				.check();
			await page.getByLabel(new RegExp(escape(L.events.privacyLink))).check();
			await page.locator('form[action$="?/pamelding"] button[type="submit"]').click();
			await page.waitForURL(/\/arrangementer\/min-pamelding\/[a-z2-7]{32}\?ny=1$/);
			// The private page in the registrant's language (the public form's redirect is the
			// public site's business)
			const url = new URL(page.url());
			const path = url.pathname.replace(/^\/(nn|en)(?=\/)/, '');
			if (!url.pathname.startsWith(`/${lang}/`)) await page.goto(`/${lang}${path}?ny=1`);
			await expect(
				page.getByRole('heading', { level: 1, name: L.events.mine.heading })
			).toBeVisible();
			await expect(page.getByRole('heading', { name: L.events.mine.registered })).toBeVisible();
			await expect(
				page.getByRole('definition').filter({ hasText: L.events.participantRoles.kulturskoleleder })
			).toBeVisible();
			await checkPage(page, lang, 'påmeldinga');
		});
	});
}
