/**
 * Indicators: a coordinator turns a «Vi vet vi er der når …» sign into an indicator, answers
 * odd numbers with a message beside the field, records two values (with the decimal comma),
 * corrects one, sees the chart and its table in the workspace and in the summary, and links an
 * action to the indicator. Axe on every page on the way, and at 360 px.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { signedInContext } from './support/users';

const NR = '1818'; // Herøy (Nordland): not part of the demo content
const BASE = `/kommuner/${NR}/fremtidsbilde`;
const GOAL = 'Inkludering og mindre utenforskap';
const SIGN = 'Ingen står på venteliste';
const NAME = 'Barn på venteliste';

test('et tegn blir en indikator med verdier, graf og tabell, og et tiltak som flytter den', async ({
	browser,
	request
}) => {
	test.setTimeout(180_000);
	const { context } = await signedInContext(browser, request, {
		role: 'koordinator',
		kommune: NR,
		name: 'Ida Indikator'
	});
	const k = await context.newPage();

	// A goal and a target picture with two signs
	await k.goto(`${BASE}/mal`);
	await k.getByRole('checkbox', { name: GOAL }).check();
	await k.getByRole('button', { name: 'Lagre valget' }).click();
	await expect(k.getByText('Valget er lagret.')).toBeVisible();
	await k.goto(`${BASE}/malbilde`);
	await k.getByRole('link', { name: `Skriv målbildet – ${GOAL}` }).click();
	await k.getByLabel('Slik ser det ut når vi er der').fill('Alle barn som vil, får plass.');
	await k.getByLabel(/^Vi vet vi er der når/).fill(`${SIGN}\nNAV henviser familier`);
	await k.getByRole('button', { name: 'Lagre målbildet' }).click();
	await expect(k.getByText('Målbildet er lagret.')).toBeVisible();

	// The sign becomes an indicator
	await k.goto(`${BASE}/malbilde`);
	await expectAccessible(k, 'målbilde med tegn');
	await k.getByRole('link', { name: `Gjør til indikator – ${SIGN}` }).click();
	await expect(k.getByRole('heading', { level: 1, name: 'Ny indikator' })).toBeVisible();
	await expect(k.getByLabel(/^Tegnet/)).toHaveValue(SIGN);
	await expectAccessible(k, 'ny indikator');

	// Odd input: a message beside each field and in the summary, what was typed kept
	await k.getByLabel('Hva som telles').fill(NAME);
	await k.getByLabel('Verdi ved utgangspunktet').fill('mange');
	await k.getByLabel('Dato for utgangspunktet').fill('2025-01-15');
	await k.getByLabel('Målverdi').fill('12,345');
	await k.getByRole('button', { name: 'Lagre indikatoren' }).click();
	const summary = k.getByTestId('error-summary');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Skriv et tall med sifre');
	await expect(summary).toContainText('høyst to desimaler');
	await expect(k.getByLabel('Verdi ved utgangspunktet')).toHaveValue('mange');
	await expect(k.getByLabel('Hva som telles')).toHaveValue(NAME);
	await expectAccessible(k, 'indikator med feil');

	await k.getByLabel('Verdi ved utgangspunktet').fill('48');
	await k.getByLabel('Målverdi').fill('12345678901234');
	await k.getByRole('button', { name: 'Lagre indikatoren' }).click();
	await expect(summary).toContainText('Tallet er for stort');
	await k.getByLabel('Målverdi').fill('0');
	await k.getByLabel(/^Enhet/).fill('barn');
	await k.getByLabel(/^Når målet skal være nådd/).fill('2027-06-30');
	await k.getByRole('button', { name: 'Lagre indikatoren' }).click();
	await expect(k.getByRole('heading', { level: 1, name: `Indikator: ${NAME}` })).toBeVisible();
	await expect(k.getByText('Indikatoren er lagret.')).toBeVisible();

	// Two values, the first with the decimal comma, then a correction
	await k.getByLabel('Verdi', { exact: true }).fill('41,5');
	await k.getByLabel('Dato for målingen').fill('2025-09-01');
	await k.getByLabel(/^Merknad/).fill('Høsttelling');
	await k.getByRole('button', { name: 'Før inn verdien' }).click();
	await expect(k.getByText('Verdien er ført inn.')).toBeVisible();
	await k.getByLabel('Verdi', { exact: true }).fill('');
	await k.getByRole('button', { name: 'Før inn verdien' }).click();
	await expect(summary).toContainText('Skriv inn et tall.');
	await k.getByLabel('Verdi', { exact: true }).fill('35');
	await k.getByLabel('Dato for målingen').fill('2026-02-01');
	await k.getByRole('button', { name: 'Før inn verdien' }).click();
	await expect(k.getByText('Verdien er ført inn.')).toBeVisible();

	const chart = k.getByRole('img', { name: new RegExp(`Utviklingen for «${NAME}»`) });
	await expect(chart).toBeVisible();
	const table = k.getByRole('table', { name: `Tallene for «${NAME}»` });
	for (const [what, date, value] of [
		['Utgangspunkt', '15. januar 2025', '48 barn'],
		['Målt', '1. september 2025', '41,5 barn'],
		['Målt', '1. februar 2026', '35 barn'],
		['Mål', '30. juni 2027', '0 barn']
	])
		await expect(
			table.getByRole('row').filter({ hasText: date }).filter({ hasText: what })
		).toContainText(value);
	await expectAccessible(k, 'indikator med verdier');

	await k.getByRole('link', { name: /Rett verdien fra 1\. september 2025/ }).click();
	await expect(k.getByLabel('Verdi', { exact: true })).toHaveValue('41,5');
	await k.getByLabel('Verdi', { exact: true }).fill('42');
	await k.getByRole('button', { name: 'Lagre rettelsen' }).click();
	await expect(k.getByText('Verdien er rettet.')).toBeVisible();
	await expect(table).toContainText('42 barn');
	await expect(table).not.toContainText('41,5');

	// Works at 360 px without sideways scrolling of the page
	await k.setViewportSize({ width: 360, height: 740 });
	await expectAccessible(k, 'indikator 360 px');
	expect(await k.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await k.setViewportSize({ width: 1280, height: 800 });

	// The målbilde page shows the chart under the goal
	await k.goto(`${BASE}/malbilde`);
	await expect(k.getByRole('img', { name: new RegExp(`Utviklingen for «${NAME}»`) })).toBeVisible();
	await expect(k.getByRole('link', { name: `Gjør til indikator – ${SIGN}` })).toHaveCount(0);
	await expect(
		k.getByRole('link', { name: 'Gjør til indikator – NAV henviser familier' })
	).toBeVisible();

	// An action names the indicator it moves
	await k.goto(`${BASE}/tiltak/ny`);
	await k.getByLabel('Navn på tiltaket').fill('Flere plasser i kulturskolen');
	await k.getByLabel('Mål', { exact: true }).selectOption({ label: GOAL });
	await k.getByLabel('Beskrivelse').fill('Tjue nye plasser fra høsten.');
	await k.getByRole('checkbox', { name: NAME }).check();
	await expectAccessible(k, 'tiltak med indikator');
	await k.getByRole('button', { name: 'Lagre tiltaket' }).click();
	await expect(k).toHaveURL(new RegExp(`${BASE}/tiltak$`));
	await expect(k.getByRole('link', { name: NAME })).toBeVisible();
	await k.getByRole('link', { name: NAME }).click();
	await expect(k.getByRole('heading', { level: 1, name: `Indikator: ${NAME}` })).toBeVisible();
	await expect(k.getByRole('region', { name: 'Tiltak som skal flytte indikatoren' })).toContainText(
		'Flere plasser i kulturskolen'
	);

	// The summary has the chart and the same figures in a table
	await k.goto(`${BASE}/sammendrag`);
	await expect(k.getByRole('img', { name: new RegExp(`Utviklingen for «${NAME}»`) })).toBeVisible();
	const summaryTable = k.getByRole('table', { name: `Tallene for «${NAME}»` });
	for (const value of ['48 barn', '42 barn', '35 barn', '0 barn'])
		await expect(summaryTable).toContainText(value);
	await expect(k.getByText(`skal flytte: ${NAME}`)).toBeVisible();
	await expectAccessible(k, 'sammendrag med indikator');

	// The CSV has the same figures
	const csv = await k.request.get(`${BASE}/indikatorer.csv`);
	expect(csv.status()).toBe(200);
	const text = await csv.text();
	expect(text).toContain('Utgangspunkt;2025-01-15;48;');
	expect(text).toContain('Målt;2025-09-01;42;Høsttelling');

	await context.close();
});
