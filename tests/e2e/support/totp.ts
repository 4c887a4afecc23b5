/**
 * Authenticator-app codes in end-to-end tests, computed like a phone would (@oslojs/otp) from
 * the key the enrolment page shows. The app accepts each 30-second step once, so `next` never
 * hands out a step already used by the same helper.
 */
import { generateHOTP } from '@oslojs/otp';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { expect, type Page } from '@playwright/test';

export class Authenticator {
	private last = -Infinity;
	constructor(private key: Uint8Array) {}

	static fromManualKey(text: string) {
		return new Authenticator(decodeBase32IgnorePadding(text.replace(/\s/g, '').toUpperCase()));
	}

	/** A code for a step not used before (the current one, or the next when that is taken). */
	next(at = Date.now()): string {
		const step = Math.max(Math.floor(at / 30_000), this.last + 1);
		this.last = step;
		return generateHOTP(this.key, BigInt(step), 6);
	}
}

/** On the enrolment page: reads the key, confirms with a code, returns the app and the recovery codes. */
export async function enrolAuthenticator(page: Page) {
	const app = Authenticator.fromManualKey(await page.getByTestId('totp-key').innerText());
	await page.getByLabel('Engangskode').fill(app.next());
	await page.getByRole('button', { name: 'Slå på totrinnsinnlogging' }).click();
	await expect(page.getByText('Totrinnsinnlogging er slått på.')).toBeVisible();
	const recovery = (await page.getByTestId('recovery-codes').locator('li').allInnerTexts()).map(
		(c) => c.trim()
	);
	expect(recovery).toHaveLength(10);
	return { app, recovery };
}

/** On the code page after the password: types the next code and continues. */
export async function enterCode(page: Page, code: string) {
	await expect(page).toHaveURL(/\/logg-inn\/kode/);
	await page.getByLabel('Engangskode').fill(code);
	await page.getByRole('button', { name: 'Fortsett' }).click();
}
