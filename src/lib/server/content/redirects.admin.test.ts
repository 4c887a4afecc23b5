/**
 * The redirects manager (issue 14): editors list, add, change and delete redirects, each change
 * audited; a redirect counts its hits; bad, reserved, duplicate and chained addresses are refused
 * at the field; only editors may do any of it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { auditLog } from '../accounts/schema';
import { createEditor } from './test-editor';
import { member } from '../fremtidsbilde/testing';
import type { Actor } from '../accounts/actor';
import { redirectFor } from './pages.service';
import {
	deleteRedirect,
	getRedirect,
	listRedirects,
	normalisePath,
	saveRedirect
} from './redirects.admin';

let editor: Actor;
let outsider: Actor;

beforeAll(async () => {
	editor = await createEditor();
	outsider = await member(null, 'koordinator');
});

const field = (e: unknown) => (e as { field?: string; key?: string }) ?? {};

async function refused(work: () => Promise<unknown>) {
	const e = await work().then(
		() => null,
		(err: unknown) => err
	);
	expect(e).toMatchObject({ code: 'forbidden' });
}

describe('redirects', () => {
	it('adds one that answers with its new address and counts the hits', async () => {
		const row = await saveRedirect(editor, null, {
			fromPath: ' /gammel-side/ ',
			toPath: '/nyheter'
		});
		expect(row).toMatchObject({ fromPath: '/gammel-side', toPath: '/nyheter', hits: 0 });
		expect(await redirectFor('/gammel-side')).toBe('/nyheter');
		expect(await redirectFor('/gammel-side')).toBe('/nyheter');
		expect(await redirectFor('/finnes-ikke')).toBeNull();
		const list = await listRedirects(editor);
		const listed = list.redirects.find((r) => r.id === row.id)!;
		expect(listed.hits).toBe(2);
		expect(listed.lastHitAt).toBeInstanceOf(Date);
		expect(list.total).toBeGreaterThanOrEqual(1);
		const audit = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'omdirigering'), eq(auditLog.entityId, String(row.id))));
		expect(audit.map((a) => a.action)).toEqual(['omdirigering.ny']);
		expect(audit[0]!.summary).toBe('Ny omdirigering fra /gammel-side til /nyheter');
	});

	it('changes and deletes one, each audited', async () => {
		const row = await saveRedirect(editor, null, { fromPath: '/a-side', toPath: '/b-side' });
		const changed = await saveRedirect(editor, row.id, { fromPath: '/a-side', toPath: '/c-side' });
		expect(changed.toPath).toBe('/c-side');
		expect((await getRedirect(editor, row.id)).toPath).toBe('/c-side');
		await deleteRedirect(editor, row.id);
		expect(await redirectFor('/a-side')).toBeNull();
		await expect(getRedirect(editor, row.id)).rejects.toMatchObject({ code: 'not-found' });
		await expect(deleteRedirect(editor, row.id)).rejects.toMatchObject({ code: 'not-found' });
		const audit = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'omdirigering'), eq(auditLog.entityId, String(row.id))));
		expect(audit.map((a) => a.action).sort()).toEqual(
			['omdirigering.endre', 'omdirigering.ny', 'omdirigering.slett'].sort()
		);
	});

	it('refuses bad, reserved, equal, taken and chained addresses at the field', async () => {
		const cases: [string, string, string, string][] = [
			['gammel', '/ny', 'fromPath', 'redirects.problems.path'],
			['//evil.example', '/ny', 'fromPath', 'redirects.problems.path'],
			['/x', 'https://example.com', 'toPath', 'redirects.problems.path'],
			['/x y', '/ny', 'fromPath', 'redirects.problems.path'],
			['/admin/brukere', '/ny', 'fromPath', 'redirects.problems.reserved'],
			['/', '/ny', 'fromPath', 'redirects.problems.reserved'],
			['/samme', '/samme/', 'toPath', 'redirects.problems.same'],
			['/gammel-side', '/ressurser', 'fromPath', 'redirects.problems.taken'],
			['/enda-eldre', '/gammel-side', 'toPath', 'redirects.problems.chain']
		];
		for (const [fromPath, toPath, name, key] of cases) {
			const e = await saveRedirect(editor, null, { fromPath, toPath }).catch((x: unknown) => x);
			expect({ fromPath, ...field(e) }).toMatchObject({ fromPath, field: name, key });
		}
		expect(normalisePath('toPath', '/')).toBe('/');
	});

	it('is for editors only', async () => {
		const row = await saveRedirect(editor, null, { fromPath: '/kun-redaktor', toPath: '/' });
		await refused(() => listRedirects(outsider));
		await refused(() => getRedirect(outsider, row.id));
		await refused(() => saveRedirect(outsider, null, { fromPath: '/inn', toPath: '/' }));
		await refused(() =>
			saveRedirect(outsider, row.id, { fromPath: '/kun-redaktor', toPath: '/x' })
		);
		await refused(() => deleteRedirect(outsider, row.id));
		expect(await redirectFor('/inn')).toBeNull();
		expect((await getRedirect(editor, row.id)).toPath).toBe('/');
	});
});
