/**
 * An attacker guessing one person's password from their own address is stopped there, and
 * cannot lock the owner out: the owner, on another address, still signs in. The two addresses
 * are two loopback addresses (the attacker's requests leave from 127.0.0.2).
 */
import { expect, test } from '@playwright/test';
import { createUser } from './support/users';
import { rawRequest } from './support/raw-http';

const postFrom = (localAddress: string, path: string, form: Record<string, string>) =>
	rawRequest({
		method: 'POST',
		path,
		localAddress,
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(form).toString()
	});

test('en angriper på én adresse stenger seg selv ute, ikke eieren på en annen', async ({
	page,
	request
}) => {
	test.setTimeout(120_000);
	const password = 'eierens riktige passord';
	const owner = await createUser(request, { password });

	const statuses: number[] = [];
	for (let i = 0; i < 9; i++)
		statuses.push(
			(
				await postFrom('127.0.0.2', '/logg-inn?/passord', {
					email: owner.email,
					password: `gjett-${i}`
				})
			).status
		);
	// Wrong (400) until the account-and-address pair is blocked (429).
	expect(statuses.slice(0, 8)).toEqual(Array(8).fill(400));
	expect(statuses[8]).toBe(429);
	// From the attacker's address even the right password is refused now…
	const attacker = await postFrom('127.0.0.2', '/logg-inn?/passord', {
		email: owner.email,
		password
	});
	expect(attacker.status).toBe(429);
	expect(attacker.text).toContain('For mange mislykkede forsøk');

	// …but the owner, in a browser on 127.0.0.1, signs in as usual.
	await page.goto('/logg-inn');
	await page.getByRole('textbox', { name: 'E-post' }).first().fill(owner.email);
	await page.getByLabel('Passord', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
	await expect(page).toHaveURL(/\/min-side$/);
});
